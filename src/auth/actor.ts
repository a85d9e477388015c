import type { Locale, Role } from './entities/account.entity.js';

/** Who is acting: passed as the first argument to every service method that checks access. */
export interface Actor {
  id: string;
  role: Role;
  organisationId: string | null;
  displayName: string;
  locale: Locale;
}

export const isAdmin = (a: Actor | undefined) => a?.role === 'admin';
export const isOrganiserOf = (a: Actor | undefined, organisationId: string) =>
  a?.role === 'admin' ||
  (a?.role === 'organiser' && a.organisationId === organisationId);
