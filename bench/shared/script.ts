// Whether a bench module is the script node was asked to run: a bench that other benches or the
// tests import (its measures) runs its command line only then.

import path from 'node:path';

/** True when `file` (the module's import.meta.filename) is the script node runs. */
export function runsAsScript(file: string): boolean {
  const script = process.argv[1];
  return script !== undefined && script !== '' && path.resolve(script) === path.resolve(file);
}
