// A Markdown copy's marks read out (TextKind "markdown": a .md file, html2text's dump): its text
// is published as plain text, where the marks are noise.

/**
 * html2text prints a page's emphasis as Markdown ("_is currently_ _streaming on Netflix_",
 * "**Honorable mentions:**"), its code as "`x`", and escapes what Markdown would read ("1\\.",
 * "\\-"); "_is" is no word ("_" is a word character to the body measure: videos-1's html2text
 * dump lost its list of films). An underscore inside a word ("snake_case") is no mark: emphasis
 * opens and closes at word edges; nor is one beside another: html2text prints strong emphasis
 * as "**", and "__init__.py" or "__all__" is a name (reddit's init in html2text, where it was
 * "_init_.py" in the body and "init.py" in the title).
 */
const EMPHASIS =
  /(?<![\p{L}\p{N}_\\])(?:\*\*(?=\S)(.+?)(?<=\S)\*\*|_(?=[^\s_])(.+?)(?<=[^\s_])_)(?![\p{L}\p{N}_])/gu;
const MARKDOWN_ESCAPE = /\\([-*_#.!+`[\]()>])/g;
/** A code span: "`__init__.py`" is the page's <code>__init__.py</code>. */
const CODE_SPAN = /(?<![`\\])`([^`\n]+)`(?!`)/g;

export function markdownMarksOut(text: string): string {
  if (!/[_*\\`]/.test(text)) return text;
  return text
    .replace(CODE_SPAN, '$1')
    .replace(EMPHASIS, (_m, strong?: string, em?: string) => strong ?? em ?? '')
    .replace(MARKDOWN_ESCAPE, '$1');
}
