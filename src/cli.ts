// The build command: `news-archive [build] [options]` (bin/news-archive.js), or in a checkout
// `npm run build -- [options]`. `--help` lists the options (OPTIONS below).
//
// Relative paths (--input, --output, --work, --lock, --config) are from the folder the user is
// in: under `npm run build`, which runs this in the checkout, that is npm's INIT_CWD.
import { realpathSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildSummary } from './build.ts';
import { ConfigError, DEFAULT_CONFIG_FILE, readConfig } from './config.ts';
import { UsageError } from './errors.ts';
import {
  baseUrlAbovePath,
  defaultOptions,
  normalizeBasePath,
  type BuildOptions,
} from './options.ts';
import { PROJECT_ROOT } from './project.ts';
import { replacedSiteFolder } from './ownership.ts';

/** Exit codes: 0 built; 1 the build failed (the previous site is untouched); 2 usage error;
 *  3 built, but files were rejected and --strict was given. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_REJECTED = 3;

interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value is, in the help (DIR, FILE, N); string options only. */
  value?: string;
  short?: string;
  help: string;
  /** The default, as the help gives it; none for --help and --version. */
  default?: string;
}

/** Every option, in the order --help lists them. */
const OPTIONS = {
  input: {
    type: 'string',
    value: 'DIR',
    help: 'folder of scraped articles, read with its subfolders',
    default: defaultOptions.input,
  },
  output: {
    type: 'string',
    value: 'DIR',
    help: 'folder the finished site replaces',
    default: defaultOptions.output,
  },
  work: {
    type: 'string',
    value: 'DIR',
    help: 'working folder, kept between builds',
    default: defaultOptions.work,
  },
  lock: {
    type: 'string',
    value: 'FILE',
    help: 'lock file that keeps published addresses the same from build to build',
    default: defaultOptions.lock,
  },
  config: {
    type: 'string',
    value: 'FILE',
    help: 'config file: title, description, base URL and path, topics',
    default: `${DEFAULT_CONFIG_FILE} if present`,
  },
  'base-path': {
    type: 'string',
    value: 'PATH',
    help: 'URL path the site is served under, such as /news/',
    default: defaultOptions.basePath,
  },
  'base-url': {
    type: 'string',
    value: 'URL',
    help: "the site's address for feeds and the sitemap, as https://example.org",
    default: 'none',
  },
  title: {
    type: 'string',
    value: 'TEXT',
    help: 'site title',
    default: defaultOptions.siteTitle,
  },
  strict: {
    type: 'boolean',
    help: 'exit with code 3 when any file was rejected',
    default: 'off',
  },
  'allow-empty': {
    type: 'boolean',
    help: 'publish even when the input gives no article while the lock holds published addresses',
    default: 'off',
  },
  jobs: {
    type: 'string',
    value: 'N',
    help: 'worker threads for normalize, names and write',
    default: `one per core, ${defaultOptions.jobs} here`,
  },
  'articles-per-index': {
    type: 'string',
    value: 'N',
    help: 'most articles in one part of the search index',
    default: String(defaultOptions.articlesPerSearchIndex),
  },
  'max-file-size': {
    type: 'string',
    value: 'MB',
    help: 'largest input file read, in MB; a larger one is rejected',
    default: String(defaultOptions.maxFileSize / 1_000_000),
  },
  quiet: {
    type: 'boolean',
    help: 'print no progress lines',
    default: 'off',
  },
  help: { type: 'boolean', short: 'h', help: 'print this help and exit' },
  version: { type: 'boolean', help: 'print the version and exit' },
} satisfies Record<string, OptionSpec>;

type OptionName = keyof typeof OPTIONS;

function spec(name: OptionName): OptionSpec {
  return OPTIONS[name];
}

const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/** The --help text. */
function usage(): string {
  const left = (name: OptionName) => {
    const { short, value } = spec(name);
    return `${short ? `-${short}, ` : ''}--${name}${value ? ` ${value}` : ''}`;
  };
  const width = Math.max(...OPTION_NAMES.map((name) => left(name).length)) + 2;
  const lines = OPTION_NAMES.map((name) => {
    const { help, default: fallback } = spec(name);
    const text = fallback === undefined ? help : `${help} (default: ${fallback})`;
    return `  ${left(name).padEnd(width)}${text}`;
  });
  return [
    'Usage: news-archive [build] [options]    build the site',
    '       news-archive serve [options]      serve a built site (news-archive serve --help)',
    '       (in a checkout of news-archive: npm run build -- [options])',
    '',
    'Turns a folder of scraped news articles into a searchable static archive website.',
    'Relative paths are from the folder you are in.',
    '',
    'Options:',
    ...lines,
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

/**
 * Edit distance between two strings (optimal string alignment: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each count 1, so "inptu" is 1 from "input").
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known option an unknown one was probably meant to be: the nearest by edit distance, if it
 * is near (2 edits, or a third of the name for longer ones), or the one it starts (--out).
 */
function nearestOption(unknown: string): OptionName | null {
  const name = unknown.replace(/^-+/, '').toLowerCase().replace(/_/g, '-');
  if (name === '') return null;
  let best: OptionName | null = null;
  let bestDistance = Infinity;
  for (const option of OPTION_NAMES) {
    const distance = editDistance(name, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  if (best && bestDistance <= Math.max(2, Math.floor(name.length / 3))) return best;
  const prefixed = OPTION_NAMES.filter((option) => option.startsWith(name));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}

type Given = Partial<Record<OptionName, string | true>>;

/**
 * The options on the command line, checked: an unknown option, a missing value or a stray
 * argument is a UsageError naming it.
 */
function readCommandLine(argv: string[]): Given {
  const { tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      OPTION_NAMES.map((name) => {
        const { type, short } = spec(name);
        return [name, short ? { type, short } : { type }];
      }),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given: Given = {};
  const problems: string[] = [];
  for (const [i, token] of tokens.entries()) {
    if (token.kind === 'positional') {
      // "--inptu DIR": the unknown option's value, reported with it.
      const before = tokens[i - 1];
      if (before?.kind === 'option' && !Object.hasOwn(OPTIONS, before.name)) continue;
      problems.push(
        `Unexpected argument "${token.value}": options start with --, ` +
          `as in --input ${token.value}. Run news-archive --help to list them.`,
      );
      continue;
    }
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(OPTIONS, token.name)) {
      const near = nearestOption(token.rawName);
      problems.push(
        `Unknown option ${token.rawName}. ` +
          (near ? `Did you mean --${near}?` : 'Run news-archive --help to list the options.'),
      );
      continue;
    }
    const name = token.name as OptionName;
    const option = spec(name);
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        problems.push(`${token.rawName} takes no value (it was given "${token.value}").`);
      } else given[name] = true;
    } else if (
      token.value === undefined ||
      // "--input --quiet": the next option was taken as the value, which was left out.
      (!token.inlineValue && (token.value.startsWith('--') || token.value === '-h'))
    ) {
      problems.push(`${token.rawName} needs a value, as in ${token.rawName} ${option.value}.`);
    } else given[name] = token.value;
  }
  if (given.help || given.version) return given;
  // The first mistake: one at a time reads better than a list, and fixing it may fix the rest.
  if (problems[0] !== undefined) throw new UsageError(problems[0]);
  return given;
}

function text(given: Given, name: OptionName): string | undefined {
  const value = given[name];
  return typeof value === 'string' ? value : undefined;
}

type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'build'; options: BuildOptions };

/** Options from the command line over archive.config.json (or --config FILE) over the defaults. */
async function parseOptions(argv: string[]): Promise<Command> {
  const given = readCommandLine(argv);
  if (given.help) return { kind: 'help' };
  if (given.version) return { kind: 'version' };
  const configFile = text(given, 'config');
  const config = await readConfig(configFile ?? DEFAULT_CONFIG_FILE, configFile !== undefined);
  const basePath = normalizeBasePath(
    text(given, 'base-path') ?? config.basePath ?? defaultOptions.basePath,
  );
  const urlOption = text(given, 'base-url');
  const baseUrl = urlOption ?? config.baseUrl ?? defaultOptions.baseUrl;
  checkBaseUrl(
    baseUrl,
    urlOption === undefined
      ? `${configFile ?? DEFAULT_CONFIG_FILE}: "baseUrl": "${baseUrl}"`
      : `--base-url "${baseUrl}"`,
  );
  const maxFileSize = text(given, 'max-file-size');
  const jobs = text(given, 'jobs');
  const perIndex = text(given, 'articles-per-index');
  return {
    kind: 'build',
    options: {
      ...defaultOptions,
      input: text(given, 'input') ?? defaultOptions.input,
      output: text(given, 'output') ?? defaultOptions.output,
      work: text(given, 'work') ?? defaultOptions.work,
      lock: text(given, 'lock') ?? defaultOptions.lock,
      basePath,
      baseUrl: baseUrlAbovePath(baseUrl, basePath),
      siteTitle: text(given, 'title') ?? config.title ?? defaultOptions.siteTitle,
      siteDescription: config.description ?? defaultOptions.siteDescription,
      topics: config.topics,
      strict: given.strict === true,
      allowEmpty: given['allow-empty'] === true,
      progress: given.quiet !== true,
      maxFileSize:
        maxFileSize === undefined
          ? defaultOptions.maxFileSize
          : megabytes('--max-file-size', maxFileSize),
      jobs: jobs === undefined ? defaultOptions.jobs : positiveInteger('--jobs', jobs),
      articlesPerSearchIndex:
        perIndex === undefined
          ? defaultOptions.articlesPerSearchIndex
          : positiveInteger('--articles-per-index', perIndex),
    },
  };
}

/**
 * A base URL must be a whole http(s) address: "example.org" would give feeds and a sitemap of
 * relative, invalid links. `subject` names the value and where it came from, to start the
 * message: `--base-url "example.org"`, `site.json: "baseUrl": "example.org"`.
 */
function checkBaseUrl(value: string, subject: string): void {
  if (value === '') return;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Not an address at all: handled below.
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    throw new UsageError(
      `${subject} names no host: write the site's whole address, such as https://example.org`,
    );
  }
  if (scheme) {
    throw new UsageError(
      `${subject} must be an http:// or https:// address, the one the site is served at`,
    );
  }
  throw new UsageError(
    `${subject} has no http:// or https:// at the start: write ` +
      `https://${value.replace(/^\/+/, '')} (the site's whole address, which the feeds and ` +
      'the sitemap link to)',
  );
}

function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`${option} wants a whole number of 1 or more, not "${value}"`);
  }
  return n;
}

/** "16" or "0.5" megabytes (10^6 bytes) as bytes. */
function megabytes(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`${option} wants a size in MB greater than 0, such as 16, not "${value}"`);
  }
  return Math.round(n * 1_000_000);
}

/** "1 article", "2 articles"; "1 copy", "3 copies". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line: what was read, published, merged, rejected and skipped, in plain English. */
function summaryLine(summary: BuildSummary, seconds: number): string {
  const { skipped } = summary;
  // A skipped folder's path ends in / (src/stages/ingest.ts).
  const folders = skipped.filter((s) => s.path.endsWith('/')).length;
  const files = skipped.length - folders;
  const skippedText =
    skipped.length === 0
      ? ''
      : `, ${[files && count(files, 'file'), folders && count(folders, 'folder')]
          .filter(Boolean)
          .join(' and ')} skipped (hidden or documentation)`;
  return (
    `Built ${summary.output} in ${seconds.toFixed(1)} s: ` +
    `${count(summary.filesRead, 'file')} read, ${count(summary.articles, 'article')} ` +
    `(${count(summary.fragments, 'fragment')}), ` +
    `${count(summary.copiesMerged, 'copy', 'copies')} merged, ` +
    `${count(summary.rejected.length, 'file')} rejected${skippedText}, ` +
    `${count(summary.pages, 'page')}` +
    (summary.redirects === 0 ? '' : ` (${count(summary.redirects, 'redirect')})`) +
    (summary.reused.pages === 0
      ? '.'
      : `; ${summary.reused.pages} of ${summary.reused.pagedPages} article, listing and ` +
        'feed pages were unchanged and kept from the previous build.')
  );
}

/**
 * `npm run build` (and `npm --prefix CHECKOUT run build`) runs this in the checkout, and puts
 * the folder the user typed it in into INIT_CWD: relative paths are from there, as they are
 * when news-archive is run directly. Only under this package's own build or serve script: a
 * test or another package's script that runs the command keeps the folder it was given.
 */
function useInvocationFolder(): void {
  const { npm_lifecycle_event: event, INIT_CWD: invokedIn } = process.env;
  if ((event !== 'build' && event !== 'serve') || !invokedIn) return;
  if (realpathSync(process.cwd()) !== realpathSync(PROJECT_ROOT)) return;
  try {
    process.chdir(invokedIn);
  } catch (error) {
    throw new UsageError(
      `cannot work from ${invokedIn}, the folder npm was run in (${(error as Error).message})`,
    );
  }
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
  let command: Command;
  try {
    useInvocationFolder();
    command = await parseOptions(argv);
  } catch (error) {
    if (!isUsageMistake(error)) throw error;
    console.error(`news-archive: ${error.message}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    console.log(usage());
    return 0;
  }
  if (command.kind === 'version') {
    console.log(version());
    return 0;
  }
  const { options } = command;
  // Loaded only to build: --help, --version and a mistake are answered without the pipeline's
  // modules (Eleventy, Pagefind, the tagger), in a fraction of the time.
  const { build } = await import('./build.ts');
  const output = path.resolve(options.output);
  const before = await folderIdentity(output);
  const started = Date.now();
  try {
    const summary = await build(options, (line) => console.error(line));
    if (options.progress) {
      for (const s of summary.skipped) console.error(`skipped ${s.path} (${s.reason})`);
    }
    for (const r of summary.rejected) console.error(`rejected ${r.path}: ${r.reason}`);
    for (const w of summary.warnings) console.error(`warning ${w.path}: ${w.message}`);
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
    // The site is swapped in whole (src/publish.ts), so the output folder is the one there was
    // unless the build failed while or after publishing.
    const after = await folderIdentity(output);
    if (after === before) {
      console.error(`news-archive: build failed, ${options.output} was left as it was.`);
    } else if (after === null) {
      console.error(
        `news-archive: build failed while publishing; the previous site is in ` +
          `${replacedSiteFolder(options.output)}.`,
      );
    } else {
      console.error(
        `news-archive: build failed after the new site was published to ${options.output}.`,
      );
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2));
