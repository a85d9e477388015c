import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';

/**
 * "Is this organiser responsible for this participant?" — true when the participant registered
 * for an event or joined a cohort of the organiser's organisation. Events and cohorts register
 * their checks here, so this module does not depend on them.
 */
export type RelationshipCheck = (
  organisationId: string,
  participantId: string,
) => Promise<boolean>;

@Injectable()
export class Relationships {
  private readonly checks: RelationshipCheck[] = [];

  register(check: RelationshipCheck) {
    this.checks.push(check);
  }

  async organiserCanSeeEmail(
    viewer: Actor,
    participantId: string,
  ): Promise<boolean> {
    if (viewer.role === 'admin') return true;
    if (viewer.role !== 'organiser' || !viewer.organisationId) return false;
    for (const check of this.checks)
      if (await check(viewer.organisationId, participantId)) return true;
    return false;
  }
}
