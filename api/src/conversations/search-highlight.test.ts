import { describe, expect, it } from 'vitest';
import { highlightOf } from './search-highlight.ts';

// As ts_headline writes them (see headlineOptions): \u0002 and \u0003 around a match, \u0004 between fragments.
const headline = (text: string) => text.replace(/\[/g, '\u0002').replace(/\]/g, '\u0003').replace(/\|/g, '\u0004');

describe('a search hit’s highlight', () => {
  it('shows the matches of the folded text in the message’s own case and accents', () => {
    const original = 'ЗАКАЗЫ пришли? Спасибо, José!';
    const folded = 'заказы пришли? спасибо, jose!';
    expect(highlightOf(original, folded, headline('[заказы] пришли? спасибо, [jose]'))).toEqual([
      { text: 'ЗАКАЗЫ', match: true },
      { text: ' пришли? Спасибо, ', match: false },
      { text: 'José', match: true },
    ]);
  });

  it('finds each fragment after the one before, and joins them with an ellipsis', () => {
    const original = 'Заказ один. Потом много слов. Заказ два.';
    const folded = original.toLowerCase();
    expect(highlightOf(original, folded, headline('[заказ] один|[заказ] два'))).toEqual([
      { text: 'Заказ', match: true },
      { text: ' один ... ', match: false },
      { text: 'Заказ', match: true },
      { text: ' два', match: false },
    ]);
  });

  it('keeps what tags hid from the headline (their brackets were spaces)', () => {
    expect(highlightOf('<b>Заказ</b> готов', ' b заказ /b  готов', headline('[заказ] /b  готов'))).toEqual([
      { text: 'Заказ', match: true },
      { text: '</b> готов', match: false },
    ]);
  });

  it('shows the folded headline when the folded text is not the original’s length', () => {
    expect(highlightOf('ﬁle', 'file', headline('[file]'))).toEqual([{ text: 'file', match: true }]);
  });
});
