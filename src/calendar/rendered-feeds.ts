import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EventBlock } from './ical/index.js';

/** A rendered feed: the bytes sent, their ETag, and the latest change among its entries. */
export interface Feed {
  body: Buffer;
  etag: string;
  lastModified?: Date;
}

interface Entry<T> {
  version: string;
  value: T;
  size: number;
  expiresAt: number;
}

/**
 * Longest reuse of a rendered feed or event. Versions cover everything shown (reference names
 * included), so this only lets memory go back to feeds that are still fetched.
 */
export const RENDERED_FEED_TTL_MS = 12 * 3600_000;
/** Memory for rendered feeds in one process; least recently used feeds go first. */
export const RENDERED_FEEDS_MAX_BYTES = 64 * 1024 * 1024;

/** A short digest of a version string (versions of large feeds run to tens of kilobytes). */
export function versionOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** Values reused while their version holds: at most a TTL, in a bounded memory, LRU first out. */
class Reused<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private bytes = 0;

  constructor(private readonly sizeOf: (value: T) => number) {}

  get(key: string, version: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || entry.expiresAt <= now) {
      this.drop(key, entry);
      return undefined;
    }
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T, now: number, until = Infinity) {
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    const expiresAt = Math.min(now + RENDERED_FEED_TTL_MS, until);
    const size = this.sizeOf(value);
    if (expiresAt <= now || size > RENDERED_FEEDS_MAX_BYTES / 4) return;
    while (this.bytes + size > RENDERED_FEEDS_MAX_BYTES) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.drop(oldest, entry);
    }
    this.entries.set(key, { version, value, size, expiresAt });
    this.bytes += size;
  }

  /** Forgets every key that starts with `prefix` (an erased account's). */
  forget(prefix: string): void {
    for (const [key, entry] of this.entries)
      if (key.startsWith(prefix)) this.drop(key, entry);
  }

  /** Forgets everything (benchmarks time rendering with it). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private drop(key: string, entry: Entry<T>) {
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/**
 * Rendered feeds, reused while their version (read from the database on every request) is
 * unchanged. A version covers everything a feed shows except reference names (organisations,
 * places, topics), which the TTL bounds, and the clock, which `expiresAt` covers (a cancelled
 * event leaving the feed after 30 days). Only a speed-up: every instance checks the version
 * against the shared database, so several instances never serve each other's stale feeds.
 */
@Injectable()
export class RenderedFeeds extends Reused<Feed> {
  constructor() {
    super((feed) => feed.body.length);
  }
}

/**
 * Rendered events (VEVENT blocks of an event and its sessions as one reader sees them), so that
 * after a change only the changed events of a feed are read and rendered again. Same rules as
 * {@link RenderedFeeds}; the version is the entry's row in the feed's version query.
 */
@Injectable()
export class RenderedEvents extends Reused<EventBlock> {
  constructor() {
    super((block) => block.bytes.length + 256);
  }
}
