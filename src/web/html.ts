/**
 * Templates are TypeScript: a tagged template literal that escapes every interpolated value unless
 * it is already `Html`. They compile with the rest of src/ into dist/ (nothing to copy next to the
 * build, nothing to find on disk at run time) and tsc checks every value a page uses.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup that is already safe: built by `html` or by `raw` on a constant. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** `true` is left out on purpose: `cond && html`…`` must not print "true". */
export type Renderable =
  Html | string | number | null | undefined | false | readonly Renderable[];

function render(v: Renderable): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(
  strings: TemplateStringsArray,
  ...values: Renderable[]
): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++)
    out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Only for constants written in this code base, never for data. */
export const raw = (markup: string) => new Html(markup);

export const join = (items: readonly Renderable[], separator: Renderable) =>
  html`${items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]))}`;
