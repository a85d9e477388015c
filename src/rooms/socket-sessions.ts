import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { AccountLifecycle } from '../auth/account-lifecycle.js';
import { AccountsRepository } from '../auth/accounts.repository.js';
import type { Actor } from '../auth/actor.js';
import { AuthService } from '../auth/auth.service.js';
import { TokensService } from '../auth/tokens.service.js';
import { unauthorized } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { allowedOrigins, originAllowed } from './origins.js';
import { RoomBroadcaster } from './room-broadcaster.js';
import type { RoomsNamespace, RoomsSocket } from './socket-events.js';

/** How often every local socket's sign-in is checked again (revoked, banned, expired). */
export const SESSION_RECHECK_MS = 3000;

interface SessionInfo {
  actor: Actor;
  tokenVersion: number;
  expiresAt: number;
}

/** The Error handed to Socket.IO's `next()`: the client gets `message` and `data.code`. */
export class HandshakeError extends Error {
  readonly data: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.data = { code, message };
  }
}

/**
 * Who is behind each socket. The namespace middleware authenticates the handshake (Origin
 * allow-list, then `auth.token`); a reconnect is a new handshake and authenticates again. A revoked
 * token (logout, password change, erasure) disconnects the account's sockets on every instance
 * at once; a periodic check of every local socket catches the rest (bans, expiry, a revocation
 * announced while Redis was away) within a few seconds.
 */
@Injectable()
export class SocketSessions implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('RoomSockets');
  private readonly sessions = new Map<string, SessionInfo>();
  private readonly origins: Set<string>;
  private ns: RoomsNamespace | null = null;
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly accounts: AccountsRepository,
    private readonly lifecycle: AccountLifecycle,
    private readonly broadcaster: RoomBroadcaster,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.origins = allowedOrigins(config);
  }

  onModuleInit() {
    this.lifecycle.onRevoke((accountId) => this.revoke(accountId));
  }

  attach(ns: RoomsNamespace) {
    this.ns = ns;
    this.timer = setInterval(() => void this.sweep(), SESSION_RECHECK_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }

  /** Namespace middleware: runs for every handshake, before any event handler. */
  async authenticate(socket: RoomsSocket): Promise<void> {
    if (!originAllowed(socket.handshake.headers.origin, this.origins))
      throw new HandshakeError(
        'ORIGIN_NOT_ALLOWED',
        'This site may not open a discussion connection.',
      );
    const token: unknown = (socket.handshake.auth as { token?: unknown })
      ?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096)
      throw new HandshakeError(
        'UNAUTHENTICATED',
        'Please sign in: send your token as auth.token.',
      );
    const claims = this.tokens.verify(token);
    const actor = claims ? await this.auth.resolveToken(token) : null;
    if (!claims || !actor)
      throw new HandshakeError(
        'UNAUTHENTICATED',
        'Your session has ended or is not valid. Please sign in again.',
      );
    this.sessions.set(socket.id, {
      actor,
      tokenVersion: claims.ver,
      expiresAt: expiryOf(token),
    });
    socket.data = { accountId: actor.id, displayName: actor.displayName };
  }

  actorOf(socket: RoomsSocket): Actor {
    const s = this.sessions.get(socket.id);
    if (!s) throw unauthorized('Your session has ended. Please sign in again.');
    return s.actor;
  }

  forget(socket: RoomsSocket) {
    this.sessions.delete(socket.id);
  }

  get localCount(): number {
    return this.sessions.size;
  }

  private revoke(accountId: string) {
    // every instance, through the adapter …
    this.broadcaster.disconnectAccount(
      accountId,
      'SESSION_ENDED',
      'You signed out or your sign-in was revoked. Please sign in again.',
    );
    // … and this one directly, in case the adapter cannot reach the others right now
    for (const socket of this.ns?.sockets.values() ?? [])
      if (socket.data.accountId === accountId)
        this.end(socket, 'SESSION_ENDED', 'Your sign-in was revoked.');
  }

  private end(socket: RoomsSocket, code: string, message: string) {
    this.sessions.delete(socket.id);
    socket.emit('session:ended', { code, message });
    socket.disconnect(true);
  }

  /** Checks every local socket's sign-in against the accounts table, one query per 200 accounts. */
  async sweep(): Promise<void> {
    if (!this.ns || this.sweeping) return;
    this.sweeping = true;
    try {
      const now = Date.now();
      const byAccount = new Map<string, RoomsSocket[]>();
      for (const socket of this.ns.sockets.values()) {
        const s = this.sessions.get(socket.id);
        if (!s) continue;
        if (s.expiresAt <= now) {
          this.end(
            socket,
            'SESSION_EXPIRED',
            'Your sign-in has expired. Please sign in again.',
          );
          continue;
        }
        const list = byAccount.get(s.actor.id) ?? [];
        list.push(socket);
        byAccount.set(s.actor.id, list);
      }
      const ids = [...byAccount.keys()];
      for (let i = 0; i < ids.length; i += 200) {
        const chunk = ids.slice(i, i + 200);
        const found = new Map(
          (await this.accounts.findByIds(chunk)).map((a) => [a.id, a]),
        );
        for (const id of chunk) {
          const account = found.get(id);
          for (const socket of byAccount.get(id) ?? []) {
            const s = this.sessions.get(socket.id);
            if (!s) continue;
            if (!account || account.bannedAt)
              this.end(
                socket,
                'SESSION_ENDED',
                'This account can no longer sign in.',
              );
            else if (account.tokenVersion !== s.tokenVersion)
              this.end(
                socket,
                'SESSION_ENDED',
                'You signed out or your sign-in was revoked. Please sign in again.',
              );
          }
        }
      }
    } catch (e) {
      // the database may be away for a moment: the next round tries again
      this.log.warn(
        `could not re-check socket sessions: ${(e as Error).message}`,
      );
    } finally {
      this.sweeping = false;
    }
  }
}

/** `exp` of a token that was verified already (ms since the epoch). */
function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
    ) as { exp?: unknown };
    return typeof payload.exp === 'number'
      ? payload.exp * 1000
      : Number.POSITIVE_INFINITY;
  } catch {
    return 0;
  }
}
