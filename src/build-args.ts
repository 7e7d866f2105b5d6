// The build's options on the command line: their table, and the one function that turns them,
// the config and the defaults into BuildOptions. The build command (src/cli.ts) and
// `serve --watch` (src/serve-args.ts) both read them here, so that each accepts what the other
// does.

import { baseUrlMistake, readConfig, DEFAULT_CONFIG_FILE, type ArchiveConfig } from './config.ts';
import {
  megabytes,
  positiveInteger,
  textOption,
  type Given,
  type OptionSpec,
} from './command-line.ts';
import { UsageError } from './errors.ts';
import {
  baseUrlAbovePath,
  defaultOptions,
  normalizeBasePath,
  type BuildOptions,
} from './options.ts';

/** Every option that sets a build option, in the order --help lists them. */
export const BUILD_OPTIONS = {
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
  portable: {
    type: 'boolean',
    help: 'a site that works opened from disk (file://) and from any path, search included',
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
    help: 'most articles in one part of the search index (a part also ends at 5 million words)',
    default: String(defaultOptions.articlesPerSearchIndex),
  },
  'max-file-size': {
    type: 'string',
    value: 'MB',
    help: 'largest input file read, in MB (a saved page: ten times that); a larger one is rejected',
    default: String(defaultOptions.maxFileSize / 1_000_000),
  },
  quiet: {
    type: 'boolean',
    help: 'print no progress lines',
    default: 'off',
  },
} satisfies Record<string, OptionSpec>;

export type BuildOptionName = keyof typeof BUILD_OPTIONS;

type BuildGiven = Given<BuildOptionName>;

/** The config the options name, and the file it was read from (for messages). */
export interface GivenConfig {
  file: string;
  config: ArchiveConfig;
}

/** archive.config.json, or --config FILE, which must then be there. */
export async function readGivenConfig(given: BuildGiven): Promise<GivenConfig> {
  const named = textOption(given, 'config');
  const file = named ?? DEFAULT_CONFIG_FILE;
  return { file, config: await readConfig(file, named !== undefined) };
}

/** --base-path over the config's "basePath" over /, as the site uses it ("/news/"). */
export function siteBasePath(given: BuildGiven, config: ArchiveConfig): string {
  return normalizeBasePath(
    textOption(given, 'base-path') ?? config.basePath ?? defaultOptions.basePath,
  );
}

/** The build's options: the command line over the config over the defaults. */
export function buildOptions(given: BuildGiven, { config }: GivenConfig): BuildOptions {
  const basePath = siteBasePath(given, config);
  return {
    ...defaultOptions,
    input: textOption(given, 'input') ?? defaultOptions.input,
    output: textOption(given, 'output') ?? defaultOptions.output,
    work: textOption(given, 'work') ?? defaultOptions.work,
    lock: textOption(given, 'lock') ?? defaultOptions.lock,
    basePath,
    baseUrl: baseUrlAbovePath(baseUrl(given, config), basePath),
    siteTitle: textOption(given, 'title') ?? config.title ?? defaultOptions.siteTitle,
    siteDescription: config.description ?? defaultOptions.siteDescription,
    topics: config.topics,
    strict: given.strict === true,
    allowEmpty: given['allow-empty'] === true,
    portable: given.portable === true || (config.portable ?? defaultOptions.portable),
    progress: given.quiet !== true,
    ...limits(given),
  };
}

/** --base-url, checked as the config's "baseUrl" was when it was read, over that over none. */
function baseUrl(given: BuildGiven, config: ArchiveConfig): string {
  const option = textOption(given, 'base-url');
  if (option === undefined) return config.baseUrl ?? defaultOptions.baseUrl;
  const mistake = baseUrlMistake(option, `--base-url "${option}"`);
  if (mistake !== undefined) throw new UsageError(mistake);
  return option;
}

type Limits = Pick<BuildOptions, 'maxFileSize' | 'jobs' | 'articlesPerSearchIndex'>;

/** The numeric options, each checked, or its default. */
function limits(given: BuildGiven): Limits {
  const number = (name: BuildOptionName, read: typeof megabytes, fallback: number) => {
    const value = textOption(given, name);
    return value === undefined ? fallback : read(`--${name}`, value);
  };
  return {
    maxFileSize: number('max-file-size', megabytes, defaultOptions.maxFileSize),
    jobs: number('jobs', positiveInteger, defaultOptions.jobs),
    articlesPerSearchIndex: number(
      'articles-per-index',
      positiveInteger,
      defaultOptions.articlesPerSearchIndex,
    ),
  };
}
