import { describe, expect, it } from 'vitest';
import { mailBodies, paragraphs } from './email-body.ts';
import { threadReferences } from './email-send.ts';

const quote = { text: 'Где мой заказ?', at: new Date('2026-12-06T19:40:00Z'), from: 'Карина <karina@example.org>', locale: null, timeZone: 'Europe/Moscow' };

describe("an outbound mail's parts", () => {
  it('writes text as HTML: escaped, a paragraph per blank line, a break per line, links with a scheme and addresses', () => {
    expect(paragraphs('a < b & "c"\nnext\n\n\nhttps://example.org/x?a=1&b=2, mailto:me@example.org or you@example.org. readme.md')).toBe(
      '<p>a &lt; b &amp; &quot;c&quot;<br>next</p><p><a href="https://example.org/x?a=1&amp;b=2">https://example.org/x?a=1&amp;b=2</a>, ' +
        '<a href="mailto:me@example.org">mailto:me@example.org</a> or <a href="mailto:you@example.org">you@example.org</a>. readme.md</p>',
    );
  });

  it('leaves no markup of its own: stars and underscores stay as typed, as the inbox shows them', () => {
    expect(paragraphs('*bold* and _italic_')).toBe('<p>*bold* and _italic_</p>');
  });

  it('keeps a word too long (or with too many dots) for the link finder as text', () => {
    const word = `https://${'a.'.repeat(20)}example.org`;
    expect(paragraphs(word)).toBe(`<p>${word}</p>`);
    expect(paragraphs(`https://example.org/${'x'.repeat(3000)}`)).not.toContain('<a ');
  });

  it('dates the quote in the given time zone and language, English when the channel has none', () => {
    expect(mailBodies('Завтра.', quote).text).toBe('Завтра.\n\nOn Dec 6, 2026, 10:40 PM, Карина <karina@example.org> wrote:\n> Где мой заказ?\n');
    expect(mailBodies('Завтра.', { ...quote, locale: 'RU' }).text).toContain('\n6 дек. 2026 г., 22:40, Карина <karina@example.org> пишет:\n');
    // A time zone this runtime does not know: UTC rather than no mail.
    expect(mailBodies('Tomorrow.', { ...quote, timeZone: 'Mars/Olympus' }).text).toContain('On Dec 6, 2026, 7:40 PM,');
  });

  it('cuts a long quote at 20,000 characters', () => {
    const { text, html } = mailBodies('Short answer.', { ...quote, text: 'x'.repeat(50_000) });
    expect(text).toContain(`> ${'x'.repeat(20_000)}…\n`);
    expect(text).not.toContain('x'.repeat(20_001));
    expect(html.length).toBeLessThan(21_000);
  });
});

describe("a thread's References", () => {
  it('keeps each id once, in order, trimmed to the first and the last 20', () => {
    expect(threadReferences(['<a@x>', '<b@x>', '<a@x>', '<c@x>'])).toEqual(['<a@x>', '<b@x>', '<c@x>']);
    const ids = Array.from({ length: 30 }, (_, i) => `<${i}@x>`);
    expect(threadReferences(ids)).toEqual(['<0@x>', ...ids.slice(10)]);
    expect(threadReferences(ids.slice(0, 21))).toEqual(ids.slice(0, 21));
  });
});
