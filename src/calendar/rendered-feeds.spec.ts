import {
  RENDERED_FEED_TTL_MS,
  RENDERED_FEEDS_MAX_BYTES,
  RenderedFeeds,
  versionOf,
  type Feed,
} from './rendered-feeds.js';

const feed = (bytes: number, tag = 'x'): Feed => ({
  body: Buffer.alloc(bytes, tag),
  etag: `"${tag}"`,
});
const NOW = Date.UTC(2026, 10, 28, 12);

describe('RenderedFeeds', () => {
  it('gives a feed back only for the version it was rendered at', () => {
    const cache = new RenderedFeeds();
    const f = feed(10);
    cache.set('personal:a', 'v1', f, NOW);
    expect(cache.get('personal:a', 'v1', NOW + 1000)).toBe(f);
    expect(cache.get('personal:b', 'v1', NOW + 1000)).toBeUndefined();
    expect(cache.get('personal:a', 'v2', NOW + 1000)).toBeUndefined();
    // a mismatch drops the entry: the old version is not served again either
    expect(cache.get('personal:a', 'v1', NOW + 1000)).toBeUndefined();
  });

  it('forgets a feed after the TTL, and at `until` when that comes first', () => {
    const cache = new RenderedFeeds();
    cache.set('a', 'v', feed(10), NOW);
    expect(cache.get('a', 'v', NOW + RENDERED_FEED_TTL_MS - 1)).toBeDefined();
    expect(cache.get('a', 'v', NOW + RENDERED_FEED_TTL_MS)).toBeUndefined();
    // a cancelled event ages out of the feed in a minute
    cache.set('b', 'v', feed(10), NOW, NOW + 60_000);
    expect(cache.get('b', 'v', NOW + 59_999)).toBeDefined();
    expect(cache.get('b', 'v', NOW + 60_000)).toBeUndefined();
    // already past: not kept at all
    cache.set('c', 'v', feed(10), NOW, NOW);
    expect(cache.get('c', 'v', NOW)).toBeUndefined();
  });

  it('keeps within its memory by dropping the least recently used feeds', () => {
    const cache = new RenderedFeeds();
    const quarter = RENDERED_FEEDS_MAX_BYTES / 4;
    for (const key of ['a', 'b', 'c', 'd'])
      cache.set(key, 'v', feed(quarter, key), NOW);
    expect(cache.get('a', 'v', NOW)).toBeDefined(); // a is now the most recent
    cache.set('e', 'v', feed(quarter, 'e'), NOW);
    expect(cache.get('b', 'v', NOW)).toBeUndefined();
    for (const key of ['a', 'c', 'd', 'e'])
      expect(cache.get(key, 'v', NOW)).toBeDefined();
    // a feed larger than a quarter of the memory is never kept
    cache.set('huge', 'v', feed(quarter + 1), NOW);
    expect(cache.get('huge', 'v', NOW)).toBeUndefined();
    cache.forget('a');
    expect(cache.get('a', 'v', NOW)).toBeUndefined();
    cache.clear();
    expect(cache.get('c', 'v', NOW)).toBeUndefined();
  });

  it('versions differ when any part differs, including where one part ends', () => {
    expect(versionOf('a', 'b')).toBe(versionOf('a', 'b'));
    expect(versionOf('a', 'b')).not.toBe(versionOf('a', 'c'));
    expect(versionOf('ab', 'c')).not.toBe(versionOf('a', 'bc'));
  });
});
