// Class and id tokens (src/extract/html-classify.ts tokensOf), which the classifier and the
// byline readers read on every saved page: a template's names split into lower-case words, as
// sites write them, and an id that is a heading's anchor read as no name at all.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { parseWithPositions } from '../../src/extract/html-front-end.ts';
import { tokensOf } from '../../src/extract/html-classify.ts';

/** The first element of `tag` in a parsed page. */
function first(html: string, tag: string): Element {
  const find = (nodes: readonly unknown[]): Element | null => {
    for (const n of nodes as Element[]) {
      if (n.type !== 'element') continue;
      if (n.tagName === tag) return n;
      const found = find(n.children);
      if (found) return found;
    }
    return null;
  };
  const el = find(parseWithPositions(html).children);
  assert.ok(el, `no <${tag}>`);
  return el;
}

test('class names split at hyphens, underscores and camel case, then the id, all lower case', () => {
  const el = first(
    '<div class="post-footer_links  bylineBlock" id="ContentPlaceHolder1_Main">x</div>',
    'div',
  );
  assert.deepEqual(tokensOf(el), [
    'post',
    'footer',
    'links',
    'byline',
    'block',
    'content',
    'place',
    'holder1',
    'main',
  ]);
});

test('an id that is a heading made an anchor gives no tokens; its class still does', () => {
  const el = first(
    '<section class="share" id="sharing-with-a-single-developer"><h2>Sharing</h2></section>',
    'section',
  );
  assert.deepEqual(tokensOf(el), ['share']);
});

test('an element with neither class nor id has no tokens, and asking again gives the same', () => {
  const plain = first('<p>Plain text.</p>', 'p');
  assert.deepEqual(tokensOf(plain), []);
  const named = first('<span class="author-name">Ann Lee</span>', 'span');
  assert.equal(tokensOf(named), tokensOf(named));
  assert.deepEqual(tokensOf(named), ['author', 'name']);
});
