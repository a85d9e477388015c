import type { ConsentKind } from './entities/consent.entity.js';

/**
 * The texts people agree to. A consent row records the version the person saw; changing a text
 * means a new version, and earlier consents keep pointing at the words they were given.
 */
export const CONSENT_TEXTS: Record<
  ConsentKind,
  { version: string; purpose: string; text: string }
> = {
  'community-data': {
    version: '2026-11-v1',
    purpose: 'cross-community pairing and anonymous statistics',
    text:
      'I agree that UraMost records which community I belong to, only to pair me with people from ' +
      'other communities and to count participants anonymously (no count below 5 is ever shown). ' +
      'Nobody else sees my community: not other participants, not organisers. I can withdraw this ' +
      'at any time, and my community is then deleted.',
  },
  guardian: {
    version: '2026-11-v1',
    purpose:
      'participation of a person under 16 in exchanges and discussion rooms',
    text:
      'As the parent or legal guardian, I agree that this young person takes part in UraMost ' +
      'exchanges, events and moderated discussion rooms. I can withdraw this at any time.',
  },
};

/** Under 16 needs a guardian; counted conservatively from the birth year (the lower possible age). */
export const GUARDIAN_AGE = 16;
export function minimumAge(birthYear: number, now = new Date()): number {
  return now.getUTCFullYear() - birthYear - 1;
}
