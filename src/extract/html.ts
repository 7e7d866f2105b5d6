// The extraction layer over an HTML page (InputFile.format "html"), in order:
//   front end    the page parsed, hidden elements and forms dropped (recorded), the rest turned
//                into blocks with their element paths (html-front-end.ts)
//   metadata     what the page declares: JSON-LD, OpenGraph, article:*, Dublin Core, itemprop,
//                <time>, <title>, <html lang> (src/html/metadata.ts)
//   classifier   the main content element and the page furniture inside it, from the DOM
//                (html-classify.ts)
//   readers      the text path's header readers over the blocks around the headline: a dateline
//                or byline the page prints is taken out of the text, and gives the date or byline
//                when the page declares none (header-lines.ts)
//   chrome       the text path's chrome rules over the content's blocks (chrome-lines.ts)
//   assembler    the blocks left, with their kinds (subheadings, list items, quotes, captions);
//                every block taken out recorded with its label, source line and element path
//
// The blocks are the layer's lines here: block i is line i + 1 of the state the text rules read,
// and each removal is given back its block's line in the page's source and its element path.
//
// This file is the composition, in that order (normalizeHtml, readPage); the readers it asks are
// in src/extract/html/: take-headline.ts (the headline's block, its revisions) over
// declared-headline.ts (the block printing the declared headline), title-headings.ts and
// story-heading.ts; declared.ts (the declared author set aside, the site, the date); header.ts
// (the header's window, a repeated headline, the standfirst, dates below); bylines.ts (the
// printed byline); shared.ts (small readers they share).

import { documentLanguage } from '../normalize/language.ts';
import { keptLinks, pageBase } from '../html/links.ts';
import { pageMetadata, siteNameCut, type PageMetadata } from '../html/metadata.ts';
import type { Block, InputFile, NormalizedDoc, Removal } from '../types.ts';
import type { NormalizeContext } from './context.ts';
import { labelChrome } from './chrome-lines.ts';
import type { TextLine } from './front-end.ts';
import { classifyHtml, type DomVerdict } from './html-classify.ts';
import {
  parseWithPositions,
  readHtmlBlocks,
  type DroppedText,
  type HtmlBlock,
} from './html-front-end.ts';
import { REMOVAL_WORDING, type RemovalLabel } from './labels.ts';
import { withoutSidebars } from './html-bylines.ts';
import { createState, HEAD_LINES, remove, type ExtractState } from './state.ts';
import { once, languageTag } from './html/shared.ts';
import { setAsideDeclaredAuthor, pageDate, siteFromTitle } from './html/declared.ts';
import {
  type BylinePage,
  mendedByline,
  printedByline,
  finishedByline,
  articleAfter,
  authorTexts,
  markedByline,
} from './html/bylines.ts';
import { takeHeadline } from './html/take-headline.ts';
import {
  ABOVE_HEADLINE,
  readDatesBelow,
  headerWindowFrom,
  readHeader,
  removeRepeatedHeadline,
  takeStandfirst,
} from './html/header.ts';

export { languageTag } from './html/shared.ts';

const VERDICT_LABEL: Record<Exclude<DomVerdict, null>, RemovalLabel> = {
  outside: 'outside-article',
  furniture: 'page-furniture',
  navigation: 'navigation-links',
};

export function normalizeHtml(file: InputFile, context: NormalizeContext): NormalizedDoc {
  const tree = parseWithPositions(file.text);
  const declared = pageMetadata(tree, pageBase(file.capture?.url));
  const { blocks, dropped } = readHtmlBlocks(tree);
  const { verdicts } = classifyHtml(blocks, declared.headline?.value ?? null);
  const lines: TextLine[] = blocks.map((b, i) => ({
    n: i + 1,
    text: b.text,
    origin: { first: b.line, last: b.line, element: b.path },
  }));
  const state = createState(file, context, lines);
  readPage(state, blocks, verdicts, declared);
  return htmlDocument(file, state, blocks, dropped, declared);
}

/**
 * Reads what the page prints around the declared metadata, taking out each block read: the
 * headline, the header's dateline and byline, the blocks the classifier put outside the article,
 * chrome, a repeated headline and the standfirst.
 */
function readPage(
  state: ExtractState,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  declared: PageMetadata,
): void {
  const { meta } = state;
  meta.title = declared.headline?.value ?? null;
  meta.byline = declared.byline;
  meta.source = declared.siteName?.value ?? null;
  meta.section = declared.section;

  const contentStart = Math.max(
    0,
    verdicts.findIndex((v) => v !== 'outside'),
  );
  const pageTitle = declared.title
    ? { text: declared.title, cut: siteNameCut(declared.title, meta.source) }
    : null;
  const headline = takeHeadline(state, blocks, verdicts, contentStart, pageTitle, declared);
  meta.source ??= siteFromTitle(declared.title, meta.title);
  const { siteAuthor, pageAuthor } = setAsideDeclaredAuthor(state, declared, blocks);
  // A dateline or byline may stand just above the headline ("Published on: June 25, 2024").
  const headerFrom = Math.max(0, (headline ?? contentStart) - ABOVE_HEADLINE);
  readHeader(
    state,
    blocks,
    verdicts,
    headerWindowFrom(headerFrom, contentStart),
    contentStart,
    headline,
  );
  const at = { headline, contentStart, headerFrom, siteAuthor, pageAuthor };
  const page = bylinePage(state, blocks, verdicts, declared, at);
  meta.byline = finishedByline(mendedByline(meta.byline, page) ?? printedByline(page), page);
  removeOutside(state, verdicts);
  if (!declared.date) readDatesBelow(state, blocks, headline, contentStart, declared);
  state.nonEmpty = state.lines.filter((l) => !state.used.has(l.n));
  labelChrome(state);
  removeRepeatedHeadline(state);
  takeStandfirst(
    state,
    blocks,
    { after: headline ?? contentStart, contentStart },
    declared.description,
  );
}

/** What the byline readers read (BylinePage), once readPage has taken the headline and header. */
function bylinePage(
  state: ExtractState,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  declared: PageMetadata,
  at: Pick<BylinePage, 'headline' | 'contentStart' | 'headerFrom' | 'siteAuthor' | 'pageAuthor'>,
): BylinePage {
  const { headline, contentStart, headerFrom } = at;
  // Not a sidebar's widgets printed before the story: their dates and authors are other posts'.
  const around = withoutSidebars(
    blocks.slice(headerFrom, Math.max(headline ?? 0, contentStart) + HEAD_LINES),
  );
  return {
    blocks,
    verdicts,
    declared,
    ...at,
    around,
    creditByline: state.meta.creditByline,
    marked: once(() => markedByline(around)),
    story: once(() => articleAfter(blocks, verdicts, headline ?? contentStart)),
    pageTexts: once(() => authorTexts(blocks)),
  };
}

/** The blocks the classifier judged outside the article, furniture or links no reader took, out. */
function removeOutside(state: ExtractState, verdicts: DomVerdict[]): void {
  for (const [i, verdict] of verdicts.entries()) {
    const line = state.lines[i] as TextLine;
    if (verdict && !state.used.has(line.n)) remove(state, line, VERDICT_LABEL[verdict]);
  }
}

/** The page's document: the blocks no reader took, with what was read and what was removed. */
function htmlDocument(
  file: InputFile,
  state: ExtractState,
  blocks: HtmlBlock[],
  dropped: DroppedText[],
  declared: PageMetadata,
): NormalizedDoc {
  const { meta } = state;
  // Relative links resolve against the address the page was captured from, else the one it
  // declares; with neither, they stay plain text.
  const base = pageBase(file.capture?.url, declared.canonicalUrl);
  const body: Block[] = blocks.flatMap((b, i) =>
    state.used.has(i + 1) ? [] : [bodyBlock(b, base)],
  );
  const warnings = [...file.warnings, ...declared.warnings];
  return {
    path: file.path,
    sha256: file.sha256,
    format: 'html',
    title: meta.title,
    standfirst: meta.standfirst,
    date: pageDate(state, declared),
    source: meta.source,
    byline: meta.byline ?? meta.creditByline,
    section: meta.section,
    lang:
      languageTag(declared.language) ??
      documentLanguage(
        meta.title,
        body.map((b) => b.text),
      ),
    blocks: body,
    removed: removals(state, blocks, dropped),
    warnings,
    ...(declared.canonicalUrl && { url: declared.canonicalUrl }),
  };
}

/** A block of the body with the structure Markdown keeps: heading level, list, table, links. */
function bodyBlock(b: HtmlBlock, base: string | null): Block {
  const block: Block = { kind: b.kind, text: b.text };
  if (b.kind === 'heading' && b.level !== null) block.level = b.level;
  if (
    b.kind === 'list-item' &&
    b.element.tagName === 'li' &&
    b.ancestors.at(-2)?.tagName === 'ol'
  ) {
    block.ordered = true;
  }
  if (b.cells) {
    block.cells = b.cells;
    if (b.header) block.header = true;
  }
  const links = keptLinks(b.links, base);
  if (links.length > 0) block.links = links;
  return block;
}

/** The blocks taken out and the text dropped before, in source order, worded. */
function removals(
  state: ExtractState,
  blocks: HtmlBlock[],
  dropped: ReturnType<typeof readHtmlBlocks>['dropped'],
): Removal[] {
  const fromBlocks = state.removed.map((r) => {
    const block = blocks[r.line - 1] as HtmlBlock;
    return { line: block.line, text: r.text, label: r.label, element: block.path };
  });
  const fromDropped = dropped.map((d) => ({
    line: d.line,
    text: d.text,
    label: (d.kind === 'form' ? 'form' : 'hidden-element') as RemovalLabel,
    element: d.path,
  }));
  return [...fromBlocks, ...fromDropped]
    .sort((a, b) => a.line - b.line)
    .map((r) => ({
      line: r.line,
      text: r.text,
      reason: REMOVAL_WORDING[r.label],
      element: r.element,
    }));
}
