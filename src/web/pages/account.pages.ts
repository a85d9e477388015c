import {
  button,
  choices,
  errorSummary,
  input,
  postForm,
  type FormErrors,
} from '../components.js';
import { html } from '../html.js';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales.js';
import type { PageContent } from '../layout.js';
import type { PageContext } from '../page-context.js';

export interface SignUpForm {
  displayName?: string;
  email?: string;
  locale?: string;
}

export function signUpPage(
  page: PageContext,
  form: SignUpForm,
  errors: FormErrors,
): PageContent {
  const { t } = page;
  return {
    title: t.t('signup.title'),
    url: '/signup',
    status: errors.empty ? 200 : 400,
    body: html`${errorSummary(page, errors)}
      <p>${t.t('signup.intro')}</p>
      ${postForm(
        page,
        '/signup',
        html` ${input(page, { id: 'displayName', name: 'displayName', label: t.t('signup.displayName'), hint: t.t('signup.displayNameHint'), value: form.displayName, error: errors.for('displayName'), autocomplete: 'nickname', maxlength: 80 })}
          ${input(page, { id: 'email', name: 'email', type: 'email', label: t.t('signup.email'), hint: t.t('signup.emailHint'), value: form.email, error: errors.for('email'), autocomplete: 'email', inputmode: 'email', spellcheck: false, maxlength: 254 })}
          ${input(page, { id: 'password', name: 'password', type: 'password', label: t.t('signup.password'), hint: t.t('signup.passwordHint'), error: errors.for('password'), autocomplete: 'new-password', maxlength: 128 })}
          ${choices(page, { id: 'locale', name: 'locale', type: 'radio', legend: t.t('signup.locale'), hint: t.t('signup.localeHint'), options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l })), checked: [form.locale ?? page.locale], error: errors.for('locale'), inline: true })}
          <p>${t.t('signup.privacy')}</p>
          ${button(t.t('signup.submit'))}`,
      )}
      <p>
        ${t.t('signup.haveAccount')}
        <a href="/login">${t.t('signup.signInInstead')}</a>
      </p>`,
  };
}

export function loginPage(
  page: PageContext,
  form: { email?: string; next: string },
  errors: FormErrors,
): PageContent {
  const { t } = page;
  return {
    title: t.t('login.title'),
    url:
      form.next === '/'
        ? '/login'
        : `/login?next=${encodeURIComponent(form.next)}`,
    status: errors.empty ? 200 : 401,
    body: html`${errorSummary(page, errors)}
      ${postForm(
        page,
        '/login',
        html`<input type="hidden" name="next" value="${form.next}" />
          ${input(page, { id: 'email', name: 'email', type: 'email', label: t.t('login.email'), value: form.email, error: errors.for('email'), autocomplete: 'email', inputmode: 'email', spellcheck: false, maxlength: 254 })}
          ${input(page, { id: 'password', name: 'password', type: 'password', label: t.t('login.password'), error: errors.for('password'), autocomplete: 'current-password', maxlength: 128 })}
          ${button(t.t('login.submit'))}`,
      )}
      <p>
        ${t.t('login.noAccount')}
        <a href="/signup">${t.t('login.signUpInstead')}</a>
      </p>`,
  };
}
