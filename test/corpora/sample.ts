// Regenerates the committed corpus samples (test/corpora/bbc, test/corpora/reuters21578) from the
// full corpora, so that `npm test` runs on real text in a bare clone:
//
//   npx tsx test/corpora/sample.ts [FULL_CORPORA]   (default ../shared/corpora)
//
// The selection is deterministic (file order and the benches' own sampling, no randomness), so
// running it again on the same corpora rewrites the same bytes. Files are copied byte for byte;
// Reuters stories are copied as whole <REUTERS> elements into files of the same name.
// test/corpora/README.md says what is chosen and why.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CORPORA } from '../../bench/quality/generate.ts';
import { compare } from '../../bench/shared/reuters.ts';
import { sampleStories } from '../../bench/topics/run.ts';

const HERE = import.meta.dirname;

/**
 * The first stories of each BBC desk: related.test.ts reads the first 120 of every desk (and
 * names/normalize-cache fewer), so with these its input is the same as on the full corpus.
 */
export const BBC_PER_DESK = 120;
/**
 * BBC stories the tests name: 483 is the "nail-biting" sport story; 199 is the Latin-1 file;
 * entertainment/199 is the Viacom story ("&#163;1.8m", "$3.5m"); sport/180 a match preview.
 */
const BBC_NAMED = ['sport/483.txt', 'sport/199.txt', 'entertainment/199.txt', 'sport/180.txt'];
/** The opening stories of reut2-000.sgm: the dedup index test and the shouting test read these. */
export const REUTERS_OPENING = 500;
/** The Reuters stories the tests name (dedup.test.ts: FED ADDS RESERVES, March 30 and 31). */
const REUTERS_NAMED = ['10864', '11425'];
/** Stories the topics gate samples from the full corpus (bench/topics/floors.json's count). */
const TOPICS_COUNT = 600;
/** At most this many other stories under each chosen story's headline (re-sends, look-alikes). */
const HEADLINE_TWINS = 3;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Copies the bytes only (the corpora's files are read-only; the samples need not be). */
const copy = (from: string, to: string) => writeFileSync(to, readFileSync(from));

function sampleBbc(full: string, out: string): number {
  const root = path.join(full, 'bbc');
  const desks = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(compare);
  const all = desks.flatMap((desk) =>
    readdirSync(path.join(root, desk))
      .filter((n) => /^\d+\.txt$/.test(n))
      .sort(compare)
      .map((name) => `${desk}/${name}`),
  );
  const chosen = new Set<string>(BBC_NAMED);
  for (const desk of desks) {
    all
      .filter((rel) => rel.startsWith(`${desk}/`))
      .slice(0, BBC_PER_DESK)
      .forEach((rel) => chosen.add(rel));
  }
  // The corpus's own duplicates: every other file with the same body (after the headline) as a
  // chosen one, so that the dedup gate meets the real copies, some under another headline.
  const bodyOf = (rel: string) =>
    squash(readFileSync(path.join(root, rel), 'latin1').split('\n').slice(1).join('\n'));
  const byBody = new Map<string, string[]>();
  for (const rel of all) byBody.set(bodyOf(rel), [...(byBody.get(bodyOf(rel)) ?? []), rel]);
  for (const rel of [...chosen]) for (const twin of byBody.get(bodyOf(rel)) ?? []) chosen.add(twin);

  for (const rel of [...chosen].sort(compare)) {
    mkdirSync(path.join(out, 'bbc', path.dirname(rel)), { recursive: true });
    copy(path.join(root, rel), path.join(out, 'bbc', rel));
  }
  copy(path.join(root, 'README.TXT'), path.join(out, 'bbc', 'README.TXT'));
  return chosen.size;
}

interface Element {
  file: string;
  newId: string;
  title: string;
  raw: string;
}

async function sampleReuters(full: string, out: string): Promise<number> {
  const root = path.join(full, 'reuters21578');
  const names = readdirSync(root)
    .filter((n) => /^reut2-\d+\.sgm$/.test(n))
    .sort(compare);
  const elements: Element[] = [];
  const headers = new Map<string, string>();
  for (const file of names) {
    const sgml = readFileSync(path.join(root, file), 'latin1');
    headers.set(file, sgml.slice(0, sgml.indexOf('<REUTERS')));
    for (const m of sgml.matchAll(/<REUTERS\b[^>]*NEWID="(\d+)"[^>]*>[\s\S]*?<\/REUTERS>/g)) {
      const title = squash(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[0])?.[1] ?? '');
      elements.push({ file, newId: m[1] ?? '', title, raw: m[0] });
    }
  }
  const chosen = new Set<string>(REUTERS_NAMED);
  elements
    .filter((e) => e.file === names[0])
    .slice(0, REUTERS_OPENING)
    .forEach((e) => chosen.add(e.newId));
  for (const story of await sampleStories(full, TOPICS_COUNT)) chosen.add(story.newId);
  // Re-sent copies and templated look-alikes (one headline, several days) of the chosen stories,
  // the cases the dedup gate scores; the earliest few of each headline.
  const byTitle = new Map<string, Element[]>();
  for (const e of elements) if (e.title) byTitle.set(e.title, [...(byTitle.get(e.title) ?? []), e]);
  for (const e of elements.filter((x) => chosen.has(x.newId))) {
    (byTitle.get(e.title) ?? [])
      .filter((t) => t !== e)
      .slice(0, HEADLINE_TWINS)
      .forEach((t) => chosen.add(t.newId));
  }

  mkdirSync(path.join(out, 'reuters21578'), { recursive: true });
  for (const file of names) {
    const kept = elements.filter((e) => e.file === file && chosen.has(e.newId));
    if (kept.length === 0) continue;
    const text = `${headers.get(file) ?? ''}${kept.map((e) => e.raw).join('\n')}\n`;
    writeFileSync(path.join(out, 'reuters21578', file), Buffer.from(text, 'latin1'));
  }
  copy(path.join(root, 'README.txt'), path.join(out, 'reuters21578', 'README.txt'));
  return chosen.size;
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const full = path.resolve(process.argv[2] ?? DEFAULT_CORPORA);
  if (!existsSync(path.join(full, 'bbc')) || !existsSync(path.join(full, 'reuters21578'))) {
    console.error(`no bbc/ and reuters21578/ under ${full}: see test/corpora/README.md`);
    process.exit(2);
  }
  for (const dir of ['bbc', 'reuters21578'])
    rmSync(path.join(HERE, dir), { recursive: true, force: true });
  const bbc = sampleBbc(full, HERE);
  const reuters = await sampleReuters(full, HERE);
  console.log(`sampled ${bbc} BBC files and ${reuters} Reuters stories from ${full} into ${HERE}`);
}
