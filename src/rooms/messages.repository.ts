import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { GroupCommit } from './group-commit.js';
import { RawTable } from './raw-table.js';
import { SqliteWriter } from './sqlite-writer.js';
import {
  isDuplicateKey,
  isRetryableConflict,
  nowToTheSecond,
} from './db-util.js';
import { Message } from './entities/message.entity.js';
import { QuestionVote } from './entities/question-vote.entity.js';
import type { LogInput } from './rooms.repository.js';
import { RoomsRepository } from './rooms.repository.js';

export type NewMessage = Omit<Message, 'id'>;

export interface Page {
  after?: number;
  before?: number;
  limit: number;
}

/** Messages and votes: the only code that knows their tables. */
@Injectable()
export class MessagesRepository implements OnModuleDestroy {
  /** MySQL: one group commit per shard of rooms; a room's messages always go through the same one. */
  private readonly writers: GroupCommit<NewMessage, Message | null>[];
  /** SQLite: the one writer, with its disk sync off the event loop. */
  private readonly sqlite: SqliteWriter | null = null;
  private readonly raw: RawTable<Message>;
  private readonly deleteHeldSql: string;

  constructor(
    @InjectRepository(Message) private readonly messages: Repository<Message>,
    @InjectRepository(QuestionVote)
    private readonly votes: Repository<QuestionVote>,
    ds: DataSource,
    private readonly tx: Transactions,
    private readonly rooms: RoomsRepository,
  ) {
    // SQLite has one connection; on MySQL a few transactions commit side by side
    if (ds.options.type === 'better-sqlite3')
      this.sqlite = new SqliteWriter(
        (ds.driver as unknown as { databaseConnection: SqliteDatabase })
          .databaseConnection,
        tx,
      );
    this.writers = Array.from(
      { length: 4 },
      () =>
        new GroupCommit<NewMessage, Message | null>(
          (work) => this.tx.run(work),
          256,
          (rows) => this.insertMany(rows),
        ),
    );
    this.raw = new RawTable(ds, Message);
    const q = (name: string) => ds.driver.escape(name);
    this.deleteHeldSql = `DELETE FROM ${this.raw.name} WHERE ${q('id')} = ? AND ${q('status')} = 'held'`;
  }

  async onModuleDestroy() {
    await this.sqlite?.close();
  }

  /**
   * Stores a message; resolves once its transaction has committed. Inserts go through a group
   * commit: what arrives while one transaction commits shares the next one (one fsync for a
   * burst), and, per room, promises settle in the order the inserts were queued: id order. On SQLite
   * this also keeps the insert out of any other module's open transaction on the one connection
   * (a row written there would vanish if that transaction rolled back after our ack).
   *
   * Resolves null when the author's clientMsgId is taken already (a retry): the unique index
   * decides, instead of a lookup before every insert. A duplicate key fails only its own
   * statement, on SQLite and on InnoDB alike, so the batch's other messages commit as usual.
   */
  insert(values: NewMessage): Promise<Message | null> {
    const sqlite = this.sqlite;
    if (sqlite)
      return sqlite.run(() => {
        try {
          return this.insertSync(sqlite, values);
        } catch (e) {
          if (values.clientMsgId !== null && isDuplicateKey(e)) return null;
          throw e;
        }
      });
    return this.writerFor(values.roomId).runBulk(values);
  }

  findById(id: number): Promise<Message | null> {
    return this.messages.findOneBy({ id });
  }

  async findByClientMsgId(
    authorId: string,
    clientMsgId: string,
  ): Promise<Message | null> {
    const [m] = await this.raw.findBy({ authorId, clientMsgId }, 1);
    return m ?? null;
  }

  /** When the person last wrote in the room (slow mode). */
  async lastMessageAt(roomId: string, authorId: string): Promise<Date | null> {
    const row = await this.messages.findOne({
      select: { id: true, createdAt: true },
      where: { roomId, authorId },
      order: { id: 'DESC' },
    });
    return row ? new Date(row.createdAt) : null;
  }

  /**
   * Visible messages in id order: after a cursor (oldest first), before one, or the latest page.
   * One more row than asked is read to tell whether there is more.
   */
  async page(
    roomId: string,
    page: Page,
  ): Promise<{ items: Message[]; hasMore: boolean }> {
    const qb = this.messages
      .createQueryBuilder('m')
      .where('m.roomId = :roomId AND m.status = :status', {
        roomId,
        status: 'visible',
      })
      .limit(page.limit + 1);
    if (page.after !== undefined)
      qb.andWhere('m.id > :after', { after: page.after });
    if (page.before !== undefined)
      qb.andWhere('m.id < :before', { before: page.before });
    const ascending = page.after !== undefined;
    qb.orderBy('m.id', ascending ? 'ASC' : 'DESC');
    const rows = await qb.getMany();
    const hasMore = rows.length > page.limit;
    const items = rows.slice(0, page.limit);
    if (!ascending) items.reverse();
    return { items, hasMore };
  }

  /** Visible questions, most votes first (ties: oldest first), or newest first. */
  questions(
    roomId: string,
    sort: 'votes' | 'recent',
    limit: number,
  ): Promise<Message[]> {
    const qb = this.messages
      .createQueryBuilder('m')
      .where('m.roomId = :roomId AND m.kind = :kind AND m.status = :status', {
        roomId,
        kind: 'question',
        status: 'visible',
      })
      .limit(limit);
    if (sort === 'votes')
      qb.orderBy('m.upvotes', 'DESC').addOrderBy('m.id', 'ASC');
    else qb.orderBy('m.id', 'DESC');
    return qb.getMany();
  }

  held(roomId: string, limit: number): Promise<Message[]> {
    return this.messages.find({
      where: { roomId, status: 'held' },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  async votedBy(accountId: string, messageIds: number[]): Promise<Set<number>> {
    if (messageIds.length === 0) return new Set();
    const rows = await this.votes.find({
      select: { messageId: true },
      where: { accountId, messageId: In(messageIds) },
    });
    return new Set(rows.map((r) => r.messageId));
  }

  /**
   * One vote per person and question: the vote row's primary key decides, and the counter moves in
   * the same transaction. Concurrent votes of one person: one insert wins, the others find it.
   */
  async upvote(
    messageId: number,
    accountId: string,
  ): Promise<{ counted: boolean; upvotes: number }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tx.run(async (em) => {
          await em.insert(QuestionVote, {
            messageId,
            accountId,
            createdAt: nowToTheSecond(),
          });
          await em.increment(Message, { id: messageId }, 'upvotes', 1);
          const m = await em.findOne(Message, {
            select: { id: true, upvotes: true },
            where: { id: messageId },
          });
          return { counted: true, upvotes: m?.upvotes ?? 0 };
        });
      } catch (e) {
        if (isDuplicateKey(e)) {
          const m = await this.messages.findOne({
            select: { id: true, upvotes: true },
            where: { id: messageId },
          });
          return { counted: false, upvotes: m?.upvotes ?? 0 };
        }
        if (isRetryableConflict(e) && attempt < 3) continue;
        throw e;
      }
    }
  }

  /** Hides a message unless it is hidden already; logs it when a moderator did it. */
  async hide(id: number, by: string, entry: LogInput | null): Promise<boolean> {
    return this.tx.run(async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(Message)
        .set({ status: 'hidden', hiddenBy: by })
        .where("id = :id AND status <> 'hidden'", { id })
        .execute();
      if (!res.affected) return false;
      if (entry) await this.rooms.insertLog(em, entry);
      return true;
    });
  }

  async setAnswered(
    id: number,
    answered: boolean,
    entry: LogInput,
  ): Promise<Date | null> {
    const at = answered ? nowToTheSecond() : null;
    await this.tx.run(async (em) => {
      await em.update(Message, { id }, { answeredAt: at });
      await this.rooms.insertLog(em, entry);
    });
    return at;
  }

  /**
   * A held message becomes visible under a new id, so that a reader who asks for everything after
   * the last id they saw gets it. The held row goes; the client message id moves to the new row.
   */
  publishHeld(
    held: Message,
    entry: (newId: number) => LogInput,
  ): Promise<Message | null> {
    const values: NewMessage = {
      roomId: held.roomId,
      authorId: held.authorId,
      clientMsgId: held.clientMsgId,
      kind: held.kind,
      body: held.body,
      status: 'visible',
      heldReason: null,
      anonymous: held.anonymous,
      upvotes: 0,
      answeredAt: null,
      hiddenBy: null,
      createdAt: nowToTheSecond(),
    };
    // through the room's writer, so that it takes its place in the room's id order
    const sqlite = this.sqlite;
    if (sqlite)
      return sqlite.run(() => {
        const gone = sqlite.statement(this.deleteHeldSql).run(held.id);
        if (gone.changes === 0) return null;
        const m = this.insertSync(sqlite, values);
        this.rooms.insertLogSync((sql) => sqlite.statement(sql), entry(m.id));
        return m;
      });
    return this.writerFor(held.roomId).run(async (em) => {
      const gone = await em.delete(Message, { id: held.id, status: 'held' });
      if (!gone.affected) return null;
      const m = await this.insertOne(em, values);
      await this.rooms.insertLog(em, entry(m.id));
      return m;
    });
  }

  writtenBy(accountId: string): Promise<Message[]> {
    return this.messages.find({
      where: { authorId: accountId },
      order: { id: 'ASC' },
    });
  }

  /** Erasure: the person's messages stay as "deleted user", without their text. */
  async anonymise(accountId: string, em: EntityManager): Promise<void> {
    await em.update(
      Message,
      { authorId: accountId },
      { authorId: null, body: '', clientMsgId: null },
    );
    await em.update(Message, { hiddenBy: accountId }, { hiddenBy: null });
    await em.delete(QuestionVote, { accountId });
  }

  private writerFor(roomId: string): GroupCommit<NewMessage, Message | null> {
    if (this.writers.length === 1) return this.writers[0];
    let h = 0;
    for (let i = 0; i < roomId.length; i++)
      h = (h * 31 + roomId.charCodeAt(i)) | 0;
    return this.writers[Math.abs(h) % this.writers.length];
  }

  /**
   * MySQL: a burst of messages as one multi-row INSERT (one round trip and one commit instead of
   * BEGIN, an INSERT each and COMMIT). When one of them is a retry the statement stores nothing
   * and they go in one at a time; a duplicate then gives null for its message alone.
   */
  private async insertMany(rows: NewMessage[]): Promise<(Message | null)[]> {
    const made = (v: NewMessage, id: number) =>
      Object.assign(new Message(), v, { id });
    try {
      const ids = await this.raw.insertMany(rows);
      return rows.map((v, i) => made(v, ids[i]));
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      if (rows.length === 1 && rows[0].clientMsgId !== null) return [null];
    }
    const out: (Message | null)[] = [];
    for (const v of rows)
      try {
        out.push(made(v, (await this.raw.insertMany([v]))[0]));
      } catch (e) {
        if (v.clientMsgId === null || !isDuplicateKey(e)) throw e;
        out.push(null);
      }
    return out;
  }

  private insertSync(sqlite: SqliteWriter, values: NewMessage): Message {
    const id = this.raw.insertSync((sql) => sqlite.statement(sql), values);
    return Object.assign(new Message(), values, { id });
  }

  private async insertOne(
    em: EntityManager,
    values: NewMessage,
  ): Promise<Message> {
    const id = await this.raw.insert(em, values);
    return Object.assign(new Message(), values, { id });
  }
}
