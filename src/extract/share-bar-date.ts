// Metadata reader: in a dump still undated, a bare dateline right under the story's share bar
// ("• Teilen:" / "•" / "20:34 17.04.2020", freitag.de; "• teilen" / "• twittern" / "• E-Mail" /
// "8. November 2021", tierschutzpartei.de), where a CMS prints the story's day after its text.

import {
  findDateSpan,
  findFiguresDateSpan,
  findOrderedFiguresDateSpan,
  isForeignDateLine,
  wordsBesideDate,
} from '../normalize/dates.ts';
import { dateFromLine, shortLinesBelow } from './dateline.ts';
import { pageInEnglish } from './header-lines.ts';
import type { ExtractState } from './state.ts';

/** The words that join a share button's verb and network ("Auf Facebook teilen", "Share on X"). */
const SHARE_JOINERS = new Set(['auf', 'on', 'via', 'per', 'sur', 'en', 'this']);
/** A share button's words: the verbs and the networks, in the corpora's languages, and joiners. */
const SHARE_WORDS = new Set([
  ...[
    'share teilen twittern tweet tweeten partager compartir compartilhar condividi udostępnij sdílet',
    'e-mail email mail facebook twitter whatsapp pinterest linkedin xing reddit telegram flipboard',
    'drucken print imprimer imprimir',
  ]
    .join(' ')
    .split(' '),
  ...SHARE_JOINERS,
]);
/** A line of buttons: "Auf Facebook teilen", "Share on Twitter", a few words at most. */
const SHARE_LINE_WORDS = 6;
/** Besides its day and clock time a bare dateline holds a word at most: "CET", a weekday. */
const BARE_DATELINE_WORDS = 1;

/** A line of share buttons' words only, one of them more than a joiner. */
function isShareLine(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return (
    words.length > 0 &&
    words.length <= SHARE_LINE_WORDS &&
    words.every((w) => SHARE_WORDS.has(w)) &&
    words.some((w) => !SHARE_JOINERS.has(w))
  );
}

/**
 * The first line with text under a share bar, below the headline (within the lines
 * readLabelledDateBelow reads: not past a comment form or a commenter), read as the page's date
 * where it is a bare dateline. Over trafilatura's 884 pages, each of the three dumps, the seven
 * such lines (elpais, harpers, idw-online, volksblatt, diarioextra, freitag, tierschutzpartei)
 * all print the page's own day; the first four were dated by their header already.
 */
export function readDateAfterShareBar(state: ExtractState): void {
  const headline = state.page?.headline?.lines.at(-1);
  if (!headline || state.meta.dates.length > 0) return;
  let underBar = false;
  for (const { line, text } of shortLinesBelow(state, headline.n)) {
    const bare = text.replace(/^[\s•*_·-]+|[\s*_]+$/gu, '');
    if (!bare) continue;
    if (isShareLine(bare)) {
      underBar = true;
      continue;
    }
    if (!underBar) continue;
    underBar = false;
    const span =
      findDateSpan(bare) ??
      (pageInEnglish(state) ? findOrderedFiguresDateSpan(bare) : findFiguresDateSpan(bare));
    if (span?.precision !== 'day' || wordsBesideDate(bare, span.span) > BARE_DATELINE_WORDS) {
      continue;
    }
    if (isForeignDateLine(bare, true, span.span)) continue;
    dateFromLine(state, line, text, span, 'plain');
    return;
  }
}
