// The Wayback Machine's toolbar over a page captured by archive.org, as the dumps print it.
import type { Line } from '../normalize/paragraphs.ts';

/** The Wayback Machine's toolbar ends within this many lines with text of the top (lynx: 31). */
const TOOLBAR_LINES = 60;

/**
 * The last line of the Wayback Machine's toolbar over a captured page, null where there is none:
 * its capture calendar, the captures' span ("22 captures" / "21 Feb 2007 - 23 Mar 2021", the
 * first and the last capture's days, not the page's), "About this capture" and the collection's
 * description in sentences ("These crawls are part of an effort to archive pages ...", some 80
 * words), down to its "TIMESTAMPS" line. The same fixed layout in every archive.org capture and
 * in each tool (trafilatura's five archive.org captures). `printed` is the page's lines with
 * text, from the top; it is read no further than TOOLBAR_LINES.
 */
export function archiveToolbarLast(printed: Iterable<Line>): Line | null {
  let seen = 0;
  let about = false;
  for (const line of printed) {
    if (++seen > TOOLBAR_LINES) break;
    const text = line.text.trim();
    if (text === 'About this capture') about = true;
    else if (about && text === 'TIMESTAMPS') return line;
  }
  return null;
}
