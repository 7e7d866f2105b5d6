// src/extract/parse-lines.ts parses without parse5's location info and gives each element and
// text node the start line parse5's locations give it: removals in /report.json carry that line,
// so every one must be the same, on real saved pages and on the parser's odd corners.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { parseDocumentWithLines, parseWithLines } from '../../src/extract/parse-lines.ts';
import { fromParse5WithLines, toHast } from '../../src/extract/parse-lines/to-hast.ts';
import { readInputFile } from '../../src/stages/ingest.ts';

const PAGES = path.join(import.meta.dirname, '../web-pages/html');

type FromParse5File = NonNullable<NonNullable<Parameters<typeof fromParse5>[1]>['file']>;

/** The tree with parse5's own locations, as the front end parsed pages before. */
function withLocations(html: string): Root {
  const file = { toString: () => html } as unknown as FromParse5File;
  return fromParse5(parse(html, { sourceCodeLocationInfo: true }), { file }) as Root;
}

/** "tag@line" / "#text@line" of every element and text node, in document order. */
function lines(tree: Root): string[] {
  const out: string[] = [];
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 0;
      if (node.type === 'text') out.push(`#text@${line}`);
      if (node.type !== 'element') continue;
      out.push(`${node.tagName}@${line}`);
      walk(node.children);
      if (node.content) walk(node.content.children);
    }
  };
  walk(tree.children);
  return out;
}

function savedPages(): { name: string; text: string }[] {
  const files: string[] = [];
  const readability = path.join(PAGES, 'readability');
  for (const name of readdirSync(readability).sort()) {
    const file = path.join(readability, name, 'source.html');
    if (existsSync(file)) files.push(file);
  }
  const trafilatura = path.join(PAGES, 'trafilatura', 'html');
  for (const name of readdirSync(trafilatura).sort()) {
    if (name.endsWith('.html')) files.push(path.join(trafilatura, name));
  }
  return files.map((file) => {
    const read = readInputFile(path.basename(file), readFileSync(file));
    assert.ok(!('reason' in read), `${file} was rejected`);
    return { name: path.relative(PAGES, file), text: read.text };
  });
}

test('every element and text node of the saved pages starts on the line parse5 gives it', () => {
  const pages = savedPages();
  assert.ok(pages.length >= 50, `only ${pages.length} sample pages`);
  for (const page of pages) {
    assert.deepEqual(lines(parseWithLines(page.text)), lines(withLocations(page.text)), page.name);
  }
});

test('the same lines where the parser moves, makes up or joins nodes', () => {
  const cases = [
    // Text and a row foster-parented out of a table, an implied <tbody>.
    '<table>\nstray <b>bold</b>\n<tr><td>cell\n</td></tr>\n</table>',
    // The adoption agency: misnested formatting elements are cloned.
    '<p>one <b>two\n<i>three</p>\nfour</b> five</i>\n<p>six',
    // A template's content, a comment, CR LF and lone CR line ends, a character reference
    // across a line end and one that is not one.
    '<template>\n<p>in\ntemplate</p></template><!-- a\ncomment -->\r\n<p>a\r\nb\rc &amp\nd &notanentity; e</p>',
    // Raw text and script data, "</" that ends nothing, "<" that opens no tag.
    '<title>t\n</title><script>\nif (a </b) x();\n</script><p>\n1 < 2 </ 3\n</p><textarea>\nx</textarea>',
    // SVG and MathML, a tag over several lines, nulls.
    '<svg>\n<text>s</text></svg><math><mi>m\n</mi></math><a\nhref="x"\n>link\0text</a>',
    // Unclosed elements at the end of the input.
    '<div><ul><li>one\n<li>two\n<li>',
  ];
  for (const html of cases)
    assert.deepEqual(lines(parseWithLines(html)), lines(withLocations(html)), html);
});

/** The tree without its positions. */
function withoutPositions(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)),
  );
}

/** Our parser, which reads some runs at a time, gives the tree and lines parse5 itself gives. */
function assertParsedAsParse5Parses(cases: string[]): void {
  for (const html of cases) {
    assert.deepEqual(
      withoutPositions(parseWithLines(html)),
      withoutPositions(withLocations(html)),
      html,
    );
    assert.deepEqual(lines(parseWithLines(html)), lines(withLocations(html)), html);
  }
}

test('scripts and styles, read a run at a time, give the tree and lines parse5 gives', () => {
  const cases = [
    // CR LF and a lone CR, a NUL, tabs, "<" and "</" that end nothing.
    '<script>\r\nvar a = "x\0y";\r\tb < c; </scrip\n  </script><p>after</p>',
    // A surrogate pair, a lone surrogate, a character past the surrogates.
    '<style>p { content: "\u{1F600} \ud800 \uffe0" }\n</style><p>after</p>',
    // Escaped script data: a "<script>" inside a comment in a script.
    '<script><!-- if (a) { document.write("<script>x</script>") } -->\n</script><p>after</p>',
    // A script in a table, whitespace alone in a style.
    '<table><script>\tx = 1;\n</script><tr><td>c</td></tr></table><style>  \n </style>',
    // RAWTEXT elements other than style, and a script the input ends in.
    '<noscript>  text <b>n</b></noscript><iframe> a < b </iframe><xmp> x </xmp><script>a b  c',
  ];
  assertParsedAsParse5Parses(cases);
});

test('quoted attribute values, read a run at a time, give the tree and lines parse5 gives', () => {
  const cases = [
    // Double and single quotes, the other quote inside, "<" and ">" inside a value.
    '<a href="https://example.com/a?b=1" title=\'it\'s "here"\' data-x="a < b > c">x</a>',
    // Character references (named, numeric, not one), a NUL, CR LF and a lone CR in a value.
    '<img alt="a &amp; b &#x41; &notanentity; c\0d" title="one\r\ntwo\rthree\nfour">',
    // A surrogate pair, a lone surrogate, a character past the surrogates.
    '<p class="\u{1F600} x \ud800 y \uffe0 z" style=\'color: red\'>s</p>',
    // Empty values, a duplicate attribute, an unquoted value, SVG attributes.
    '<div id="" class=\'\' class="dup" data-n=3><svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg></div>',
    // A value the input ends in.
    '<p>before</p><a href="https://example.com/never closed',
  ];
  assertParsedAsParse5Parses(cases);
});

/** toHast's tree, key for key in JSON, against hast-util-from-parse5's with the lines copied. */
function assertConvertedAsFromParse5(name: string, html: string): void {
  const document = parseDocumentWithLines(html);
  assert.equal(
    JSON.stringify(toHast(document)),
    JSON.stringify(fromParse5WithLines(document)),
    name,
  );
}

test("the hast made of the saved pages is hast-util-from-parse5's, positions included", () => {
  for (const page of savedPages()) assertConvertedAsFromParse5(page.name, page.text);
});

test("the hast of odd attributes, templates and foreign elements is hast-util-from-parse5's", () => {
  const cases = [
    // Boolean, numeric, space-, comma- and comma-or-space-separated properties, data and aria.
    '<input hidden disabled="disabled" checked="no" maxlength="12" size="x" accept="a, b,,c ,">' +
      '<td headers=" a  b\t" colspan="2"><meta content="a, b"><p data-foo-bar="1" aria-hidden="true">',
    // An attribute that maps to className besides class, Object.prototype's names, an array
    // index as a name (a record lists it first), a name with a colon.
    '<div classname="x y" class="a b" constructor="c" __proto__="p" 2="two" 1="one" xml:lang="en">',
    // A tag name with "." or "#" (a selector to h), upper-case non-ASCII, a custom element.
    '<my.el id="i">a</my.el><x#y>b</x#y><DİV>c</DİV><my-widget is="x">d</my-widget>',
    // A template (its content), SVG with case-sensitive names, MathML, a template in SVG.
    '<template id="t"><p class="in">x</p></template><svg viewBox="0 0 1 1"><foreignObject>' +
      '<p class="f">y</p></foreignObject><template><g/></template><path d="M0"/></svg>' +
      '<math><mi mathvariant="bold">m</mi></math>',
    // A doctype in quirks mode, comments, text only.
    '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><!-- c -->text<!-- d -->',
    'no markup at all',
  ];
  cases.forEach((html, k) => assertConvertedAsFromParse5(`case ${k}`, html));
});

test('text and indentation, read a run at a time, give the tree and lines parse5 gives', () => {
  const cases = [
    // Words and the whitespace between them, kept apart where the parser treats them apart:
    // before <html>, in a table (text moved out, whitespace kept), in <select>, after </body>.
    '  \t <!doctype html>  \n  words <html> \t <head>  x</head>\n\t\t<body>one two  three\tfour</body>  y ',
    '<table>  \t\n    stray words <tr>  \t <td>  cell text </td>  </tr>\n  more  </table>',
    '<select>  <option>  a b  </option> word </select><frameset>  x  </frameset>',
    // Character references, "<" that opens no tag, a NUL, CR LF, a lone CR and a form feed.
    '<p>a&amp;b c&notanentity;d &#x41;e 1 < 2 x\0y\r\nz\rw\fv</p>',
    // A surrogate pair, a lone surrogate, characters past the surrogates, a run the input ends in.
    '<p>\u{1F600}ab \ud800cd \uffe0ef\u3000gh</p>\n    <div>\n\t\t  last words',
  ];
  assertParsedAsParse5Parses(cases);
});

test('a line of body text, read as one run with its spaces, gives the tree and lines parse5 gives', () => {
  const cases = [
    // In the body, a cell, a caption and a template, words and spaces go to one text node.
    '<body><p>one two  three\tfour &amp; five <b>six seven</b> eight\nnine ten   \n  eleven</p>',
    '<table><caption>a caption in words</caption><tr><td>a cell  of words\tand tabs </td></tr></table>',
    '<template>template words and spaces <p>more words <i>in italics</i> here</p></template>',
    // Where the parser treats whitespace apart: a <pre>'s first line feed, a table's text, a
    // select, foreign content, a frameset that words before it rule out, after </body>.
    '<pre>\npre words  kept</pre><textarea>\n area words</textarea><listing>\nlisting words</listing>',
    '<table>table words   moved out <tr> <td>x</td> row words </tr></table><select>a b <option>c d</select>',
    '<svg><text>svg words with spaces</text></svg><math><mi>x y z</mi></math> after math',
    '<body>words before a frameset <frameset><frame></frameset>',
    // A frameset keeps the spaces between words it drops.
    '<html><frameset> x  y\tz <frame> w  v </frameset> after  words </html>  more  words',
    '<body><b>bold <p>words</b> after a misnested end</p></body> words after body ',
  ];
  assertParsedAsParse5Parses(cases);
});
