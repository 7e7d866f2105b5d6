// Whether one path lies inside a folder: the one test the server (a request must not leave the
// site), serve --watch (changes the build made itself) and the build's ownership checks share.

import { sep } from 'node:path';

/**
 * True when `path` is `folder` or lies inside it. Both must be absolute and normalized (resolved
 * or real paths). Compared by prefix up to a separator, so that "/site-old" is not inside
 * "/site" and a child named "..x" is inside its folder, and the root holds every path.
 */
export function isInside(folder: string, path: string): boolean {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path === folder || path.startsWith(prefix);
}

/**
 * Where an input file's raw copy is published, relative to raw/: at its own path, except a
 * page of markup (.html, .htm, and any case of them), whose copy gets ".txt" added
 * ("page.html.txt"), and a WARC record's page, which gets ".html.txt". A static server labels
 * a file by its extension, and a page served as HTML on the archive's origin would run its
 * scripts as the archive; as .txt every server sends it as text.
 *
 * No two inputs share a copy: a file whose own name is such a copy's ("page.html.txt",
 * "page.html.txt.txt", beside "page.html") gets ".txt" added too. Every path of the form
 * <page>.html(.txt)* gains exactly one ".txt" and every other path none, so distinct paths keep
 * distinct copies, whatever else the folder holds.
 */
export function rawCopyPath(inputPath: string): string {
  if (WARC_RECORD.test(inputPath)) return `${inputPath}.html.txt`;
  return /\.html?(?:\.txt)*$/i.test(inputPath) ? `${inputPath}.txt` : inputPath;
}

/**
 * A WARC record's input path, "<warc path>#<offset>" (src/warc/ingest.ts): its page's copy is
 * published as "site.warc.gz#48213.html.txt".
 */
const WARC_RECORD = /\.warc(?:\.gz)?#\d+$/i;

/**
 * Folder in the work folder's content/ holding each article's body as <slug>.html: written by
 * the write stage (src/stages/write.ts), read by the article template (src/eleventy/content.ts).
 */
export const BODIES_FOLDER = 'bodies';
