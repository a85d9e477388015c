import { CONSENT_TEXTS } from '../../participants/consent-texts.js';
import { catalogueProblems } from './check.js';
import { CONSENT_VERSIONS } from './consents.js';
import { en } from './en.js';
import { LOCALES } from './locales.js';
import { CATALOGUES, Translator, type Message } from './translator.js';

const english = en as Record<string, Message>;

describe('catalogues', () => {
  it.each(LOCALES)(
    '%s has every key English has, and nothing else',
    (locale) => {
      expect(
        catalogueProblems(
          english,
          CATALOGUES[locale] as Record<string, Message>,
          locale,
        ),
      ).toEqual([]);
    },
  );

  it('the check catches a missing key, a wrong placeholder and a missing plural form', () => {
    const broken: Record<string, Message> = {
      ...(CATALOGUES.sq as Record<string, Message>),
    };
    delete broken['nav.events'];
    broken['footer.signedInAs'] = 'Ke hyrë si {emri}.';
    broken['event.seatsLeft'] = { other: '{count}' };
    broken['extra.key'] = 'x';
    const problems = catalogueProblems(english, broken, 'sr-Cyrl');
    expect(problems).toEqual(
      expect.arrayContaining([
        'sr-Cyrl: missing "nav.events"',
        'sr-Cyrl: "footer.signedInAs" has placeholders {emri}, English has {name}',
        'sr-Cyrl: "event.seatsLeft" has no "one" form',
        'sr-Cyrl: "event.seatsLeft" has no "few" form',
        'sr-Cyrl: "extra.key" is not in the English catalogue',
      ]),
    );
  });

  it('Serbian Latin is the transliterated Cyrillic, with no Cyrillic letter left', () => {
    const latin = CATALOGUES['sr-Latn'] as Record<string, Message>;
    const cyrillicLeft = Object.entries(latin).filter(([, m]) =>
      (typeof m === 'string' ? [m] : Object.values(m)).some((text) =>
        /[\u0400-\u04FF]/.test(text),
      ),
    );
    expect(cyrillicLeft).toEqual([]);
    expect(latin['nav.myEvents']).toBe('Moji događaji');
    expect(latin['event.seatsLeft']).toMatchObject({
      few: 'Još {count} slobodna mesta',
    });
  });

  it('the consent texts translated are the versions in force', () => {
    const inForce = Object.fromEntries(
      Object.entries(CONSENT_TEXTS).map(([kind, text]) => [kind, text.version]),
    );
    expect(CONSENT_VERSIONS).toEqual(inForce);
  });

  it('fills placeholders and chooses plural forms by language', () => {
    expect(new Translator('en').n('event.seatsLeft', 1)).toBe('1 place left');
    expect(new Translator('en').n('event.seatsLeft', 1200)).toBe(
      '1,200 places left',
    );
    expect(new Translator('sr-Cyrl').n('event.seatsLeft', 3)).toBe(
      'Још 3 слободна места',
    );
    expect(new Translator('sr-Latn').n('event.seatsLeft', 5)).toBe(
      'Još 5 slobodnih mesta',
    );
    expect(new Translator('sr-Latn').n('event.seatsLeft', 21)).toBe(
      'Još 21 slobodno mesto',
    );
    expect(new Translator('sq').n('event.seatsLeft', 2)).toBe(
      '2 vende të lira',
    );
    expect(new Translator('sq').t('footer.signedInAs', { name: 'Arta' })).toBe(
      'Ke hyrë si Arta.',
    );
    expect(new Translator('en').has('error.EMAIL_TAKEN')).toBe(true);
    expect(new Translator('en').has('error.NO_SUCH_CODE')).toBe(false);
  });
});
