import { cyrillicToLatin } from '../common/text.js';

export type BulletinLocale = 'en' | 'sq' | 'sr-Latn' | 'sr-Cyrl';
export const BULLETIN_LOCALES: readonly BulletinLocale[] = [
  'en',
  'sq',
  'sr-Latn',
  'sr-Cyrl',
];

export const bulletinLocale = (l: string): BulletinLocale =>
  (BULLETIN_LOCALES as readonly string[]).includes(l)
    ? (l as BulletinLocale)
    : 'en';

interface Catalog {
  subject: string;
  intro: string;
  publications: string;
  events: string;
  read: string;
  unsubscribe: string;
  why: string;
}

const CATALOG: Record<BulletinLocale, Catalog> = {
  en: {
    subject: 'UraMost bulletin',
    intro: 'News from the UraMost consortium.',
    publications: 'Articles and stories',
    events: 'Upcoming events',
    read: 'Read',
    unsubscribe: 'Unsubscribe with one click',
    why: 'You receive this because you confirmed your subscription to the UraMost e-bulletin.',
  },
  sq: {
    subject: 'Buletini i UraMost',
    intro: 'Të reja nga konsorciumi UraMost.',
    publications: 'Artikuj dhe histori',
    events: 'Ngjarjet e ardhshme',
    read: 'Lexo',
    unsubscribe: 'Çregjistrohu me një klikim',
    why: 'E merrni këtë sepse e konfirmuat abonimin në buletinin elektronik të UraMost.',
  },
  'sr-Latn': {
    subject: 'UraMost bilten',
    intro: 'Vesti konzorcijuma UraMost.',
    publications: 'Članci i priče',
    events: 'Predstojeći događaji',
    read: 'Pročitajte',
    unsubscribe: 'Odjavite se jednim klikom',
    why: 'Ovo primate jer ste potvrdili prijavu na UraMost e-bilten.',
  },
  'sr-Cyrl': {
    subject: 'UraMost билтен',
    intro: 'Вести конзорцијума UraMost.',
    publications: 'Чланци и приче',
    events: 'Предстојећи догађаји',
    read: 'Прочитајте',
    unsubscribe: 'Одјавите се једним кликом',
    why: 'Ово примате јер сте потврдили пријаву на UraMost е-билтен.',
  },
};

const INTL: Record<BulletinLocale, string> = {
  en: 'en-GB',
  sq: 'sq',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
};

/** Which content language a mail locale reads (publications and events are en, sq or sr). */
export const contentLanguage = (l: BulletinLocale): 'en' | 'sq' | 'sr' =>
  l === 'en' ? 'en' : l === 'sq' ? 'sq' : 'sr';

/** Serbian text in the script the reader chose (Cyrillic → Latin is deterministic; the other
 * direction is not, so Latin text stays Latin for Cyrillic readers). */
export const inScript = (l: BulletinLocale, text: string) =>
  l === 'sr-Latn' ? cyrillicToLatin(text) : text;

export interface BulletinItem {
  title: string;
  url: string;
  /** A line under the title: author, or date and place. */
  meta?: string;
}

export interface BulletinContent {
  subject?: string;
  publications: BulletinItem[];
  events: BulletinItem[];
  unsubscribeUrl: string;
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ]!,
  );
// eslint-disable-next-line no-control-regex
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
const webUrl = (u: string) => /^https?:\/\/[^\s<>"]+$/i.test(u);

export function formatWhen(l: BulletinLocale, at: Date, timeZone: string) {
  try {
    return new Intl.DateTimeFormat(INTL[l], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(at);
  } catch {
    return at.toISOString();
  }
}

/** The bulletin as plain text and as simple HTML in which every value is escaped. */
export function renderBulletin(locale: BulletinLocale, c: BulletinContent) {
  const cat = CATALOG[locale];
  const subject = oneLine(c.subject || cat.subject).slice(0, 250);
  const text: string[] = [cat.intro];
  const html: string[] = [`<p>${esc(cat.intro)}</p>`];
  const section = (heading: string, items: BulletinItem[]) => {
    if (items.length === 0) return;
    text.push(
      `${heading}\n` +
        items
          .map(
            (i) =>
              `* ${oneLine(i.title)}${i.meta ? ` (${oneLine(i.meta)})` : ''}\n  ${i.url}`,
          )
          .join('\n'),
    );
    html.push(
      `<h2>${esc(heading)}</h2>\n<ul>` +
        items
          .map((i) => {
            const title = webUrl(i.url)
              ? `<a href="${esc(i.url)}">${esc(oneLine(i.title))}</a>`
              : esc(oneLine(i.title));
            return `<li>${title}${i.meta ? `<br><small>${esc(oneLine(i.meta))}</small>` : ''}</li>`;
          })
          .join('') +
        '</ul>',
    );
  };
  section(cat.publications, c.publications);
  section(cat.events, c.events);
  text.push(`-- \n${cat.why}\n${cat.unsubscribe}: ${c.unsubscribeUrl}`);
  html.push(
    `<p style="color:#555;font-size:small">${esc(cat.why)}<br>` +
      `<a href="${esc(c.unsubscribeUrl)}">${esc(cat.unsubscribe)}</a></p>`,
  );
  return {
    subject,
    text: text.join('\n\n') + '\n',
    html:
      `<!doctype html>\n<html lang="${esc(locale)}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>\n` +
      `<body style="font-family:sans-serif;line-height:1.5;color:#111">\n${html.join('\n')}\n</body></html>\n`,
  };
}
