// The serve command's options: one table that both the parser and --help read, so that help
// lists every option there is. A mistake on the command line is a UsageError whose message says
// what to type instead.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_FILE, readConfig, type ArchiveConfig } from './config.ts';
import { UsageError } from './errors.ts';
import {
  baseUrlAbovePath,
  defaultOptions,
  normalizeBasePath,
  type BuildOptions,
} from './options.ts';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What a string option's value is, as help shows it ("DIR"). */
  value?: string;
  help: string;
  /** Only means something with --watch, which builds. */
  build?: boolean;
}

/** The first port tried when --port is not given. */
export const DEFAULT_PORT = 8080;

const OPTIONS: Record<string, OptionSpec> = {
  dir: { type: 'string', value: 'DIR', help: 'folder of the built site to serve (default: dist)' },
  port: {
    type: 'string',
    value: 'N',
    help:
      `port to listen on (default: ${DEFAULT_PORT}); when it is taken, the next free one ` +
      'is used and named; 0 picks any free port',
  },
  'base-path': {
    type: 'string',
    value: 'P',
    help:
      'URL path the site was built for, as for the build: news, /news and news/ all mean ' +
      '/news/ (default: the config\'s "basePath", or /)',
  },
  config: {
    type: 'string',
    value: 'FILE',
    help: `config file the base path (and with --watch, the build settings) come from (default: ${DEFAULT_CONFIG_FILE}, if there is one)`,
  },
  watch: {
    type: 'boolean',
    help:
      'build --input into --output and serve it, building again whenever a file in --input ' +
      'changes (a site already in --output is served while the first build runs)',
  },
  input: {
    type: 'string',
    value: 'DIR',
    build: true,
    help: `with --watch: folder of articles to build from (default: ${defaultOptions.input})`,
  },
  output: {
    type: 'string',
    value: 'DIR',
    build: true,
    help: `with --watch: folder the site is built into and served from, like --dir (default: ${defaultOptions.output})`,
  },
  work: {
    type: 'string',
    value: 'DIR',
    build: true,
    help: `with --watch: the build's working folder (default: ${defaultOptions.work})`,
  },
  lock: {
    type: 'string',
    value: 'FILE',
    build: true,
    help: `with --watch: the address lock file (default: ${defaultOptions.lock})`,
  },
  'base-url': {
    type: 'string',
    value: 'URL',
    build: true,
    help: 'with --watch: the site\'s address for feeds and the sitemap (default: the config\'s "baseUrl")',
  },
  title: {
    type: 'string',
    value: 'TEXT',
    build: true,
    help: `with --watch: the site's title (default: the config's "title", or ${defaultOptions.siteTitle})`,
  },
  jobs: {
    type: 'string',
    value: 'N',
    build: true,
    help: 'with --watch: worker threads for the build (default: one per core)',
  },
  help: { type: 'boolean', short: 'h', help: 'print this help and exit' },
};

export interface ServeArgs {
  help: boolean;
  /** The folder to serve, as given (messages name it so), resolved against the current one. */
  dir: string;
  port: number;
  /** --port was given: when it is taken, the user asked for it, so serving elsewhere is news. */
  portGiven: boolean;
  basePath: string;
  /** With --watch, the build to run and rerun; null without. */
  build: BuildOptions | null;
}

/** --help's text. */
export function serveUsage(): string {
  const lines = Object.entries(OPTIONS).map(([name, spec]) => {
    const flag = [spec.short && `-${spec.short},`, `--${name}`, spec.value]
      .filter(Boolean)
      .join(' ');
    return wrap(`  ${flag.padEnd(18)} ${spec.help}`, 21);
  });
  return [
    'Usage: news-archive serve [options]   (or: npm run serve -- [options])',
    '',
    'Serves a built site at http://127.0.0.1:PORT/ for looking at it locally; search needs it,',
    'since Pagefind cannot fetch its index from pages opened from disk.',
    '',
    'Options:',
    ...lines,
    '',
    'Examples:',
    '  npm run serve -- --base-path news',
    '  npm run serve -- --watch --input seeds --output dist',
  ].join('\n');
}

/** `line` broken at spaces to fit 100 columns, lines after the first indented by `indent`. */
function wrap(line: string, indent: number): string {
  const lines = [''];
  for (const word of line.split(/(?<=\S) (?=\S)/)) {
    const last = lines.length - 1;
    if (lines[last]!.length + word.length + 1 > 100 && lines[last]!.trim()) {
      lines.push(' '.repeat(indent) + word);
    } else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join('\n');
}

type Values = Record<string, string | boolean | undefined>;

/** The command line's options, checked; a mistake is a UsageError saying what to type instead. */
export async function parseServeArgs(argv: string[]): Promise<ServeArgs> {
  const values = checkedValues(argv);
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  if (values.help === true) {
    return { help: true, dir: '', port: 0, portGiven: false, basePath: '/', build: null };
  }
  const watch = values.watch === true;
  if (!watch) {
    const buildOnly = Object.keys(values).find((name) => OPTIONS[name]?.build);
    if (buildOnly) {
      throw new UsageError(
        `--${buildOnly} is for --watch, which builds the site: add --watch, or leave it out`,
      );
    }
  }
  const configFile = text('config');
  const config = await readConfig(configFile ?? DEFAULT_CONFIG_FILE, configFile !== undefined);
  const basePath = normalizeBasePath(text('base-path') ?? config.basePath ?? '/');
  const dir = servedFolder(text('dir'), text('output'));
  const port = text('port');
  return {
    help: false,
    dir,
    port: port === undefined ? DEFAULT_PORT : portNumber(port),
    portGiven: port !== undefined,
    basePath,
    build: watch ? buildOptions(text, config, dir, basePath) : null,
  };
}

/**
 * The values of `argv`, once every token is a known option with the right kind of value. The
 * tokens are checked here rather than by parseArgs' strict mode, so that the message can
 * suggest the option the user probably meant.
 */
function checkedValues(argv: string[]): Values {
  const { values, tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      Object.entries(OPTIONS).map(([name, { type, short }]) => [
        name,
        short ? { type, short } : { type },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      throw new UsageError(
        `Unexpected argument "${token.value}": serve takes only options (see --help)`,
      );
    }
    if (token.kind !== 'option') continue;
    const spec = OPTIONS[token.name];
    if (!spec) throw new UsageError(unknownOption(token.rawName));
    const flag = `--${token.name}`;
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`${flag} takes no value, but was given "${token.value}"`);
    }
    // parseArgs takes the next argument as the value even when it is another option.
    const missing =
      token.value === undefined || (!token.inlineValue && token.value.startsWith('--'));
    if (spec.type === 'string' && missing) {
      throw new UsageError(`${flag} needs a value: ${flag} ${spec.value ?? 'VALUE'}`);
    }
  }
  return values;
}

/** "Unknown option --prot: did you mean --port? (--help lists them all)" */
function unknownOption(rawName: string): string {
  const name = rawName.replace(/^-+/, '');
  const known = Object.keys(OPTIONS);
  const nearest = known
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const prefixed = known.find((candidate) => name.length >= 2 && candidate.startsWith(name));
  const close = nearest && nearest.distance <= Math.max(2, Math.floor(name.length / 3));
  const guess = prefixed ?? (close ? nearest.candidate : undefined);
  return (
    `Unknown option ${rawName}` +
    (guess ? `: did you mean --${guess}?` : '') +
    ' (--help lists them all)'
  );
}

/** Edits (insert, delete, replace, swap two neighbours) turning `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/** --dir, or --output (which --watch builds into): both name the served folder. */
function servedFolder(dir: string | undefined, output: string | undefined): string {
  if (dir !== undefined && output !== undefined && path.resolve(dir) !== path.resolve(output)) {
    throw new UsageError(
      `--dir ${dir} and --output ${output} name different folders, but the site built is the ` +
        'one served: give one of them',
    );
  }
  return dir ?? output ?? defaultOptions.output;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(
      `--port wants a whole number from 0 to 65535 (0 for any free port), not "${value}"`,
    );
  }
  return port;
}

/**
 * The options a build with the same flags would get: the command line over the config over the
 * defaults, as in src/cli.ts; paths resolved against the current folder.
 */
function buildOptions(
  text: (name: string) => string | undefined,
  config: ArchiveConfig,
  output: string,
  basePath: string,
): BuildOptions {
  const jobs = text('jobs');
  return {
    ...defaultOptions,
    input: path.resolve(text('input') ?? defaultOptions.input),
    output: path.resolve(output),
    work: path.resolve(text('work') ?? defaultOptions.work),
    lock: path.resolve(text('lock') ?? defaultOptions.lock),
    basePath,
    baseUrl: baseUrlAbovePath(
      text('base-url') ?? config.baseUrl ?? defaultOptions.baseUrl,
      basePath,
    ),
    siteTitle: text('title') ?? config.title ?? defaultOptions.siteTitle,
    siteDescription: config.description ?? defaultOptions.siteDescription,
    topics: config.topics,
    // One summary line per build instead (src/watch.ts): stage lines on every save are noise.
    progress: false,
    jobs: jobs === undefined ? defaultOptions.jobs : positiveInteger('--jobs', jobs),
  };
}

function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`${option} wants a whole number of 1 or more, not "${value}"`);
  }
  return n;
}
