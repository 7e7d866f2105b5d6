// Build options for a test archive kept in one folder.
import path from 'node:path';
import { defaultOptions, type BuildOptions } from '../../src/options.ts';

/**
 * The defaults, reading `input`, with the output (dist/), work folder and address lock inside
 * `folder`, and no progress lines; `overrides` last.
 */
export function optionsIn(
  folder: string,
  input: string,
  overrides: Partial<BuildOptions> = {},
): BuildOptions {
  return {
    ...defaultOptions,
    input,
    output: path.join(folder, 'dist'),
    work: path.join(folder, 'work'),
    lock: path.join(folder, 'archive.lock.json'),
    progress: false,
    ...overrides,
  };
}
