import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  PUBLICATION_KINDS,
  PUBLICATION_LANGUAGES,
  type PublicationKind,
  type PublicationLanguage,
} from '../entities/publication.entity.js';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
// eslint-disable-next-line no-control-regex
const NO_CONTROL_LINE = /^[^\u0000-\u001F\u007F]*$/;
// eslint-disable-next-line no-control-regex
const NO_CONTROL_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} &+.-]{0,39}$/u;

export class PublicationVersionDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE, {
    message: 'title must not contain control characters',
  })
  title: string;

  @ApiProperty({ description: 'Markdown' })
  @IsString()
  @Length(1, 100_000)
  @Matches(NO_CONTROL_TEXT, {
    message: 'body must not contain control characters',
  })
  body: string;
}

export class PublicationVersionsDto {
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicationVersionDto)
  en?: PublicationVersionDto;
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicationVersionDto)
  sq?: PublicationVersionDto;
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicationVersionDto)
  sr?: PublicationVersionDto;
}

export class CreatePublicationDto {
  /** Admins say which organisation publishes; organisers publish for their own. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiProperty({ enum: PUBLICATION_KINDS })
  @IsIn(PUBLICATION_KINDS, {
    message: `kind must be one of ${PUBLICATION_KINDS.join(', ')}`,
  })
  kind: PublicationKind;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE, {
    message: 'title must not contain control characters',
  })
  title: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  @Matches(NO_CONTROL_LINE, {
    message: 'authorName must not contain control characters',
  })
  authorName: string;

  @ApiProperty({ description: 'Markdown; raw HTML is removed when rendered' })
  @IsString()
  @Length(1, 100_000)
  @Matches(NO_CONTROL_TEXT, {
    message: 'body must not contain control characters',
  })
  body: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(TAG, {
    each: true,
    message: 'each tag is 1–40 letters, digits, spaces or & + . -',
  })
  tags?: string[];

  @ApiProperty({ enum: PUBLICATION_LANGUAGES })
  @IsIn(PUBLICATION_LANGUAGES, {
    message: `language must be one of ${PUBLICATION_LANGUAGES.join(', ')}`,
  })
  language: PublicationLanguage;

  @ApiPropertyOptional({
    description: 'Versions in the other languages: {sq: {title, body}}',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PublicationVersionsDto)
  versions?: PublicationVersionsDto;
}

export class UpdatePublicationDto extends PartialType(CreatePublicationDto) {}

export class ListPublicationsQuery {
  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(40)
  tag?: string;
  @ApiPropertyOptional({ enum: PUBLICATION_LANGUAGES })
  @IsOptional()
  @IsIn(PUBLICATION_LANGUAGES)
  language?: PublicationLanguage;
  @ApiPropertyOptional({ enum: PUBLICATION_KINDS })
  @IsOptional()
  @IsIn(PUBLICATION_KINDS)
  kind?: PublicationKind;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
  @ApiPropertyOptional({ maxLength: 100, description: 'Search text.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  /** Organisers: their organisation's publications, drafts included. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  mine?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 10_000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class CreateCommentDto {
  @ApiProperty({ description: 'Plain text, 1–2000 characters' })
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  @Matches(NO_CONTROL_TEXT, {
    message: 'body must not contain control characters',
  })
  body: string;
}

export class ListCommentsQuery {
  @ApiPropertyOptional({ enum: ['approved', 'held', 'rejected'] })
  @IsOptional()
  @IsIn(['approved', 'held', 'rejected'])
  status?: 'approved' | 'held' | 'rejected';
}
