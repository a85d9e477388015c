// Validators for HTTP caching of feeds: ETag from the bytes, Last-Modified from the data.
import { createHash } from 'node:crypto';

import { isListed } from './calendar-builder.js';
import type { CalendarEvent, PairMeeting } from './types.js';

/** A strong ETag (quoted) for a feed: a SHA-256 of its UTF-8 bytes, given as text or bytes. */
export function etagFor(feed: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof feed === 'string') hash.update(feed, 'utf8');
  else hash.update(feed);
  return '"' + hash.digest('base64url') + '"';
}

/**
 * The latest change among the listed events (and meetings with `updatedAt`), in whole seconds as
 * HTTP dates have, or undefined when there is nothing dated. It cannot see an entry disappearing
 * (an unregistration, a cancellation aging out), so answer conditional requests by ETag first.
 */
export function lastModifiedFor(
  events: readonly CalendarEvent[],
  meetings: readonly PairMeeting[] = [],
  now: Date = new Date(),
): Date | undefined {
  let latest = -Infinity;
  for (const event of events) {
    if (!isListed(event, now)) continue;
    latest = Math.max(
      latest,
      event.updatedAt.getTime(),
      event.cancelledAt?.getTime() ?? -Infinity,
    );
  }
  for (const meeting of meetings) {
    if (meeting.updatedAt)
      latest = Math.max(latest, meeting.updatedAt.getTime());
  }
  return Number.isFinite(latest)
    ? new Date(Math.floor(latest / 1000) * 1000)
    : undefined;
}
