// A mail is a list of blocks rendered twice: as plain text and as simple HTML. Everything in a
// block is plain text; the HTML renderer escapes all of it, so nothing a user typed (a name, an
// event title) can become markup.
import type { MailLocale } from './catalog.js';

export type Block =
  | { kind: 'p'; text: string }
  | {
      kind: 'facts';
      rows: readonly (readonly [label: string, value: string])[];
    }
  | { kind: 'link'; lead?: string; label: string; url: string }
  | { kind: 'small'; text: string };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Fills `{key}` placeholders with plain-text values; unknown keys are left as they are. */
export function fill(
  template: string,
  values: Record<string, string | number>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key)
      ? String(values[key])
      : whole,
  );
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only web links become clickable; anything else is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url);
}

/** A subject is one line without control characters and of a sane length. */
function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function renderText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'p':
        parts.push(b.text);
        break;
      case 'facts':
        parts.push(b.rows.map(([l, v]) => `${l}: ${v}`).join('\n'));
        break;
      case 'link':
        parts.push(b.lead ? `${b.lead}\n${b.url}` : `${b.label}: ${b.url}`);
        break;
      case 'small':
        parts.push(`-- \n${b.text}`);
        break;
    }
  }
  return parts.join('\n\n') + '\n';
}

const FONT =
  'font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;';

function renderHtml(
  subject: string,
  locale: MailLocale,
  blocks: readonly Block[],
): string {
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'p':
        body.push(`<p>${escapeHtml(b.text)}</p>`);
        break;
      case 'facts':
        body.push(
          '<table role="presentation" style="border-collapse:collapse">' +
            b.rows
              .map(
                ([l, v]) =>
                  `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:2px 12px 2px 0">${escapeHtml(l)}</th>` +
                  `<td style="padding:2px 0">${escapeHtml(v)}</td></tr>`,
              )
              .join('') +
            '</table>',
        );
        break;
      case 'link': {
        const lead = b.lead ? `${escapeHtml(b.lead)}<br>` : '';
        const link = isWebUrl(b.url)
          ? `<a href="${escapeHtml(b.url)}">${escapeHtml(b.label)}</a>`
          : escapeHtml(`${b.label}: ${b.url}`);
        body.push(`<p>${lead}${link}</p>`);
        break;
      }
      case 'small':
        body.push(
          `<p style="color:#555;font-size:small">${escapeHtml(b.text)}</p>`,
        );
        break;
    }
  }
  return (
    `<!doctype html>\n<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="${FONT}line-height:1.5;color:#111">\n${body.join('\n')}\n</body></html>\n`
  );
}

export function renderMail(
  locale: MailLocale,
  subject: string,
  blocks: readonly Block[],
): RenderedMail {
  const s = oneLine(subject, 250);
  return {
    subject: s,
    text: renderText(blocks),
    html: renderHtml(s, locale, blocks),
  };
}
