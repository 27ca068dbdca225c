import { listCap } from '../limits/list-caps.ts';

export type HighlightSegment = { text: string; match: boolean };

// ts_headline marks the matches in a message's folded text (search_fold, as its search vector): on a C cluster the
// text search configuration does not lower-case Cyrillic, so the original text would match nothing. Control
// characters no message text contains mark matches and separate fragments.
const [start, stop, fragmentGap] = ['\u0002', '\u0003', '\u0004'];
export const headlineOptions = `StartSel=${start}, StopSel=${stop}, FragmentDelimiter=${fragmentGap}, MaxWords=24, MinWords=8, MaxFragments=2`;
const marks = new RegExp(`[${start}${stop}]`);

/** The segments of one fragment of the headline, matches at odd places. */
const piecesOf = (fragment: string) => fragment.split(marks).map((text, index) => ({ text, match: index % 2 === 1 }));

/**
 * The headline of `folded` as segments of `original`. search_fold maps each character to one character, so every
 * fragment, found in the folded text, has the same place in the original: the user sees their own case and accents.
 * Should a fragment not be found (it never should), the folded headline is shown as it is.
 */
export function highlightOf(original: string, folded: string, headline: string): HighlightSegment[] {
  const fragments = headline.split(fragmentGap);
  const mapped: HighlightSegment[] = [];
  let after = 0;
  for (const [index, fragment] of fragments.entries()) {
    const pieces = piecesOf(fragment);
    const at = original.length === folded.length ? folded.indexOf(pieces.map((piece) => piece.text).join(''), after) : -1;
    if (at < 0) return capped(fragments.flatMap((each, i) => [...(i ? [{ text: ' ... ', match: false }] : []), ...piecesOf(each)]));
    if (index) mapped.push({ text: ' ... ', match: false });
    after = at;
    for (const piece of pieces) {
      mapped.push({ text: original.slice(after, after + piece.text.length), match: piece.match });
      after += piece.text.length;
    }
  }
  return capped(mapped);
}

function capped(segments: HighlightSegment[]) {
  const parts: HighlightSegment[] = [];
  for (const segment of segments) {
    const last = parts.at(-1);
    if (last && !last.match && !segment.match) last.text += segment.text;
    else if (segment.text) parts.push({ ...segment });
  }
  // At most the documented cap: past it, the rest of the fragment as plain text.
  const cap = listCap('SearchHit.highlight');
  return parts.length <= cap ? parts : [...parts.slice(0, cap - 1), { text: parts.slice(cap - 1).map((part) => part.text).join(''), match: false }];
}
