import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { EVENT_KINDS, type EventKind } from '../entities/event.entity.js';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const INSTANT = { strict: true, strictSeparator: true } as const;

@ValidatorConstraint({ name: 'timeZone' })
export class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown) {
    if (typeof value !== 'string' || value.length > 64) return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return /\//.test(value) || value === 'UTC';
    } catch {
      return false;
    }
  }
  defaultMessage(args: ValidationArguments) {
    return `${args.property} must be an IANA time zone such as Europe/Belgrade`;
  }
}

@ValidatorConstraint({ name: 'localizedText' })
class HasOneLanguage implements ValidatorConstraintInterface {
  validate(value: unknown) {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as Record<string, unknown>;
    return ['en', 'sq', 'sr'].some(
      (k) => typeof v[k] === 'string' && (v[k] as string).trim().length > 0,
    );
  }
  defaultMessage(args: ValidationArguments) {
    return `${args.property} needs a text in at least one of en, sq, sr`;
  }
}

export class TitleDto {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL)
  en?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL)
  sq?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL)
  sr?: string;
}

export class DescriptionDto {
  @IsOptional() @IsString() @MaxLength(10_000) en?: string;
  @IsOptional() @IsString() @MaxLength(10_000) sq?: string;
  @IsOptional() @IsString() @MaxLength(10_000) sr?: string;
}

export class VenueDto {
  @ApiProperty() @Transform(trim) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string;
  @ApiPropertyOptional({ example: 'xk-mitrovice-veriut' })
  @IsOptional()
  @IsString()
  @Matches(ID, {
    message: 'venue.placeId must be a place id from /api/reference',
  })
  placeId?: string;
}

export class QuotaDto {
  @ApiProperty({
    example: 40,
    description: 'No community takes more than this share of the seats.',
  })
  @IsInt()
  @Min(10)
  @Max(100)
  maxSharePercent: number;
}

export class CreateEventDto {
  @ApiProperty({
    type: TitleDto,
    example: {
      en: 'Freedom of movement: one year on',
      sq: 'Liria e lëvizjes',
      sr: 'Sloboda kretanja',
    },
  })
  @ValidateNested()
  @Type(() => TitleDto)
  @Validate(HasOneLanguage)
  title: TitleDto;

  @ApiPropertyOptional({ type: DescriptionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DescriptionDto)
  description?: DescriptionDto;

  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS, {
    message: `kind must be one of ${EVENT_KINDS.join(', ')}`,
  })
  kind: EventKind;

  @ApiProperty({
    example: '2027-03-28T09:00:00Z',
    description: 'An instant with Z or an offset.',
  })
  @IsISO8601(INSTANT, {
    message: 'startsAt must be a date and time such as 2027-03-28T09:00:00Z',
  })
  startsAt: string;

  @ApiProperty({ example: '2027-03-28T17:00:00Z' })
  @IsISO8601(INSTANT, {
    message: 'endsAt must be a date and time such as 2027-03-28T17:00:00Z',
  })
  endsAt: string;

  @ApiPropertyOptional({ example: 'Europe/Belgrade' })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @ApiPropertyOptional({ type: VenueDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => VenueDto)
  venue?: VenueDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'onlineUrl must be an http(s) address' },
  )
  @MaxLength(500)
  onlineUrl?: string;

  @ApiPropertyOptional({ example: ['sq', 'sr', 'en'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(ID, {
    each: true,
    message: 'languages must be language ids from /api/reference',
  })
  languages?: string[];

  @ApiPropertyOptional({
    example: 'Simultaneous interpretation Albanian ↔ Serbian',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  interpretation?: string;

  @ApiPropertyOptional({ example: ['freedom-of-movement'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Matches(ID, {
    each: true,
    message: 'topics must be topic ids from /api/reference',
  })
  topics?: string[];

  @ApiProperty({ example: 50 })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1)
  @Max(100_000)
  capacity: number;

  @ApiPropertyOptional({ type: QuotaDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuotaDto)
  quota?: QuotaDto | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601(INSTANT, {
    message: 'registrationOpensAt must be a date and time',
  })
  registrationOpensAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601(INSTANT, {
    message: 'registrationClosesAt must be a date and time',
  })
  registrationClosesAt?: string;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

export class SpeakerDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  @Matches(NO_CONTROL)
  name: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') accountId?: string;
}

export class CreateSessionDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL)
  title: string;

  @ApiProperty({ example: '2027-03-28T09:30:00Z' })
  @IsISO8601(INSTANT, {
    message: 'startsAt must be a date and time such as 2027-03-28T09:30:00Z',
  })
  startsAt: string;

  @ApiProperty({ example: '2027-03-28T10:30:00Z' })
  @IsISO8601(INSTANT, {
    message: 'endsAt must be a date and time such as 2027-03-28T10:30:00Z',
  })
  endsAt: string;

  @ApiPropertyOptional({ example: 'Hall A' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  hall?: string;

  @ApiPropertyOptional({ type: [SpeakerDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}

export class ListEventsQuery {
  @ApiPropertyOptional({
    description: 'Events ending after this instant.',
    example: '2027-03-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601(INSTANT, { message: 'from must be a date and time' })
  from?: string;
  @ApiPropertyOptional({ description: 'Events starting before this instant.' })
  @IsOptional()
  @IsISO8601(INSTANT, { message: 'to must be a date and time' })
  to?: string;
  @ApiPropertyOptional({ enum: EVENT_KINDS })
  @IsOptional()
  @IsIn(EVENT_KINDS, {
    message: `kind must be one of ${EVENT_KINDS.join(', ')}`,
  })
  kind?: EventKind;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId?: string;
  @ApiPropertyOptional({ example: 'xk-prishtine' })
  @IsOptional()
  @Matches(ID, { message: 'placeId must be a place id' })
  placeId?: string;
  @ApiPropertyOptional({ example: 'sq' })
  @IsOptional()
  @Matches(ID, { message: 'language must be a language id' })
  language?: string;
  @ApiPropertyOptional({ maxLength: 100, description: 'Search text.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  /** Organisers: include their own organisation's drafts and cancelled events. */
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
