// Hostile and broken input, built through the real command line (tsx src/cli.ts), as a user
// runs it: a folder generated from real BBC stories with script injected into titles, bylines,
// front matter and text, broken files (empty, a PNG renamed .txt, NUL bytes, invalid UTF-8, bad
// and wrong-typed front matter), awkward names (spaces, unicode, "..", a very long name), a
// symbolic link out of the folder, titles that slugify alike or try to climb out, and Korean,
// Chinese, Arabic and Russian articles. Every bad file must be named with its reason, the rest
// must build, and no page may carry markup from the articles as markup.
//
// The same input is built twice (once with --strict), into different --work and --output
// folders: the two sites must be byte-identical.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DomUtils } from 'htmlparser2';
import { isSlug, slugify } from '../../src/slug.ts';
import type { Manifest } from '../../src/types.ts';
import {
  CLIMBING_TITLE,
  EXPECTED_REJECTED,
  EXPECTED_WARNED,
  expectedBuilt,
  FOREIGN,
  SAME_SLUG_TITLES,
  SCRIPT_BYLINE,
  SCRIPT_TITLE,
  writeHostileInput,
} from '../helpers/hostile-input.ts';
import { buildCommand, fileHashes, type Run } from '../helpers/cli.ts';
import { elements, parseHtml, textOf } from '../helpers/site-files.ts';

let dir: string;
let out: string;
let plain: Run;
let strict: Run;
let manifest: Manifest;
let report: { files: { path: string; warnings: string[] }[] };

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-robustness-'));
  const input = await writeHostileInput(dir);
  out = path.join(dir, 'dist');
  plain = await buildCommand(dir, [
    ...['--input', input, '--output', out, '--work', 'work-a', '--lock', 'a.lock.json'],
  ]);
  strict = await buildCommand(dir, [
    ...['--input', input, '--output', 'dist-b', '--work', 'work-b', '--lock', 'b.lock.json'],
    '--strict',
  ]);
  manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
  report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as typeof report;
});

after(() => rm(dir, { recursive: true, force: true }));

const page = (url: string) => readFile(path.join(out, decodeURI(url), 'index.html'), 'utf8');
const articleFrom = (file: string) => {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === file));
  assert.ok(found, `no article built from ${file}`);
  return found;
};

test('exit codes: 0 without --strict, 3 with it; the summary counts the rejections', () => {
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /6 files rejected/);
  assert.equal(strict.code, 3, strict.stderr);
  assert.match(strict.stderr, /files were rejected and --strict was given \(exit 3\)/);
});

test('every broken file is rejected in archive.json and on stderr, named with its reason', () => {
  assert.deepEqual(
    manifest.rejected.map((r) => r.path),
    Object.keys(EXPECTED_REJECTED).sort(),
  );
  for (const [file, reason] of Object.entries(EXPECTED_REJECTED)) {
    const rejection = manifest.rejected.find((r) => r.path === file);
    assert.match(rejection?.reason ?? '', reason, file);
    const line = plain.stderr.split('\n').find((l) => l.startsWith(`rejected ${file}: `));
    assert.ok(line, `stderr does not name ${file}`);
    assert.match(line, reason);
  }
});

test('files built despite a problem are warned about, by name, on stderr and in report.json', () => {
  for (const [file, reason] of Object.entries(EXPECTED_WARNED)) {
    const lines = plain.stderr.split('\n').filter((l) => l.startsWith(`warning ${file}: `));
    assert.ok(
      lines.some((l) => reason.test(l)),
      `no warning for ${file}:\n${plain.stderr}`,
    );
    const warnings = report.files.find((f) => f.path === file)?.warnings ?? [];
    assert.ok(
      warnings.some((w) => reason.test(w)),
      `report.json has no warning for ${file}`,
    );
  }
  assert.match(plain.stderr, /warning wrong-types\.md: front matter field "date" is not a date/);
  // The list given as title is ignored: the headline comes from the text.
  assert.equal(articleFrom('wrong-types.md').title, 'Mixed signals from French economy');
  assert.equal(articleFrom('wrong-types.md').date, null, '"yesterday" is not made a date');
  assert.doesNotMatch(articleFrom('bad-yaml.md').title, /unclosed/);
});

test('every other file is built, with unique slugs', () => {
  const sources = new Set(manifest.articles.flatMap((a) => a.sources.map((s) => s.path)));
  for (const file of expectedBuilt()) assert.ok(sources.has(file), `${file} was not built`);
  const urls = manifest.articles.map((a) => a.url);
  assert.equal(new Set(urls).size, urls.length, 'two articles share a URL');
  for (const url of urls) {
    const slug = /^\/articles\/([^/]+)\/$/.exec(url)?.[1];
    assert.ok(slug && isSlug(slug), `unsafe article URL ${url}`);
  }
  const [a, b] = SAME_SLUG_TITLES.map((t) => manifest.articles.find((x) => x.title === t)?.url);
  const base = slugify(SAME_SLUG_TITLES[0] ?? '');
  assert.deepEqual([a, b], [`/articles/${base}/`, `/articles/${base}-2/`]);
  const climbing = manifest.articles.find((x) => x.title === CLIMBING_TITLE);
  assert.equal(climbing?.url, '/articles/etc-passwd-attack-on-the-archive/');
});

test('every output file lies inside the output folder; the symlink target was not read', async () => {
  const root = await realpath(out);
  const hashes = await fileHashes(out);
  const secret = createHash('sha256')
    .update(await readFile(path.join(dir, 'outside', 'secret.txt')))
    .digest('hex');
  for (const [rel, hash] of hashes) {
    assert.notEqual(hash, 'symlink', `${rel} is a symbolic link`);
    const real = await realpath(path.join(out, rel));
    assert.ok(real.startsWith(root + path.sep), `${rel} resolves outside the output folder`);
    assert.notEqual(hash, secret, `${rel} is a copy of the file the symlink points to`);
  }
  // Raw copies keep the awkward names, byte for byte.
  for (const file of expectedBuilt()) {
    assert.ok(hashes.has(`raw/${file}`), `raw/${file} is missing`);
    assert.ok((await lstat(path.join(out, 'raw', file))).isFile());
  }
  assert.ok(!hashes.has('raw/outside-link.txt'));
});

test('non-English articles get their own slug, lang and dir', async () => {
  for (const [file, { lang, dir: direction, title }] of Object.entries(FOREIGN)) {
    const article = articleFrom(file);
    assert.equal(article.title, title, file);
    assert.equal(article.url, `/articles/${slugify(title)}/`, file);
    const html = await page(article.url);
    assert.match(html, new RegExp(`<html lang="${lang}" dir="${direction}">`), file);
  }
});

test('markup from the articles is shown as text on every page, never as markup', async () => {
  const hashes = await fileHashes(out);
  const pages = [...hashes.keys()].filter((f) => f.endsWith('.html') && !f.startsWith('raw/'));
  assert.ok(pages.length > 20);
  for (const file of pages) {
    const markup = parseHtml(await readFile(path.join(out, file), 'utf8'));
    for (const element of elements(markup)) {
      const where = `<${element.name}> in ${file}`;
      assert.ok(!['iframe', 'object', 'embed'].includes(element.name), where);
      if (element.name === 'script') assert.doesNotMatch(textOf(element), /alert\(/, where);
      for (const [name, value] of Object.entries(element.attribs)) {
        assert.ok(!/^on/i.test(name), `event handler ${name} on ${where}`);
        if (/^(?:href|src|action|formaction|xlink:href)$/i.test(name)) {
          assert.doesNotMatch(
            value.trim(),
            /^(?:javascript|data|vbscript):/i,
            `${name} on ${where}`,
          );
        }
      }
    }
    assert.equal(DomUtils.getElementsByTagName('body', markup.children).length, 1, file);
  }
  // The hostile title, byline and standfirst are there, as text.
  const article = articleFrom('script-front-matter.md');
  const markup = parseHtml(await page(article.url));
  const h1 = DomUtils.getElementsByTagName('h1', markup.children)[0];
  assert.ok(h1);
  assert.equal(textOf(h1), SCRIPT_TITLE);
  const text = DomUtils.textContent(markup.children);
  assert.ok(text.includes(SCRIPT_BYLINE), 'the byline is shown as text');
  assert.ok(text.includes('<script>alert(5)</script>') || text.includes('alert(5)'));
});

test('two builds of the same input are byte-identical', async () => {
  const a = await fileHashes(out);
  const b = await fileHashes(path.join(dir, 'dist-b'));
  assert.deepEqual([...b.keys()], [...a.keys()], 'the two sites hold different files');
  const differ = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  assert.deepEqual(differ, [], 'files differ between the two builds');
  assert.equal(
    await readFile(path.join(dir, 'a.lock.json'), 'utf8'),
    await readFile(path.join(dir, 'b.lock.json'), 'utf8'),
  );
});
