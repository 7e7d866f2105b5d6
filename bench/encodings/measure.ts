// Where src/decode.ts's thresholds come from: real pages of ../shared/corpora/web-pages (their
// w3m dumps), each written in every legacy encoding its script has (with the system `iconv`),
// and as UTF-8 with one or three stray bytes; plus the real Latin-1 files of the BBC and Reuters
// corpora. For each, it prints what decode() chose against the truth, the share of bad bytes
// among multi-byte UTF-8 sequences (MAX_BAD_SHARE separates the two kinds), and the plausibility
// score (native share) of the right candidate and of the best wrong one.
//
//   npm run bench:encodings [-- --corpora ../shared/corpora]

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decode } from '../../src/decode.ts';
import { highBytes, plausibility } from '../../src/decode/legacy.ts';
import { scanUtf8 } from '../../src/decode/utf8-scan.ts';
import { requireCorpora } from '../shared/corpora.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
  },
});
// Without them it stops, saying where to get each one (requireCorpora), as every benchmark does.
const CORPORA = requireCorpora(values.corpora, ['web-pages', 'bbc', 'reuters21578']);
const WEB = path.join(CORPORA, 'web-pages');

/** Which encodings a page's text is written in, by the script its non-ASCII letters are in. */
const BY_SCRIPT: [RegExp, string[]][] = [
  [/[\u3041-\u30ff]/u, ['SHIFT_JIS', 'EUC-JP']],
  [/\p{Script=Hangul}/u, ['EUC-KR']],
  [/\p{Script=Han}/u, ['GBK', 'BIG5']],
  [/\p{Script=Cyrillic}/u, ['CP1251']],
  [/[\u00c0-\u024f]/u, ['CP1252']],
];
/** iconv's name -> decode()'s. */
const NAMES: Record<string, string> = {
  SHIFT_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  GBK: 'gbk',
  BIG5: 'big5',
  CP1251: 'windows-1251',
  CP1252: 'windows-1252',
};

function pages(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const traf = path.join(WEB, 'trafilatura/text/w3m');
  for (const f of readdirSync(traf).sort()) {
    out.push({ name: `trafilatura/${f}`, text: readFileSync(path.join(traf, f), 'utf8') });
  }
  const read = path.join(WEB, 'readability');
  for (const d of readdirSync(read).sort()) {
    const f = path.join(read, d, 'w3m.txt');
    if (existsSync(f)) out.push({ name: `readability/${d}`, text: readFileSync(f, 'utf8') });
  }
  return out;
}

const letters = (text: string, script: RegExp) => [...text].filter((c) => script.test(c)).length;

interface Row {
  name: string;
  truth: string;
  chosen: string;
  badShare: number;
  /** Share of the bytes of 0xC0 and over that stand next to another over 0x7F (highBytes). */
  paired: number;
  right: number | null;
  wrong: number;
  wrongName: string;
}
const rows: Row[] = [];

function record(name: string, truth: string, bytes: Buffer): void {
  const decoded = decode(bytes);
  const scan = scanUtf8(bytes);
  const scores = plausibility(bytes);
  const share = (p: { native: number; letters: number }) => (p.letters ? p.native / p.letters : 0);
  const right = scores.find((p) => p?.encoding === truth);
  let wrong = 0;
  let wrongName = '';
  for (const p of scores) {
    if (p && p.encoding !== truth && p.letters >= 8 && share(p) > wrong) {
      wrong = share(p);
      wrongName = p.encoding;
    }
  }
  rows.push({
    name,
    truth,
    chosen: decoded?.encoding ?? 'refused',
    badShare: scan.badBytes / Math.max(1, scan.sequences + scan.badBytes),
    paired: (({ letters, paired }) => paired / Math.max(1, letters))(highBytes(bytes)),
    right: right ? share(right) : null,
    wrong,
    wrongName,
  });
}

for (const { name, text } of pages()) {
  // The page's main script only (Japanese counts its kana; its kanji would count as Han).
  const counted = BY_SCRIPT.map(([script]) => letters(text, script));
  const main = counted.indexOf(Math.max(...counted));
  for (const [script, encodings] of BY_SCRIPT.filter((_, k) => k === main)) {
    const n = letters(text, script);
    if (n < 20) continue;
    for (const enc of encodings) {
      const bytes = execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', enc], { input: text });
      const back = new TextDecoder(NAMES[enc]).decode(bytes);
      // Only pages whose script the encoding holds (iconv -c drops what it cannot write).
      if (letters(back, script) < 0.9 * n) continue;
      record(name, NAMES[enc] as string, bytes);
    }
  }
  const utf8 = Buffer.from(text);
  if (scanUtf8(utf8).sequences >= 20) {
    for (const strays of [1, 3]) {
      const cut = utf8.subarray(0); // copy below
      const parts: Buffer[] = [];
      let from = 0;
      for (let k = 1; k <= strays; k++) {
        // A stray byte where a character starts (not inside one), spread over the file.
        let at = Math.floor((cut.length * k) / (strays + 1));
        while (at < cut.length && ((cut[at] as number) & 0xc0) === 0x80) at++;
        parts.push(cut.subarray(from, at), Buffer.from([0x92]));
        from = at;
      }
      parts.push(cut.subarray(from));
      record(`${name} +${strays}`, 'utf-8 (bad bytes replaced)', Buffer.concat(parts));
    }
  }
}

// Real Latin-1 files: the BBC's and Reuters' (the SGML files cut into stories).
const bbc = path.join(CORPORA, 'bbc');
for (const cat of readdirSync(bbc).filter((d) => !d.includes('.'))) {
  for (const f of readdirSync(path.join(bbc, cat))) {
    const bytes = readFileSync(path.join(bbc, cat, f));
    if (scanUtf8(bytes).badBytes > 0) record(`bbc/${cat}/${f}`, 'windows-1252', bytes);
  }
}
const reuters = path.join(CORPORA, 'reuters21578');
for (const f of readdirSync(reuters).filter((x) => x.endsWith('.sgm'))) {
  const all = readFileSync(path.join(reuters, f));
  let start = 0;
  for (;;) {
    const end = all.indexOf('</REUTERS>', start);
    if (end < 0) break;
    const story = all.subarray(start, end);
    start = end + 10;
    if (scanUtf8(story).badBytes > 0) record(`reuters/${f}@${end}`, 'windows-1252', story);
  }
}

const byTruth = new Map<string, Row[]>();
for (const r of rows) byTruth.set(r.truth, [...(byTruth.get(r.truth) ?? []), r]);
const fmt = (x: number) => x.toFixed(3);
const range = (xs: number[]) =>
  xs.length ? `${fmt(Math.min(...xs))}-${fmt(Math.max(...xs))}` : '-';
console.log(
  'truth | files | decoded right | bad share | paired high bytes | right score | best wrong score',
);
for (const [truth, rs] of byTruth) {
  const right = rs.filter((r) => r.chosen === truth).length;
  console.log(
    `${truth} | ${rs.length} | ${right} | ${range(rs.map((r) => r.badShare))} | ` +
      `${range(rs.map((r) => r.paired))} | ` +
      `${range(rs.flatMap((r) => (r.right === null ? [] : [r.right])))} | ` +
      `${range(rs.map((r) => r.wrong))}`,
  );
}
console.log('\nlegacy files:');
for (const r of rows.filter((x) => !x.truth.startsWith('utf-8') && x.truth !== 'windows-1252')) {
  console.log(
    `  ${r.name} ${r.truth}: right ${fmt(r.right ?? 0)}, best wrong ${r.wrongName} ${fmt(r.wrong)}`,
  );
}
console.log('\nwrong decisions:');
for (const r of rows.filter((x) => x.chosen !== x.truth)) {
  console.log(
    `  ${r.name}: ${r.truth} read as ${r.chosen} (bad share ${fmt(r.badShare)}, right ` +
      `${r.right === null ? 'did not fit' : fmt(r.right)}, best wrong ${r.wrongName} ${fmt(r.wrong)})`,
  );
}
