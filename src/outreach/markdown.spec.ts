import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders Markdown and removes scripts, event handlers and unsafe links', () => {
    const html = renderMarkdown(
      '# Hi\n\n<script>alert(1)</script>\n\nText **b** [x](javascript:alert(1)) [y](https://e.org) ' +
        '<img src=x onerror=alert(1)> <a href="JaVaScRiPt:alert(1)">z</a> [m](mailto:a@b.c) ' +
        '<iframe src=x></iframe> <svg onload=alert(1)></svg> [d](data:text/html,hi)',
    );
    expect(html).toContain('<h2>Hi</h2>');
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain(
      '<a href="https://e.org" rel="nofollow noopener">y</a>',
    );
    expect(html).toContain(
      '<a href="mailto:a@b.c" rel="nofollow noopener">m</a>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<svg|onerror|onload/i);
    expect(html).not.toMatch(/javascript:|data:/i);
  });

  it('keeps code as escaped text', () => {
    expect(renderMarkdown('`<b>x</b>`')).toBe(
      '<p><code>&lt;b&gt;x&lt;/b&gt;</code></p>',
    );
  });
});
