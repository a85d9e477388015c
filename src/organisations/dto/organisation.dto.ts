import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { normaliseEmail } from '../../auth/dto/auth.dto.js';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Youth Initiative for Human Rights' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: 'YIHR' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, {
    message: 'shortName must be 1 to 20 letters, digits, dots or hyphens',
  })
  shortName: string;

  @ApiProperty({ enum: ['XK', 'RS'] })
  @IsIn(['XK', 'RS'], { message: 'country must be XK (Kosovo) or RS (Serbia)' })
  country: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  base?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) address' },
  )
  @MaxLength(300)
  website?: string;
}

export class CreateOrganiserDto {
  @ApiProperty()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 80)
  displayName: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(8, 128, { message: 'password must be 8 to 128 characters long' })
  password: string;
}
