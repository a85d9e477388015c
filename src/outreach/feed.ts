import type { Publication } from './entities/publication.entity.js';

// Characters XML 1.0 does not allow at all; they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML =
  /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(
    /[&<>"']/g,
    (c) =>
      ({
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&apos;',
      })[c]!,
  );
}

/**
 * RSS 2.0 of the latest published publications. Every text is escaped; the description carries the
 * sanitised HTML as escaped text (the way RSS readers expect HTML in a description).
 */
export function rssFeed(
  publicUrl: string,
  items: readonly Publication[],
  now = new Date(),
): string {
  const base = publicUrl.replace(/\/+$/, '');
  const entries = items.map((p) => {
    const link = `${base}/publications/${p.id}`;
    const published = p.publishedAt ? new Date(p.publishedAt) : now;
    return [
      '    <item>',
      `      <title>${escapeXml(p.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="false">urn:uuid:${escapeXml(p.id)}</guid>`,
      `      <pubDate>${published.toUTCString()}</pubDate>`,
      `      <dc:creator>${escapeXml(p.authorName)}</dc:creator>`,
      ...p.tags.map((t) => `      <category>${escapeXml(t)}</category>`),
      `      <description>${escapeXml(p.bodyHtml)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    '    <title>UraMost publications</title>',
    `    <link>${escapeXml(base)}/publications</link>`,
    `    <atom:link href="${escapeXml(base)}/api/publications/feed.xml" rel="self" type="application/rss+xml"/>`,
    '    <description>Articles and participants’ stories from the UraMost consortium</description>',
    `    <lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
