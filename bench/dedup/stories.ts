// The stories the dedup benchmarks build archives from: BBC News and Reuters-21578 stories as
// files the way they were published (headline, date line, body), read from the full corpora or
// the committed samples.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readInputFile } from '../../src/stages/ingest.ts';
import type { InputFile } from '../../src/types.ts';

export interface Story {
  path: string;
  title: string;
  dateLine: string | null;
  day: string | null;
  paragraphs: string[];
  /** Label: stories with one label are one story. */
  label: string;
  /** For a generated copy: the path of the story it copies. */
  copyOf?: string | undefined;
  /** For a generated look-alike: the path of the story whose template it reuses. */
  lookalikeOf?: string;
  /** For a generated copy with another story glued on: that story's paragraphs. */
  glued?: string[];
}

export async function loadBbc(corpora: string): Promise<Story[]> {
  const root = path.join(corpora, 'bbc');
  const out: Story[] = [];
  for (const category of (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of (await readdir(path.join(root, category))).sort()) {
      const text = new TextDecoder('windows-1252').decode(
        await readFile(path.join(root, category, name)),
      );
      const [title = '', ...rest] = text.split('\n');
      const paragraphs = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      out.push({
        path: `bbc/${category}/${name}`,
        title: title.trim(),
        dateLine: null,
        day: null,
        paragraphs,
        label: '',
      });
    }
  }
  return out;
}

export const MONTHS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];

export async function loadReuters(corpora: string): Promise<Story[]> {
  const root = path.join(corpora, 'reuters21578');
  const out: Story[] = [];
  for (const name of (await readdir(root)).filter((n) => n.endsWith('.sgm')).sort()) {
    const sgml = (await readFile(path.join(root, name))).toString('latin1');
    for (const m of sgml.matchAll(/<REUTERS\b[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const doc = m[2] ?? '';
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(doc)?.[1];
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc)?.[1];
      const date = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(doc);
      if (!body || !title || !date) continue;
      const clean = (s: string) =>
        s
          .replace(/&#\d+;/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&');
      const paragraphs = clean(body)
        .replace(/\s*Reuter\s*$/, '')
        .split(/\n(?=\s{2,}\S)/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      if (paragraphs.length === 0) continue;
      const month = MONTHS.indexOf(date[2] ?? '') + 1;
      const day = `${date[3]}-${String(month).padStart(2, '0')}-${String(date[1]).padStart(2, '0')}`;
      out.push({
        path: `reuters/${name}/${m[1]}.txt`,
        title: clean(title).trim(),
        dateLine: `${date[1]}-${date[2]}-${date[3]}`,
        day,
        paragraphs,
        label: '',
      });
    }
  }
  return out;
}

export function asFile(story: Story): InputFile {
  const head = [story.title, story.dateLine].filter(Boolean).join('\n');
  const text = `${head}\n\n${story.paragraphs.join('\n\n')}\n`;
  return readInputFile(story.path, Buffer.from(text)) as InputFile;
}
