// One generated file (bench/quality/generate.ts): a template's page, its body laid out, its
// text encoded (UTF-8 with or without a BOM, UTF-16LE, Windows-1252) with its line endings.

import { type BodyOptions, hyphenatedWords, renderBody } from './body-layout.ts';
import { Ctx, Page } from './context.ts';
import type { Article } from './corpora.ts';
import { inventStamp } from './dates.ts';
import { AUTHORS, bare, DECOYS, SITES } from './names.ts';
import { mixSeed, Rng } from './random.ts';
import type { Template } from './templates.ts';
import type { TruthRecord } from './types.ts';
import { CP1252_HIGH } from '../../../src/decode.ts';

/** Bytes in Windows-1252, or null when some character does not exist in it. */
function encodeCp1252(text: string): Buffer | null {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) {
      out[n++] = code;
      continue;
    }
    if (code >= 0x80 && code <= 0x9f) return null;
    const k = CP1252_HIGH.indexOf(ch);
    if (k < 0) return null;
    out[n++] = 0x80 + k;
  }
  return out.subarray(0, n);
}

export interface Env {
  seed: number;
  titles: Record<'bbc' | 'reuters', string[]>;
  homes: Map<string, string>;
}

export function makeFile(
  index: number,
  article: Article,
  template: Template,
  env: Env,
): { record: TruthRecord; bytes: Buffer } {
  const rng = new Rng(mixSeed(env.seed, index));
  const home = env.homes.get(template.id) ?? rng.pick(SITES);
  const site = rng.chance(0.18) ? null : rng.chance(0.7) ? home : rng.pick(SITES);
  const stamp = article.date ?? inventStamp(rng);
  const author = rng.chance(0.1)
    ? `${rng.pick(AUTHORS)} and ${rng.pick(AUTHORS)}`
    : rng.pick(AUTHORS);
  const ctx = new Ctx(rng, article, site, stamp, author, env.titles[article.corpus]);
  const page = new Page([...article.paragraphs]);
  template.render(ctx, page);

  // The Reuters dateline opens the first printed paragraph, as on the wire; when the lede became
  // the standfirst, the dateline went with it (copies that lift the lede drop "CITY, Mon D -").
  if (article.dateline && page.standfirst === null && page.paragraphs.length) {
    page.paragraphs[0] = `${article.dateline} ${page.paragraphs[0]}`;
  }
  placeDecoy(page, rng);
  const options = bodyOptions(page, rng);
  const { layout } = options;
  const body = renderBody(page.paragraphs, page.mids, options, rng);
  const { text, crlf } = pageText(page, body.lines, rng);
  const { encoding, bytes } = encoded(text, rng);

  const relPath = `${template.id}/${String(index + 1).padStart(4, '0')}.${page.ext}`;
  const record: TruthRecord = {
    path: relPath,
    corpus: article.corpus,
    original: article.original,
    template: template.name,
    encoding,
    crlf,
    layout,
    title: page.title,
    standfirst: page.standfirst,
    date: page.date,
    source: page.source,
    byline: page.byline,
    paragraphs: page.paragraphs,
    chrome: [...new Set(page.chrome)],
    breaks: body.breaks,
    hyphenated: hyphenatedWords([page.standfirst ?? '', ...page.paragraphs]),
    omitted: page.omitted,
  };
  return { record, bytes };
}

/** A publication named only inside the story: it must never be taken for the source. */
function placeDecoy(page: Page, rng: Rng): void {
  if (page.source !== null || !rng.chance(0.4)) return;
  const sentence = rng.pick(DECOYS)(bare(rng.pick(SITES)));
  const n = page.paragraphs.length;
  if (n >= 2 && rng.chance(0.4)) {
    const i = rng.int(1, n - 1);
    page.paragraphs[i] = `${page.paragraphs[i]} ${sentence}`;
  } else page.paragraphs.splice(rng.int(1, n), 0, sentence);
}

/** How the template's page lays out its body: the layout, width and the rates of its flaws. */
function bodyOptions(page: Page, rng: Rng): BodyOptions {
  const layout = rng.weighted(page.layouts);
  const wrapped = layout === 'wrapped' || layout === 'wrapped-indent';
  return {
    layout,
    width: rng.int(page.width[0], page.width[1]),
    indent: page.indent,
    lineEndRate: wrapped && rng.chance(page.lineEndChance) ? 0.25 + rng.float() * 0.4 : 0,
    midRate: rng.chance(page.midChance) ? 0.004 + rng.float() * 0.014 : 0,
    hyphenWrap: page.hyphenWrap,
  };
}

/** The file's text: front matter, head, body and tail with their gaps, in LF or CRLF. */
function pageText(page: Page, bodyLines: string[], rng: Rng): { text: string; crlf: boolean } {
  const lines: string[] = [...page.front, ...page.head];
  if (page.head.length && page.head[page.head.length - 1] !== '') {
    for (let k = 0; k < page.headGap; k++) lines.push('');
  }
  lines.push(...bodyLines);
  if (page.tail.length) {
    for (let k = 0; k < page.tailGap; k++) lines.push('');
    lines.push(...page.tail);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const crlf = rng.chance(0.2);
  return { text: lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'), crlf };
}

/**
 * The text's bytes in an encoding picked by weight; Windows-1252 only when the text fits it and
 * is not plain ASCII (which reads as UTF-8).
 */
function encoded(text: string, rng: Rng): { encoding: string; bytes: Buffer } {
  const cp1252 = /[\u0080-\uffff]/.test(text) ? encodeCp1252(text) : null;
  const encoding = rng.weighted([
    ['utf-8', 45],
    ['utf-8 (BOM)', 15],
    ['utf-16le (BOM)', 15],
    ['windows-1252', cp1252 ? 30 : 0],
  ] as const);
  const bytes =
    encoding === 'utf-8 (BOM)'
      ? Buffer.from(`\uFEFF${text}`, 'utf8')
      : encoding === 'utf-16le (BOM)'
        ? Buffer.from(`\uFEFF${text}`, 'utf16le')
        : encoding === 'windows-1252' && cp1252
          ? cp1252
          : Buffer.from(text, 'utf8');
  return { encoding, bytes };
}
