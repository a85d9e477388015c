import { html, type Html, type Renderable } from './html.js';
import type { PageContext } from './page-context.js';

/** A problem with one field: `field` is the id of the input the summary links to. */
export interface FieldError {
  field: string;
  message: string;
  /** where the summary links to, when the fix is not a field on this page */
  href?: string;
}

export class FormErrors {
  readonly list: FieldError[] = [];
  add(field: string, message: string, href?: string) {
    if (!this.list.some((e) => e.field === field))
      this.list.push({ field, message, href });
  }
  for(field: string): string | undefined {
    return this.list.find((e) => e.field === field)?.message;
  }
  get empty() {
    return this.list.length === 0;
  }
}

/** GOV.UK error summary: at the top, focused on load, each problem a link to its field. */
export function errorSummary(
  page: PageContext,
  errors: FormErrors | undefined,
) {
  if (!errors || errors.empty) return html``;
  return html`<div
    class="error-summary"
    role="alert"
    aria-labelledby="error-summary-title"
    tabindex="-1"
  >
    <h2 id="error-summary-title">${page.t.t('form.problem')}</h2>
    <ul>
      ${errors.list.map((e) => html`<li><a href="${e.href ?? `#${e.field}`}">${e.message}</a></li>`)}
    </ul>
  </div>`;
}

const errorLine = (page: PageContext, id: string, message?: string) =>
  message
    ? html`<span class="error-message" id="${id}-error"
        ><span class="visually-hidden">${page.t.t('form.errorPrefix')}</span>
        ${message}</span
      >`
    : html``;

const describedBy = (id: string, hint?: string, error?: string) => {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids ? html` aria-describedby="${ids}"` : html``;
};

export interface InputOptions {
  id: string;
  name: string;
  label: string;
  value?: string | number | null;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'number';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'search' | 'text';
  short?: boolean;
  required?: boolean;
  maxlength?: number;
  spellcheck?: boolean;
}

export function input(page: PageContext, o: InputOptions): Html {
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${o.id}">${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
    ${errorLine(page, o.id, o.error)}
    <input
      id="${o.id}"
      name="${o.name}"
      type="${o.type ?? 'text'}"
      ${o.value !== undefined && o.value !== null ? html` value="${String(o.value)}"` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.short ? html` class="short"` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${o.spellcheck === false ? html` spellcheck="false"` : ''}${o.required ? html` required` : ''}${o.error ? html` aria-invalid="true"` : ''}${describedBy(o.id, o.hint, o.error)}
    />
  </div>`;
}

export function textarea(
  page: PageContext,
  o: Omit<InputOptions, 'type' | 'autocomplete' | 'inputmode' | 'short'>,
): Html {
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${o.id}">${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
    ${errorLine(page, o.id, o.error)}
    <textarea
      id="${o.id}"
      name="${o.name}"
      rows="4"
      ${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${o.error ? html` aria-invalid="true"` : ''}${describedBy(o.id, o.hint, o.error)}
    >
${o.value ?? ''}</textarea>
  </div>`;
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}
export interface OptionGroup {
  label: string;
  options: Option[];
}

const optionTag = (o: Option, selected: string | null | undefined) =>
  html`<option
    value="${o.value}"
    ${o.value === (selected ?? '') ? html` selected` : ''}${o.lang ? html` lang="${o.lang}"` : ''}
  >
    ${o.label}
  </option>`;

export function select(
  page: PageContext,
  o: {
    id: string;
    name: string;
    label: string;
    hint?: string;
    error?: string;
    value?: string | null;
    options: (Option | OptionGroup)[];
    autocomplete?: string;
  },
): Html {
  return html`<div class="field${o.error ? ' field-error' : ''}">
    <label for="${o.id}">${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
    ${errorLine(page, o.id, o.error)}
    <select
      id="${o.id}"
      name="${o.name}"
      ${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.error ? html` aria-invalid="true"` : ''}${describedBy(o.id, o.hint, o.error)}
    >
      ${o.options.map((opt) =>
        'options' in opt
          ? html`<optgroup label="${opt.label}">
              ${opt.options.map((x) => optionTag(x, o.value))}
            </optgroup>`
          : optionTag(opt, o.value),
      )}
    </select>
  </div>`;
}

/** Check boxes or radios in a fieldset; the first one carries the id the error summary links to. */
export function choices(
  page: PageContext,
  o: {
    id: string;
    name: string;
    legend: string;
    hint?: string;
    error?: string;
    type: 'checkbox' | 'radio';
    options: Option[];
    checked: readonly string[];
    inline?: boolean;
  },
): Html {
  return html`<div class="field${o.error ? ' field-error' : ''}">
<fieldset${describedBy(o.id, o.hint, o.error)}>
  <legend>${o.legend}</legend>
  ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : ''}
  ${errorLine(page, o.id, o.error)}
  <div class="choices${o.inline ? ' inline' : ''}">
  ${o.options.map((opt, i) => {
    const id = i === 0 ? o.id : `${o.id}-${i + 1}`;
    return html`<div class="choice">
      <input
        type="${o.type}"
        id="${id}"
        name="${o.name}"
        value="${opt.value}"
        ${o.checked.includes(opt.value) ? html` checked` : ''}
      /><label for="${id}" ${opt.lang ? html` lang="${opt.lang}"` : ''}
        >${opt.label}</label
      >
    </div>`;
  })}
  </div>
</fieldset>
</div>`;
}

export const csrfField = (page: PageContext) =>
  html`<input type="hidden" name="_csrf" value="${page.csrf}" />`;

/** A form that posts to this site, with its CSRF token. */
export function postForm(
  page: PageContext,
  action: string,
  content: Renderable,
  opts: { id?: string; className?: string } = {},
): Html {
  return html`<form
    method="post"
    action="${action}"
    novalidate${opts.id ? html` id="${opts.id}"` : ''}${opts.className ? html` class="${opts.className}"` : ''}
  >
    ${csrfField(page)}${content}
  </form>`;
}

export function button(
  label: string,
  kind: 'primary' | 'secondary' | 'warning' = 'primary',
  opts: { name?: string; value?: string } = {},
): Html {
  return html`<button
    type="submit"
    class="button${kind === 'primary' ? '' : ` ${kind}`}"
    ${opts.name ? html` name="${opts.name}" value="${opts.value ?? ''}"` : ''}
  >
    ${label}
  </button>`;
}

export function tag(
  text: string,
  colour: 'blue' | 'green' | 'yellow' | 'red' | 'grey' = 'blue',
) {
  return html`<strong class="tag${colour === 'blue' ? '' : ` ${colour}`}"
    >${text}</strong
  >`;
}

export function summaryList(rows: [string, Renderable][]) {
  return html`<dl class="summary">
    ${rows.map(
      ([k, v]) =>
        html`<div>
          <dt>${k}</dt>
          <dd>${v}</dd>
        </div>`,
    )}
  </dl>`;
}
