// The user's archive.config.json: site title, description, base URL and path, and topic
// settings (aliases, exclusions, keyword subjects). Command-line options override it.
//
// JSON rather than a JavaScript module: the config is data, it should not run code during a
// build, and a JSON file reads the same on every machine. Every field is checked, and a mistake
// is reported with the file, the field and what is expected, since a misspelt key that is
// silently ignored would leave the user wondering why their alias has no effect.

import { readFile } from 'node:fs/promises';

/** Topic settings, from the "topics" object of the config. */
export interface TopicSettings {
  /** Canonical name -> other names for the same topic ("North Korea": ["N Korea", "the North"]). */
  aliases: Record<string, string[]>;
  /** Names never made topics; compared as topic names are (case and hyphens don't count). */
  exclude: string[];
  /** Subject topics: name -> keywords or phrases; an article that uses them is about the subject. */
  subjects: Record<string, string[]>;
}

export interface ArchiveConfig {
  title?: string;
  description?: string;
  baseUrl?: string;
  basePath?: string;
  /** A site that works opened from disk (see BuildOptions.portable). */
  portable?: boolean;
  topics: TopicSettings;
}

export const DEFAULT_CONFIG_FILE = 'archive.config.json';

export const emptyTopicSettings: TopicSettings = { aliases: {}, exclude: [], subjects: {} };

export class ConfigError extends Error {}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: Json, where: string, fail: (m: string) => never): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim())) {
    fail(`${where} must be a list of non-empty strings, like ["N Korea", "the North"]`);
  }
  return value.map((v: string) => v.trim());
}

function listsByName(
  value: Json,
  where: string,
  fail: (m: string) => never,
): Record<string, string[]> {
  if (!isObject(value)) fail(`${where} must be an object of name: [list of names]`);
  const out: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(value)) {
    if (!name.trim()) fail(`${where} has an empty name`);
    out[name.trim()] = stringList(list, `${where}."${name}"`, fail);
  }
  return out;
}

/** Checks a parsed config; `file` names it in messages. */
export function parseConfig(data: Json, file: string): ArchiveConfig {
  const fail = (message: string): never => {
    throw new ConfigError(`${file}: ${message}. See "Configuration" in the README.`);
  };
  if (!isObject(data)) fail('the config must be a JSON object');
  const root = data as Record<string, Json>;
  const known = new Set(['title', 'description', 'baseUrl', 'basePath', 'portable', 'topics']);
  for (const key of Object.keys(root)) {
    if (!known.has(key)) fail(`unknown field "${key}" (known: ${[...known].join(', ')})`);
  }
  // A copy: the lists below are set on it, never on the shared empty settings.
  const config: ArchiveConfig = { topics: { ...emptyTopicSettings } };
  for (const key of ['title', 'description', 'baseUrl', 'basePath'] as const) {
    const value = root[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') fail(`"${key}" must be a string`);
    config[key] = value as string;
  }
  if (root.portable !== undefined) {
    if (typeof root.portable !== 'boolean') fail('"portable" must be true or false');
    config.portable = root.portable as boolean;
  }
  const mistake =
    config.baseUrl === undefined
      ? undefined
      : baseUrlMistake(config.baseUrl, `"baseUrl": "${config.baseUrl}"`);
  if (mistake !== undefined) fail(mistake);
  if (root.topics !== undefined) readTopics(root.topics, config.topics, fail);
  return config;
}

/**
 * What is wrong with a base URL, as one sentence that starts with `subject` (the value and where
 * it came from: `--base-url "example.org"`, `"baseUrl": "example.org"`) and says what to write;
 * undefined when it is empty or a whole http(s) address. The config and --base-url both check
 * here, so a mistake reads the same from either. "example.org" would give feeds and a sitemap of
 * relative, invalid links.
 */
export function baseUrlMistake(value: string, subject: string): string | undefined {
  if (value === '' || isHttpAddress(value)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    return `${subject} names no host: write the site's whole address, such as https://example.org`;
  }
  if (scheme)
    return `${subject} must be an http:// or https:// address, the one the site is served at`;
  return (
    `${subject} has no http:// or https:// at the start: write ` +
    `https://${value.replace(/^\/+/, '')} (the site's whole address, which the feeds and ` +
    'the sitemap link to)'
  );
}

function isHttpAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks the config's "topics" object and sets what it holds on `settings`. */
function readTopics(topics: Json, settings: TopicSettings, fail: (m: string) => never): void {
  if (!isObject(topics)) fail('"topics" must be an object with aliases, exclude and subjects');
  const t = topics as Record<string, Json>;
  for (const key of Object.keys(t)) {
    if (!['aliases', 'exclude', 'subjects'].includes(key)) {
      fail(`unknown field "topics.${key}" (known: aliases, exclude, subjects)`);
    }
  }
  if (t.aliases !== undefined) settings.aliases = listsByName(t.aliases, '"topics.aliases"', fail);
  if (t.exclude !== undefined) settings.exclude = stringList(t.exclude, '"topics.exclude"', fail);
  if (t.subjects !== undefined) {
    settings.subjects = listsByName(t.subjects, '"topics.subjects"', fail);
  }
}

/**
 * Reads the config. A missing file is an empty config when it is the default one, and an error
 * when the user named it (`required`).
 */
export async function readConfig(file: string, required: boolean): Promise<ArchiveConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required)
      return parseConfig({}, file);
    throw new ConfigError(`${file}: cannot be read (${(error as Error).message})`);
  }
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseConfig(data, file);
}
