// Where a page's comments start: a comment form's heading ("Leave a Reply Cancel reply") or a
// reader's comment (its author's line "Tanya says:", its action line with its time, a forum
// reply's number). Read by storyStart, storyAndHeadline and storiesAboveComments (page-header.ts,
// comment-marks.ts) and by the dateline reader's lines below (dateline.ts). The form and the
// comment marks were two tests (commentFormAbove, firstCommentMark); asked as one, the first of
// either, the corpora's 3,038 dumps give the same documents (docs/figures.md, stop 45, rf45).

import { perObject } from '../memo.ts';
import { type Line } from '../paragraphs.ts';

/**
 * A comment form's heading, printed with its "Cancel reply" link ("Schreibe einen Kommentar
 * Antworten abbrechen", "Leave a Reply Cancel reply", "Laisser un commentaire Annuler la
 * réponse"): WordPress prints it under the post and its comments, never above the post (132 of
 * trafilatura's 884 pages print one).
 */
const COMMENT_FORM =
  /(?:cancel reply|antwort(?:en)? abbrechen|annuler la réponse|cancelar (?:la )?respuesta|annulla risposta)\.?$/iu;

/**
 * The longest line COMMENT_FORM is tried on, indentation counted: of the 403 lines of the
 * corpora's dumps (Readability's and trafilatura's, three tools) that end so, the longest is 120
 * characters, the next 86; a longer line is not read as the form's heading.
 */
const COMMENT_FORM_CHARS = 120;

/**
 * A comment's author line, the whole line: a name of one to five words, after a list number or
 * an avatar's "[c2f40b]", and a verb of saying with its colon (WordPress's comment template in
 * German, English and French).
 */
const AUTHOR_LINE =
  /^(?:\d{1,3}\.\s*|[•□*+o]\s*)?(?:\[[^\]]{0,40}\]\s*)?[\p{Lu}\p{N}][^\s:]*(?:\s[^\s:]+){0,4}\s(?:sagt|says|meint|schreibt|dit|dice):$/u;
/** A comment's action line: its time, then "Antworten", "Reply" or "Zitieren"/"Quote" at its end. */
const ACTION_LINE =
  /\b\d{1,2}:\d{2}\b.*\b(?:antworten|reply|zitieren|quote|répondre|responder)\b\s*#?$/iu;

/** A forum post's number, alone on its line: "#2" (XenForo); "#1" is the thread's own post. */
const POST_NUMBER = /^#(\d{1,4})$/;

/** Index of the first line above line `end` where the comments start: a form or a mark, or null. */
export function commentsStart(lines: Line[], end: number): number | null {
  let opening = false;
  for (let i = 0; i < end; i++) {
    const line = (lines[i] as Line).text;
    const text = line.trim();
    if (line.length <= COMMENT_FORM_CHARS && COMMENT_FORM.test(text)) return i;
    const post = text.startsWith('#') ? POST_NUMBER.exec(text) : null;
    if (post) {
      // A reply's number counts under the thread's first post only.
      if (post[1] === '1') opening = true;
      if (opening && post[1] !== '1') return i;
      continue;
    }
    if (
      (text.endsWith(':') && AUTHOR_LINE.test(text)) ||
      (/\d:\d\d/.test(text) && ACTION_LINE.test(text))
    ) {
      return i;
    }
  }
  return null;
}

/**
 * commentsStart of a whole page, remembered by the page's array of lines (never changed once
 * read): storyAndHeadline and storiesAboveComments each asked it of the same page, a pass over
 * every line of it twice (0.7% of a 10-30 KB dump's normalize CPU, stop 47's profile).
 */
export const pageCommentsStart = perObject((lines: Line[]) => commentsStart(lines, lines.length));
