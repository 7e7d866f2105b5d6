// A body's blocks as Markdown (the content folder's files) and as sanitized HTML (the article
// page's body), by unified, remark-parse and remark-html (the write stage, src/stages/write.ts).

import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import type { Block } from '../types.ts';
import type {
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { type Processor, unified } from 'unified';

/**
 * remark with GFM's tables and nothing else of GFM: an HTML page's tables are kept as tables,
 * and text input renders as it did (no autolinked addresses, no strikethrough).
 */
function remarkTables(this: Processor): void {
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const renderer = unified().use(remarkParse).use(remarkTables).use(remarkHtml, { sanitize: true });

/**
 * Article text is plain text, never Markdown: mdast-util-to-markdown escapes whatever would
 * otherwise turn into markup ("*", "[x](y)", "<script>", "# " at a line start...). The blocks'
 * kinds become Markdown structure around that text: a heading at its level (2 at least: the
 * headline is the page's 1), a run of list items one list (numbered for an <ol>'s), a run of
 * quoted paragraphs one block quote, a run of table rows one table, a caption an emphasized
 * paragraph; a block's links (absolute http(s) addresses, src/html/links.ts) become links.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  return toMarkdown(blocksToTree(blocks), { extensions: [gfmTableToMarkdown()] });
}

/** The Markdown tree of a body's blocks (blocksToMarkdown). */
export function blocksToTree(blocks: Block[]): Root {
  const children: RootContent[] = [];
  for (const block of blocks) {
    const inline = inlineOf(block);
    const paragraph: Paragraph = { type: 'paragraph', children: inline };
    const last = children.at(-1);
    if (block.cells) {
      const row: TableRow = {
        type: 'tableRow',
        children: block.cells.map((cell) => ({
          type: 'tableCell',
          children: [{ type: 'text', value: cell }],
        })),
      };
      if (last?.type === 'table') last.children.push(row);
      else children.push({ type: 'table', align: [], children: [row] });
    } else if (block.kind === 'heading') {
      const depth = Math.min(6, Math.max(2, block.level ?? 2)) as 2 | 3 | 4 | 5 | 6;
      children.push({ type: 'heading', depth, children: inline });
    } else if (block.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
      const ordered = block.ordered === true;
      if (last?.type === 'list' && last.ordered === ordered) last.children.push(item);
      else children.push({ type: 'list', ordered, spread: false, children: [item] });
    } else if (block.kind === 'quote') {
      if (last?.type === 'blockquote') last.children.push(paragraph);
      else children.push({ type: 'blockquote', children: [paragraph] });
    } else if (block.kind === 'caption') {
      children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: inline }] });
    } else children.push(paragraph);
  }
  for (const child of children) if (child.type === 'table') evenColumns(child);
  return { type: 'root', children };
}

/** A block's text, with its links. */
function inlineOf(block: Block): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const link of block.links ?? []) {
    if (link.start < at || link.end > block.text.length || link.end <= link.start) continue;
    if (link.start > at) out.push({ type: 'text', value: block.text.slice(at, link.start) });
    const text = block.text.slice(link.start, link.end);
    out.push({ type: 'link', url: link.href, children: [{ type: 'text', value: text }] });
    at = link.end;
  }
  if (at < block.text.length || out.length === 0) {
    out.push({ type: 'text', value: block.text.slice(at) });
  }
  return out;
}

/**
 * Every row of a table as wide as its widest (GFM cuts a row to its header's width), and a
 * column alignment (none) for each column, as parsing the table's Markdown gives: the HTML
 * writes as many cells a row as the table has alignments (mdast-util-to-hast).
 */
function evenColumns(table: Table): void {
  const width = Math.max(...table.children.map((row) => row.children.length));
  for (const row of table.children) {
    while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  }
  table.align = Array.from({ length: width }, () => null);
}

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

/**
 * The HTML of a body's Markdown tree, without writing the Markdown and parsing it back: parsing
 * was most of the write stage's rendering (docs/figures.md, src/stages/write.ts). It is the
 * HTML renderMarkdown gives for the tree's Markdown when every block renders as written
 * (rendersAsWritten); renderBody parses the Markdown for the other bodies.
 */
export function renderTree(tree: Root): string {
  // No plugin here transforms the tree (remark-html only compiles it), so there is nothing to run.
  return String(renderer.stringify(tree));
}

/**
 * Whether a block's Markdown parses back to the tree it was written from, so that renderTree
 * gives renderMarkdown's HTML: text that is not empty (a table row: one cell at least, empty
 * cells allowed), with no spaces at its ends (a paragraph's and a cell's are trimmed) and no line
 * breaks or tabs. Checked on every body of the 1,000-record WARC benchmark, BBC stories, and
 * random blocks of Markdown's special characters (docs/figures.md).
 */
export function rendersAsWritten(block: Block): boolean {
  return block.cells
    ? block.cells.length > 0 && block.cells.every(asWritten)
    : block.text !== '' && asWritten(block.text);
}

function asWritten(text: string): boolean {
  return text.trim() === text && !/[\n\r\t]/.test(text);
}
