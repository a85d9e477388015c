import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { Authenticated, CurrentActor } from '../auth/auth.guard.js';
import {
  CreateOrganisationDto,
  CreateOrganiserDto,
} from './dto/organisation.dto.js';
import {
  OrganisationsService,
  toOrganisationView,
} from './organisations.service.js';
import { uuidPipe } from '../common/uuid.pipe.js';

@ApiTags('organisations')
@Controller('api/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  list() {
    return this.organisations.list();
  }

  @Get(':id')
  async get(@Param('id', uuidPipe('organisation')) id: string) {
    return toOrganisationView(await this.organisations.getOrThrow(id));
  }

  @Post()
  @Authenticated('admin')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.organisations.create(actor, dto);
  }

  @Post(':id/organisers')
  @Authenticated('admin')
  createOrganiser(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe('organisation')) id: string,
    @Body() dto: CreateOrganiserDto,
  ) {
    return this.organisations.createOrganiser(actor, id, dto);
  }

  @Get(':id/organisers')
  @Authenticated('organiser', 'admin')
  listOrganisers(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe('organisation')) id: string,
  ) {
    return this.organisations.listOrganisers(actor, id);
  }
}
