import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

type Rows = Record<string, unknown>[];

/**
 * Runs a read-only statement: on better-sqlite3 straight on its connection with a prepared
 * statement kept for the next call (TypeORM's query runner costs more CPU than SQLite's read of
 * an indexed row), elsewhere through `ds.query`.
 */
export function rawReader(
  ds: DataSource,
): (sql: string, params: unknown[]) => Promise<Rows> {
  if (ds.options.type !== 'better-sqlite3')
    return (sql, params) => ds.query(sql, params) as Promise<Rows>;
  const statements = new Map<string, { all: (...p: unknown[]) => unknown }>();
  const db = (
    ds.driver as unknown as {
      databaseConnection: {
        prepare: (sql: string) => { all: (...p: unknown[]) => unknown };
      };
    }
  ).databaseConnection;
  return (sql, params) => {
    try {
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        statements.set(sql, stmt);
      }
      return Promise.resolve(stmt.all(...params) as Rows);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
}

/**
 * Plain SQL for the few statements on the message hot path (one lookup by key, one insert), with
 * values converted by TypeORM's own driver (dates, booleans, JSON) so both databases read and
 * write exactly what the entity-based code does. The query builder costs more CPU per message than
 * the database does; everything off the hot path stays on repositories.
 */
export class RawTable<T extends ObjectLiteral> {
  private readonly columns: ColumnMetadata[];
  private readonly insertable: ColumnMetadata[];
  private readonly byProperty = new Map<string, ColumnMetadata>();
  private readonly insertSql: string;
  private readonly insertHead: string;
  private readonly idColumn: string;
  private increment: Promise<number> | null = null;
  private readonly selectList: string;
  private readonly table: string;
  private readonly read: (sql: string, params: unknown[]) => Promise<Rows>;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: new () => T,
  ) {
    this.read = rawReader(ds);
    const meta = ds.getMetadata(entity);
    const q = (name: string) => ds.driver.escape(name);
    this.table = q(meta.tableName);
    this.columns = meta.columns;
    this.insertable = meta.columns.filter((c) => !c.isGenerated);
    for (const c of meta.columns) this.byProperty.set(c.propertyName, c);
    this.selectList = this.columns.map((c) => q(c.databaseName)).join(', ');
    this.insertHead = `INSERT INTO ${this.table} (${this.insertable
      .map((c) => q(c.databaseName))
      .join(', ')})`;
    this.insertSql = `${this.insertHead} VALUES (${this.insertable.map(() => '?').join(', ')})`;
    this.idColumn = meta.primaryColumns[0]?.databaseName ?? 'id';
  }

  /** Inserts one row; returns the generated integer id. */
  async insert(em: EntityManager, values: Partial<T>): Promise<number> {
    const raw: unknown = await em.query(
      this.insertSql,
      this.insertParams(values),
    );
    if (typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
    if (raw && typeof raw === 'object' && 'insertId' in raw)
      return Number((raw as { insertId: number }).insertId);
    throw new Error('The database did not report the new row id.');
  }

  /**
   * MySQL family: inserts the rows with one statement, which commits on its own (autocommit), and
   * returns their generated ids in order. MariaDB says them (RETURNING); MySQL gives the first,
   * and a multi-row VALUES list is a "simple insert", whose ids InnoDB allocates consecutively
   * (every innodb_autoinc_lock_mode), auto_increment_increment apart. If it fails (a duplicate
   * key …), no row was stored.
   */
  async insertMany(rows: Partial<T>[]): Promise<number[]> {
    const one = `(${this.insertable.map(() => '?').join(', ')})`;
    const mariadb = this.ds.options.type === 'mariadb';
    const sql = `${this.insertHead} VALUES ${rows.map(() => one).join(', ')}${
      mariadb ? ` RETURNING ${this.ds.driver.escape(this.idColumn)}` : ''
    }`;
    const raw: unknown = await this.ds.query(
      sql,
      rows.flatMap((r) => this.insertParams(r)),
    );
    if (mariadb)
      return (raw as Record<string, unknown>[]).map((r) =>
        Number(r[this.idColumn]),
      );
    const first = Number((raw as { insertId: number }).insertId);
    this.increment ??= this.ds
      .query('SELECT @@auto_increment_increment AS inc')
      .then((r: { inc: unknown }[]) => Number(r[0]?.inc ?? 1) || 1);
    const step = await this.increment;
    return rows.map((_, i) => first + i * step);
  }

  /**
   * better-sqlite3 only, synchronously: inserts one row with `prepare` (a cached statement, e.g.
   * SqliteWriter.statement) and returns the generated id.
   */
  insertSync(
    prepare: (sql: string) => {
      run: (...params: unknown[]) => { lastInsertRowid: number | bigint };
    },
    values: Partial<T>,
  ): number {
    return Number(
      prepare(this.insertSql).run(...this.insertParams(values)).lastInsertRowid,
    );
  }

  private insertParams(values: Partial<T>): unknown[] {
    return this.insertable.map((c) => {
      const v: unknown = this.ds.driver.preparePersistentValue(
        c.getEntityValue(values),
        c,
      );
      // better-sqlite3 binds neither booleans nor undefined (TypeORM's query runner maps the first)
      return typeof v === 'boolean' ? (v ? 1 : 0) : v === undefined ? null : v;
    });
  }

  /** Rows where every given property equals its value (all of them, or the first `limit`). */
  async findBy(
    where: Partial<Record<keyof T & string, unknown>>,
    limit?: number,
  ): Promise<T[]> {
    const keys = Object.keys(where);
    const clauses = keys.map((k) => {
      const c = this.column(k);
      return `${this.ds.driver.escape(c.databaseName)} = ?`;
    });
    const params = keys.map((k) =>
      this.ds.driver.preparePersistentValue(
        (where as Record<string, unknown>)[k],
        this.column(k),
      ),
    );
    const sql = `SELECT ${this.selectList} FROM ${this.table} WHERE ${clauses.join(' AND ')}${
      limit ? ` LIMIT ${Math.floor(limit)}` : ''
    }`;
    const rows = await this.read(sql, params);
    return rows.map((r) => this.hydrate(r));
  }

  /** The table's name, escaped, for a query of several tables. */
  get name(): string {
    return this.table;
  }

  /** `alias.column AS prefixcolumn, …`: this table's columns in a query of several tables. */
  selectAs(alias: string, prefix: string): string {
    const q = (name: string) => this.ds.driver.escape(name);
    return this.columns
      .map(
        (c) =>
          `${q(alias)}.${q(c.databaseName)} AS ${q(prefix + c.databaseName)}`,
      )
      .join(', ');
  }

  /** A property's value as the driver stores it (for a parameter of a hand-written query). */
  param(property: keyof T & string, value: unknown): unknown {
    return this.ds.driver.preparePersistentValue(value, this.column(property));
  }

  /** The row's columns read back as the entity (columns named `prefix + column` with a prefix). */
  hydrate(row: Record<string, unknown>, prefix = ''): T {
    const out = new this.entity() as Record<string, unknown>;
    for (const c of this.columns)
      out[c.propertyName] = this.ds.driver.prepareHydratedValue(
        row[prefix + c.databaseName],
        c,
      );
    return out as T;
  }

  private column(property: string): ColumnMetadata {
    const c = this.byProperty.get(property);
    if (!c) throw new Error(`no column ${property}`);
    return c;
  }
}
