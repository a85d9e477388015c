import type { Account } from './entities/account.entity.js';

/** What a person sees of their own account. Built from the entity, never the entity itself. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Account['role'];
  organisationId: string | null;
  locale: Account['locale'];
  createdAt: string;
}

export function toUserView(a: Account): UserView {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    role: a.role,
    organisationId: a.organisationId,
    locale: a.locale,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
