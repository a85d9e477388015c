import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  auth,
  cast,
  completeProfile,
  signUp,
  type Cast,
  type Person,
} from './support/actors.js';
import { escapeHtml } from '../src/web/html.js';
import { startIsolatedApp } from './support/app.js';
import {
  browserOf as signedIn,
  csrfOf,
  HTML,
  pageOf as get,
  type Agent,
} from './support/browser.js';

/** The English pages (signing in sets the account's own locale). */
const browserOf = (url: string, p: { email: string }) => signedIn(url, p, 'en');

type App = Awaited<ReturnType<typeof startIsolatedApp>>;

/** Posts a form found on `from` (its CSRF token) to `action`. */
async function post(agent: Agent, from: string, action: string, status = 303) {
  const token = csrfOf(await get(agent, from));
  return agent
    .post(action)
    .set(HTML)
    .type('form')
    .send({ _csrf: token })
    .expect(status);
}

const myCohortIds = async (url: string, p: Person) =>
  (
    (await request(url).get('/api/cohorts').set(auth(p)).expect(200)).body as {
      id: string;
    }[]
  ).map((c) => c.id);

describe('joining a cohort through its join link (HTTP, no JavaScript)', () => {
  let t: App;
  let c: Cast;
  let ready: Person;
  let noConsent: Person;
  let minor: Person;
  let cohortId: string;
  let cohortName: string;
  let orgName: string;
  let joinPath: string;

  beforeAll(async () => {
    t = await startIsolatedApp();
    c = await cast(t.url);
    [ready, noConsent, minor] = await Promise.all([
      signUp(t.url, { displayName: 'Ready Participant' }),
      signUp(t.url, { displayName: 'No Consent' }),
      signUp(t.url, { displayName: 'Young Participant' }),
    ]);
    const languages = [
      { code: 'en', level: 'fluent' },
      { code: 'sr', level: 'conversational' },
    ];
    await completeProfile(t.url, ready, {
      languages,
      communityId: 'kosovo-serb',
    });
    // languages, no community and no consent
    await completeProfile(t.url, noConsent, { languages });
    await completeProfile(t.url, minor, {
      languages,
      communityId: 'kosovo-albanian',
      birthYear: new Date().getUTCFullYear() - 14,
    });
    cohortName = `Bridges & "Ura" ${randomUUID().slice(0, 8)}`;
    const created = await request(t.url)
      .post('/api/cohorts')
      .set(auth(c.organiser))
      .send({ name: cohortName, cadence: 'every two weeks' })
      .expect(201);
    cohortId = created.body.id as string;
    joinPath = `/me/cohorts/${cohortId}/join`;
    const orgs = (await request(t.url).get('/api/organisations').expect(200))
      .body as { id: string; name: string }[];
    orgName = orgs.find((o) => o.id === c.orgId)!.name;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the organiser’s cohort page shows the absolute join link to share', async () => {
    const organiser = await browserOf(t.url, c.organiser);
    const page = await get(organiser, `/cohorts/${cohortId}`);
    expect(page).toContain(
      `value="${t.config.publicUrl}/me/cohorts/${cohortId}/join"`,
    );
    expect(t.config.publicUrl).toMatch(/^http:\/\/127\.0\.0\.1/);
    expect(page).toContain('Join link');
    // in Albanian too
    expect(await get(organiser, `/cohorts/${cohortId}?lang=sq`)).toContain(
      'Lidhja për t’u bashkuar',
    );
    // an organiser opening the link sees no button: only participants join
    const asOrganiser = await get(organiser, `${joinPath}?lang=en`);
    expect(asOrganiser).toContain(
      'Only participant accounts can join cohorts.',
    );
    expect(asOrganiser).not.toContain(`action="${joinPath}"`);
    await organiser
      .post(joinPath)
      .set(HTML)
      .type('form')
      .send({ _csrf: csrfOf(asOrganiser) })
      .expect(403);
  });

  it('the signed-out are sent to sign in and come back to the link', async () => {
    const res = await request(t.url).get(joinPath).set(HTML).expect(303);
    expect(res.headers.location).toBe(
      `/login?next=${encodeURIComponent(joinPath)}`,
    );
  });

  it('a participant with consent and languages joins, is a member, and leaves', async () => {
    const web = await browserOf(t.url, ready);
    const page = await get(web, joinPath);
    expect(page).toContain(escapeHtml(cohortName));
    expect(page).toContain(escapeHtml(orgName));
    expect(page).toContain('What joining means');
    expect(page).toContain(
      'Your community is used only to pair you across communities.',
    );
    expect(page).toContain('You can skip a round, or leave the cohort');
    expect(page).toContain(`action="${joinPath}"`);
    expect(page).toContain('Join this cohort');
    expect(page).not.toContain('You are a member of this cohort');
    expect(await myCohortIds(t.url, ready)).not.toContain(cohortId);

    // a post without the form's token is refused and joins nothing
    await web.post(joinPath).set(HTML).type('form').send({}).expect(403);
    expect(await myCohortIds(t.url, ready)).not.toContain(cohortId);

    const joined = await post(web, joinPath, joinPath);
    expect(joined.headers.location).toBe('/me/pairings');
    const pairings = await get(web, '/me/pairings');
    expect(pairings).toContain(
      'You have joined the cohort. You will be paired in its next round.',
    );
    expect(pairings).toContain(escapeHtml(cohortName));
    expect(await myCohortIds(t.url, ready)).toContain(cohortId);
    // the organiser sees the new member
    const members = await request(t.url)
      .get(`/api/cohorts/${cohortId}`)
      .set(auth(c.organiser))
      .expect(200);
    expect(members.body.memberCount).toBe(1);

    const member = await get(web, joinPath);
    expect(member).toContain('You are a member of this cohort');
    expect(member).toContain(`action="/me/cohorts/${cohortId}/leave"`);
    expect(member).not.toContain(`action="${joinPath}"`);

    // joining twice changes nothing
    await post(web, joinPath, joinPath);
    expect(
      (await myCohortIds(t.url, ready)).filter((id) => id === cohortId),
    ).toHaveLength(1);

    const left = await post(web, joinPath, `/me/cohorts/${cohortId}/leave`);
    expect(left.headers.location).toBe(joinPath);
    const after = await get(web, joinPath);
    expect(after).toContain('You have left the cohort.');
    expect(after).toContain(`action="${joinPath}"`);
    expect(await myCohortIds(t.url, ready)).not.toContain(cohortId);
  });

  it('the page is translated (Albanian, Serbian in Cyrillic and Latin)', async () => {
    const web = await browserOf(t.url, ready);
    expect(await get(web, `${joinPath}?lang=sq`)).toContain(
      'Bashkohu me këtë grup',
    );
    expect(await get(web, `${joinPath}?lang=sr-Cyrl`)).toContain(
      'Придружи се овој групи',
    );
    expect(await get(web, `${joinPath}?lang=sr-Latn`)).toContain(
      'Pridruži se ovoj grupi',
    );
    await get(web, '/?lang=en');
  });

  it('without community consent: what to add and a link to the profile, no Join button', async () => {
    const web = await browserOf(t.url, noConsent);
    const page = await get(web, joinPath);
    expect(page).toContain(escapeHtml(cohortName));
    expect(page).toContain('Before you can join, add to your profile:');
    expect(page).toContain(
      'your community, with your consent to use it for pairing',
    );
    expect(page).not.toContain('the languages you speak');
    expect(page).toContain('href="/me/profile"');
    expect(page).not.toContain(`action="${joinPath}"`);
    expect(page).not.toContain('Join this cohort');
    // a post anyway (an old tab) gets the reason as a sentence, not a crash
    const refused = await web
      .post(joinPath)
      .set(HTML)
      .type('form')
      .send({ _csrf: csrfOf(page) })
      .expect(422);
    expect(refused.text).toContain(
      'Joining needs your community and your consent to use it for pairing.',
    );
    expect(await myCohortIds(t.url, noConsent)).not.toContain(cohortId);
  });

  it('a minor without guardian consent is told what is missing, and a post is refused in words', async () => {
    const web = await browserOf(t.url, minor);
    const page = await get(web, joinPath);
    expect(page).toContain(
      'the consent of a parent or guardian (you are under 16)',
    );
    expect(page).not.toContain(`action="${joinPath}"`);
    const refused = await web
      .post(joinPath)
      .set(HTML)
      .type('form')
      .send({ _csrf: csrfOf(page) })
      .expect(403);
    expect(refused.text).toContain(
      'Participants under 16 need the consent of a parent or guardian before they join a cohort.',
    );
    expect(await myCohortIds(t.url, minor)).not.toContain(cohortId);
  });

  it('an unknown or malformed cohort id gives the 404 page', async () => {
    const web = await browserOf(t.url, ready);
    const unknown = `/me/cohorts/${randomUUID()}/join`;
    const page = await get(web, unknown, 404);
    expect(page).toContain('<html');
    expect(page).toContain('check it is correct');
    await get(web, '/me/cohorts/not-a-cohort/join', 404);
    const token = csrfOf(await get(web, joinPath));
    await web
      .post(unknown)
      .set(HTML)
      .type('form')
      .send({ _csrf: token })
      .expect(404);
    await web
      .post(`/me/cohorts/${randomUUID()}/leave`)
      .set(HTML)
      .type('form')
      .send({ _csrf: token })
      .expect(404);
  });
});
