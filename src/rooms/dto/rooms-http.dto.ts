import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Omittable } from '../../common/validation.js';
import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import type { RoomMode } from '../entities/room.entity.js';
import type { SanctionKind } from '../entities/room-sanction.entity.js';
import type { Script } from '../transliterate.js';

export class HistoryQueryDto {
  @ApiPropertyOptional({
    description: 'Messages with a larger id, oldest first.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({
    description:
      'Messages with a smaller id (the latest of them), oldest first.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ enum: ['original', 'latin'] })
  @IsOptional()
  @IsIn(['original', 'latin'])
  script?: Script;
}

export class QuestionsQueryDto {
  @ApiPropertyOptional({ enum: ['votes', 'recent'], default: 'votes' })
  @IsOptional()
  @IsIn(['votes', 'recent'])
  sort?: 'votes' | 'recent';

  @ApiPropertyOptional({ enum: ['original', 'latin'] })
  @IsOptional()
  @IsIn(['original', 'latin'])
  script?: Script;
}

export class ScriptQueryDto {
  @ApiPropertyOptional({ enum: ['original', 'latin'] })
  @IsOptional()
  @IsIn(['original', 'latin'])
  script?: Script;
}

export class ModerationLogQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}

export class UpdateRoomDto {
  @ApiPropertyOptional({
    description: 'Read-only for everybody but moderators.',
  })
  @Omittable()
  @IsBoolean()
  locked?: boolean;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 3600,
    description: '0 turns slow mode off.',
  })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(3600)
  slowModeSeconds?: number;

  @ApiPropertyOptional({ enum: ['chat', 'qa'] })
  @Omittable()
  @IsIn(['chat', 'qa'])
  mode?: RoomMode;

  @ApiPropertyOptional({ description: 'Q&A: questions wait for a moderator.' })
  @Omittable()
  @IsBoolean()
  qaModeration?: boolean;
}

export class SanctionDto {
  @ApiProperty()
  @IsUUID()
  accountId: string;

  @ApiProperty({ enum: ['mute', 'ban'] })
  @IsIn(['mute', 'ban'])
  kind: SanctionKind;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 525600,
    description: 'Required for a mute; a ban without it lasts until lifted.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(525600)
  minutes?: number;
}

export class ReportDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class AnsweredDto {
  @ApiProperty()
  @IsBoolean()
  answered: boolean;
}
