import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { nowToTheSecond } from './db-util.js';
import { RawTable, rawReader } from './raw-table.js';
import { ModerationLogEntry } from './entities/moderation-log.entity.js';
import { Room, type RoomKind, type RoomMode } from './entities/room.entity.js';
import {
  RoomSanction,
  type SanctionKind,
} from './entities/room-sanction.entity.js';

export type LogInput = Omit<ModerationLogEntry, 'id' | 'createdAt'>;
export type RoomSettings = Partial<
  Pick<Room, 'locked' | 'slowModeSeconds' | 'mode' | 'qaModeration'>
>;

export interface RoomWithSanctions {
  room: Room;
  sanctions: RoomSanction[];
}

interface Lookup {
  roomId: string;
  accountId: string;
  resolve: (v: RoomWithSanctions | null) => void;
  reject: (e: unknown) => void;
}

/** Lookups per batched query (MySQL): IN lists of at most this many rooms and accounts. */
const LOOKUPS_PER_QUERY = 500;

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Rooms, sanctions and the moderation log: the only code here that knows their tables. */
@Injectable()
export class RoomsRepository {
  constructor(
    @InjectRepository(Room) private readonly rooms: Repository<Room>,
    @InjectRepository(RoomSanction)
    private readonly sanctions: Repository<RoomSanction>,
    @InjectRepository(ModerationLogEntry)
    private readonly log: Repository<ModerationLogEntry>,
    private readonly ds: DataSource,
    private readonly tx: Transactions,
  ) {
    this.roomsRaw = new RawTable(ds, Room);
    this.sanctionsRaw = new RawTable(ds, RoomSanction);
    this.logRaw = new RawTable(ds, ModerationLogEntry);
    this.read = rawReader(ds);
    const q = (name: string) => ds.driver.escape(name);
    const head =
      `SELECT ${this.roomsRaw.selectAs('r', 'r_')}, ${this.sanctionsRaw.selectAs('s', 's_')}` +
      ` FROM ${this.roomsRaw.name} ${q('r')} LEFT JOIN ${this.sanctionsRaw.name} ${q('s')}` +
      ` ON ${q('s')}.${q('roomId')} = ${q('r')}.${q('id')} AND ${q('s')}.${q('accountId')}`;
    this.withSanctionsSql = `${head} = ? WHERE ${q('r')}.${q('id')} = ?`;
    this.manyWithSanctionsSql = (accounts, rooms) =>
      `${head} IN (${marks(accounts)}) WHERE ${q('r')}.${q('id')} IN (${marks(rooms)})`;
    this.batched = ds.options.type !== 'better-sqlite3';
  }

  /** MySQL: the lookups of one event-loop turn, waiting to go as one query. */
  private lookups: Lookup[] = [];
  /** Batched lookup queries on their way to the database. */
  private lookingUp = 0;
  private readonly batched: boolean;
  private readonly manyWithSanctionsSql: (
    accounts: number,
    rooms: number,
  ) => string;

  private readonly read: ReturnType<typeof rawReader>;
  private readonly withSanctionsSql: string;

  private readonly roomsRaw: RawTable<Room>;
  private readonly sanctionsRaw: RawTable<RoomSanction>;
  private readonly logRaw: RawTable<ModerationLogEntry>;

  async findById(id: string): Promise<Room | null> {
    const [room] = await this.roomsRaw.findBy({ id }, 1);
    return room ?? null;
  }

  /**
   * The room and the person's mutes and bans in it that are still running, in one query: every
   * message and vote needs both, and on MySQL each query is a round trip.
   */
  async findWithSanctions(
    roomId: string,
    accountId: string,
  ): Promise<RoomWithSanctions | null> {
    if (this.batched)
      return new Promise((resolve, reject) => {
        this.lookups.push({ roomId, accountId, resolve, reject });
        if (this.lookups.length === 1 && this.lookingUp === 0)
          process.nextTick(() => this.lookUp());
      });
    const rows = await this.read(this.withSanctionsSql, [
      this.sanctionsRaw.param('accountId', accountId),
      this.roomsRaw.param('id', roomId),
    ]);
    return this.pick(rows, accountId);
  }

  /**
   * MySQL: a lookup goes to the database at once when none is on its way; those that arrive
   * meanwhile (under load, one for each message of hundreds of rooms) go together as one query
   * when it is back, up to LOOKUPS_PER_QUERY at a time: one round trip for a burst instead of one
   * per message, and no wait when the server is quiet. The join may bring other people's
   * sanctions in the same rooms along; each lookup keeps its own.
   */
  private lookUp() {
    if (this.lookingUp > 0 || this.lookups.length === 0) return;
    const all = this.lookups;
    this.lookups = [];
    const done = () => {
      if (--this.lookingUp === 0) this.lookUp();
    };
    for (let i = 0; i < all.length; i += LOOKUPS_PER_QUERY) {
      this.lookingUp++;
      const chunk = all.slice(i, i + LOOKUPS_PER_QUERY);
      const accounts = [...new Set(chunk.map((l) => l.accountId))];
      const rooms = [...new Set(chunk.map((l) => l.roomId))];
      this.read(this.manyWithSanctionsSql(accounts.length, rooms.length), [
        ...accounts.map((a) => this.sanctionsRaw.param('accountId', a)),
        ...rooms.map((r) => this.roomsRaw.param('id', r)),
      ]).then(
        (rows) => {
          // MySQL compares ids without regard to case; so does this
          const byRoom = new Map<string, Record<string, unknown>[]>();
          for (const r of rows) {
            const id = String(r.r_id).toLowerCase();
            const list = byRoom.get(id);
            if (list) list.push(r);
            else byRoom.set(id, [r]);
          }
          for (const l of chunk)
            l.resolve(
              this.pick(byRoom.get(l.roomId.toLowerCase()) ?? [], l.accountId),
            );
          done();
        },
        (e: unknown) => {
          for (const l of chunk) l.reject(e);
          done();
        },
      );
    }
  }

  /** The room of the rows (all of one room), and the account's running sanctions in it. */
  private pick(
    mine: Record<string, unknown>[],
    accountId: string,
  ): RoomWithSanctions | null {
    if (mine.length === 0) return null;
    const now = Date.now();
    const sanctions = mine
      .filter(
        (r) =>
          r.s_kind !== null &&
          r.s_kind !== undefined &&
          String(r.s_accountId).toLowerCase() === accountId.toLowerCase(),
      )
      .map((r) => this.sanctionsRaw.hydrate(r, 's_'))
      .filter((s) => s.until === null || new Date(s.until).getTime() > now);
    return { room: this.roomsRaw.hydrate(mine[0], 'r_'), sanctions };
  }

  findByRef(kind: RoomKind, refId: string): Promise<Room | null> {
    return this.rooms.findOneBy({ kind, refId });
  }

  /** Creates the room for (kind, refId) unless it exists; safe when two callers race. */
  async ensure(
    kind: RoomKind,
    refId: string,
    organisationId: string | null,
    mode: RoomMode,
    em?: EntityManager,
  ): Promise<Room> {
    const manager = em ?? this.ds.manager;
    const existing = await manager.findOneBy(Room, { kind, refId });
    if (existing) return existing;
    await manager
      .createQueryBuilder()
      .insert()
      .into(Room)
      .values({ kind, refId, organisationId, mode })
      .orIgnore()
      .execute();
    const room = await manager.findOneBy(Room, { kind, refId });
    if (!room) throw new Error('The room could not be created.');
    return room;
  }

  /** Settings change and its log entries in one transaction. */
  async updateSettings(
    id: string,
    settings: RoomSettings,
    entries: LogInput[],
  ): Promise<void> {
    await this.tx.run(async (em) => {
      await em.update(Room, { id }, settings);
      for (const e of entries) await this.insertLog(em, e);
    });
  }

  /** Flags the room once; true when this call did it. */
  async markReported(
    id: string,
    accountId: string,
    entry: LogInput,
  ): Promise<boolean> {
    return this.tx.run(async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(Room)
        .set({ reportedAt: nowToTheSecond(), reportedBy: accountId })
        .where('id = :id AND reportedAt IS NULL', { id })
        .execute();
      if (!res.affected) return false;
      await this.insertLog(em, entry);
      return true;
    });
  }

  async putSanction(s: RoomSanction, entry: LogInput): Promise<void> {
    await this.tx.run(async (em) => {
      await em.delete(RoomSanction, {
        roomId: s.roomId,
        accountId: s.accountId,
        kind: s.kind,
      });
      await em.insert(RoomSanction, s);
      await this.insertLog(em, entry);
    });
  }

  async liftSanction(
    roomId: string,
    accountId: string,
    kind: SanctionKind,
    entry: LogInput,
  ): Promise<boolean> {
    return this.tx.run(async (em) => {
      const res = await em.delete(RoomSanction, { roomId, accountId, kind });
      if (!res.affected) return false;
      await this.insertLog(em, entry);
      return true;
    });
  }

  /** insertLog for the SQLite message writer (synchronous, see RawTable.insertSync). */
  insertLogSync(
    prepare: Parameters<RawTable<ModerationLogEntry>['insertSync']>[0],
    entry: LogInput,
  ): void {
    this.logRaw.insertSync(prepare, { ...entry, createdAt: nowToTheSecond() });
  }

  async insertLog(em: EntityManager, entry: LogInput): Promise<void> {
    await em.insert(ModerationLogEntry, {
      ...entry,
      createdAt: nowToTheSecond(),
    });
  }

  moderationLog(
    roomId: string,
    before: number | undefined,
    limit: number,
  ): Promise<ModerationLogEntry[]> {
    const qb = this.log
      .createQueryBuilder('l')
      .where('l.roomId = :roomId', { roomId })
      .orderBy('l.id', 'DESC')
      .limit(limit);
    if (before !== undefined) qb.andWhere('l.id < :before', { before });
    return qb.getMany();
  }

  /** Erasure: what stays about the person loses their id. */
  async anonymise(accountId: string, em: EntityManager): Promise<void> {
    await em.delete(RoomSanction, { accountId });
    await em.update(
      RoomSanction,
      { createdBy: accountId },
      { createdBy: null },
    );
    await em.update(
      ModerationLogEntry,
      { actorId: accountId },
      { actorId: null },
    );
    await em.update(
      ModerationLogEntry,
      { targetAccountId: accountId },
      { targetAccountId: null },
    );
    await em.update(Room, { reportedBy: accountId }, { reportedBy: null });
  }
}
