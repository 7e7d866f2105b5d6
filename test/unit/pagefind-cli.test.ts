// The search index is built with Pagefind's command line (src/site/pagefind-cli.ts) because it
// writes the same bundle as Pagefind's Node API with less work: these tests hold it to the same
// bytes, to the page count the build checks, and to failing loudly.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import * as pagefind from 'pagefind';
import { runPagefind } from '../../src/site/pagefind-cli.ts';

let dir: string;

/** An article page as templates/article.njk lays it out: only the article is indexed. */
function articlePage(title: string, body: string, year: string): string {
  return (
    `<!doctype html><html lang="de"><head><title>${title}</title></head><body>` +
    `<nav>Home Topics Sources</nav><main><article class="article" data-pagefind-body>` +
    `<header><h1 data-pagefind-meta="title">${title}</h1>` +
    `<dl class="meta" data-pagefind-ignore><dt>Date</dt><dd>${year}</dd></dl></header>` +
    `<div class="body"><p>${body}</p></div></article>` +
    `<div hidden><span data-pagefind-filter="year">${year}</span></div>` +
    `<aside><h2>Sources</h2><p>raw/page.html</p></aside></main></body></html>`
  );
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagefind-cli-'));
  const pages: Record<string, string> = {
    'articles/flood/index.html': articlePage(
      'Hochwasser an der Mosel',
      'Die Pegel an der Mosel steigen weiter; in Trier wurde die Uferstraße gesperrt.',
      '2023',
    ),
    'articles/budget/index.html': articlePage(
      'Budget vote delayed',
      'The council postponed its vote on the budget after a late amendment on housing.',
      '2024',
    ),
    // An old address: a redirect page without data-pagefind-body, which is read, not indexed.
    'articles/old-budget/index.html':
      '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/articles/budget/"></head><body><a href="/articles/budget/">Moved</a></body></html>',
  };
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dir, 'site', path, '..'), { recursive: true });
    await writeFile(join(dir, 'site', path), html);
  }
});

after(async () => {
  await pagefind.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every file under folder with its bytes, by path. */
async function files(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const out = new Map<string, Buffer>();
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(entry.parentPath, entry.name);
    out.set(relative(folder, path), await readFile(path));
  }
  return out;
}

test('the command line indexes the articles, not the redirect, into the bundle the Node API writes', async () => {
  const site = join(dir, 'site');
  const glob = 'articles/**/*.html';
  const cli = join(dir, 'cli');
  const indexed = await runPagefind({ site, glob, language: 'en', outputPath: cli });
  assert.equal(indexed, 2);

  const api = join(dir, 'api');
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  assert.ok(index);
  await index.addDirectory({ path: site, glob });
  await index.writeFiles({ outputPath: api });
  await index.deleteIndex();

  const fromCli = await files(cli);
  const fromApi = await files(api);
  assert.deepEqual([...fromCli.keys()].sort(), [...fromApi.keys()].sort());
  for (const [path, bytes] of fromApi) assert.ok(fromCli.get(path)?.equals(bytes), path);
});

test('a folder with nothing to index fails with what Pagefind says', async () => {
  const empty = join(dir, 'empty');
  await mkdir(join(empty, 'articles'), { recursive: true });
  await assert.rejects(
    runPagefind({
      site: empty,
      glob: 'articles/**/*.html',
      language: 'en',
      outputPath: join(dir, 'none'),
    }),
    /Pagefind failed \(exit 1\) indexing .*empty:\n.*not able to build an index/s,
  );
});
