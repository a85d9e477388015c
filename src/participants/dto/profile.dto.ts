import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Omittable } from '../../common/validation.js';
import { LOCALES, type Locale } from '../../auth/entities/account.entity.js';
import { CONSENT_KINDS, type ConsentKind } from '../entities/consent.entity.js';
import {
  AVAILABILITY_SLOTS,
  LANGUAGE_LEVELS,
  type LanguageLevel,
} from '../entities/participant-profile.entity.js';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

export class SpokenLanguageDto {
  @ApiProperty({ example: 'sq' })
  @IsString()
  @Matches(ID, {
    message: 'languages.code must be a language id from /api/reference',
  })
  code: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS, {
    message: `languages.level must be one of ${LANGUAGE_LEVELS.join(', ')}`,
  })
  level: LanguageLevel;
}

export class UpdateProfileDto {
  @ApiPropertyOptional()
  @Omittable()
  @Transform(trim)
  @IsString()
  @Length(1, 80, { message: 'displayName must be 1 to 80 characters long' })
  @Matches(NO_CONTROL, {
    message: 'displayName must not contain control characters',
  })
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @Omittable()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;

  @ApiPropertyOptional({ example: 2004 })
  @IsOptional()
  @IsInt({ message: 'birthYear must be a whole number' })
  @Min(1920, { message: 'birthYear must be 1920 or later' })
  @Max(new Date().getUTCFullYear() - 10, {
    message: 'birthYear is too recent: participants are at least 10',
  })
  birthYear?: number;

  @ApiPropertyOptional({ example: 'xk-prishtine', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Matches(ID, { message: 'placeId must be a place id from /api/reference' })
  placeId?: string | null;

  @ApiPropertyOptional({ type: [SpokenLanguageDto] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageDto)
  languages?: SpokenLanguageDto[];

  @ApiPropertyOptional({ example: ['freedom-of-movement'] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(ID, {
    each: true,
    message: 'interests must be topic ids from /api/reference',
  })
  interests?: string[];

  @ApiPropertyOptional({ example: ['mon-evening', 'sat-morning'] })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(21)
  @ArrayUnique()
  @IsIn(AVAILABILITY_SLOTS, {
    each: true,
    message: 'availability entries must look like mon-morning, tue-evening …',
  })
  availability?: string[];

  @ApiPropertyOptional({ maxLength: 500, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'bio must be at most 500 characters' })
  @Matches(NO_CONTROL, { message: 'bio must not contain control characters' })
  bio?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description:
      'Needs a granted community-data consent first (POST /api/me/consents), otherwise 422.',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Matches(ID, {
    message: 'communityId must be a community id from /api/reference',
  })
  communityId?: string | null;

  @ApiPropertyOptional({
    description: 'Confidential: account ids never to be paired with.',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'doNotPair must list account ids' })
  doNotPair?: string[];
}

export class ConsentDto {
  @ApiProperty({ enum: CONSENT_KINDS })
  @IsIn(CONSENT_KINDS, {
    message: `kind must be one of ${CONSENT_KINDS.join(', ')}`,
  })
  kind: ConsentKind;

  @ApiProperty()
  @IsBoolean({ message: 'granted must be true or false' })
  granted: boolean;

  @ApiProperty({
    description:
      'The version of the consent text the person was shown (GET /api/consents).',
  })
  @IsString()
  @MaxLength(20)
  textVersion: string;

  @ApiPropertyOptional({ description: 'guardian consent: the guardian’s name' })
  @ValidateIf((o: ConsentDto) => o.kind === 'guardian' && o.granted)
  @Transform(trim)
  @IsString({ message: 'guardianName is needed for a guardian consent' })
  @Length(2, 120, { message: 'guardianName must be 2 to 120 characters long' })
  guardianName?: string;

  @ApiPropertyOptional({
    description: 'guardian consent: e-mail or phone of the guardian',
  })
  @ValidateIf((o: ConsentDto) => o.kind === 'guardian' && o.granted)
  @Transform(trim)
  @IsString({ message: 'guardianContact is needed for a guardian consent' })
  @Length(5, 254, {
    message: 'guardianContact must be 5 to 254 characters long',
  })
  guardianContact?: string;
}
