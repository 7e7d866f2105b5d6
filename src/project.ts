// Where this project's own files are (templates, the Eleventy config, src/, node_modules): found
// from this module, not from the working directory, which is wherever the user runs the build.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, without a trailing separator. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
