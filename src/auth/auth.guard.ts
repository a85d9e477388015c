import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { forbidden, unauthorized } from '../common/errors.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import type { Role } from './entities/account.entity.js';

export const SESSION_COOKIE = 'uramost_session';
const ROLES_KEY = 'uramost:roles';
const OPTIONAL_KEY = 'uramost:optional-auth';

type AuthedRequest = Request & { actor?: Actor };

/** Bearer token from Authorization, or the web pages' httpOnly cookie carrying the same token. */
export function tokenFrom(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookie = req.headers.cookie;
  if (!cookie) return undefined;
  // The cookie is for the web pages, whose forms carry CSRF tokens. On the JSON API it counts only
  // for reads: a cross-site form cannot change anything through /api with someone's cookie.
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
  if (unsafe && (req.originalUrl ?? req.url ?? '').startsWith('/api'))
    return undefined;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const optional = this.reflector.getAllAndOverride<boolean>(OPTIONAL_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const token = tokenFrom(req);
    const actor = token ? await this.auth.resolveToken(token) : null;
    if (!actor) {
      if (optional) return true;
      throw unauthorized(
        token
          ? 'Your session has ended or is not valid. Please sign in again.'
          : 'Please sign in to do this.',
      );
    }
    req.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(
      ROLES_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (roles?.length && !roles.includes(actor.role)) {
      throw forbidden(`Only ${roles.join(' or ')} accounts can do this.`);
    }
    return true;
  }
}

/** Requires a valid, unrevoked token; with roles, one of them. */
export const Authenticated = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    UseGuards(AuthGuard),
    ApiBearerAuth(),
  );

/** Reads a token when there is one, but lets anonymous requests through (actor undefined). */
export const OptionalAuth = () =>
  applyDecorators(
    SetMetadata(OPTIONAL_KEY, true),
    UseGuards(AuthGuard),
    ApiBearerAuth(),
  );

export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor | undefined =>
    ctx.switchToHttp().getRequest<AuthedRequest>().actor,
);

/** The client's address for rate limiting (X-Forwarded-For only when TRUST_PROXY is on). */
export const ClientAddress = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string =>
    ctx.switchToHttp().getRequest<Request>().ip ?? 'unknown',
);
