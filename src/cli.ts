// `npm run build -- [--input DIR] [--output DIR] [--work DIR] [--lock FILE] [--base-path /news/]
//                   [--base-url https://example.org] [--title TEXT] [--config FILE] [--strict]
//                   [--jobs N] [--articles-per-index N] [--max-file-size MB] [--quiet]`
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { ConfigError, DEFAULT_CONFIG_FILE, readConfig } from './config.ts';
import {
  baseUrlAbovePath,
  defaultOptions,
  normalizeBasePath,
  type BuildOptions,
} from './options.ts';
import { LockFileError } from './stages/addresses.ts';

/** Exit codes: 0 built; 1 the build failed (the previous site is untouched); 2 usage error;
 *  3 built, but files were rejected and --strict was given. */
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_REJECTED = 3;

/** Options from the command line over archive.config.json (or --config FILE) over the defaults. */
async function parseOptions(argv: string[]): Promise<BuildOptions> {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      output: { type: 'string' },
      work: { type: 'string' },
      lock: { type: 'string' },
      'base-path': { type: 'string' },
      'base-url': { type: 'string' },
      title: { type: 'string' },
      config: { type: 'string' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
      'max-file-size': { type: 'string' },
      jobs: { type: 'string' },
      'articles-per-index': { type: 'string' },
    },
  });
  const config = await readConfig(
    values.config ?? DEFAULT_CONFIG_FILE,
    values.config !== undefined,
  );
  const basePath = normalizeBasePath(
    values['base-path'] ?? config.basePath ?? defaultOptions.basePath,
  );
  return {
    ...defaultOptions,
    input: values.input ?? defaultOptions.input,
    output: values.output ?? defaultOptions.output,
    work: values.work ?? defaultOptions.work,
    lock: values.lock ?? defaultOptions.lock,
    basePath,
    baseUrl: baseUrlAbovePath(
      values['base-url'] ?? config.baseUrl ?? defaultOptions.baseUrl,
      basePath,
    ),
    siteTitle: values.title ?? config.title ?? defaultOptions.siteTitle,
    siteDescription: config.description ?? defaultOptions.siteDescription,
    topics: config.topics,
    strict: values.strict ?? false,
    progress: !values.quiet,
    maxFileSize:
      values['max-file-size'] === undefined
        ? defaultOptions.maxFileSize
        : megabytes('--max-file-size', values['max-file-size']),
    jobs: values.jobs === undefined ? defaultOptions.jobs : positiveInteger('--jobs', values.jobs),
    articlesPerSearchIndex:
      values['articles-per-index'] === undefined
        ? defaultOptions.articlesPerSearchIndex
        : positiveInteger('--articles-per-index', values['articles-per-index']),
  };
}

function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`${option} wants a whole number of 1 or more, not "${value}"`);
  }
  return n;
}

/** "16" or "0.5" megabytes (10^6 bytes) as bytes. */
function megabytes(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new Error(`${option} wants a size in MB greater than 0, such as 16, not "${value}"`);
  }
  return Math.round(n * 1_000_000);
}

async function main(): Promise<number> {
  let options: BuildOptions;
  try {
    options = await parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`news-archive: ${error.message}`);
      return EXIT_USAGE;
    }
    console.error(`news-archive: ${(error as Error).message}`);
    return EXIT_USAGE;
  }
  const started = Date.now();
  try {
    const summary = await build(options, (line) => console.error(line));
    for (const r of summary.rejected) console.error(`rejected ${r.path}: ${r.reason}`);
    for (const w of summary.warnings) console.error(`warning ${w.path}: ${w.message}`);
    console.log(
      `Built ${summary.output} in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${summary.filesRead} files read, ${summary.articles} articles ` +
        `(${summary.fragments} fragments), ${summary.copiesMerged} copies merged, ` +
        `${summary.rejected.length} files rejected, ${summary.pages} pages` +
        (summary.redirects === 0
          ? ''
          : ` (${summary.redirects} redirect${summary.redirects === 1 ? '' : 's'})`) +
        (summary.reused.pages === 0
          ? '.'
          : `; ${summary.reused.pages} of ${summary.reused.pagedPages} article, listing and ` +
            'feed pages were unchanged and kept from the previous build.'),
    );
    if (summary.rejected.length && options.strict) {
      console.error('news-archive: files were rejected and --strict was given (exit 3).');
      return EXIT_REJECTED;
    }
    return 0;
  } catch (error) {
    console.error(`news-archive: build failed, ${options.output} was left as it was.`);
    // A bad lock file is the user's to fix: its message says how, a stack trace would not help.
    if (error instanceof LockFileError) console.error(error.message);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT_FAILED;
  }
}

process.exitCode = await main();
