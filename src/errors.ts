// Errors that are the user's to fix, as opposed to the build's own failures. The command line
// turns a UsageError into its message alone and exit code 2: no stack trace, nothing touched.

/**
 * A build (or serve) that was asked for in a way that cannot be carried out: a missing input
 * folder, an output folder that is not the tool's to replace, a second build into the same
 * output. Thrown before any work starts; the message names the file or folder and the fix.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * What a caught value says, to quote in a message that names the file or the step: an Error's
 * message (its stack is for the build's own failures, which the command line prints whole),
 * anything else as a string.
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
