// Pagefind's own command line, run on one search index part.
//
// The build used to index through Pagefind's Node API (the `pagefind` package's createIndex,
// addDirectory and writeFiles, which drive the same binary as a service over its stdin and
// stdout). For the same folder and options the command line writes the same bytes with less
// work: on 3,000 saved-page articles of a 6,000-record WARC build, 16.8 s of CPU and 50 s of wall
// against the service's 23.9 s and 78 s, at the same peak (0.89 GB); the service's extra time
// is all in writeFiles (docs/figures.md, stop 55). A part is therefore one run of the binary the
// `pagefind` package installed, which also keeps each part's memory in a process of its own that
// is gone when the part is written.

import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The Pagefind binary of the installed `pagefind` package: its platform package's extended
 * binary, else the plain one, as the package's own resolveBinaryPath looks them up (the
 * PAGEFIND_EXTENDED_BINARY_PATH and PAGEFIND_BINARY_PATH variables first).
 */
export function pagefindBinary(): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (fromEnv) return fromEnv;
  }
  const os = platform() === 'win32' ? 'windows' : platform();
  const cpu = process.env.npm_config_arch ?? arch();
  for (const name of names) {
    const file = os === 'windows' ? `${name}.exe` : name;
    try {
      return require.resolve(`@pagefind/${os}-${cpu}/bin/${file}`);
    } catch {
      // Not installed in this flavour; try the next.
    }
  }
  throw new Error(
    `No Pagefind binary is installed for ${os}-${cpu} (npm install pagefind installs it with ` +
      'its platform package)',
  );
}

/** One search index part for Pagefind's command line to build. */
export interface PagefindRun {
  /** The folder Pagefind reads pages from. */
  site: string;
  /** Which files under `site` it reads. */
  glob: string;
  /** The one language the whole index is in. */
  language: string;
  /** Where the bundle is written. */
  outputPath: string;
}

/**
 * Runs Pagefind on one part and returns how many pages it indexed (read from the bundle's
 * pagefind-entry.json, which lists each language's page count). A non-zero exit fails the build
 * with what Pagefind wrote to its error stream.
 */
export async function runPagefind(run: PagefindRun): Promise<number> {
  const args = [
    '--site',
    run.site,
    '--glob',
    run.glob,
    '--force-language',
    run.language,
    '--output-path',
    run.outputPath,
    '--silent',
  ];
  const stderr: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(pagefindBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (exit) => done(exit));
  });
  if (code !== 0) {
    throw new Error(
      `Pagefind failed (exit ${String(code)}) indexing ${run.site}:\n` +
        Buffer.concat(stderr).toString('utf8').trim(),
    );
  }
  const entry = JSON.parse(await readFile(join(run.outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
}
