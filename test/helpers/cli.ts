// The build command run as a user runs it (node --import tsx src/cli.ts), also with its time and
// peak memory measured, and a folder's files by hash, for comparing whole sites.

import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

export interface MeasuredRun extends Run {
  /** Wall-clock time of the whole command. */
  seconds: number;
  /**
   * Peak resident memory of the command: the larger of the build process's own high-water mark
   * (VmHWM, which counts its worker threads) and the largest sum of the resident memory of it and
   * its child processes (Pagefind) seen when sampled every 50 ms.
   */
  peakRssBytes: number;
}

/** The kilobytes a /proc/<pid>/status field holds, or 0 when the process has gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** pid and its descendants, from /proc/<pid>/task/<tid>/children (Linux). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8');
        tree.push(...children.split(' ').filter(Boolean).map(Number));
      }
    } catch {
      // The process ended while it was being read.
    }
  }
  return tree;
}

/** Runs the build command like buildCommand, measuring its time and peak memory (Linux /proc). */
export function measuredBuildCommand(cwd: string, args: string[]): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts'), '--quiet', ...args],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peakKb = 0;
  const pid = child.pid ?? 0;
  const sample = () => {
    const tree = processTree(pid).reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0);
    peakKb = Math.max(peakKb, tree, statusKb(pid, 'VmHWM'));
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code: code ?? 1,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peakKb * 1024,
      });
    });
  });
}
