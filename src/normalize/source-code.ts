// A page's own source printed as text: a dump tool (html2text above all) prints the text of a
// <script> or <style> element, and an ad slot's escaped markup, as lines of the page. They are
// never story text: read as such they became the article (bettycrocker's html2text dump, two
// lines of its scripts) or its title ("Skip to the contentif(window.innerWidth<768){googletag...",
// hoy.com; ".td-post-sharing-classic { position: relative; ... }", guten-tach.de).
//
// Told from a programming article's code block by what a page's own source is and a listing is
// not: minified, several statements or rules run together on one line, or a run of markup tags.
// A listing is printed one statement a line, as its author laid it out; its lines that look like
// code but are not minified (`(adsbygoogle = window.adsbygoogle || []).push({});`) are source
// only beside a line that is (sourceCodeLines).

/** What kind of page source a line is. */
export type SourceKind = 'script' | 'style' | 'markup';

/** A CSS declaration, `property: value;`, its property a lowercase run with hyphens. */
const CSS_DECLARATION = /(?:^|[{;\s])-?[a-z][a-z-]*\s*:\s*[^;{}:]+;/g;
/** A CSS rule's braces: `selector {` ... `}`. */
const CSS_RULE = /[\w\])*-]\s*\{[^{}]*:[^{}]*\}/g;
/** Statements run together: `;` or `}` directly followed by the next statement's identifier. */
const JOINED_STATEMENT = /[;}]\s{0,1}(?:[A-Za-z_$][\w$]*[.(=\s]|if\s*\(|\(function|\}|\$\()/g;
/** What script says and prose does not. */
const SCRIPT_WORD =
  /\bfunction\s*\(|\bvar\s+[\w$]+\s*=|\b(?:document|window)\.[\w$]+[.([=]|=>|\.push\(/g;
/**
 * A markup tag: `<div class="...">`, `</small>`, `<br>`. Not MathML's (`<mi> a </mi>`,
 * `<annotation encoding="application/x-tex">`): lynx prints a formula so, and it is the story's.
 */
const TAG = /<\/?(?!m[a-z]+\b|semantics\b|annotation\b)[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/g;

/** The characters of code punctuation: braces, parentheses, semicolons, equals signs. */
const CODE_PUNCTUATION = /[{}();=]/g;

/**
 * Fewest of each signal that make a line page source, measured on the corpora's dumps
 * (bench/extract/source-code.ts; docs/figures.md, stop 65: with these and TAG_SHARE and
 * CODE_DENSITY, 55 lines in 19 dumps, none held by an expected body): three CSS declarations
 * inside a rule's braces; two statements joined with a script word; three tags.
 */
const MIN_CSS_DECLARATIONS = 3;
const MIN_JOINED_STATEMENTS = 2;
const MIN_TAGS = 3;
/** A page's layout and embedding elements, never a story's inline markup. */
const LAYOUT_TAG = /^<\/?(?:div|span|script|iframe|img|ins|noscript|style|link|meta|input|form)\b/;
/** The share of a markup line's characters its tags make up at least (measured as above). */
const TAG_SHARE = 0.6;
/**
 * Code punctuation per character (spaces not counted) from which a script word or a tag marks
 * code (measured as above).
 */
const CODE_DENSITY = 0.1;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The kind of page source a line is, read alone: null when it may be text (or a listing's line). */
export function sourceKind(text: string): SourceKind | null {
  if (!/[{};<]/.test(text)) return null;
  const words = count(text, SCRIPT_WORD);
  const joined = count(text, JOINED_STATEMENT);
  // Two statements joined, or one join between two script words
  // (`document.getElementById(...).setAttribute(...);document.getElementById(...)...`).
  if (words >= 1 && (joined >= MIN_JOINED_STATEMENTS || (words >= 2 && joined >= 1))) {
    return 'script';
  }
  if (count(text, CSS_RULE) >= 1 && count(text, CSS_DECLARATION) >= MIN_CSS_DECLARATIONS) {
    return 'style';
  }
  return isMarkup(text) ? 'markup' : null;
}

/**
 * MIN_TAGS tags or more, making up TAG_SHARE of the line's characters (spaces not counted), one
 * of them a layout or embedding element: an ad slot's or a tracking pixel's markup. Not a comment
 * quoting a `<pre><code>` listing in its prose (toptal's, 0.4 to 0.7 of the line), a caption
 * printed with its `<br><small><a href>` (toc-missing's, 0.68, the story's), a comment form's
 * "Allowed HTML tags: <em> <strong> ...". Where such a line's tags reach TAG_SHARE (toc-missing's
 * 0.68) it is the layout element it lacks that keeps it text (docs/figures.md, stop 65).
 */
function isMarkup(text: string): boolean {
  const tags = text.match(TAG) ?? [];
  if (tags.length < MIN_TAGS || !tags.some((t) => LAYOUT_TAG.test(t))) return false;
  const tagged = tags.join('').replace(/\s/g, '').length;
  return tagged >= TAG_SHARE * text.replace(/\s/g, '').length;
}

/**
 * A line that reads as code but not as minified source: a script word or a tag in dense code
 * punctuation (CODE_DENSITY). Page source only beside a line sourceKind reads.
 */
export function looksLikeCode(text: string): boolean {
  if (count(text, SCRIPT_WORD) === 0 && count(text, TAG) === 0) return false;
  const characters = text.replace(/\s/g, '').length;
  return characters > 0 && count(text, CODE_PUNCTUATION) / characters >= CODE_DENSITY;
}

/**
 * The indexes of the lines (of a file's lines with text, in order) that are page source, each
 * with its kind: those sourceKind reads, and the code-like lines next to them (a run, either
 * way).
 */
export function sourceCodeLines(texts: readonly string[]): Map<number, SourceKind> {
  const found = new Map<number, SourceKind>();
  texts.forEach((text, i) => {
    const kind = sourceKind(text);
    if (kind) found.set(i, kind);
  });
  for (const start of [...found.keys()]) {
    for (const step of [-1, 1]) {
      for (let i = start + step; i >= 0 && i < texts.length && !found.has(i); i += step) {
        if (!looksLikeCode(texts[i] as string)) break;
        found.set(i, 'script');
      }
    }
  }
  return found;
}
