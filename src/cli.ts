// The build command: `news-archive [build] [options]` (bin/news-archive.js), or in a checkout
// `npm run build -- [options]`. `--help` lists the options (BUILD_OPTIONS in src/build-args.ts).
//
// Relative paths (--input, --output, --work, --lock, --config) are from the folder the user is
// in: under `npm run build`, which runs this in the checkout, that is npm's INIT_CWD.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { relaunchEnv } from './allocator.ts';
import { BUILD_OPTIONS, buildOptions, readGivenConfig } from './build-args.ts';
import {
  HELP_OPTION,
  optionsHelp,
  readCommandLine,
  useInvocationFolder,
  type CommandLine,
  type OptionSpec,
} from './command-line.ts';
import { ConfigError } from './config.ts';
import { followParent, LIFELINE, thisRelaunch } from './heap-limit.ts';
import { UsageError } from './errors.ts';
import type { BuildOptions } from './options.ts';
import { PROJECT_ROOT } from './project.ts';
import { replacedSiteFolder } from './ownership.ts';
import { fileLines, summaryLine } from './summary.ts';

/** Exit codes: 0 built; 1 the build failed (the previous site is untouched); 2 usage error;
 *  3 built, but files were rejected and --strict was given. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_REJECTED = 3;

const OPTIONS = {
  ...BUILD_OPTIONS,
  help: HELP_OPTION,
  version: { type: 'boolean', help: 'print the version and exit', alone: true },
} satisfies Record<string, OptionSpec>;

const COMMAND_LINE: CommandLine<keyof typeof OPTIONS> = {
  command: 'news-archive',
  options: OPTIONS,
  strayWordOption: 'input',
};

/** The --help text. */
function usage(): string {
  return [
    'Usage: news-archive [build] [options]    build the site',
    '       news-archive serve [options]      serve a built site (news-archive serve --help)',
    '       (in a checkout of news-archive: npm run build -- [options])',
    '',
    'Turns a folder of scraped news articles into a searchable static archive website.',
    'Relative paths are from the folder you are in.',
    '',
    'Options:',
    ...optionsHelp(OPTIONS),
    '',
    'Exit codes: 0 built; 1 the build failed; 2 a mistake in the command or its files, which the',
    'message names (the site was not changed); 3 built, but files were rejected and --strict',
    'was given.',
  ].join('\n');
}

/** The version in package.json. */
function version(): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'build'; options: BuildOptions };

/** Options from the command line over archive.config.json (or --config FILE) over the defaults. */
async function parseOptions(argv: string[]): Promise<Command> {
  const given = readCommandLine(COMMAND_LINE, argv);
  if (given.help) return { kind: 'help' };
  if (given.version) return { kind: 'version' };
  return { kind: 'build', options: buildOptions(given, await readGivenConfig(given)) };
}

/** The output folder's identity, to tell after a failed build whether it was replaced. */
async function folderIdentity(folder: string): Promise<string | null> {
  try {
    const { dev, ino } = await lstat(folder);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/** A mistake the user fixes (UsageError, ConfigError): its message alone, exit 2. */
function isUsageMistake(error: unknown): error is Error {
  return error instanceof UsageError || error instanceof ConfigError;
}

async function main(argv: string[]): Promise<number> {
  // The folder the command was run in, for a build run in a process of its own (runRelaunched),
  // which finds the invocation folder from there as this one does.
  const startFolder = process.cwd();
  let command: Command;
  try {
    useInvocationFolder();
    command = await parseOptions(argv);
  } catch (error) {
    if (!isUsageMistake(error)) throw error;
    console.error(`news-archive: ${error.message}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') console.log(usage());
  else if (command.kind === 'version') console.log(version());
  else {
    // With the heap limit sized to the machine (src/heap-limit.ts), unless the user set one.
    const relaunch = thisRelaunch();
    return relaunch ? runRelaunched(relaunch, startFolder) : buildSite(command.options);
  }
  return 0;
}

/**
 * Runs Node with `args` in `folder`, sharing this process's terminal and environment, and
 * returns its exit code. A signal that stops it (Ctrl-C reaches both processes) stops this one
 * the same way; meanwhile this one waits, leaving the child to end the build as it would.
 */
async function runRelaunched(args: string[], folder: string): Promise<number> {
  const child = spawn(process.execPath, args, {
    cwd: folder,
    // The lifeline (followParent): a pipe that closes when this process ends, however it ends.
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    // jemalloc where the machine has it: glibc's malloc keeps gigabytes freed (src/allocator.ts).
    env: {
      ...relaunchEnv({ platform: process.platform, env: process.env, exists: existsSync }),
      [LIFELINE]: '3',
    },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    },
  );
  for (const s of signals) process.off(s, pass);
  if (signal) process.kill(process.pid, signal);
  return code ?? EXIT_FAILED;
}

/** Builds, tells how it went, and returns the exit code. */
async function buildSite(options: BuildOptions): Promise<number> {
  // Loaded only to build: --help, --version and a mistake are answered without the pipeline's
  // modules (Eleventy, Pagefind, the tagger), in a fraction of the time.
  const { build } = await import('./build.ts');
  const before = await folderIdentity(path.resolve(options.output));
  const started = Date.now();
  try {
    const summary = await build(options, (line) => console.error(line));
    for (const line of fileLines(summary, { skipped: options.progress })) console.error(line);
    console.log(summaryLine(summary, (Date.now() - started) / 1000));
    if (summary.rejected.length && options.strict) {
      console.error('news-archive: files were rejected and --strict was given (exit 3).');
      return EXIT_REJECTED;
    }
    return 0;
  } catch (error) {
    // Found wrong before any work started: nothing was touched, and the message says what to do.
    if (isUsageMistake(error)) {
      console.error(`news-archive: ${error.message}`);
      return EXIT_USAGE;
    }
    console.error(`news-archive: ${await failure(options.output, before)}`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_FAILED;
  }
}

/**
 * What a failed build did to the site in `output`, whose identity was `before`. The site is
 * swapped in whole (src/publish.ts), so the output folder is the one there was unless the build
 * failed while or after publishing.
 */
async function failure(output: string, before: string | null): Promise<string> {
  const after = await folderIdentity(path.resolve(output));
  if (after === before) return `build failed, ${output} was left as it was.`;
  if (after === null) {
    return `build failed while publishing; the previous site is in ${replacedSiteFolder(output)}.`;
  }
  return `build failed after the new site was published to ${output}.`;
}

followParent();
process.exitCode = await main(process.argv.slice(2));
