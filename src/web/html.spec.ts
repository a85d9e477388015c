import { escapeHtml, html, join, raw } from './html.js';

describe('html templates', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = html`<a title="${evil}">${evil}</a>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it('keeps nested templates, flattens arrays and drops null, undefined and false', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    // prettier-ignore
    const out = html`<ul>${items}${null}${undefined}${false}${0}</ul>`;
    expect(out.value).toBe('<ul><li>a&lt;</li><li>b</li>0</ul>');
  });

  it('passes raw constants and joins with a separator', () => {
    expect(html`${raw('<br>')}`.value).toBe('<br>');
    expect(join(['x', html`<b>y</b>`, 'z&'], ' / ').value).toBe(
      'x / <b>y</b> / z&amp;',
    );
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
