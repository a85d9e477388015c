import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import type { Actor } from '../../src/auth/actor.js';
import type { RoomKind } from '../../src/rooms/entities/room.entity.js';
import { RoomAccess, type RoomGrant } from '../../src/rooms/room-access.js';
import { RoomsService } from '../../src/rooms/rooms.service.js';
import type {
  AckResponse,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../src/rooms/socket-events.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  origin?: string;
  reconnection?: boolean;
  /** WebSocket unless asked: HTTP long-polling only, for limits that must hold there too */
  transport?: 'websocket' | 'polling';
}

/** A connected `/rooms` client; rejects with the server's connect_error (message and data). */
export function connect(
  url: string,
  token: string | undefined,
  options: ConnectOptions = {},
): Promise<Client> {
  const socket: Client = io(`${url}/rooms`, {
    auth: token === undefined ? {} : { token },
    transports: [options.transport ?? 'websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    timeout: 5000,
    ...(options.origin ? { extraHeaders: { origin: options.origin } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err: Error & { data?: unknown }) => {
      socket.close();
      reject(err);
    });
  });
}

/** Emits and waits for the acknowledgement. */
export function ask<E extends keyof ClientToServerEvents>(
  socket: Client,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 5000,
): Promise<Parameters<NonNullable<Parameters<ClientToServerEvents[E]>[1]>>[0]> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(
      () => reject(new Error(`no acknowledgement for ${event}`)),
      timeoutMs,
    );
    const emit = socket.emit.bind(socket) as (
      e: string,
      p: unknown,
      ack: (r: unknown) => void,
    ) => void;
    emit(event, payload, (r: unknown) => {
      clearTimeout(t);
      resolve(r as never);
    });
  });
}

/** The data of a `{data}` acknowledgement; fails the test with the error otherwise. */
export function dataOf<T>(r: AckResponse<T>): T {
  if ('error' in r) throw new Error(`error ack: ${JSON.stringify(r.error)}`);
  return r.data;
}

export function errorOf<T>(r: AckResponse<T>) {
  if (!('error' in r)) throw new Error(`expected an error ack, got data`);
  return r.error;
}

/** Every payload of `event` the socket receives from now on. */
export function collect<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  const on = socket.on.bind(socket) as (
    e: string,
    fn: (p: unknown) => void,
  ) => void;
  on(event, (p: unknown) => seen.push(p as never));
  return seen;
}

/** Waits until `check` passes (polling), or fails with its last error. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  everyMs = 25,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}

export function waitFor<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const once = socket.once.bind(socket) as (
      e: string,
      fn: (p: unknown) => void,
    ) => void;
    once(event, (p: unknown) => {
      clearTimeout(t);
      resolve(p as never);
    });
  });
}

export const closeAll = (...sockets: (Client | undefined)[]) => {
  for (const s of sockets) s?.close();
};

/** Resolves with the reason once the socket is disconnected (at once when it already is). */
export function disconnected(
  socket: Client,
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!socket.connected) return resolve('already disconnected');
    const t = setTimeout(
      () => reject(new Error(`still connected after ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once('disconnect', (reason) => {
      clearTimeout(t);
      resolve(reason);
    });
  });
}

/**
 * The connections of a test file, closed after each test: `afterEach(() => sockets.closeAll())`.
 * `url` is read on each connection (the app starts in beforeAll).
 */
export class TestSockets {
  private readonly open: Client[] = [];

  constructor(private readonly url: () => string) {}

  /** A connection as this person (or with this raw token), kept for closeAll. */
  async connect(who: { token: string } | string, options: ConnectOptions = {}) {
    return this.keep(
      await connect(
        this.url(),
        typeof who === 'string' ? who : who.token,
        options,
      ),
    );
  }

  keep(...sockets: Client[]): Client {
    this.open.push(...sockets);
    return sockets[0];
  }

  closeAll() {
    closeAll(...this.open.splice(0));
  }
}

/** Client message ids, unique in the test run: `prefix-<time>-<n>`. */
export function messageIds(prefix: string): () => string {
  let seq = 0;
  return () => `${prefix}-${Date.now().toString(36)}-${++seq}`;
}

/**
 * Rooms for tests, without the events or pairing modules: a resolver that grants what the test
 * says for the refIds it created (and returns null for every other refId, as resolvers must).
 */
export class TestRooms {
  private readonly grants = new Map<string, Map<string, RoomGrant>>();
  private readonly refs = new Map<string, string>();

  constructor(private readonly apps: INestApplication[]) {
    const kinds: RoomKind[] = ['event', 'session', 'cohort', 'pair'];
    for (const app of apps)
      for (const kind of kinds)
        app.get(RoomAccess).register(kind, async (actor: Actor, room) => {
          return this.grants.get(room.refId)?.get(actor.id) ?? null;
        });
  }

  /** A new room of `kind` with these members (read and write) and organisation. */
  async create(
    kind: RoomKind,
    organisationId: string | null,
    members: { id: string }[],
    options: { mode?: 'chat' | 'qa'; moderators?: { id: string }[] } = {},
  ): Promise<string> {
    const refId = randomUUID();
    const grants = new Map<string, RoomGrant>();
    for (const m of members)
      grants.set(m.id, {
        canRead: true,
        canWrite: true,
        canModerate: false,
        via: 'member',
      });
    for (const m of options.moderators ?? [])
      grants.set(m.id, {
        canRead: true,
        canWrite: true,
        canModerate: true,
        via: 'member',
      });
    this.grants.set(refId, grants);
    const roomId = await this.apps[0]
      .get(RoomsService)
      .ensureRoom(kind, refId, organisationId, { mode: options.mode });
    this.refs.set(roomId, refId);
    return roomId;
  }

  /** The person is no longer a member (as when a registration is cancelled). */
  remove(roomId: string, person: { id: string }) {
    this.grants.get(this.refs.get(roomId)!)?.delete(person.id);
  }
}
