// archive.config.json: what a user writes is read as written, and a mistake is named with the
// file, the field and what was expected, so that a misspelt key is not silently ignored.

import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildOptions } from '../../src/build-args.ts';
import { UsageError } from '../../src/errors.ts';
import { ConfigError, parseConfig, readConfig } from '../../src/config.ts';

const FILE = 'archive.config.json';

test('a full config is read as written', () => {
  const config = parseConfig(
    {
      title: 'Korea Desk Archive',
      description: 'Reports on North Korea, 2004-2021.',
      baseUrl: 'https://example.org',
      basePath: '/news/',
      topics: {
        aliases: { 'North Korea': ['N Korea', 'the North', 'DPRK'] },
        exclude: ['Reuters'],
        subjects: { Defection: ['defector', 'defectors', 'defected'] },
      },
    },
    FILE,
  );
  assert.equal(config.title, 'Korea Desk Archive');
  assert.equal(config.basePath, '/news/');
  assert.deepEqual(config.topics.aliases, { 'North Korea': ['N Korea', 'the North', 'DPRK'] });
  assert.deepEqual(config.topics.exclude, ['Reuters']);
  assert.deepEqual(config.topics.subjects, { Defection: ['defector', 'defectors', 'defected'] });
});

test('mistakes name the file and the field', () => {
  const fails = (data: unknown, message: RegExp) =>
    assert.throws(
      () => parseConfig(data, FILE),
      (error: Error) =>
        error instanceof ConfigError &&
        error.message.startsWith(FILE) &&
        message.test(error.message),
    );
  fails({ titel: 'x' }, /unknown field "titel"/);
  fails({ topics: { alias: {} } }, /unknown field "topics\.alias"/);
  fails({ title: 3 }, /"title" must be a string/);
  fails(
    { baseUrl: 'example.org' },
    /"baseUrl": "example.org" has no http.*write https:\/\/example.org/,
  );
  fails(
    { topics: { aliases: { 'North Korea': 'N Korea' } } },
    /"topics\.aliases"\."North Korea" must be a list/,
  );
  fails(
    { topics: { exclude: ['ok', ''] } },
    /"topics\.exclude" must be a list of non-empty strings/,
  );
  fails([], /must be a JSON object/);
});

test('a missing default config is no config; a missing named one, broken JSON, are errors', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-config-'));
  try {
    const missing = path.join(dir, FILE);
    assert.deepEqual((await readConfig(missing, false)).topics, {
      aliases: {},
      exclude: [],
      subjects: {},
    });
    await assert.rejects(readConfig(missing, true), /cannot be read/);
    await writeFile(missing, '{ "title": "x", }');
    await assert.rejects(readConfig(missing, false), (error: Error) =>
      error.message.startsWith(`${missing}: not valid JSON`),
    );
    await writeFile(missing, '\uFEFF{ "title": "With BOM" }');
    assert.equal((await readConfig(missing, false)).title, 'With BOM');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a base URL mistake reads the same from the config as from --base-url, but for where', () => {
  for (const url of ['example.org', 'https://', 'ftp://example.org']) {
    let fromFile = '';
    assert.throws(
      () => parseConfig({ baseUrl: url }, FILE),
      (error: Error) => error instanceof ConfigError && ((fromFile = error.message), true),
    );
    let fromFlag = '';
    assert.throws(
      () => buildOptions({ 'base-url': url }, { file: FILE, config: parseConfig({}, FILE) }),
      (error: Error) => error instanceof UsageError && ((fromFlag = error.message), true),
    );
    const flag = `--base-url "${url}" `;
    assert.ok(fromFlag.startsWith(flag), fromFlag);
    // The file's message names the file and the field where the flag's names the flag, and
    // ends, as every config mistake does, by pointing at the README.
    const said = fromFlag.slice(flag.length);
    assert.equal(
      fromFile,
      `${FILE}: "baseUrl": "${url}" ${said}. See "Configuration" in the README.`,
    );
    assert.match(said, /write|http:\/\/ or https:\/\//);
  }
  assert.doesNotThrow(() => parseConfig({ baseUrl: 'https://example.org/news/' }, FILE));
  assert.doesNotThrow(() => parseConfig({ baseUrl: '' }, FILE));
});
