// A revision's headline that is a line of the site's chrome is refused: the candidates' filter
// (isChromeCandidate, src/normalize/headline/story-words.ts) keeps such lines out of pickHeadline,
// but the revisions read lines over datelines, teasers and menus on their own cues, and took a
// cookie banner's buttons ("Datenschutz-Einstellungen Alle cookies akzeptieren", orsted in w3m,
// by nameOverDatedTitle) or a spec field over a teaser. The headline the revision was given stays.

import type { Found } from './found.ts';
import { isSiteChrome } from '../../normalize/site-chrome.ts';
import { isScriptText, stripHeadingMarks } from '../../normalize/headline.ts';

/** `revised`, unless its headline is a new one that reads as site chrome: then `was`. */
export function withoutChromeHeadline<T extends Found>(was: T, revised: T): T {
  const headline = revised.headline;
  if (!headline || headline === was.headline || headline.text === was.headline?.text) {
    return revised;
  }
  const text = stripHeadingMarks(headline.text).trim();
  return isSiteChrome(text) || isScriptText(text) ? was : revised;
}
