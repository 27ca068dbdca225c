import { LinkifyIt } from 'linkify-it';
import type { QuotedMessage } from '../driver.ts';

// Past this the quote is cut: the answered mail may itself quote a long history.
const maxQuoteLength = 20_000;

/**
 * The text and HTML parts of an outbound mail. The composer and the inbox show an operator's text as typed (no
 * bold or italic markup), so the HTML adds only what a mail program does with plain text: paragraphs, line breaks
 * and links. An answer ends with the client's mail quoted: "> " lines in the text, a blockquote in the HTML.
 */
export function mailBodies(text: string, quote: QuotedMessage | null): { text: string; html: string } {
  let html = paragraphs(text);
  if (quote) {
    const quoted = quote.text.length > maxQuoteLength ? `${quote.text.slice(0, maxQuoteLength)}…` : quote.text;
    const attribution = attributionLine(quote);
    text = `${text}\n\n${attribution}\n${quoted.split(/\r?\n/).map((line) => (line ? `> ${line}` : '>')).join('\n')}\n`;
    html +=
      `<div class="quote"><p>${escapeHtml(attribution)}</p>` +
      `<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${paragraphs(quoted)}</blockquote></div>`;
  }
  return { text, html: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>` };
}

function attributionLine(quote: QuotedMessage): string {
  const locale = quote.locale === 'RU' ? 'ru' : 'en';
  let date: string;
  try {
    date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: quote.timeZone }).format(quote.at);
  } catch {
    // A time zone the runtime does not know: UTC rather than no mail.
    date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(quote.at);
  }
  return locale === 'ru' ? `${date}, ${quote.from} пишет:` : `On ${date}, ${quote.from} wrote:`;
}

/** Plain text as HTML: escaped, a blank line between paragraphs, a line break kept, URLs and addresses linked. */
export function paragraphs(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').trim().split(/\n{2,}/);
  return blocks.map((block) => `<p>${block.split('\n').map(linked).join('<br>')}</p>`).join('');
}

// Links with a scheme (https://…, mailto:…) and e-mail addresses; bare host names stay text (linkify-it 6's
// default: "readme.md" is no link).
const linkify = new LinkifyIt();
// linkify-it backtracks on crafted host names (mailparser bounds it the same way), and a quote is the client's text:
// a long word or one with many dots stays text.
const linkableWord = (word: string) => word.length <= 2000 && word.split('.').length <= 10;

function linked(line: string): string {
  let html = '';
  let last = 0;
  for (const word of line.matchAll(/\S+/g)) {
    if (!linkableWord(word[0])) continue;
    for (const link of linkify.match(word[0]) ?? []) {
      const start = word.index + link.index;
      html += escapeHtml(line.slice(last, start)) + `<a href="${escapeHtml(link.url)}">${escapeHtml(link.text)}</a>`;
      last = word.index + link.lastIndex;
    }
  }
  return html + escapeHtml(line.slice(last));
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => entities[char]!);
