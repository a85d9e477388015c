import { Injectable } from '@nestjs/common';
import type { Role } from '../auth/entities/account.entity.js';
import type { TextKey } from './i18n/translator.js';

export interface NavItem {
  href: string;
  label: TextKey;
  /** who sees it: everyone, only visitors without an account, or accounts with one of these roles */
  audience: 'everyone' | 'anonymous' | readonly Role[];
  /** smaller first */
  order: number;
  /** paths under this prefix mark the item as the current one (defaults to href) */
  section?: string;
}

const PARTICIPANT_ROLES: readonly Role[] = [
  'participant',
  'organiser',
  'admin',
];

/**
 * The main navigation. Other modules' pages (organiser, rooms, pairings) add their items here from
 * their own module's onModuleInit, with labels from the web catalogues.
 */
@Injectable()
export class WebNav {
  private readonly items: NavItem[] = [
    { href: '/events', label: 'nav.events', audience: 'everyone', order: 10 },
    {
      href: '/me/events',
      label: 'nav.myEvents',
      audience: PARTICIPANT_ROLES,
      order: 20,
    },
    {
      href: '/me/profile',
      label: 'nav.profile',
      audience: PARTICIPANT_ROLES,
      order: 30,
    },
    {
      href: '/me/data',
      label: 'nav.myData',
      audience: PARTICIPANT_ROLES,
      order: 40,
    },
    { href: '/login', label: 'nav.signIn', audience: 'anonymous', order: 90 },
    { href: '/signup', label: 'nav.signUp', audience: 'anonymous', order: 91 },
  ];

  add(item: NavItem) {
    this.items.push(item);
    this.items.sort((a, b) => a.order - b.order);
  }

  for(role: Role | undefined): NavItem[] {
    return this.items.filter((i) =>
      i.audience === 'everyone'
        ? true
        : i.audience === 'anonymous'
          ? role === undefined
          : role !== undefined && i.audience.includes(role),
    );
  }
}
