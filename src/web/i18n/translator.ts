import { cyrillicToLatin } from '../../common/text.js';
import { en } from './en.js';
import { INTL_LOCALE, type Locale } from './locales.js';
import { sq } from './sq.js';
import { srCyrl } from './sr-cyrl.js';

/** Plural forms by CLDR category; `other` is always there. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {
  other: string;
};
export type Message = string | PluralMessage;

type English = typeof en;
export type MessageKey = keyof English;
/** Keys whose English message is one string. */
export type TextKey = {
  [K in MessageKey]: English[K] extends string ? K : never;
}[MessageKey];
/** Keys whose English message has plural forms. */
export type PluralKey = Exclude<MessageKey, TextKey>;

/** Every locale has every key English has, with the same kind of message. */
export type Catalogue = {
  [K in MessageKey]: English[K] extends string ? string : PluralMessage;
};

export type Params = Record<string, string | number>;

function mapMessages(
  catalogue: Catalogue,
  fn: (text: string) => string,
): Catalogue {
  const out: Record<string, Message> = {};
  for (const [key, message] of Object.entries(catalogue) as [
    string,
    Message,
  ][]) {
    out[key] =
      typeof message === 'string'
        ? fn(message)
        : (Object.fromEntries(
            Object.entries(message).map(([k, v]) => [k, fn(v)]),
          ) as PluralMessage);
  }
  return out as Catalogue;
}

/** Serbian Latin is generated from Cyrillic: the transliteration is exact in that direction only. */
export const CATALOGUES: Record<Locale, Catalogue> = {
  en,
  sq,
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapMessages(srCyrl, cyrillicToLatin),
};

const PLACEHOLDER = /\{(\w+)\}/g;

export class Translator {
  readonly intlLocale: string;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;

  constructor(
    readonly locale: Locale,
    private readonly messages: Catalogue = CATALOGUES[locale],
  ) {
    this.intlLocale = INTL_LOCALE[locale];
    this.plurals = new Intl.PluralRules(this.intlLocale);
    this.numbers = new Intl.NumberFormat(this.intlLocale);
  }

  t(key: TextKey, params?: Params): string {
    return this.fill(this.messages[key] as string, params);
  }

  /** A message with plural forms, chosen by `count` (also available as {count}). */
  n(key: PluralKey, count: number, params?: Params): string {
    const forms = this.messages[key] as PluralMessage;
    const form = forms[this.plurals.select(count)] ?? forms.other;
    return this.fill(form, { ...params, count });
  }

  /** Whether a key exists: for codes that come from elsewhere (error codes, kinds). */
  has(key: string): key is TextKey {
    return typeof (this.messages as Record<string, Message>)[key] === 'string';
  }

  number(n: number): string {
    return this.numbers.format(n);
  }

  private fill(message: string, params?: Params): string {
    if (!params) return message;
    return message.replace(PLACEHOLDER, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? this.number(v) : v;
    });
  }
}

const cache = new Map<Locale, Translator>();
export function translator(locale: Locale): Translator {
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = new Translator(locale)));
  return t;
}
