// Body layout and print breaks (bench/quality/generate.ts).

import { Rng } from './random.ts';
import type { Layout } from './types.ts';

const DIGRAPHS = new Set(['th', 'ch', 'sh', 'ph', 'wh', 'ck', 'gh', 'qu', 'ng']);
const isVowel = (ch: string): boolean => 'aeiouy'.includes(ch.toLowerCase());

/** Breaks a plain word at a syllable-like point whose prefix is at most `room` letters. */
function breakWord(
  token: string,
  rng: Rng,
  room: number,
): { prefix: string; suffix: string; word: string } | null {
  const m = /^([A-Z]?[a-z]{5,})([,.;:!?]?)$/.exec(token);
  if (!m?.[1]) return null;
  const word = m[1];
  const candidates: number[] = [];
  for (let i = 2; i <= word.length - 3 && i <= room; i++) {
    const a = word[i - 1] ?? '';
    const b = word[i] ?? '';
    if (b.toLowerCase() === 'q' || a.toLowerCase() === 'q') continue;
    if (isVowel(a) && !isVowel(b)) candidates.push(i);
    else if (!isVowel(a) && !isVowel(b) && !DIGRAPHS.has((a + b).toLowerCase())) {
      candidates.push(i);
    }
  }
  if (candidates.length === 0) return null;
  const i = rng.pick(candidates);
  return { prefix: word.slice(0, i), suffix: word.slice(i) + (m[2] ?? ''), word };
}

export interface BodyOptions {
  layout: Layout;
  width: number;
  indent: number;
  lineEndRate: number;
  midRate: number;
  hyphenWrap: number;
}

/** A paragraph's words, some broken by a print break mid-line (midBreaks: by word index). */
function wordsWithMidBreaks(para: string, o: BodyOptions, rng: Rng) {
  const midBreaks = new Map<number, string>(); // tokens carrying a mid-line print break
  const tokens = para
    .split(' ')
    .filter(Boolean)
    .map((t, k) => {
      if (o.midRate <= 0 || !rng.chance(o.midRate)) return t;
      const b = breakWord(t, rng, Infinity);
      if (!b) return t;
      midBreaks.set(k, b.word);
      return `${b.prefix}-${b.suffix}`;
    });
  return { tokens, midBreaks };
}

/** Where a compound ("high-level") may wrap at its own hyphen within `room`: -1 for nowhere. */
function compoundHyphenAt(tok: string, room: number): number {
  let at = -1;
  for (let i = 1; i < tok.length - 1 && i <= room; i++) {
    if (tok[i] === '-' && /[\p{L}\p{N}]/u.test(tok[i - 1] ?? '')) {
      if (/[\p{L}\p{N}]/u.test(tok[i + 1] ?? '')) at = i;
    }
  }
  return at;
}

function renderParagraph(para: string, o: BodyOptions, rng: Rng, breaks: string[]): string[] {
  const { tokens, midBreaks } = wordsWithMidBreaks(para, o, rng);
  if (o.layout === 'blank' || o.layout === 'per-line') {
    breaks.push(...midBreaks.values());
    return [tokens.join(' ')];
  }

  const lines: string[] = [];
  let cur = o.layout === 'wrapped-indent' ? ' '.repeat(o.indent) : '';
  let has = false;
  tokens.forEach((tok, k) => {
    const mid = midBreaks.get(k);
    if (mid) breaks.push(mid); // recorded in reading order
    if (!has) {
      cur += tok;
      has = true;
      return;
    }
    if (cur.length + 1 + tok.length <= o.width) {
      cur += ` ${tok}`;
      return;
    }
    const room = o.width - cur.length - 2; // a space and the hyphen
    if (room >= 2 && !mid) {
      if (o.lineEndRate > 0 && rng.chance(o.lineEndRate)) {
        const b = breakWord(tok, rng, room);
        if (b) {
          lines.push(`${cur} ${b.prefix}-`);
          breaks.push(b.word);
          cur = b.suffix;
          return;
        }
      }
      if (o.hyphenWrap > 0 && tok.includes('-')) {
        // A genuine compound broken at its own hyphen: "high-" / "level" (not a print break).
        const at = compoundHyphenAt(tok, room);
        if (at > 0 && rng.chance(o.hyphenWrap)) {
          lines.push(`${cur} ${tok.slice(0, at + 1)}`);
          cur = tok.slice(at + 1);
          return;
        }
      }
    }
    lines.push(cur);
    cur = tok;
  });
  if (has) lines.push(cur);
  return lines;
}

export function renderBody(
  paras: string[],
  mids: string[][],
  o: BodyOptions,
  rng: Rng,
): { lines: string[]; breaks: string[] } {
  const breaks: string[] = [];
  const at = new Map<number, string[][]>();
  for (const block of mids) {
    const pos = paras.length >= 2 ? rng.int(1, paras.length - 1) : paras.length;
    at.set(pos, [...(at.get(pos) ?? []), block]);
  }
  const blankSep = o.layout === 'blank' || o.layout === 'wrapped';
  const out: string[] = [];
  const putBlocks = (blocks: string[][] | undefined) => {
    for (const block of blocks ?? []) {
      if (o.layout === 'wrapped-indent') out.push('');
      out.push(...block);
      if (o.layout !== 'per-line') out.push('');
    }
  };
  paras.forEach((para, i) => {
    if (i > 0 && blankSep) out.push('');
    putBlocks(at.get(i));
    out.push(...renderParagraph(para, o, rng, breaks));
  });
  if (at.has(paras.length)) {
    if (blankSep) out.push('');
    putBlocks(at.get(paras.length));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return { lines: out, breaks };
}

/** Genuine hyphenated words ("high-level", "Il-sung", "26-year-old") in order of appearance. */
export function hyphenatedWords(texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const w = raw
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .replace(/['’]s$/u, '');
      if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(w) && /\p{L}/u.test(w)) seen.add(w);
    }
  }
  return [...seen];
}
