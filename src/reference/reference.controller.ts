import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReferenceService } from './reference.service.js';

@ApiTags('reference')
@Controller('api/reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({
    description:
      'Organisations, communities, topics, languages and places, each item with an id.',
  })
  all() {
    return this.reference.all();
  }
}
