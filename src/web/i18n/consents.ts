import type { ConsentKind } from '../../participants/entities/consent.entity.js';

/**
 * The version of each consent text (participants/consent-texts.ts) that the catalogues translate
 * as `consent.*`. A unit test fails when a text gets a new version and the translations do not, and
 * the API refuses a consent given to an outdated version, so nobody agrees to words they were not shown.
 */
export const CONSENT_VERSIONS: Record<ConsentKind, string> = {
  'community-data': '2026-11-v1',
  guardian: '2026-11-v1',
};
