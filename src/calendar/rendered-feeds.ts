import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** A rendered feed: the bytes sent, their ETag, and the latest change among its entries. */
export interface Feed {
  body: Buffer;
  etag: string;
  lastModified?: Date;
}

interface Entry {
  version: string;
  feed: Feed;
  expiresAt: number;
}

/** Longest reuse of a rendered feed: bounds how long a renamed organisation, place or topic takes. */
export const RENDERED_FEED_TTL_MS = 5 * 60_000;
/** Memory for rendered feeds in one process; least recently used feeds go first. */
export const RENDERED_FEEDS_MAX_BYTES = 64 * 1024 * 1024;

/** A short digest of a version string (versions of large feeds run to tens of kilobytes). */
export function versionOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/**
 * Rendered feeds, reused while their version (read from the database on every request) is
 * unchanged. A version covers everything a feed shows except reference names (organisations,
 * places, topics), which the TTL bounds, and the clock, which `expiresAt` covers (a cancelled
 * event leaving the feed after 30 days). Only a speed-up: every instance checks the version
 * against the shared database, so several instances never serve each other's stale feeds.
 */
@Injectable()
export class RenderedFeeds {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  get(key: string, version: string, now: number): Feed | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || entry.expiresAt <= now) {
      this.drop(key, entry);
      return undefined;
    }
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.feed;
  }

  set(
    key: string,
    version: string,
    feed: Feed,
    now: number,
    until = Infinity,
  ): void {
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    const expiresAt = Math.min(now + RENDERED_FEED_TTL_MS, until);
    const size = feed.body.length;
    if (expiresAt <= now || size > RENDERED_FEEDS_MAX_BYTES / 4) return;
    while (this.bytes + size > RENDERED_FEEDS_MAX_BYTES) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.drop(oldest, entry);
    }
    this.entries.set(key, { version, feed, expiresAt });
    this.bytes += size;
  }

  /** Forgets one feed (an erased account's). */
  forget(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.drop(key, entry);
  }

  /** Forgets every rendered feed (benchmarks time rendering with it). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private drop(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.feed.body.length;
  }
}
