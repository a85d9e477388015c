import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import {
  Community,
  Language,
  Place,
  Topic,
} from './entities/reference.entities.js';

@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(Organisation)
    private readonly organisations: Repository<Organisation>,
    @InjectRepository(Community)
    private readonly communities: Repository<Community>,
    @InjectRepository(Topic) private readonly topics: Repository<Topic>,
    @InjectRepository(Language)
    private readonly languages: Repository<Language>,
    @InjectRepository(Place) private readonly places: Repository<Place>,
  ) {}

  async all() {
    const [organisations, communities, topics, languages, places] =
      await Promise.all([
        this.organisations.find({ order: { shortName: 'ASC' } }),
        this.communities.find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
        this.topics.find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
        this.languages.find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
        this.places.find({ order: { country: 'DESC', id: 'ASC' } }),
      ]);
    return {
      organisations: organisations.map((o) => ({
        id: o.id,
        name: o.name,
        shortName: o.shortName,
        country: o.country,
        base: o.base,
        website: o.website,
      })),
      communities: communities.map(({ id, names }) => ({ id, names })),
      topics: topics.map(({ id, names }) => ({ id, names })),
      languages: languages.map(({ id, names }) => ({ id, names })),
      places: places.map(({ id, country, names }) => ({ id, country, names })),
    };
  }

  async placeExists(id: string): Promise<boolean> {
    return (await this.places.countBy({ id })) > 0;
  }

  async findPlaces(ids: string[]): Promise<Place[]> {
    if (ids.length === 0) return [];
    return this.places.findBy(ids.map((id) => ({ id })));
  }

  async knownIds(
    kind: 'topics' | 'languages' | 'communities' | 'places',
  ): Promise<Set<string>> {
    const repo = {
      topics: this.topics,
      languages: this.languages,
      communities: this.communities,
      places: this.places,
    }[kind] as Repository<{ id: string }>;
    return new Set(
      (await repo.find({ select: { id: true } })).map((r) => r.id),
    );
  }
}
