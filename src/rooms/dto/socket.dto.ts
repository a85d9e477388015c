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
