// The build command run as a user runs it (node --import tsx src/cli.ts), and a folder's files by
// hash, for comparing whole sites.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.join(import.meta.dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the build command (node --import tsx src/cli.ts ...args) in `cwd`. */
export async function buildCommand(cwd: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts'), '--quiet', ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file under `dir` (relative path -> sha256); symbolic links are listed as such. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const visit = async (rel: string) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await visit(child);
      else if (entry.isSymbolicLink()) hashes.set(child, 'symlink');
      else {
        const bytes = await readFile(path.join(dir, child));
        hashes.set(child, createHash('sha256').update(bytes).digest('hex'));
      }
    }
  };
  await visit('');
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}
