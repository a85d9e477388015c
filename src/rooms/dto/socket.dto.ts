import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import type { Script } from '../transliterate.js';

/** Payloads of the socket events, validated with the same pipe as HTTP bodies. */
export class RoomRefDto {
  @IsUUID()
  roomId: string;
}

export class JoinRoomDto extends RoomRefDto {
  @IsOptional()
  @IsIn(['original', 'latin'])
  script?: Script;
}

export class SendMessageDto extends RoomRefDto {
  /** The exact rules (trim, 1–2,000 characters, no control characters) are in message-text.ts. */
  @IsString()
  @MaxLength(8000)
  body: string;

  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,64}$/, {
    message:
      'clientMsgId must be 1 to 64 characters: letters, digits, dot, underscore, colon or hyphen',
  })
  clientMsgId: string;

  @IsOptional()
  @IsIn(['chat', 'question', 'announcement'])
  kind?: 'chat' | 'question' | 'announcement';

  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

export class MessageRefDto {
  @IsInt()
  @Min(1)
  messageId: number;
}

const SEND_KEYS = new Set([
  'roomId',
  'body',
  'clientMsgId',
  'kind',
  'anonymous',
]);
/** What IsUUID() accepts (validator's "all"), less its two all-0 and all-f special cases. */
const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const CLIENT_MSG_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const KINDS = new Set(['chat', 'question', 'announcement']);

/**
 * `message:send` is the one event sent at chat speed, and class-validator cost about as much CPU
 * as storing the message. This accepts only what the decorators above accept too (each check is
 * the same or stricter) and returns null for anything else, which then goes through the pipe for
 * the usual error: the pipe stays the only place that words an error.
 */
export function quickSendMessage(raw: unknown): SendMessageDto | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return null;
  if (Object.getPrototypeOf(raw) !== Object.prototype) return null;
  const p = raw as Record<string, unknown>;
  for (const k in p) if (!SEND_KEYS.has(k)) return null;
  const { roomId, body, clientMsgId, kind, anonymous } = p;
  if (typeof roomId !== 'string' || !UUID.test(roomId)) return null;
  if (typeof body !== 'string' || body.length > 8000) return null;
  if (typeof clientMsgId !== 'string' || !CLIENT_MSG_ID.test(clientMsgId))
    return null;
  if (kind !== undefined && (typeof kind !== 'string' || !KINDS.has(kind)))
    return null;
  if (anonymous !== undefined && typeof anonymous !== 'boolean') return null;
  const dto = new SendMessageDto();
  dto.roomId = roomId;
  dto.body = body;
  dto.clientMsgId = clientMsgId;
  if (kind !== undefined) dto.kind = kind as SendMessageDto['kind'];
  if (anonymous !== undefined) dto.anonymous = anonymous;
  return dto;
}
