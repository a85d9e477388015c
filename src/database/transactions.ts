import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs work in one transaction on either database. better-sqlite3 has one connection, so two
 * transactions may not be open at once: on SQLite they queue behind each other here. Hot paths
 * (seats, votes) use single conditional statements instead and do not come through here.
 */
@Injectable()
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly ds: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.ds.options.type !== 'better-sqlite3')
      return this.ds.transaction(work);
    const next = this.tail.then(
      () => this.ds.transaction(work),
      () => this.ds.transaction(work),
    );
    this.tail = next.catch(() => undefined);
    return next;
  }

  /**
   * SQLite: runs `work` in its turn of the queue above without opening a transaction for it —
   * for code that drives its own transaction on the better-sqlite3 connection, synchronously, so
   * that nothing else can run inside it (rooms' message writer). On MySQL it just runs `work`.
   */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.ds.options.type !== 'better-sqlite3')
      return Promise.resolve().then(work);
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
