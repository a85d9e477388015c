import { parseDocument } from 'htmlparser2';
import request from 'supertest';
import {
  auth,
  cast,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { Account } from '../src/auth/entities/account.entity.js';
import { startIsolatedApp } from './support/app.js';

let t: Awaited<ReturnType<typeof startIsolatedApp>>;
let c: Cast;

beforeAll(async () => {
  t = await startIsolatedApp();
  c = await cast(t.url);
});
afterAll(() => t?.close());

const article = (over: Record<string, unknown> = {}) => ({
  kind: 'article',
  title: 'Freedom of movement: one year on',
  authorName: 'Ana Petrović',
  body: '## What changed\n\nPeople cross at **Jarinje** every day. [Report](https://example.org/report)',
  tags: ['freedom of movement', 'ibm'],
  language: 'en',
  versions: {
    sr: {
      title: 'Слобода кретања',
      body: 'Људи прелазе **Јариње** сваки дан.',
    },
  },
  ...over,
});

async function publication(
  who: Person,
  over: Record<string, unknown> = {},
  publish = true,
) {
  const created = await request(t.url)
    .post('/api/publications')
    .set(auth(who))
    .send(article(over))
    .expect(201);
  if (publish)
    await request(t.url)
      .post(`/api/publications/${created.body.id}/publish`)
      .set(auth(who))
      .expect(200);
  return created.body.id as string;
}

/** An account older than a day, so that only its comment history decides whether it is new. */
async function ageAccount(p: Person) {
  await t.ds
    .getRepository(Account)
    .update(p.id, { createdAt: new Date(Date.now() - 3 * 24 * 3600_000) });
}

describe('publications', () => {
  it('follows the role matrix for writing, publishing and reading drafts', async () => {
    await request(t.url).post('/api/publications').send(article()).expect(401);
    await request(t.url)
      .post('/api/publications')
      .set(auth(c.participant))
      .send(article())
      .expect(403);
    // admins must name the organisation
    await request(t.url)
      .post('/api/publications')
      .set(auth(c.admin))
      .send(article())
      .expect(400);
    const byAdmin = await request(t.url)
      .post('/api/publications')
      .set(auth(c.admin))
      .send(article({ organisationId: c.otherOrgId }))
      .expect(201);
    expect(byAdmin.body.organisationId).toBe(c.otherOrgId);

    const id = await publication(c.organiser, {}, false);
    const draft = await request(t.url)
      .get(`/api/publications/${id}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(draft.body).toMatchObject({
      status: 'draft',
      organisationId: c.orgId,
      kind: 'article',
      tags: ['freedom of movement', 'ibm'],
    });
    expect(draft.body.versions.sr.bodyHtml).toContain(
      '<strong>Јариње</strong>',
    );
    // drafts are invisible outside the organisation
    await request(t.url).get(`/api/publications/${id}`).expect(404);
    for (const who of [c.participant, c.otherOrganiser])
      await request(t.url)
        .get(`/api/publications/${id}`)
        .set(auth(who))
        .expect(404);
    await request(t.url)
      .get(`/api/publications/${id}`)
      .set(auth(c.admin))
      .expect(200);
    await request(t.url)
      .patch(`/api/publications/${id}`)
      .set(auth(c.otherOrganiser))
      .send({ title: 'Hijacked' })
      .expect(404);
    await request(t.url)
      .post(`/api/publications/${id}/publish`)
      .set(auth(c.participant))
      .expect(403);
    const patched = await request(t.url)
      .patch(`/api/publications/${id}`)
      .set(auth(c.organiser))
      .send({ title: 'Freedom of movement: two years on' })
      .expect(200);
    expect(patched.body.title).toBe('Freedom of movement: two years on');
    await request(t.url)
      .post(`/api/publications/${id}/publish`)
      .set(auth(c.organiser))
      .expect(200);
    await request(t.url)
      .post(`/api/publications/${id}/publish`)
      .set(auth(c.organiser))
      .expect(409);
    // published: everyone reads it, only its organisation edits it
    const pub = await request(t.url).get(`/api/publications/${id}`).expect(200);
    expect(pub.body.status).toBe('published');
    await request(t.url)
      .patch(`/api/publications/${id}`)
      .set(auth(c.otherOrganiser))
      .send({ title: 'Hijacked' })
      .expect(403);
    await request(t.url)
      .patch(`/api/publications/${id}`)
      .set(auth(c.admin))
      .send({ tags: ['ibm'] })
      .expect(200);
    await request(t.url).get('/api/publications/not-a-uuid').expect(404);
  });

  it('lists published ones with filters, folded search and pagination', async () => {
    const story = await publication(c.organiser, {
      kind: 'story',
      title: 'Моја прва размјена у Приштини',
      authorName: 'Marko',
      language: 'sr',
      tags: ['exchange'],
      body: 'Prvi put sam prešao granicu.',
      versions: undefined,
    });
    const draft = await publication(
      c.organiser,
      { title: 'Hidden draft pristina' },
      false,
    );
    const all = await request(t.url).get('/api/publications').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(2);
    expect(all.body.items.map((p: { id: string }) => p.id)).not.toContain(
      draft,
    );
    const search = await request(t.url)
      .get('/api/publications')
      .query({ q: 'PRISTINI' })
      .expect(200);
    expect(search.body.items.map((p: { id: string }) => p.id)).toEqual([story]);
    const filtered = await request(t.url)
      .get('/api/publications')
      .query({ kind: 'story', language: 'sr', tag: 'exchange' })
      .expect(200);
    expect(filtered.body).toMatchObject({ total: 1, items: [{ id: story }] });
    const none = await request(t.url)
      .get('/api/publications')
      .query({ tag: 'exch' })
      .expect(200);
    expect(none.body.total).toBe(0);
    const page = await request(t.url)
      .get('/api/publications')
      .query({ pageSize: 1, page: 2 })
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(all.body.total);
    const mine = await request(t.url)
      .get('/api/publications')
      .query({ mine: true })
      .set(auth(c.organiser))
      .expect(200);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(draft);
    await request(t.url)
      .get('/api/publications')
      .query({ mine: true })
      .set(auth(c.participant))
      .expect(403);
  });

  it('renders Markdown XSS attempts inert', async () => {
    const id = await publication(c.organiser, {
      title: 'XSS <script>alert(1)</script>',
      body: [
        '<script>alert("s")</script>',
        '',
        'A [click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://example.org).',
        '',
        '<img src=x onerror="alert(1)">',
        '',
        '<a href="JAVASCRIPT:alert(1)" onclick="alert(2)">x</a> <iframe src="https://evil.test"></iframe>',
        '',
        '[mail](mailto:info@example.org)',
      ].join('\n'),
    });
    const res = await request(t.url).get(`/api/publications/${id}`).expect(200);
    const html: string = res.body.bodyHtml;
    expect(html).not.toMatch(
      /<script|<img|<iframe|onerror|onclick|javascript:|data:/i,
    );
    expect(html).toContain(
      '<a href="https://example.org" rel="nofollow noopener">ok</a>',
    );
    expect(html).toContain(
      '<a href="mailto:info@example.org" rel="nofollow noopener">mail</a>',
    );
    // every link in the output goes to http(s) or mailto and carries the rel
    const doc = parseDocument(html);
    const links: { attribs: Record<string, string> }[] = [];
    const walk = (n: unknown) => {
      const node = n as {
        name?: string;
        attribs?: Record<string, string>;
        children?: unknown[];
      };
      if (node.name === 'a')
        links.push(node as { attribs: Record<string, string> });
      node.children?.forEach(walk);
    };
    walk(doc);
    for (const a of links) {
      if (a.attribs.href) expect(a.attribs.href).toMatch(/^(https?:|mailto:)/);
      expect(a.attribs.rel).toBe('nofollow noopener');
    }
    // the title is text, returned as typed (pages escape it)
    expect(res.body.title).toBe('XSS <script>alert(1)</script>');
  });

  it('serves an RSS feed that parses as XML with everything escaped', async () => {
    await publication(c.organiser, {
      title: 'Tom & Jerry <b>"quoted"</b>',
      tags: ['a&b'],
    });
    const res = await request(t.url)
      .get('/api/publications/feed.xml')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/application\/rss\+xml/);
    const xml = res.text;
    const doc = parseDocument(xml, { xmlMode: true });
    const find = (n: unknown, name: string, out: unknown[] = []): unknown[] => {
      const node = n as { name?: string; children?: unknown[] };
      if (node.name === name) out.push(node);
      node.children?.forEach((ch) => find(ch, name, out));
      return out;
    };
    expect(find(doc, 'rss')).toHaveLength(1);
    const items = find(doc, 'item');
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(xml).toContain(
      '<title>Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;</title>',
    );
    expect(xml).toContain('<category>a&amp;b</category>');
    // no raw markup inside the document other than the feed's own elements
    const allowed = new Set([
      'rss',
      'channel',
      'title',
      'link',
      'atom:link',
      'description',
      'lastBuildDate',
      'item',
      'guid',
      'pubDate',
      'dc:creator',
      'category',
    ]);
    for (const m of xml.matchAll(/<([a-zA-Z:]+)[\s>/]/g))
      expect(allowed).toContain(m[1]);
    // well-formed: every element opened is closed
    const opens = [
      ...xml.matchAll(/<([a-zA-Z:]+)(?=[\s>])[^>]*[^/]>|<([a-zA-Z:]+)>/g),
    ].length;
    const closes = [...xml.matchAll(/<\/[a-zA-Z:]+>/g)].length;
    expect(opens).toBe(closes);
  });
});

describe('comments', () => {
  let pubId: string;
  beforeAll(async () => {
    pubId = await publication(c.organiser, { title: 'Comments welcome' });
  });

  const comment = (who: Person, body: string, id = pubId) =>
    request(t.url)
      .post(`/api/publications/${id}/comments`)
      .set(auth(who))
      .send({ body });
  const approved = async () =>
    (
      await request(t.url)
        .get(`/api/publications/${pubId}/comments`)
        .expect(200)
    ).body.items as { id: string; body: string }[];

  it('holds comments of new authors until an organiser approves them', async () => {
    await request(t.url)
      .post(`/api/publications/${pubId}/comments`)
      .send({ body: 'anonymous' })
      .expect(401);
    await comment(c.participant, '').expect(400);
    await comment(c.participant, 'x'.repeat(2001)).expect(400);
    await comment(c.participant, 'bell \u0007 here').expect(400);

    const first = await comment(c.participant, 'Great article!').expect(201);
    expect(first.body).toMatchObject({
      status: 'held',
      heldReason: 'new-author',
    });
    expect(await approved()).toEqual([]);

    await request(t.url)
      .get(`/api/publications/${pubId}/comments?status=held`)
      .set(auth(c.participant))
      .expect(403);
    await request(t.url)
      .get(`/api/publications/${pubId}/comments?status=held`)
      .set(auth(c.otherOrganiser))
      .expect(403);
    const held = await request(t.url)
      .get(`/api/publications/${pubId}/comments?status=held`)
      .set(auth(c.organiser))
      .expect(200);
    expect(held.body.items.map((x: { id: string }) => x.id)).toEqual([
      first.body.id,
    ]);

    for (const who of [c.participant, c.otherOrganiser])
      await request(t.url)
        .post(`/api/publications/${pubId}/comments/${first.body.id}/approve`)
        .set(auth(who))
        .expect(403);
    await request(t.url)
      .post(`/api/publications/${pubId}/comments/${first.body.id}/approve`)
      .set(auth(c.organiser))
      .expect(200);
    expect((await approved()).map((x) => x.body)).toEqual(['Great article!']);

    // one approved comment, but the account is still younger than a day: held again
    const second = await comment(c.participant, 'Another thought').expect(201);
    expect(second.body.status).toBe('held');
    // an older account with an approved comment is trusted
    await ageAccount(c.participant);
    const third = await comment(c.participant, 'Trusted now').expect(201);
    expect(third.body.status).toBe('approved');

    // an old account without any approved comment is still new
    await ageAccount(c.otherParticipant);
    const other = await comment(c.otherParticipant, 'Hello').expect(201);
    expect(other.body.status).toBe('held');
    await request(t.url)
      .post(`/api/publications/${pubId}/comments/${other.body.id}/reject`)
      .set(auth(c.admin))
      .expect(200);
    // (times are stored to the second: comments of the same second have no set order)
    const texts = (await approved()).map((x) => x.body).sort();
    expect(texts).toEqual(['Great article!', 'Trusted now']);
  });

  it('holds word-filter matches even from trusted authors', async () => {
    const hit = await comment(c.participant, 'Ti si šiptar').expect(201);
    expect(hit.body).toMatchObject({
      status: 'held',
      heldReason: 'word-filter',
    });
    const cyr = await comment(c.participant, 'ШИПТАР').expect(201);
    expect(cyr.body.status).toBe('held');
    expect((await approved()).map((x) => x.id)).not.toContain(hit.body.id);
  });

  it('returns HTML in comments as inert text', async () => {
    const body =
      '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const res = await comment(c.participant, body).expect(201);
    expect(res.body.status).toBe('approved');
    const list = await request(t.url)
      .get(`/api/publications/${pubId}/comments`)
      .expect(200);
    expect(list.headers['content-type']).toMatch(/application\/json/);
    const mine = list.body.items.find(
      (x: { id: string }) => x.id === res.body.id,
    );
    // stored and returned exactly as typed: text, never rendered to HTML
    expect(mine.body).toBe(body);
    expect(mine).not.toHaveProperty('bodyHtml');
  });

  it('erases a person’s comments with their account and exports them before', async () => {
    const p = await signUp(t.url);
    const res = await comment(p, 'Mine to erase').expect(201);
    await request(t.url)
      .post(`/api/publications/${pubId}/comments/${res.body.id}/approve`)
      .set(auth(c.organiser))
      .expect(200);
    const exported = await request(t.url)
      .get('/api/me/export')
      .set(auth(p))
      .expect(200);
    expect(JSON.stringify(exported.body)).toContain('Mine to erase');
    await request(t.url).delete('/api/me').set(auth(p)).expect(204);
    const rows = await t.ds.query(
      'SELECT authorId, authorName, body, status FROM publication_comments WHERE id = ?',
      [res.body.id],
    );
    expect(rows[0]).toMatchObject({
      authorId: null,
      authorName: null,
      body: null,
      status: 'erased',
    });
    expect((await approved()).map((x) => x.id)).not.toContain(res.body.id);
  });
});
