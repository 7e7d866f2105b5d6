// The byline the page prints (src/extract/html.ts readPage): the declared or header byline mended
// where the page prints it better, else one printed around the headline or in the story (a
// marked element, a poster's link, a labelled or dated line, a sign-off, a signature, an agency
// dateline, a copyright line), and the byline finished (a site or page object's author given back
// where the page prints none).
//
// The printed bylines it tries are in bylines/: marked (the markup's author elements and user
// links), story-lines (lines in the story's blocks) and story-end (sign-offs, signatures, an
// agency's dateline).

import {
  bracketCredit,
  dayTimeByName,
  labelledOverPhraseAuthor,
  slashedCoAuthors,
} from '../html-byline-forms.ts';
import type { PageMetadata } from '../../html/metadata.ts';
import { tokensOf, type DomVerdict } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import { isBylineName, isKnownPerson } from '../../normalize/headline.ts';
import {
  describedSignOff,
  issuerLabel,
  loginDisplayName,
  nameRoleInstitution,
  pressContact,
  pressOfficerBox,
  sidebarSelfIntro,
} from '../html-credit-bylines.ts';
import {
  datedSignOff,
  issuerByDay,
  linkedOverUnprintedAuthor,
  slugNamedByline,
} from '../html-slug-bylines.ts';
import {
  labelAloneByline,
  ledOverMetaAuthor,
  metaListByline,
  officerSignature,
  publisherUnderHeadline,
  storyFootByline,
} from '../html-foot-bylines.ts';
import {
  copyrightElementByline,
  isNoByline,
  printedOverMetaAuthor,
  inSidebar,
  sidebarAuthorBox,
  splitLeadByline,
  undoubled,
  OTHER_VOICES,
} from '../html-bylines.ts';
import {
  authorFieldByline,
  colonLedByline,
  creditUnderHeadline,
  dashAtTimeByline,
  labelOverContact,
} from '../html-label-bylines.ts';
import {
  initialsName,
  isLogin,
  isSiteAuthor,
  loginName,
  withCoAuthors,
  withSurname,
} from '../site-author.ts';
import { HEAD_LINES } from '../state.ts';
import { postAuthorReply, siteOwnerName } from '../html-comment-bylines.ts';
import { once, memoized } from './shared.ts';
import { markedAuthor, posterByline, threadStarter, markedByline } from './bylines/marked.ts';
import {
  storyBlocks,
  ledByline,
  datedByline,
  storyByline,
  copyrightByline,
} from './bylines/story-lines.ts';
import { signOff, signature, datelineAgency } from './bylines/story-end.ts';
export { authorTexts } from './bylines/story-lines.ts';
export { markedByline } from './bylines/marked.ts';

/** What the byline readers of readPage read: the page's blocks and where its parts stand. */
export interface BylinePage {
  blocks: HtmlBlock[];
  verdicts: DomVerdict[];
  declared: PageMetadata;
  headline: number | null;
  contentStart: number;
  /** The first block of the header, ABOVE_HEADLINE over the headline. */
  headerFrom: number;
  /** The header's blocks and the story's first HEAD_LINES, sidebars left out. */
  around: HtmlBlock[];
  /** A site declared as the author, set aside (setAsideDeclaredAuthor). */
  siteAuthor: string | null;
  /** A page object's declared author, set aside. */
  pageAuthor: string | null;
  /** A credit line's byline the header readers kept for a page that declares none. */
  creditByline: string | null;
  /** The byline in an element marked as one, around the headline. */
  marked: () => string | null;
  /** The story's blocks, read only where a rule asks, and once. */
  story: () => HtmlBlock[];
  /** The page's texts that may name the author, read once. */
  pageTexts: () => { text: string; marked: boolean }[];
}

/**
 * The byline declared or read in the header (`byline`), mended where the page prints it better:
 * a site-wide meta author, a one-word author (an agency, a handle, initials), a login.
 */
export function mendedByline(byline: string | null, page: BylinePage): string | null {
  if (byline === null) return null;
  const { declared, around } = page;
  const pageTextsOnly = () => page.pageTexts().map((b) => b.text);
  // A site-wide meta author gives way to the byline printed under the headline ("Erstellt von").
  if (declared.authors?.from === 'author' && byline === declared.byline) {
    byline = printedOverMetaAuthor(around, byline) ?? byline;
    // The same for "Von X" alone in its block under the headline (an uploader declared).
    byline = ledOverMetaAuthor(around, byline) ?? byline;
    // A phrase declared as the author gives way to the story's "Autor: X" line.
    byline = labelledOverPhraseAuthor(page.story(), byline) ?? byline;
  }
  // A JSON-LD author printed by initial with co-authors ("e. barreneche / J. I. da silva").
  if (declared.authors?.from === 'json-ld author' && byline === declared.byline) {
    byline = slashedCoAuthors(around, byline, markedAuthor) ?? byline;
    // A JSON-LD author printed nowhere gives way to the author box's link (html-slug-bylines.ts).
    byline =
      linkedOverUnprintedAuthor(
        byline,
        storyBlocks(page.blocks, page.headline ?? page.contentStart),
        pageTextsOnly,
        markedAuthor,
      ) ?? byline;
  }
  // A declared author printed nowhere gives way to the guest's sign-off the description names.
  if (byline === declared.byline) {
    byline =
      describedSignOff(page.story(), byline, pageTextsOnly, declared.description, isKnownPerson) ??
      byline;
  }
  // A one-word declared author is an agency, a site or a user's handle (AFP, CC7567): the
  // person the page prints in its byline element wrote the article.
  const marked = page.marked();
  if (!/\s/.test(byline.trim()) && marked) byline = marked;
  // A one-word declared author (an organization's initials: lbn.de's JSON-LD "LN") gives way to
  // the story's sign-off, its last paragraph "Von Cosima Künzel".
  if (!/\s/.test(byline.trim())) byline = signOff(page.story()) ?? byline;
  // ... or to the agency credit in brackets ending its text ("(FR mit dpa)").
  if (!/\s/.test(byline.trim())) byline = bracketCredit(page.story()) ?? byline;
  // Initials declared as the author ("DT") give way to the name the page prints for them.
  if (byline === declared.byline) byline = initialsName(byline, pageTextsOnly, isBylineName);
  // A login declared as the author ("gabor_munier") gives way to a byline printed around the
  // headline ("Author: Gàbor Muniér, Datum: 03.Mär.19"), else to the name the page prints it as.
  if (isLogin(byline)) byline = ledByline(around) ?? loginName(byline, pageTextsOnly);
  return byline;
}

/**
 * The byline a page that declares none prints: the readers in order, the header's first, then
 * the story's, then the page's copyright and sidebar, last a site declared as the author.
 */
export function printedByline(page: BylinePage): string | null {
  const { blocks, verdicts, around, headline, contentStart, headerFrom, siteAuthor } = page;
  const from = headline ?? contentStart;
  const storyFrom = once(() => storyBlocks(blocks, from));
  return (
    page.creditByline ??
    page.marked() ??
    ledByline(around) ??
    colonLedByline(around) ??
    splitLeadByline(around) ??
    datedByline(around) ??
    dashAtTimeByline(around) ??
    (headline !== null ? creditUnderHeadline(blocks, headline) : null) ??
    posterByline(blocks.slice(from, from + HEAD_LINES)) ??
    (headline !== null ? threadStarter(blocks, headline) : null) ??
    markedByline(articleAfter(blocks, verdicts, headerFrom + around.length)) ??
    storyByline(blocks, from) ??
    labelOverContact(storyFrom()) ??
    authorFieldByline(storyFrom(), markedAuthor) ??
    signature(page.story()) ??
    datedSignOff(page.story()) ??
    datelineAgency(page.story()) ??
    dayTimeByName(around) ??
    page.pageAuthor ??
    copyrightByline(blocks, from) ??
    sidebarAuthorBox(blocks, from) ??
    sidebarSelfIntro(blocks, inSidebar, isBylineName) ??
    copyrightElementByline(blocks, from, (n) => isKnownPerson(n) && !isSiteAuthor(n, [])) ??
    slugNamedByline(storyFrom()) ??
    issuerByDay(around, tokensOf) ??
    issuerLabel(around) ??
    (headline !== null ? nameRoleInstitution(blocks, headline, isBylineName) : null) ??
    pressContact(storyFrom(), isKnownPerson) ??
    pressOfficerBox(storyFrom(), isKnownPerson) ??
    (siteAuthor !== null ? siteAuthorPrinted(page, siteAuthor) : null) ??
    siteAuthor ??
    postAuthorReply(blocks[0]?.ancestors[0]) ??
    siteOwnerName(blocks[0]?.ancestors[0], page.declared.canonicalUrl, isKnownPerson)
  );
}

/** The byline as the archive keeps it: a doubled name once, no non-name, co-authors, surname. */
export function finishedByline(byline: string | null, page: BylinePage): string | null {
  // A name run in twice (a screen reader's copy in the link) is the name once.
  if (byline !== null) byline = undoubled(byline);
  if (byline === null || isNoByline(byline)) return null;
  // A login ("robert.stitz") the page prints nowhere as a name: the display name its embedded
  // user record gives it (html-credit-bylines.ts).
  if (isLogin(byline)) byline = loginDisplayName(byline, page.blocks[0]?.ancestors[0]) ?? byline;
  // A byline the page prints may list more names than the reader took ("von Daniel Braun, Davor
  // Pasoski" in kas.de's intro, read as its first name): its co-authors, as for a declared one.
  if (!byline.includes(',')) {
    byline = withCoAuthors(
      byline,
      page.around.map((b) => b.text),
      isBylineName,
    );
  }
  // A site's name declared as the author is no first name ("Solarserver").
  if (byline === page.declared.byline && page.siteAuthor === null) {
    byline = withSurname(byline, page.pageTexts, isBylineName);
  }
  return byline;
}

/**
 * Where a site is declared as the author and no reader above found a byline: a label printed
 * alone over the author's block (labelAloneByline), a person in the meta row under the headline
 * (metaListByline), the source or byline element at the story's foot (storyFootByline), an
 * officer of the declared organization signing the story (officerSignature), else a publisher's
 * credit under the headline (publisherUnderHeadline); html-foot-bylines.ts.
 */
function siteAuthorPrinted(page: BylinePage, siteAuthor: string): string | null {
  const { blocks, verdicts, around, headline, contentStart } = page;
  return (
    labelAloneByline(around) ??
    (headline !== null ? metaListByline(blocks, headline) : null) ??
    storyFootByline(blocks, verdicts, headline ?? contentStart) ??
    officerSignature(page.story(), siteAuthor) ??
    (headline !== null ? publisherUnderHeadline(blocks, headline) : null)
  );
}

/**
 * The article's blocks after the header, where a blog's post footer signs it ("Posted by Günter
 * W. Kienitz at 18:52", "Eingestellt von der Michel"): those the classifier keeps in the article,
 * less the comments and the teasers of other stories, whose names are their own authors'.
 */
export function articleAfter(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  from: number,
): HtmlBlock[] {
  // A quote's attribution names the one quoted, not the story's author.
  const otherVoice = memoized(
    (a) => a.tagName === 'blockquote' || tokensOf(a).some((t) => OTHER_VOICES.has(t)),
  );
  return blocks.filter(
    (b, i) =>
      i >= from && verdicts[i] === null && b.kind !== 'quote' && !b.ancestors.some(otherVoice),
  );
}
