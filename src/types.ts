// The records that flow through the pipeline, stage by stage (see src/build.ts for the order).

/** How exact a publication date is: "2004-12-10" is a day, "2004-12" a month, "2004" a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The role an input file plays for an article, as listed in its Sources section and the manifest. */
export type SourceRole = 'canonical' | 'merged' | 'duplicate' | 'fragment';

/** The formats of input files normalize reads (see InputFile.format). */
export type InputFormat = 'text' | 'html';

/**
 * What kind of text a text copy is (src/ingest/text-kind.ts): "plain" text is printed as it
 * stands, every "_", "*", "#" and "\\" the article's; "markdown" (a .md file, html2text's dump)
 * has its emphasis marks and escapes read out. Article text is plain text either way.
 */
export type TextKind = 'plain' | 'markdown';

/** An input file published byte for byte under /raw/ (stage 9, site: copyRawFiles). */
export interface RawFile {
  /** Its input path; the copy is at raw/<rawCopyPath(path)>. */
  path: string;
  /** Where its bytes are: the user's input file, or a WARC record's page kept in the work folder. */
  absPath: string;
  sha256: string;
  /**
   * Whether absPath is a page the build itself wrote into the work folder (a WARC record's
   * payload, src/warc/ingest.ts, never changed in place): its raw copy is a hard link to it. A
   * user's own file is copied (false): linked, an edit of the published copy would edit the input.
   */
  kept: boolean;
}

/** A file read from the input folder (stage 1, ingest). */
export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /** Size of the raw bytes. */
  size: number;
  /**
   * How the bytes were decoded (src/decode.ts), e.g. "utf-8", "utf-8 (BOM)", "utf-8 (bad bytes
   * replaced)", "utf-16le (BOM)", "shift_jis", "windows-1251", "windows-1252".
   */
  encoding: string;
  /**
   * How normalize reads `text`: "text" for .txt and .md files (plain text, maybe with front
   * matter), "html" for .html and .htm pages (the page's markup, read by the HTML front end).
   */
  format: InputFormat;
  /** For a text file, what kind of text it is; absent (an HTML page): plain. */
  textKind?: TextKind;
  /** Decoded text with "\n" line endings and without front matter. */
  text: string;
  /** Front matter parsed by gray-matter; its values override what normalize extracts. */
  frontMatter: Record<string, unknown>;
  /** Problems that did not stop the file from being read (bad front matter fields, say). */
  warnings: string[];
  /** Where the document was captured from the web, when that is known (WARC records). */
  capture?: CaptureOrigin;
  /**
   * Where `text` is read from when it is left empty here: a WARC record's page, kept in the
   * work folder by its sha256, is decoded again when normalize reads it (withText in
   * src/stages/ingest.ts), so that a build does not hold every page of a crawl at once.
   */
  textFrom?: { path: string; contentType: string | null };
}

/**
 * Where a captured web document came from. A WARC record gives all of it; a saved page may
 * give only the URL it declares (canonical link or og:url).
 */
export interface CaptureOrigin {
  /** The page's address: WARC-Target-URI for a WARC record. Base for the page's relative links. */
  url: string;
  /** WARC-Date of the record, ISO 8601. */
  capturedAt?: string;
  /** The WARC file (path relative to the input folder) and the byte offset of the record in it. */
  warc?: { file: string; offset: number };
}

/** An input file the build could not turn into an article, with the reason. */
export interface Rejection {
  path: string;
  reason: string;
}

/**
 * What a block of article text is. Text input gives paragraphs and headings; HTML input also
 * keeps the page's list items, block quotes, and figure and table captions (a table's rows come
 * as paragraphs, their cells separated by " | ").
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption';

/** A block of article text: plain text, never Markdown; escaping happens when it is written out. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** A heading's level in its page, 1-6 (HTML input; a text heading has none). */
  level?: number;
  /** A list item of a numbered list (HTML input: inside an <ol>). */
  ordered?: boolean;
  /** A table row's cells (HTML input; `text` holds them joined by " | "); `header`: all <th>. */
  cells?: string[];
  header?: boolean;
  /** Links in the text (HTML input): text[start, end) links to `href`, an absolute http(s) URL. */
  links?: BlockLink[];
}

export interface BlockLink {
  start: number;
  end: number;
  href: string;
}

/** Text that normalize took out of a file, kept so that nothing is lost silently. */
export interface Removal {
  /** Line number (1-based) in the decoded text, without front matter. */
  line: number;
  text: string;
  /** Why, in the words of its label (src/extract/labels.ts): decisions compare labels, not this. */
  reason: string;
  /**
   * For HTML input, the path of the element the text stood in ("body > div#main > ul.share >
   * li"); `line` is then the element's first line in the page's source. Absent for text input.
   */
  element?: string;
}

export interface ExtractedDate {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  value: string;
  precision: DatePrecision;
  /** The line the date was read from, for the record ("front matter" for a given date). */
  from: string;
  /**
   * The file's front matter gave the date (src/extract/front-matter.ts), which decisions read
   * here rather than in `from`'s wording; absent for a date read from the text or the page.
   */
  frontMatter?: true;
  /**
   * A saved page's markup declared the date (JSON-LD datePublished, article:published_time, a
   * Dublin Core date): the story's own, where a text dump of the page may print another day (a
   * "modified" or copyright date). Dedup reads it here (declaresDate in src/dedup/conflicts.ts,
   * the article's date in src/stages/dedup.ts); absent for a date read from the text, and for a
   * page's last-saved day.
   */
  markup?: true;
}

/** One input file as an article candidate (stage 2, normalize). */
export interface NormalizedDoc {
  path: string;
  sha256: string;
  /**
   * What the copy was read from: a saved page or WARC record ("html") or text. An HTML copy's
   * body was chosen by the page's structure, which dedup's glued-paragraph rule weighs
   * (src/dedup/glued.ts).
   */
  format: InputFormat;
  title: string | null;
  standfirst: string | null;
  date: ExtractedDate | null;
  source: string | null;
  byline: string | null;
  section: string | null;
  /** BCP 47 language tag when known. */
  lang: string | null;
  blocks: Block[];
  removed: Removal[];
  warnings: string[];
  /**
   * The address an HTML page declares as its own (rel=canonical, og:url), when it declares one:
   * the copy's original URL in the Sources section and /archive.json when no capture gives one.
   */
  url?: string;
}

/** One input file's part in an article. */
export interface ArticleSource {
  path: string;
  sha256: string;
  role: SourceRole;
  /** Share of the article's blocks (0..1) that this file holds. */
  covered: number;
  /** The publication this copy names itself as from ("Reuters"), or null. */
  site: string | null;
  /** Where the copy was captured from the web (InputFile.capture), when that is known. */
  origin?: CaptureOrigin;
  /**
   * The U+FFFD characters the copy's text holds (its headline and paragraphs, as read), when it
   * holds any: letters the tool that wrote its file lost (src/dedup/damage.ts). Such a copy gives
   * an article with a clean copy none of its text.
   */
  lostLetters?: number;
}

/** Text that dedup took out of an article because it belongs to another story. */
export interface Spillover {
  path: string;
  text: string;
  reason: string;
}

/** One story, merged from one or more input files (stage 3, dedup). */
export interface Article {
  /**
   * Stable id: dedup derives it from the canonical copy's content, not from its title; the
   * addresses stage keeps the id the article was published under when the lock file has one.
   */
  id: string;
  title: string;
  standfirst: string | null;
  date: ExtractedDate | null;
  source: string | null;
  byline: string | null;
  section: string | null;
  lang: string | null;
  blocks: Block[];
  sources: ArticleSource[];
  /** True when the article was rebuilt from text glued onto another story's copy. */
  fragment: boolean;
  /** Which copy each metadata field came from, for the record. */
  provenance: Partial<Record<'title' | 'standfirst' | 'date' | 'source' | 'byline', string>>;
  /** Topics, most central first (stage 4). */
  topics: Topic[];
  /** Ids of the articles most like this one, most related first (stage related). */
  related?: string[];
}

export type TopicKind = 'person' | 'place' | 'organization' | 'subject';

export interface Topic {
  name: string;
  slug: string;
  kind: TopicKind;
}

/**
 * An article with its published address (stage addresses): the id and slug it keeps across
 * rebuilds, and the old slugs that redirect to it. See src/stages/addresses.ts.
 */
export interface AddressedArticle extends Article {
  /** URL-safe, unique, stable slug: the article lives at /articles/<slug>/. */
  slug: string;
  /** Slugs the article was published under before, sorted; each becomes a redirect page. */
  aliases: string[];
  /**
   * When the article entered the archive, as the lock records it (src/stages/addresses.ts): the
   * day of the build that first published it, "2026-12-02", and its place in the order of entry
   * (1, 2, ...). Absent for entries written before the lock recorded it.
   */
  added?: ArchiveEntry;
}

/** When an article entered the archive: see AddressedArticle.added. */
export interface ArchiveEntry {
  on: string;
  order: number;
}

/**
 * An article ready for the site (stage 5, write): its address and its body rendered to safe HTML.
 * Its blocks are let go of once rendered: the site needs only their summary sentence (10 KB an
 * article at 5,000 saved pages, held from the write stage to the site model; docs/figures.md).
 */
export interface RenderedArticle extends Omit<AddressedArticle, 'blocks'> {
  /** The sentence listings show under the title (summarySentence in src/site/undated.ts). */
  summary: string | null;
  /** Site-relative URL, "/articles/<slug>/" (the base path is added when pages are rendered). */
  url: string;
  /**
   * SHA-256 (hex) of the body's HTML, rendered from Markdown by unified + remark-parse +
   * remark-html, sanitized. The HTML itself is in <work>/content/bodies/<slug>.html (the write
   * stage writes it there and lets go of it); the site's page fingerprints take the hash.
   */
  bodyHash: string;
  words: number;
  /** Ids of related articles, most related first. */
  related: string[];
}

/** The manifest published as /archive.json: every input file, as a source or as rejected. */
export interface Manifest {
  articles: {
    id: string;
    url: string;
    title: string;
    date: string | null;
    source: string | null;
    byline: string | null;
    /** The article's section: its text's, its folder data's, or its top-level folder's name. */
    section: string | null;
    topics: string[];
    sources: {
      path: string;
      sha256: string;
      role: SourceRole;
      /** The copy's original address (a WARC record's WARC-Target-URI), when known. */
      url?: string;
      /** A WARC record's WARC-Date. */
      captured_at?: string;
      /** The WARC file (input path) and the record's byte offset in it. */
      warc?: { file: string; offset: number };
      /** The U+FFFD characters the copy's text holds: letters its tool lost (ArticleSource). */
      lost_letters?: number;
    }[];
    words: number;
    /** Old addresses that redirect to the article, "/articles/<alias>/". */
    redirects_from: string[];
  }[];
  rejected: Rejection[];
  /**
   * The folder data files (src/folder-data.ts): inputs that are no article, each with the
   * defaults it gave, or the error for which they were ignored.
   */
  folder_data: {
    path: string;
    /** null for a file too large to read (over --max-file-size). */
    sha256: string | null;
    defaults: {
      publication?: string;
      section?: string | null;
      language?: string;
      timeZone?: string;
    } | null;
    error: string | null;
  }[];
  /** What each WARC file held, when the input has any (src/warc/ingest.ts). */
  warc?: WarcFileSummary[];
}

/** What one WARC file held, as the build summary and /archive.json give it (src/warc/ingest.ts). */
export interface WarcFileSummary {
  /** The WARC file's path in the input folder. */
  path: string;
  /** Whole records read (up to the damage, if any). */
  records: number;
  /** HTML pages taken as copies (repeat captures not counted). */
  pages: number;
  /**
   * The records that are not pages, by kind (SkipKind in src/warc/records.ts: request,
   * redirect, not-2xx, not-html, revisit...); kinds with none left out.
   */
  skipped: Record<string, number>;
  /** HTML responses refused (too large decoded, an encoding that does not decode): rejected. */
  refused: number;
  /** Pages whose payload an earlier record gave: one copy, captured again. */
  repeats: { path: string; url: string; captured_at: string; same_as: string }[];
  /** Where the file is cut short or corrupt; every record before it was read. */
  damaged: { offset: number; message: string } | null;
}
