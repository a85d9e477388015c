import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import type { Account } from './entities/account.entity.js';

export interface TokenClaims {
  sub: string;
  ver: number;
}

/** HS256 only; `aud`, `iss` and `exp` are always set and always checked. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(account: Pick<Account, 'id' | 'tokenVersion'>): string {
    return this.jwt.sign(
      { ver: account.tokenVersion },
      {
        subject: account.id,
        algorithm: 'HS256',
        audience: this.config.jwt.audience,
        issuer: this.config.jwt.issuer,
        expiresIn: this.config.jwt.ttlSeconds,
        secret: this.config.jwt.secret,
      },
    );
  }

  /** The claims of a valid token, or null for anything else (expired, forged, alg none …). */
  verify(token: string): TokenClaims | null {
    try {
      const claims = this.jwt.verify<{ sub?: unknown; ver?: unknown }>(token, {
        algorithms: ['HS256'],
        audience: this.config.jwt.audience,
        issuer: this.config.jwt.issuer,
        secret: this.config.jwt.secret,
      });
      if (typeof claims.sub !== 'string' || typeof claims.ver !== 'number')
        return null;
      return { sub: claims.sub, ver: claims.ver };
    } catch {
      return null;
    }
  }
}
