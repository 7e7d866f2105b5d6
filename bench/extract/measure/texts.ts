// Reference text and extracted text.

import type { NormalizedDoc } from '../../../src/types.ts';
import { Parser } from 'htmlparser2';

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg']);
/** Inline elements: their boundaries do not separate words ("<b>Ber</b>lin" is one word). */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time tt u var'.split(
    ' ',
  ),
);

/**
 * The text of an HTML fragment (Readability's expected.html), parsed with htmlparser2, entities
 * decoded. Every non-inline tag ends a word, so "<p>end</p><p>Start" does not glue two tokens
 * into one, which would cost the shingles around it.
 */
export function htmlText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (!INLINE.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (!INLINE.has(name)) out.push('\n');
      },
      ontext(text) {
        if (!hidden) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * The article text the archive publishes for a doc, title left out: the standfirst, printed
 * under the headline as the article's lead (templates/article.njk), then the body blocks
 * (paragraphs and subheadings). Byline, date and source are printed as metadata, not as text.
 */
export function publishedBody(doc: NormalizedDoc): string {
  return [doc.standfirst ?? '', ...doc.blocks.map((b) => b.text)].filter(Boolean).join('\n\n');
}
