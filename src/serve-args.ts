// The serve command's options: its own, and with --watch every option of the build, read by the
// same parser and turned into BuildOptions by the same function as the build command's
// (src/command-line.ts, src/build-args.ts).

import path from 'node:path';
import {
  BUILD_OPTIONS,
  buildOptions,
  readGivenConfig,
  siteBasePath,
  type BuildOptionName,
  type GivenConfig,
} from './build-args.ts';
import {
  HELP_OPTION,
  optionsHelp,
  readCommandLine,
  textOption,
  type CommandLine,
  type Given,
  type OptionSpec,
  type OptionTable,
} from './command-line.ts';
import { DEFAULT_CONFIG_FILE } from './config.ts';
import { UsageError } from './errors.ts';
import { defaultOptions, type BuildOptions } from './options.ts';

/** The first port tried when --port is not given. */
const DEFAULT_PORT = 8080;

/** The options that mean something without --watch; --config and --base-path also build. */
const SERVING_OPTIONS = {
  dir: {
    type: 'string',
    value: 'DIR',
    help: 'folder of the built site to serve',
    default: defaultOptions.output,
  },
  port: {
    type: 'string',
    value: 'N',
    help: 'port to listen on; when it is taken, the next free one is used and named; 0 picks any free port',
    default: String(DEFAULT_PORT),
  },
  'base-path': {
    type: 'string',
    value: 'PATH',
    help: 'URL path the site was built for, as for the build: news, /news and news/ all mean /news/',
    default: 'the config\'s "basePath", or /',
  },
  config: {
    type: 'string',
    value: 'FILE',
    help: 'config file the base path (and with --watch, the build settings) come from',
    default: `${DEFAULT_CONFIG_FILE} if present`,
  },
  watch: {
    type: 'boolean',
    help:
      'build --input into --output and serve it, building again whenever a file in --input ' +
      'changes (a site already in --output is served while the first build runs)',
    default: 'off',
  },
} satisfies Record<string, OptionSpec>;

type ServingName = keyof typeof SERVING_OPTIONS;

/** The build's own options, which only --watch uses. */
type WatchName = Exclude<BuildOptionName, ServingName>;

type ServeName = ServingName | WatchName | 'help';

/** What a build option's help says under serve, where it is for --watch. */
const WATCH_HELP: Partial<Record<WatchName, string>> = {
  output: 'folder the site is built into and served from, like --dir',
  strict: 'accepted as for the build; each build lists the files it rejected, and serving goes on',
  quiet: 'accepted as for the build; serve --watch prints one summary line a build anyway',
};

function isWatchOption(name: string): name is WatchName {
  return Object.hasOwn(BUILD_OPTIONS, name) && !Object.hasOwn(SERVING_OPTIONS, name);
}

/** The build's options, for --watch: each help says so. */
function watchOptions(): OptionTable<WatchName> {
  const entries = Object.entries<OptionSpec>(BUILD_OPTIONS).filter(
    (entry): entry is [WatchName, OptionSpec] => isWatchOption(entry[0]),
  );
  const forWatch = entries.map(([name, spec]) => {
    const help = `with --watch: ${WATCH_HELP[name] ?? spec.help}`;
    return [name, { ...spec, help }];
  });
  return Object.fromEntries(forWatch) as OptionTable<WatchName>;
}

/** Every option, in the order --help lists them. */
const OPTIONS: OptionTable<ServeName> = {
  ...SERVING_OPTIONS,
  ...watchOptions(),
  help: HELP_OPTION,
};

const COMMAND_LINE: CommandLine<ServeName> = {
  command: 'news-archive serve',
  options: OPTIONS,
  strayWordOption: 'dir',
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
  return [
    'Usage: news-archive serve [options]   (or: npm run serve -- [options])',
    '',
    'Serves a built site at http://127.0.0.1:PORT/ for looking at it locally; search needs it,',
    'since Pagefind cannot fetch its index from pages opened from disk.',
    'Relative paths are from the folder you are in.',
    '',
    'Options:',
    ...optionsHelp(OPTIONS),
    '',
    'Examples:',
    '  npm run serve -- --base-path news',
    '  npm run serve -- --watch --input seeds --output dist',
  ].join('\n');
}

/** The command line's options, checked; a mistake is a UsageError saying what to type instead. */
export async function parseServeArgs(argv: string[]): Promise<ServeArgs> {
  const given = readCommandLine(COMMAND_LINE, argv);
  if (given.help) {
    return { help: true, dir: '', port: 0, portGiven: false, basePath: '/', build: null };
  }
  const watchOnly = (Object.keys(given) as ServeName[]).find(isWatchOption);
  if (!given.watch && watchOnly) {
    throw new UsageError(
      `--${watchOnly} is for --watch, which builds the site: add --watch, or leave it out`,
    );
  }
  const config = await readGivenConfig(given);
  const basePath = siteBasePath(given, config.config);
  const dir = servedFolder(textOption(given, 'dir'), textOption(given, 'output'));
  const port = textOption(given, 'port');
  return {
    help: false,
    dir,
    port: port === undefined ? DEFAULT_PORT : portNumber(port),
    portGiven: port !== undefined,
    basePath,
    build: given.watch ? watchBuild(given, config, dir) : null,
  };
}

/**
 * The build --watch runs: the one the build command would run with the same options, into the
 * folder served; paths resolved against the current folder.
 */
function watchBuild(given: Given<ServeName>, config: GivenConfig, dir: string): BuildOptions {
  const options = buildOptions(given, config);
  return {
    ...options,
    input: path.resolve(options.input),
    output: path.resolve(dir),
    work: path.resolve(options.work),
    lock: path.resolve(options.lock),
    // One summary line per build instead (src/watch.ts): stage lines on every save are noise.
    progress: false,
  };
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
