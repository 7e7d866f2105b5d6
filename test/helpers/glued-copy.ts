// A scraped copy of a real Reuters story with the first sentences of other stories glued under
// it, as seed 001 carries four, and the archive it is built with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asFile, loadReuters, type Story } from '../../bench/dedup/stories.ts';
import { sentences } from '../../src/text.ts';
import type { InputFile } from '../../src/types.ts';
import { CORPORA } from './corpora.ts';

/** Reuters stories outside the sample: a glued copy's story and leads (test/corpora/README.md). */
export const GLUED_LEADS: Story[] = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../corpora/reuters-glued-leads.json'), 'utf8'),
);

/**
 * Reuters story `pageId` as `page.txt`, its paragraphs followed by `tail(leads)`, the leads being
 * the first sentences of stories `leadIds`; `files` is that copy first, then the sampled
 * stories but for the copy's own and the leads' (no other copy and no lead's story archived).
 */
export async function gluedCopy(
  pageId: number,
  leadIds: number[],
  tail: (leads: string[]) => string[] = (leads) => leads,
): Promise<{ story: Story; leads: string[]; files: InputFile[] }> {
  const stories = await loadReuters(CORPORA);
  const isOneOf = (ids: number[]) => (s: Story) => ids.some((id) => s.path.endsWith(`/${id}.txt`));
  const byId = (id: number) => [...stories, ...GLUED_LEADS].find(isOneOf([id]))!;
  const story = byId(pageId);
  const leads = leadIds.map((id) => sentences(byId(id).paragraphs.join(' '))[0]!);
  const page = { ...story, path: 'page.txt', paragraphs: [...story.paragraphs, ...tail(leads)] };
  const others = stories.filter((s) => !isOneOf([pageId, ...leadIds])(s));
  return { story, leads, files: [page, ...others].map(asFile) };
}
