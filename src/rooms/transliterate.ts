/**
 * Serbian Cyrillic → Latin for readers who ask to see a room in Latin script. The stored text never
 * changes: this runs on the way out (the transliteration itself is common/text.ts).
 */
import { cyrillicToLatin, hasCyrillic } from '../common/text.js';

export { hasCyrillic };

export type Script = 'original' | 'latin';

export const toLatin = cyrillicToLatin;

export function inScript(text: string, script: Script): string {
  return script === 'latin' ? cyrillicToLatin(text) : text;
}
