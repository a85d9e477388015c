import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import {
  conflict,
  forbidden,
  tooManyRequests,
  unauthorized,
} from '../common/errors.js';
import { RateLimiter } from '../common/rate-limit/rate-limiter.js';
import { AccountLifecycle } from './account-lifecycle.js';
import { AccountsRepository } from './accounts.repository.js';
import type { Actor } from './actor.js';
import type { Account, Locale, Role } from './entities/account.entity.js';
import {
  assertAcceptablePassword,
  dummyHash,
  hashPassword,
  verifyPassword,
} from './passwords.js';
import { TokensService } from './tokens.service.js';
import { toUserView, type UserView } from './user.dto.js';

const LOGIN_PER_ACCOUNT = { limit: 10, windowSeconds: 15 * 60 };
const LOGIN_PER_ADDRESS = { limit: 30, windowSeconds: 5 * 60 };
const REGISTER_PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };

export interface Session {
  accessToken: string;
  user: UserView;
}

export function toActor(a: Account): Actor {
  return {
    id: a.id,
    role: a.role,
    organisationId: a.organisationId,
    displayName: a.displayName,
    locale: a.locale,
  };
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly log = new Logger('Auth');

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly tokens: TokensService,
    private readonly limiter: RateLimiter,
    private readonly lifecycle: AccountLifecycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD, once. */
  async onApplicationBootstrap(): Promise<void> {
    void dummyHash();
    const admin = this.config.admin;
    if (!admin) return;
    if (await this.accounts.findByEmail(admin.email)) return;
    await this.accounts.insert({
      email: admin.email,
      passwordHash: await hashPassword(admin.password),
      role: 'admin',
      displayName: 'Administrator',
      locale: 'en',
    });
    this.log.log('Created the first admin account from ADMIN_EMAIL.');
  }

  async register(
    input: {
      email: string;
      password: string;
      displayName: string;
      locale?: Locale;
    },
    address: string,
  ): Promise<Session> {
    await this.throttle(`register:ip:${address}`, REGISTER_PER_ADDRESS);
    const account = await this.createAccount({
      ...input,
      role: 'participant',
      organisationId: null,
    });
    return this.session(account);
  }

  /** Used by registration and by admins creating organisers. */
  async createAccount(input: {
    email: string;
    password: string;
    displayName: string;
    locale?: Locale;
    role: Role;
    organisationId: string | null;
  }): Promise<Account> {
    assertAcceptablePassword(input.password);
    if (await this.accounts.findByEmail(input.email)) {
      throw conflict(
        'EMAIL_TAKEN',
        'An account with this e-mail address already exists. Try signing in instead.',
      );
    }
    try {
      return await this.accounts.insert({
        email: input.email,
        passwordHash: await hashPassword(input.password),
        displayName: input.displayName,
        locale: input.locale ?? 'en',
        role: input.role,
        organisationId: input.organisationId,
      });
    } catch (e) {
      // two sign-ups with one address at once: the unique index decides
      if (await this.accounts.findByEmail(input.email)) {
        throw conflict(
          'EMAIL_TAKEN',
          'An account with this e-mail address already exists. Try signing in instead.',
        );
      }
      throw e;
    }
  }

  async login(
    email: string,
    password: string,
    address: string,
  ): Promise<Session> {
    await this.throttle(`login:ip:${address}`, LOGIN_PER_ADDRESS);
    await this.throttle(`login:acct:${email}`, LOGIN_PER_ACCOUNT);
    const account = await this.accounts.findByEmail(email);
    // Same work and the same answer whether the e-mail or the password is wrong.
    const ok = await verifyPassword(
      account?.passwordHash ?? (await dummyHash()),
      password,
    );
    if (!account || !ok)
      throw unauthorized(
        'The e-mail address or the password is not right.',
        'INVALID_CREDENTIALS',
      );
    if (account.bannedAt)
      throw forbidden(
        'This account has been suspended. Contact the organisers.',
        'ACCOUNT_SUSPENDED',
      );
    await this.accounts.update(account.id, { lastLoginAt: new Date() });
    return this.session(account);
  }

  async logout(actor: Actor): Promise<void> {
    await this.accounts.bumpTokenVersion(actor.id);
    await this.lifecycle.revoked(actor.id);
  }

  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<Session> {
    const account = await this.accounts.findById(actor.id);
    if (
      !account ||
      !(await verifyPassword(account.passwordHash, currentPassword))
    ) {
      throw unauthorized(
        'The current password is not right.',
        'INVALID_CREDENTIALS',
      );
    }
    assertAcceptablePassword(newPassword);
    await this.accounts.update(account.id, {
      passwordHash: await hashPassword(newPassword),
    });
    await this.accounts.bumpTokenVersion(account.id);
    await this.lifecycle.revoked(account.id);
    const fresh = await this.accounts.findById(account.id);
    return this.session(fresh!);
  }

  /** A token's account, if the token is valid and has not been revoked. */
  async resolveToken(token: string): Promise<Actor | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const account = await this.accounts.findById(claims.sub);
    if (!account || account.tokenVersion !== claims.ver || account.bannedAt)
      return null;
    return toActor(account);
  }

  async session(account: Account): Promise<Session> {
    return {
      accessToken: this.tokens.issue(account),
      user: toUserView(account),
    };
  }

  private async throttle(
    key: string,
    limit: { limit: number; windowSeconds: number },
  ) {
    const d = await this.limiter.consume(key, limit);
    if (!d.allowed) throw tooManyRequests(d.retryAfterSeconds);
  }
}
