import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  participants,
  type Cast,
  type Person,
} from './support/actors.js';
import { startIsolatedApp } from './support/app.js';
import { PairGroupMember } from '../src/pairing/entities/cohort.entities.js';

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

interface RoundView {
  id: string;
  status: string;
  groups: {
    id: string;
    members: { id: string }[];
    reasons: { rule: string; points: number; detail: string }[];
    score: number;
  }[];
  unplaced: { id: string; reason: string; message: string }[];
  figures: {
    placedShare: number;
    repeats: number;
    crossCommunityShare: number;
    meanScore: number;
  };
  locks: string[][];
}

describe('cohorts and pairing rounds', () => {
  let t: App;
  let c: Cast;
  let people: Person[];
  const community = new Map<string, string>();
  let cohortId: string;

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    people = await participants(t.url, 6);
    await completeProfile(t.url, c.participant);
    const communities = [
      'kosovo-albanian',
      'kosovo-serb',
      'serbia',
      'kosovo-albanian',
      'kosovo-serb',
      'serbia',
    ];
    for (const [i, p] of people.entries()) {
      community.set(p.id, communities[i]);
      await completeProfile(t.url, p, {
        communityId: communities[i],
        languages: [
          { code: 'en', level: i % 2 ? 'fluent' : 'conversational' },
          { code: i < 3 ? 'sq' : 'sr', level: 'fluent' },
        ],
        interests: i % 2 ? ['energy', 'diplomas'] : ['energy', 'culture'],
        availability: ['wed-evening', 'sat-morning'],
      });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const draft = async () =>
    (
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/rounds`)
        .set(auth(c.organiser))
        .expect(201)
    ).body as RoundView;
  const pairsOf = (r: RoundView) =>
    r.groups.map((g) => g.members.map((m) => m.id).sort());

  it('only organisers create cohorts; participants join with community consent only', async () => {
    await request(t.url)
      .post('/api/cohorts')
      .set(auth(c.participant))
      .send({ name: 'Nope' })
      .expect(403);
    const created = await request(t.url)
      .post('/api/cohorts')
      .set(auth(c.organiser))
      .send({
        name: 'Spring exchange',
        cadence: 'fortnightly',
        rules: { trios: true },
      })
      .expect(201);
    cohortId = created.body.id;
    const noConsent = await request(t.url)
      .post(`/api/cohorts/${cohortId}/members`)
      .set(auth(c.participant))
      .expect(422);
    expect(noConsent.body.code).toBe('COMMUNITY_CONSENT_REQUIRED');
    for (const p of people)
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/members`)
        .set(auth(p))
        .expect(201);
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/members`)
      .set(auth(people[0]))
      .expect(201); // idempotent
    const view = await request(t.url)
      .get(`/api/cohorts/${cohortId}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(view.body.memberCount).toBe(6);
    await request(t.url)
      .get(`/api/cohorts/${cohortId}`)
      .set(auth(c.participant))
      .expect(404);
  });

  it('drafts an optimal round of cross-community pairs with explanations; only the organisation runs rounds', async () => {
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds`)
      .set(auth(c.otherOrganiser))
      .expect(403);
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds`)
      .set(auth(people[0]))
      .expect(403);
    const r = await draft();
    expect(r.unplaced).toEqual([]);
    expect(r.status).toBe('draft');
    expect(r.groups).toHaveLength(3);
    for (const g of r.groups) {
      const cs = g.members.map((m) => community.get(m.id));
      expect(new Set(cs).size).toBe(cs.length);
      expect(g.reasons.length).toBeGreaterThan(0);
      expect(g.reasons.reduce((s, p) => s + p.points, 0)).toBe(g.score);
    }
    expect(r.figures).toMatchObject({
      placedShare: 1,
      repeats: 0,
      crossCommunityShare: 1,
    });
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds`)
      .set(auth(c.organiser))
      .expect(409);
    await request(t.url)
      .get(`/api/cohorts/${cohortId}/rounds/${r.id}`)
      .set(auth(people[0]))
      .expect(403);
  });

  it('keeps locks and forbids across a re-solve, and swaps', async () => {
    const rounds = (
      await request(t.url)
        .get(`/api/cohorts/${cohortId}/rounds`)
        .set(auth(c.organiser))
        .expect(200)
    ).body as { id: string }[];
    const rid = rounds[0].id;
    const [a, b] = [people[0].id, people[4].id]; // kosovo-albanian + kosovo-serb
    let r = (
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/rounds/${rid}/locks`)
        .set(auth(c.organiser))
        .send({ members: [a, b] })
        .expect(200)
    ).body as RoundView;
    expect(pairsOf(r)).toContainEqual([a, b].sort());
    const [x, y] = [people[1].id, people[2].id];
    r = (
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/rounds/${rid}/forbids`)
        .set(auth(c.organiser))
        .send({ members: [x, y] })
        .expect(200)
    ).body as RoundView;
    r = (
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/rounds/${rid}/resolve`)
        .set(auth(c.organiser))
        .expect(200)
    ).body as RoundView;
    expect(pairsOf(r)).toContainEqual([a, b].sort());
    expect(pairsOf(r)).not.toContainEqual([x, y].sort());
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds/${rid}/locks`)
      .set(auth(c.organiser))
      .send({ members: [a, c.participant.id] })
      .expect(400);
  });

  it('publishes: each participant sees only their own partner, the reasons and a suggested meeting — never a community', async () => {
    const rounds = (
      await request(t.url)
        .get(`/api/cohorts/${cohortId}/rounds`)
        .set(auth(c.organiser))
    ).body as { id: string }[];
    const published = (
      await request(t.url)
        .post(`/api/cohorts/${cohortId}/rounds/${rounds[0].id}/publish`)
        .set(auth(c.organiser))
        .expect(200)
    ).body as RoundView;
    expect(published.status).toBe('published');
    await request(t.url)
      .post(`/api/cohorts/${cohortId}/rounds/${rounds[0].id}/resolve`)
      .set(auth(c.organiser))
      .expect(409);
    for (const p of people) {
      const mine = await request(t.url)
        .get('/api/me/pairings')
        .set(auth(p))
        .expect(200);
      expect(mine.body).toHaveLength(1);
      const [pairing] = mine.body;
      const group = published.groups.find((g) =>
        g.members.some((m) => m.id === p.id),
      )!;
      expect(pairing.partners.map((x: { id: string }) => x.id).sort()).toEqual(
        group.members
          .map((m) => m.id)
          .filter((id) => id !== p.id)
          .sort(),
      );
      expect(pairing.reasons.length).toBeGreaterThan(0);
      expect(pairing.suggestedMeeting).toMatchObject({
        slot: expect.stringMatching(/^(wed-evening|sat-morning)$/),
      });
      const text = JSON.stringify(mine.body);
      for (const cid of ['kosovo-albanian', 'kosovo-serb', '"serbia"'])
        expect(text).not.toContain(cid);
    }
    const outsider = await request(t.url)
      .get('/api/me/pairings')
      .set(auth(c.participant))
      .expect(200);
    expect(outsider.body).toEqual([]);
    const feed = await request(t.url)
      .get('/api/me/calendar')
      .set(auth(people[0]))
      .expect(200);
    const ics = await request(t.url)
      .get(new URL(feed.body.feedUrl).pathname)
      .expect(200);
    expect(ics.text).toMatch(/UID:meeting-[0-9a-f-]+@uramost/);
  });

  it('feedback: a low rating means never again, and rounds avoid repeats while alternatives exist', async () => {
    const first = (
      await request(t.url).get('/api/me/pairings').set(auth(people[0]))
    ).body[0];
    await request(t.url)
      .post(`/api/me/pairings/${first.groupId}/feedback`)
      .set(auth(people[0]))
      .send({ met: true, rating: 9 })
      .expect(400);
    await request(t.url)
      .post(`/api/me/pairings/${first.groupId}/feedback`)
      .set(auth(c.participant))
      .send({ met: true, rating: 3 })
      .expect(404);
    await request(t.url)
      .post(`/api/me/pairings/${first.groupId}/feedback`)
      .set(auth(people[0]))
      .send({ met: false, rating: 1, note: 'did not show up' })
      .expect(200);
    const earlier = new Map<string, Set<string>>();
    const remember = (r: RoundView) => {
      for (const g of r.groups)
        for (const m of g.members)
          for (const o of g.members)
            if (m.id !== o.id)
              (
                earlier.get(m.id) ?? earlier.set(m.id, new Set()).get(m.id)!
              ).add(o.id);
    };
    const rounds = (
      await request(t.url)
        .get(`/api/cohorts/${cohortId}/rounds`)
        .set(auth(c.organiser))
    ).body as { id: string }[];
    remember(
      (
        await request(t.url)
          .get(`/api/cohorts/${cohortId}/rounds/${rounds[0].id}`)
          .set(auth(c.organiser))
      ).body,
    );
    const r2 = await draft();
    expect(r2.figures.repeats).toBe(0);
    for (const g of r2.groups)
      for (const m of g.members)
        for (const o of g.members)
          if (m.id !== o.id)
            expect(earlier.get(m.id)?.has(o.id) ?? false).toBe(false);
    const notes = await request(t.url)
      .get(`/api/cohorts/${cohortId}/rounds/${rounds[0].id}/feedback`)
      .set(auth(c.organiser))
      .expect(200);
    expect(notes.body).toEqual([
      expect.objectContaining({ rating: 1, note: 'did not show up' }),
    ]);
    await request(t.url)
      .get(`/api/cohorts/${cohortId}/rounds/${rounds[0].id}/feedback`)
      .set(auth(people[0]))
      .expect(403);
  });

  it('erasure: the person leaves every group; their partners keep the round without them', async () => {
    const rounds = (
      await request(t.url)
        .get(`/api/cohorts/${cohortId}/rounds`)
        .set(auth(c.organiser))
    ).body as { id: string; status: string }[];
    const firstRound = rounds.find((r) => r.status === 'published')!.id;
    const view = async () =>
      (
        await request(t.url)
          .get(`/api/cohorts/${cohortId}/rounds/${firstRound}`)
          .set(auth(c.organiser))
          .expect(200)
      ).body as RoundView;
    const gone = people[5];
    const group = (await view()).groups.find((g) =>
      g.members.some((m) => m.id === gone.id),
    )!;
    const partner = people.find(
      (p) => p.id !== gone.id && group.members.some((m) => m.id === p.id),
    )!;
    await request(t.url).delete('/api/me').set(auth(gone)).expect(204);
    const after = (await view()).groups.find((g) =>
      g.members.some((m) => m.id === partner.id),
    )!;
    expect(after.members.map((m) => m.id)).not.toContain(gone.id);
    const mine = (
      await request(t.url).get('/api/me/pairings').set(auth(partner))
    ).body as { groupId: string; partners: { id: string }[] }[];
    const same = mine.find((x) => x.groupId === group.id)!;
    expect(same.partners.map((x) => x.id)).not.toContain(gone.id);
    expect(
      await t.ds.getRepository(PairGroupMember).countBy({ accountId: gone.id }),
    ).toBe(0);
    expect(
      await t.ds
        .getRepository(PairGroupMember)
        .countBy({ accountId: partner.id }),
    ).toBeGreaterThan(0);
  });
});
