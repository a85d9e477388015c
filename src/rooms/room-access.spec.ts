import type { Actor } from '../auth/actor.js';
import { GRANT_REUSE_MS, RoomAccess, type RoomRef } from './room-access.js';

const ana: Actor = {
  id: 'ana',
  role: 'participant',
  organisationId: null,
  displayName: 'Ana',
  locale: 'sr-Latn',
};
const room: RoomRef = {
  id: 'room-1',
  kind: 'event',
  refId: 'event-1',
  organisationId: 'org',
  reportedAt: null,
};
const member = {
  canRead: true,
  canWrite: true,
  canModerate: false,
  via: 'member' as const,
};

/** A registry whose one resolver admits the accounts in `members`, counting its calls. */
function registry() {
  const members = new Set(['ana']);
  let calls = 0;
  const access = new RoomAccess();
  access.register('event', async (actor) => {
    calls++;
    return members.has(actor.id) ? member : null;
  });
  return { access, members, calls: () => calls };
}

describe('RoomAccess grant reuse', () => {
  afterEach(() => vi.useRealTimers());

  it('reuses a grant for a while when asked to, and asks afresh otherwise', async () => {
    const r = registry();
    expect((await r.access.permissions(ana, room)).canWrite).toBe(true);
    expect(r.calls()).toBe(1);
    await r.access.permissions(ana, room, { reuse: true });
    await r.access.permissions(ana, room, { reuse: true });
    expect(r.calls()).toBe(1);
    await r.access.permissions(ana, room);
    expect(r.calls()).toBe(2);
  });

  it('a grant is reused for at most GRANT_REUSE_MS', async () => {
    vi.useFakeTimers();
    const r = registry();
    await r.access.permissions(ana, room, { reuse: true });
    r.members.delete('ana');
    vi.advanceTimersByTime(GRANT_REUSE_MS - 1);
    expect(
      (await r.access.permissions(ana, room, { reuse: true })).canWrite,
    ).toBe(true);
    vi.advanceTimersByTime(1);
    expect(
      (await r.access.permissions(ana, room, { reuse: true })).canRead,
    ).toBe(false);
    expect(r.calls()).toBe(2);
  });

  it('a fresh refusal, or forget(), ends the reuse at once; refusals are never reused', async () => {
    const r = registry();
    await r.access.permissions(ana, room, { reuse: true });
    r.members.delete('ana');
    expect((await r.access.permissions(ana, room)).canRead).toBe(false);
    expect(
      (await r.access.permissions(ana, room, { reuse: true })).canRead,
    ).toBe(false);

    r.members.add('ana');
    expect(
      (await r.access.permissions(ana, room, { reuse: true })).canRead,
    ).toBe(true);
    r.members.delete('ana');
    r.access.forget(room.id, ana.id);
    expect(
      (await r.access.permissions(ana, room, { reuse: true })).canRead,
    ).toBe(false);
  });

  it('a reused organiser grant still obeys the pair-room rule', async () => {
    const access = new RoomAccess();
    access.register('pair', async () => ({ ...member, via: 'organiser' }));
    const pair: RoomRef = { ...room, kind: 'pair', reportedAt: null };
    expect((await access.permissions(ana, pair)).canRead).toBe(false);
    const reported = { ...pair, reportedAt: new Date() };
    expect((await access.permissions(ana, reported)).canRead).toBe(true);
    expect((await access.permissions(ana, pair, { reuse: true })).canRead).toBe(
      false,
    );
  });
});
