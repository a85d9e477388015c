import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class GroupSizeDto {
  @IsInt() @Min(3) @Max(4) min: number;
  @IsInt() @Min(3) @Max(4) max: number;
}

export class CohortRulesDto {
  @ApiPropertyOptional({
    description:
      'Pairs without a shared language are allowed and flagged for an interpreter.',
  })
  @IsOptional()
  @IsBoolean()
  allowInterpreter?: boolean;

  @ApiPropertyOptional({
    description:
      'Minors may be paired with adults (never more than 3 years older).',
  })
  @IsOptional()
  @IsBoolean()
  allowMixedAges?: boolean;

  @ApiPropertyOptional({ enum: ['near', 'far', 'none'] })
  @IsOptional()
  @IsIn(['near', 'far', 'none'], {
    message: 'placePreference must be near, far or none',
  })
  placePreference?: 'near' | 'far' | 'none';

  @ApiPropertyOptional({
    description: 'An odd person joins the best pair as a third member.',
  })
  @IsOptional()
  @IsBoolean()
  trios?: boolean;

  @ApiPropertyOptional({
    type: GroupSizeDto,
    description: 'Groups of 3–4 with every community represented.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroupSizeDto)
  groupSize?: GroupSizeDto;
}

export class CreateCohortDto {
  @ApiProperty({ example: 'Youth peer exchange, spring 2027' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ example: 'fortnightly' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(40)
  cadence?: string;

  @ApiPropertyOptional({ type: CohortRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortRulesDto)
  rules?: CohortRulesDto;
}

export class MembersPairDto {
  @ApiProperty({
    description: 'Two account ids of the cohort',
    example: ['uuid-a', 'uuid-b'],
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsUUID('all', { each: true, message: 'members must be two account ids' })
  members: string[];
}

export class SwapDto {
  @ApiProperty() @IsUUID('all') a: string;
  @ApiProperty() @IsUUID('all') b: string;
}

export class SkipDto {
  @ApiProperty() @IsBoolean() skip: boolean;
}

export class FeedbackDto {
  @ApiProperty()
  @IsBoolean({ message: 'met must be true or false' })
  met: boolean;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating: number;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Only organisers read this.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note?: string;
}
