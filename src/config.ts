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
  if (config.baseUrl !== undefined) checkBaseUrl(config.baseUrl, fail);
  if (root.topics !== undefined) readTopics(root.topics, config.topics, fail);
  return config;
}

/** A base URL is empty or whole, with its scheme; one written without it gets a hint. */
function checkBaseUrl(baseUrl: string, fail: (m: string) => never): void {
  if (baseUrl !== '' && !/^https?:\/\//.test(baseUrl)) {
    fail(
      `"baseUrl" must start with http:// or https:// (got "${baseUrl}")` +
        (baseUrl.includes('://') ? '' : `: write "https://${baseUrl}"`),
    );
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
