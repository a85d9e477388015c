import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService, toActor } from '../auth/auth.service.js';
import { Account } from '../auth/entities/account.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Event } from '../events/entities/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { Organisation } from '../organisations/entities/organisation.entity.js';
import { CONSENT_TEXTS } from '../participants/consent-texts.js';
import { ParticipantsService } from '../participants/participants.service.js';
import type { SpokenLanguage } from '../participants/entities/participant-profile.entity.js';

/** Demo logins are public by design: they exist only in a new, non-production database. */
export const DEMO_PASSWORD = 'bridge-demo-2026';
const DOMAIN = 'demo.uramost.org';

interface DemoPerson {
  email: string;
  displayName: string;
  locale: Account['locale'];
  communityId: string;
  birthYear: number;
  placeId: string;
  languages: SpokenLanguage[];
  interests: string[];
  availability: string[];
  bio: string;
}

const PEOPLE: DemoPerson[] = [
  {
    email: `arta@${DOMAIN}`,
    displayName: 'Arta',
    locale: 'sq',
    communityId: 'kosovo-albanian',
    birthYear: 2001,
    placeId: 'xk-prishtine',
    languages: [
      { code: 'sq', level: 'fluent' },
      { code: 'en', level: 'fluent' },
      { code: 'sr', level: 'basic' },
    ],
    interests: ['freedom-of-movement', 'diplomas', 'culture'],
    availability: ['mon-evening', 'wed-evening', 'sat-morning'],
    bio: 'Law student in Prishtinë, interested in how the agreements work for young people.',
  },
  {
    email: `milan@${DOMAIN}`,
    displayName: 'Milan',
    locale: 'sr-Cyrl',
    communityId: 'kosovo-serb',
    birthYear: 1999,
    placeId: 'xk-gracanice',
    languages: [
      { code: 'sr', level: 'fluent' },
      { code: 'en', level: 'conversational' },
      { code: 'sq', level: 'basic' },
    ],
    interests: ['freedom-of-movement', 'licence-plates', 'energy'],
    availability: ['mon-evening', 'sat-morning', 'sun-afternoon'],
    bio: 'Grew up in Gračanica; works with a local youth centre.',
  },
  {
    email: `jelena@${DOMAIN}`,
    displayName: 'Jelena',
    locale: 'sr-Latn',
    communityId: 'serbia',
    birthYear: 2000,
    placeId: 'rs-beograd',
    languages: [
      { code: 'sr', level: 'fluent' },
      { code: 'en', level: 'fluent' },
    ],
    interests: ['diplomas', 'regional-cooperation', 'media'],
    availability: ['wed-evening', 'sat-morning'],
    bio: 'Journalism graduate from Belgrade.',
  },
  {
    email: `dren@${DOMAIN}`,
    displayName: 'Dren',
    locale: 'en',
    communityId: 'kosovo-albanian',
    birthYear: 2003,
    placeId: 'xk-mitrovice-jug',
    languages: [
      { code: 'sq', level: 'fluent' },
      { code: 'en', level: 'conversational' },
    ],
    interests: ['energy', 'environment', 'youth-employment'],
    availability: ['sun-afternoon', 'tue-evening'],
    bio: 'Engineering student from Mitrovicë.',
  },
  {
    email: `ana@${DOMAIN}`,
    displayName: 'Ana',
    locale: 'sr-Latn',
    communityId: 'serbia',
    birthYear: 1998,
    placeId: 'rs-nis',
    languages: [
      { code: 'sr', level: 'fluent' },
      { code: 'en', level: 'conversational' },
    ],
    interests: ['culture', 'human-rights', 'eu-integration'],
    availability: ['tue-evening', 'sun-afternoon'],
    bio: 'Works for a cultural NGO in Niš.',
  },
];

const day = 24 * 3600_000;
/** A whole hour in Belgrade, n days from now (the offset is close enough for demo content). */
function at(daysFromNow: number, hourUtc: number): Date {
  const d = new Date(Date.now() + daysFromNow * day);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

@Injectable()
export class DemoService implements OnApplicationBootstrap {
  private readonly log = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly participants: ParticipantsService,
    private readonly events: EventsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || this.config.nodeEnv === 'production') return;
    // Only a new database gets demo content: no events and no participants yet.
    const [events, people] = await Promise.all([
      this.ds.getRepository(Event).count(),
      this.ds.getRepository(Account).countBy({ role: 'participant' }),
    ]);
    if (events > 0 || people > 0) return;
    await this.seed();
    this.log.log(
      [
        `Demo data added. Open ${this.config.publicUrl} (API docs at ${this.config.publicUrl}/api/docs).`,
        `Demo logins (password "${DEMO_PASSWORD}"): organiser@${DOMAIN} (organiser, BCSP); participants ${PEOPLE.map((p) => p.email).join(', ')}.`,
      ].join(' '),
    );
  }

  private async seed() {
    const bcsp = await this.ds
      .getRepository(Organisation)
      .findOneByOrFail({ shortName: 'BCSP' });
    const organiserAccount = await this.auth.createAccount({
      email: `organiser@${DOMAIN}`,
      password: DEMO_PASSWORD,
      displayName: 'Marija (BCSP)',
      role: 'organiser',
      organisationId: bcsp.id,
    });
    const organiser = toActor(organiserAccount);
    const version = CONSENT_TEXTS['community-data'].version;
    const actors = [];
    for (const p of PEOPLE) {
      const account = await this.auth.createAccount({
        ...p,
        password: DEMO_PASSWORD,
        role: 'participant',
        organisationId: null,
      });
      const actor = toActor(account);
      await this.participants.recordConsent(actor, {
        kind: 'community-data',
        granted: true,
        textVersion: version,
      });
      const { email: _e, displayName: _d, locale: _l, ...profile } = p;
      await this.participants.updateProfile(actor, profile);
      actors.push(actor);
    }

    const conference = await this.events.create(organiser, {
      title: {
        en: 'Freedom of movement, one year on',
        sq: 'Liria e lëvizjes, një vit më pas',
        sr: 'Sloboda kretanja, godinu dana kasnije',
      },
      description: {
        en: 'Researchers, officials and young people from both sides look at what changed for people crossing every day.',
        sq: 'Studiues, zyrtarë dhe të rinj nga të dyja anët shqyrtojnë çfarë ka ndryshuar për njerëzit që kalojnë çdo ditë.',
        sr: 'Istraživači, zvaničnici i mladi sa obe strane razmatraju šta se promenilo za ljude koji svakodnevno prelaze.',
      },
      kind: 'conference',
      startsAt: at(14, 8).toISOString(),
      endsAt: at(14, 16).toISOString(),
      timeZone: 'Europe/Belgrade',
      venue: {
        name: 'Hotel Sirius',
        address: 'Agim Ramadani',
        placeId: 'xk-prishtine',
      },
      languages: ['sq', 'sr', 'en'],
      interpretation:
        'Simultaneous interpretation Albanian ↔ Serbian ↔ English',
      topics: ['freedom-of-movement', 'licence-plates', 'ibm'],
      capacity: 80,
    });
    const sessions = [
      {
        title: 'Opening: where the dialogue stands',
        h: [8, 9],
        hall: 'Main hall',
        speakers: [{ name: 'Marija Ristić' }],
      },
      {
        title: 'Licence plates and crossings: the data',
        h: [9, 10.5],
        hall: 'Main hall',
        speakers: [{ name: 'Dr. Besnik Krasniqi' }],
      },
      {
        title: 'Young people at the crossing points',
        h: [9, 10.5],
        hall: 'Room B',
        speakers: [{ name: 'Ivana Petrović' }],
      },
      {
        title: 'Open discussion and Q&A',
        h: [11, 12.5],
        hall: 'Main hall',
        speakers: [],
      },
    ];
    for (const s of sessions) {
      const start = at(14, 8);
      start.setUTCHours(Math.floor(s.h[0]), (s.h[0] % 1) * 60);
      const end = at(14, 8);
      end.setUTCHours(Math.floor(s.h[1]), (s.h[1] % 1) * 60);
      await this.events.addSession(organiser, conference.id, {
        title: s.title,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        hall: s.hall,
        speakers: s.speakers,
      });
    }
    await this.events.publish(organiser, conference.id);

    const exchange = await this.events.create(organiser, {
      title: {
        en: 'Youth exchange visit to Belgrade',
        sq: 'Vizitë shkëmbimi rinor në Beograd',
        sr: 'Omladinska razmena u Beogradu',
      },
      description: {
        en: 'Three days of meetings, workshops and a city walk for paired participants.',
      },
      kind: 'exchange-visit',
      startsAt: at(30, 8).toISOString(),
      endsAt: at(32, 16).toISOString(),
      timeZone: 'Europe/Belgrade',
      venue: {
        name: 'Dom omladine',
        address: 'Makedonska 22',
        placeId: 'rs-beograd',
      },
      languages: ['sr', 'sq', 'en'],
      topics: ['diplomas', 'regional-cooperation'],
      capacity: 4,
      quota: { maxSharePercent: 50 },
    });
    await this.events.addSession(organiser, exchange.id, {
      title: 'Welcome and pairing',
      startsAt: at(30, 9).toISOString(),
      endsAt: at(30, 11).toISOString(),
      hall: 'Sala 1',
    });
    await this.events.publish(organiser, exchange.id);

    const webinar = await this.events.create(organiser, {
      title: {
        en: 'Webinar: recognising diplomas across the line',
        sr: 'Vebinar: priznavanje diploma',
      },
      description: {
        en: 'How the diploma agreement works in practice, with time for questions.',
      },
      kind: 'webinar',
      startsAt: at(7, 17).toISOString(),
      endsAt: at(7, 18).toISOString(),
      timeZone: 'Europe/Belgrade',
      onlineUrl: 'https://meet.example.org/uramost-diplomas',
      languages: ['en', 'sr', 'sq'],
      topics: ['diplomas'],
      capacity: 200,
    });
    await this.events.publish(organiser, webinar.id);

    await this.events.create(organiser, {
      title: { en: 'Local meeting in Mitrovica (draft)' },
      kind: 'local-meeting',
      startsAt: at(45, 15).toISOString(),
      endsAt: at(45, 17).toISOString(),
      venue: { name: 'Community centre', placeId: 'xk-mitrovice-veri' },
      languages: ['sr', 'sq'],
      capacity: 30,
    });

    for (const a of actors.slice(0, 3))
      await this.events.register(a, conference.id);
    for (const a of actors) await this.events.register(a, exchange.id);
  }

  /** Known demo account emails (for tests). */
  static emails(): string[] {
    return [`organiser@${DOMAIN}`, ...PEOPLE.map((p) => p.email)];
  }
}
