import type {
  Message,
  MessageKind,
  MessageStatus,
} from './entities/message.entity.js';
import type { Room, RoomKind, RoomMode } from './entities/room.entity.js';
import type { RoomPermissions } from './room-access.js';
import { inScript, type Script } from './transliterate.js';

export interface AuthorView {
  id: string;
  displayName: string;
}

export interface MessageView {
  id: number;
  roomId: string;
  kind: MessageKind;
  body: string;
  /** null for system messages, anonymous questions (except to moderators) and erased accounts. */
  author: AuthorView | null;
  anonymous: boolean;
  /** The author's account was erased: the text is gone, the place in the conversation stays. */
  authorDeleted: boolean;
  status: MessageStatus;
  upvotes: number;
  answered: boolean;
  createdAt: string;
  /** Only in the author's own acknowledgement. */
  clientMsgId?: string;
  /** Only for the reader who asked (Q&A lists). */
  votedByMe?: boolean;
}

/** Who reads: moderators see anonymous askers; Latin readers get Cyrillic transliterated. */
export interface Reader {
  moderator: boolean;
  script: Script;
}

export function toMessageView(
  m: Message,
  authorName: string | null,
  reader: Reader,
): MessageView {
  const showAuthor = m.authorId !== null && (!m.anonymous || reader.moderator);
  return {
    id: m.id,
    roomId: m.roomId,
    kind: m.kind,
    body: inScript(m.body, reader.script),
    author: showAuthor
      ? {
          id: m.authorId!,
          displayName: inScript(authorName ?? 'Unknown', reader.script),
        }
      : null,
    anonymous: m.anonymous,
    authorDeleted: m.authorId === null && m.kind !== 'system',
    status: m.status,
    upvotes: m.upvotes,
    answered: m.answeredAt !== null,
    createdAt: new Date(m.createdAt).toISOString(),
  };
}

export interface RoomView {
  id: string;
  kind: RoomKind;
  refId: string;
  mode: RoomMode;
  locked: boolean;
  slowModeSeconds: number;
  qaModeration: boolean;
  reported: boolean;
}

export function toRoomView(r: Room): RoomView {
  return {
    id: r.id,
    kind: r.kind,
    refId: r.refId,
    mode: r.mode,
    locked: r.locked,
    slowModeSeconds: r.slowModeSeconds,
    qaModeration: r.qaModeration,
    reported: r.reportedAt !== null,
  };
}

export interface RoomAccessView extends RoomView {
  permissions: RoomPermissions;
}
