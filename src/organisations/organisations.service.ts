import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import { isOrganiserOf, type Actor } from '../auth/actor.js';
import { toUserView } from '../auth/user.dto.js';
import { conflict, forbidden, notFound } from '../common/errors.js';
import type {
  CreateOrganisationDto,
  CreateOrganiserDto,
} from './dto/organisation.dto.js';
import { Organisation } from './entities/organisation.entity.js';

export function toOrganisationView(o: Organisation) {
  return {
    id: o.id,
    name: o.name,
    shortName: o.shortName,
    country: o.country,
    base: o.base,
    website: o.website,
  };
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation)
    private readonly repo: Repository<Organisation>,
    private readonly accounts: AccountsRepository,
    private readonly auth: AuthService,
  ) {}

  async list() {
    return (await this.repo.find({ order: { shortName: 'ASC' } })).map(
      toOrganisationView,
    );
  }

  async getOrThrow(id: string): Promise<Organisation> {
    const org = await this.repo.findOneBy({ id });
    if (!org) throw notFound('This organisation', 'ORGANISATION_NOT_FOUND');
    return org;
  }

  async create(actor: Actor, dto: CreateOrganisationDto) {
    if (actor.role !== 'admin')
      throw forbidden('Only admins can add organisations.');
    const taken = await this.repo.findOneBy({ shortName: dto.shortName });
    if (taken)
      throw conflict(
        'ORGANISATION_EXISTS',
        `An organisation with the short name ${dto.shortName} already exists.`,
      );
    const org = await this.repo.save(
      this.repo.create({
        ...dto,
        base: dto.base ?? null,
        website: dto.website ?? null,
      }),
    );
    return toOrganisationView(org);
  }

  async createOrganiser(
    actor: Actor,
    organisationId: string,
    dto: CreateOrganiserDto,
  ) {
    if (actor.role !== 'admin')
      throw forbidden('Only admins can create organiser accounts.');
    await this.getOrThrow(organisationId);
    const account = await this.auth.createAccount({
      ...dto,
      role: 'organiser',
      organisationId,
    });
    return { user: toUserView(account) };
  }

  async listOrganisers(actor: Actor, organisationId: string) {
    await this.getOrThrow(organisationId);
    if (!isOrganiserOf(actor, organisationId))
      throw forbidden("Only this organisation's organisers can see its team.");
    return (await this.accounts.listOrganisers(organisationId)).map((a) => ({
      id: a.id,
      displayName: a.displayName,
      email: a.email,
    }));
  }
}
