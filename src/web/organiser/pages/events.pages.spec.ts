import type { EventView } from '../../../events/views.js';
import { translator } from '../../i18n/translator.js';
import { layout } from '../../layout.js';
import type { PageContext } from '../../page-context.js';
import {
  LIST_LIMIT,
  registrationsPage,
  type RegistrationRow,
} from './events.pages.js';

const page: PageContext = {
  locale: 'en',
  t: translator('en'),
  csrf: 'x'.repeat(43), // a base64url SHA-256, as CsrfTokens makes them
  url: '/organiser/events/e/registrations',
  secure: false,
  publicUrl: 'http://localhost',
};

const event = {
  id: '6f1c4b4e-2f0a-4f7e-9d62-2d8f0f5a8d11',
  title: { en: 'A big conference' },
  status: 'published',
  startsAt: '2027-05-12T08:00:00.000Z',
  endsAt: '2027-05-12T16:00:00.000Z',
  timeZone: 'Europe/Belgrade',
  capacity: 400,
} as unknown as EventView;

const row = (
  i: number,
  over: Partial<RegistrationRow> = {},
): RegistrationRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  displayName: `Participant Number ${i}`,
  email: `participant.number.${i}@example.org`,
  status: 'confirmed',
  waitlistPosition: null,
  checkedIn: i % 3 === 0,
  registeredAt: '2027-04-01T10:00:00.000Z',
  ...over,
});

describe('the registrations page', () => {
  it('shows at most 50 people per list, so that a big event stays under 100 KB', () => {
    const rows = [
      ...Array.from({ length: 400 }, (_, i) => row(i)),
      ...Array.from({ length: 300 }, (_, i) =>
        row(1000 + i, { status: 'waitlisted', waitlistPosition: i + 1 }),
      ),
    ];
    const content = registrationsPage(page, event, rows);
    const html = layout(page, [], content).value;
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    expect(html.match(/<li class="card"/g)).toHaveLength(2 * LIST_LIMIT);
    expect(html).toContain(
      'Showing the first 50 of 400. Find a person by name to see the others.',
    );
    expect(html).toContain('400 of 400');
  });

  it('finds people by a part of their name or address, ignoring case and accents', () => {
    const rows = [
      row(1, { displayName: 'Nikola Jović', email: 'nikola@example.org' }),
      row(2, { displayName: 'Arta Krasniqi', email: 'arta@example.org' }),
      row(3, {
        displayName: 'Jovana Ilić',
        email: 'jovana@example.org',
        status: 'waitlisted',
        waitlistPosition: 1,
      }),
    ];
    const html = layout(
      page,
      [],
      registrationsPage(page, event, rows, 'JOV'),
    ).value;
    expect(html).toContain('Nikola Jović');
    expect(html).toContain('Jovana Ilić');
    expect(html).not.toContain('Arta Krasniqi');
    // the check-in form brings the organiser back to the same search
    expect(html).toContain('<input type="hidden" name="q" value="JOV" />');
    // the numbers count everyone, not only the people found
    expect(html).toContain('2 of 400');
  });
});
