/**
 * The web pages as a browser without JavaScript sees them: HTML requests, the CSRF token of a
 * form, and an agent signed in through the sign-in form (its cookies kept across requests).
 */
import request from 'supertest';
import { PASSWORD } from './actors.js';

export type Agent = ReturnType<typeof request.agent>;

export const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1];
}

/**
 * Signed in through the sign-in form. With `lang`, the pages are read in that language afterwards
 * (signing in sets the account's own locale).
 */
export async function browserOf(
  url: string,
  p: { email: string },
  lang?: string,
): Promise<Agent> {
  const agent = request.agent(url);
  const login = await agent
    .get(lang ? `/login?lang=${lang}` : '/login')
    .set(HTML)
    .expect(200);
  await agent
    .post('/login')
    .set(HTML)
    .type('form')
    .send({ email: p.email, password: PASSWORD, _csrf: csrfOf(login.text) })
    .expect(303);
  if (lang) await agent.get(`/?lang=${lang}`).set(HTML).expect(200);
  return agent;
}

/** A page's HTML, its status checked. */
export async function pageOf(
  agent: Agent,
  path: string,
  status = 200,
): Promise<string> {
  const res = await agent.get(path).set(HTML).expect(status);
  return res.text;
}
