// A body's HTML (src/stages/write.ts renderBody) is rendered from its Markdown tree without
// writing the Markdown and parsing it back where that gives the same HTML: the HTML must be the
// one the Markdown file renders to, for text full of Markdown's special characters, links,
// lists, quotes, tables, and the blocks (spaces at the ends, line breaks, empty cells) that
// take the parse.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksToMarkdown, renderBody, renderMarkdown } from '../../src/stages/write.ts';
import type { Block } from '../../src/types.ts';

const special = 'A *starred* _word_, `code`, [x](y), <script>alert(1)</script> & 5 > 3 | pipe \\';

const bodies: Block[][] = [
  [
    { kind: 'heading', text: '# Not a heading', level: 1 },
    {
      kind: 'paragraph',
      text: `${special} and the vote.`,
      links: [
        {
          start: special.length + 5,
          end: special.length + 13,
          href: 'https://a.example/(v)?a=1&b=<2>',
        },
      ],
    },
    { kind: 'list-item', text: '1. not a number', ordered: false },
    { kind: 'list-item', text: '- dash', ordered: false },
    { kind: 'list-item', text: 'first', ordered: true },
    { kind: 'quote', text: '> quoted' },
    { kind: 'quote', text: 'Said again.' },
    { kind: 'caption', text: '_The council chamber._' },
  ],
  [
    { kind: 'paragraph', text: 'Results', cells: ['Item', 'Share | of *total*'] },
    { kind: 'paragraph', text: 'Row', cells: ['Libraries', ''] },
    { kind: 'paragraph', text: 'Row', cells: ['Parks', '20%', 'extra'] },
    { kind: 'paragraph', text: 'After the table.' },
  ],
  [
    { kind: 'paragraph', text: '  spaces at the ends  ' },
    { kind: 'paragraph', text: 'a line\nbreak and a\ttab' },
    { kind: 'paragraph', text: '' },
    { kind: 'paragraph', text: 'Row', cells: [' padded ', 'cell'] },
    { kind: 'paragraph', text: 'Row', cells: [] },
  ],
];

test('a body renders to the HTML its Markdown renders to', () => {
  for (const blocks of bodies) {
    const markdown = blocksToMarkdown(blocks);
    const body = renderBody({ key: 'k', blocks });
    assert.equal(body.markdown, markdown);
    assert.equal(body.html, renderMarkdown(markdown));
  }
});

test('the special characters of a body stay text in its HTML', () => {
  const { html } = renderBody({ key: 'k', blocks: bodies[0] as Block[] });
  assert.doesNotMatch(html, /<script|<strong|<code>/);
  assert.match(html, /<a href="https:\/\/a\.example\/\(v\)\?a=1&#x26;b=%3C2%3E">the vote<\/a>/);
  const table = renderBody({ key: 'k', blocks: bodies[1] as Block[] }).html;
  assert.match(
    table,
    /<th>Share \| of \*total\*<\/th>[\s\S]*<td>Parks<\/td>\s*<td>20%<\/td>\s*<td>extra<\/td>/,
  );
});
