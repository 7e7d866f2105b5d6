// The real seeds built end to end through build(), into a fresh temporary folder, as several
// tests use them: the site, its manifest, and the folder to remove afterwards.

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildSummary } from '../../src/build.ts';
import type { BuildOptions } from '../../src/options.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from './options.ts';

export const SEEDS = path.join(import.meta.dirname, '../../seeds');

export interface SeedsSite {
  /** The temporary folder holding everything; remove it when done. */
  dir: string;
  /** The built site. */
  out: string;
  summary: BuildSummary;
  manifest: Manifest;
}

/** Builds seeds/ with `options` over the defaults (quiet, fresh work folder and lock). */
export async function buildSeeds(
  prefix: string,
  options: Partial<BuildOptions> = {},
): Promise<SeedsSite> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const out = path.join(dir, 'dist');
  const summary = await build(optionsIn(dir, SEEDS, options));
  const manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
  return { dir, out, summary, manifest };
}
