import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { BULLETIN_LOCALES, type BulletinLocale } from '../bulletin-mail.js';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
// eslint-disable-next-line no-control-regex
const NO_CONTROL_LINE = /^[^\u0000-\u001F\u007F]*$/;

export class SubscribeDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: BULLETIN_LOCALES })
  @IsIn(BULLETIN_LOCALES, {
    message: `locale must be one of ${BULLETIN_LOCALES.join(', ')}`,
  })
  locale: BulletinLocale;
}

export class BulletinSubjectDto {
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE)
  en?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE)
  sq?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE)
  'sr-Latn'?: string;
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_LINE)
  'sr-Cyrl'?: string;
}

@ValidatorConstraint({ name: 'eventIds' })
class IsEventIds implements ValidatorConstraintInterface {
  validate(value: unknown) {
    if (value === 'upcoming') return true;
    return (
      Array.isArray(value) &&
      value.length <= 30 &&
      new Set(value).size === value.length &&
      value.every(
        (v) =>
          typeof v === 'string' &&
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
            v,
          ),
      )
    );
  }
  defaultMessage() {
    return 'eventIds must be "upcoming" or a list of at most 30 distinct event ids';
  }
}

export class CreateBulletinDto {
  /** Admins say which organisation sends it; organisers send for their own. */
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') organisationId?: string;

  @ApiPropertyOptional({
    description: 'Subject per locale: {en, sq, sr-Latn, sr-Cyrl}',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinSubjectDto)
  subject?: BulletinSubjectDto;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  publicationIds: string[];

  @ApiProperty({
    description: '"upcoming" or a list of event ids',
    oneOf: [
      { type: 'string', enum: ['upcoming'] },
      { type: 'array', items: { type: 'string' } },
    ],
  })
  @Validate(IsEventIds)
  eventIds: string[] | 'upcoming';
}
