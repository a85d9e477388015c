import type { PluralMessage } from '../translator.js';

/**
 * A translation of one area's English messages: same keys, same kind of message. Areas keep each
 * group of pages (organiser, live rooms and pairings …) in a file of its own, English next to its
 * translations; en.ts, sq.ts and sr-cyrl.ts spread them in.
 */
export type AreaCatalogue<E> = {
  [K in keyof E]: E[K] extends string ? string : PluralMessage;
};
