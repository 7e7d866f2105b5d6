// The labels the extraction layer gives the lines it takes out of a file, and the one table of
// their wording. Every decision compares labels; the wording is only for the removal record
// (Removal.reason in archive.json, the manifests and the article pages), where it must stay as
// it is: a changed wording changes every built site.

import type { FieldName } from '../normalize/header.ts';
import type { SourceKind } from '../normalize/source-code.ts';

/** What a chrome rule (src/normalize/chrome.ts) recognised a line as. */
export type ChromeLabel =
  | 'repost-footer'
  | 'first-published-footer'
  | 'breadcrumb'
  | 'copyright'
  | 'comment-prompt'
  | 'login-prompt'
  | 'subscription-prompt'
  | 'counter'
  | 'back-to-top'
  | 'related-heading'
  | 'newsletter-footer'
  | 'paywall'
  | 'continuation-note'
  | 'print-edition'
  | 'photo-credit'
  | 'embedded-post'
  | 'page-number'
  | 'advertisement'
  | 'reading-time'
  | 'link'
  | 'image-name'
  | 'related-link'
  | 'wire-slug'
  | 'wire-signoff'
  | 'timestamp'
  | 'widget';

/** Why a line was taken out of the article text. */
export type RemovalLabel =
  | ChromeLabel
  /** A short line at either end that recurs across the archive's stories: a site template. */
  | 'recurring-line'
  /** A short lowercase line right after a removed line: the rest of it. */
  | 'continuation'
  /** Other stories' headlines under a "Most read" heading or bulleted above the story. */
  | 'related-list'
  /** Cut by the body finder (src/normalize/body-finder.ts) in a full-page dump. */
  | 'outside-article'
  /** A dump's line of the page's own source (src/normalize/source-code.ts). */
  | `source:${SourceKind}`
  /** HTML: an element the page hides (hidden, aria-hidden, display:none) or a form. */
  | 'hidden-element'
  | 'form'
  /** HTML: inside <nav>, <aside>, <footer> or an element classed as sharing, comments, ads... */
  | 'page-furniture'
  /** HTML: a block more than half of whose text is links. */
  | 'navigation-links'
  | 'headline'
  | 'headline-repeated'
  | 'masthead'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'kicker'
  | `field:${FieldName}`;

/** The wording of each label in the removal record. */
export const REMOVAL_WORDING: Readonly<Record<RemovalLabel, string>> = {
  'repost-footer': 'repost footer ("The post ... appeared first on ...")',
  'first-published-footer': 'repost footer ("Originally published by ...")',
  breadcrumb: 'breadcrumb navigation',
  copyright: 'copyright line',
  'comment-prompt': 'comment policy or prompt',
  'login-prompt': 'login or social-account prompt',
  'subscription-prompt': 'subscription prompt',
  counter: 'view or comment counter',
  'back-to-top': 'back-to-top link',
  'related-heading': 'related-links heading',
  'newsletter-footer': 'newsletter footer',
  paywall: 'paywall prompt',
  'continuation-note': 'page continuation note',
  'print-edition': 'print-edition note ("A version of this article appears in print on ...")',
  'photo-credit': 'photo credit',
  'embedded-post': 'embedded post’s label ("View this post on Instagram")',
  'page-number': 'page number',
  advertisement: 'advertisement marker',
  'reading-time': 'reading-time label',
  link: 'link',
  'image-name': 'image file name',
  'related-link': 'related link',
  'wire-slug': 'wire slug',
  'wire-signoff': 'wire sign-off',
  timestamp: 'timestamp',
  widget: 'sharing or navigation widget',
  'recurring-line': 'line repeated across this site’s pages',
  continuation: 'continuation of the line above',
  'related-list': 'related-links list',
  'outside-article': 'outside the article: page navigation or boilerplate',
  'source:script': 'the page’s script printed as text',
  'source:style': 'the page’s style sheet printed as text',
  'source:markup': 'the page’s markup printed as text',
  'hidden-element': 'hidden element (hidden, aria-hidden or display:none)',
  form: 'form',
  'page-furniture': 'page furniture: navigation, sharing, comments, related links or ads',
  'navigation-links': 'mostly links: navigation',
  headline: 'headline',
  'headline-repeated': 'headline repeated',
  masthead: 'masthead',
  standfirst: 'standfirst',
  byline: 'byline',
  dateline: 'dateline',
  credit: 'credit line',
  kicker: 'kicker',
  'field:title': 'labelled field (title)',
  'field:date': 'labelled field (date)',
  'field:updated': 'labelled field (updated)',
  'field:byline': 'labelled field (byline)',
  'field:source': 'labelled field (source)',
  'field:section': 'labelled field (section)',
  'field:other': 'labelled field (other)',
};

/** A line taken out, as the layer records it until assembly words it. */
export interface LabelledRemoval {
  /** Line number (1-based) in the decoded text, without front matter. */
  line: number;
  text: string;
  label: RemovalLabel;
  /** HTML input: the element path the text stood in (Removal.element). */
  element?: string;
  /** A dump's line cut by the body finder: its text as printed, indentation kept (page-header.ts). */
  print?: string;
}
