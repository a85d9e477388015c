import type { Namespace, Socket } from 'socket.io';
import type { MessageView, RoomAccessView, RoomView } from './views.js';
import type { MessageKind } from './entities/message.entity.js';
import type { Script } from './transliterate.js';

/**
 * The `/rooms` Socket.IO contract. Every client event takes a payload and an acknowledgement
 * callback; the acknowledgement is `{data}` or `{error: {code, message, retryAfterSeconds?}}`.
 */
export interface AckError {
  code: string;
  message: string;
  /** Rate limits, slow mode and mutes: when to try again. */
  retryAfterSeconds?: number;
  details?: unknown;
}
export type AckResponse<T> = { data: T } | { error: AckError };
export type Ack<T> = (response: AckResponse<T>) => void;

export interface JoinPayload {
  roomId: string;
  /** 'latin': every message (and name) in Serbian Cyrillic reaches this socket in Latin script. */
  script?: Script;
}
export interface JoinResult {
  room: RoomAccessView;
  /** The latest visible messages, oldest first; later ones arrive as `message:new`. */
  recent: MessageView[];
}
export interface SendPayload {
  roomId: string;
  body: string;
  /** The client's own id for this message (1–64 of A–Z a–z 0–9 . _ : -): a retry returns the stored one. */
  clientMsgId: string;
  kind?: Exclude<MessageKind, 'system'>;
  /** Questions only: others do not see who asked; moderators do. */
  anonymous?: boolean;
}

export interface ClientToServerEvents {
  'room:join': (p: JoinPayload, ack: Ack<JoinResult>) => void;
  'room:leave': (p: { roomId: string }, ack: Ack<{ roomId: string }>) => void;
  'message:send': (p: SendPayload, ack: Ack<MessageView>) => void;
  'message:delete': (
    p: { messageId: number },
    ack: Ack<{ roomId: string; messageId: number }>,
  ) => void;
  'question:upvote': (
    p: { messageId: number },
    ack: Ack<{ messageId: number; upvotes: number; counted: boolean }>,
  ) => void;
  typing: (p: { roomId: string }, ack?: Ack<{ roomId: string }>) => void;
}

export interface PresencePayload {
  roomId: string;
  /** People, not sockets: one person with three tabs counts once. */
  count: number;
  /** At most 100 of them. */
  people: { id: string; displayName: string }[];
}

export interface ServerToClientEvents {
  'message:new': (m: MessageView) => void;
  'message:deleted': (p: { roomId: string; messageId: number }) => void;
  /** Moderators only: a message waits for them (word filter or Q&A queue). */
  'message:held': (m: MessageView) => void;
  'question:updated': (p: {
    roomId: string;
    messageId: number;
    upvotes: number;
    answered: boolean;
  }) => void;
  'room:updated': (r: RoomView) => void;
  /** This socket was taken out of the room (banned, or no longer allowed in). */
  'room:removed': (p: {
    roomId: string;
    code: string;
    message: string;
  }) => void;
  presence: (p: PresencePayload) => void;
  typing: (p: {
    roomId: string;
    user: { id: string; displayName: string };
  }) => void;
  /** Sent just before the server disconnects a socket whose sign-in ended. */
  'session:ended': (p: { code: string; message: string }) => void;
}

/** Between instances (through the Redis adapter). */
export interface InterServerEvents {
  /** A membership ended on another instance: stop reusing that person's grant for the room. */
  'access:ended': (roomId: string, accountId: string) => void;
}

/** What other instances can see of a socket (fetchSockets): never the token. */
export interface SocketData {
  accountId: string;
  displayName: string;
}

export type RoomsNamespace = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type RoomsSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Socket.IO room names. */
export const socketRooms = {
  room: (roomId: string) => `r:${roomId}`,
  view: (roomId: string, moderator: boolean, script: Script) =>
    `v:${roomId}:${moderator ? 'm' : 'p'}:${script === 'latin' ? 'l' : 'o'}`,
  allViews: (roomId: string) => [
    `v:${roomId}:p:o`,
    `v:${roomId}:p:l`,
    `v:${roomId}:m:o`,
    `v:${roomId}:m:l`,
  ],
  account: (accountId: string) => `a:${accountId}`,
};
