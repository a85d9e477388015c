import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Account } from './entities/account.entity.js';

@Injectable()
export class AccountsRepository {
  constructor(
    @InjectRepository(Account) private readonly repo: Repository<Account>,
  ) {}

  findById(id: string): Promise<Account | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.repo.findOneBy({ email });
  }

  findByIds(ids: string[]): Promise<Account[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.find({ where: ids.map((id) => ({ id })) });
  }

  async insert(values: Partial<Account>): Promise<Account> {
    const entity = this.repo.create(values);
    return this.repo.save(entity);
  }

  /** One statement: every token issued before this call stops working. */
  async bumpTokenVersion(id: string): Promise<void> {
    await this.repo.increment({ id }, 'tokenVersion', 1);
  }

  async update(id: string, values: Partial<Account>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  listOrganisers(organisationId: string): Promise<Account[]> {
    return this.repo.find({
      where: { organisationId, role: 'organiser' },
      order: { displayName: 'ASC' },
    });
  }
}
