// Realistic RenderedArticle records for tests and for developing the site without the pipeline.
// The first five mirror the stories in seeds/; the rest cover the awkward cases (undated,
// month- and year-only dates, a fragment, right-to-left text, hostile markup in the metadata).

import { createHash } from 'node:crypto';
import { summarySentence } from '../../src/site/undated.ts';
import type {
  AddressedArticle,
  Article,
  ArticleSource,
  DatePrecision,
  NormalizedDoc,
  RenderedArticle,
  Topic,
} from '../../src/types.ts';

export const topics = {
  northKorea: { name: 'North Korea', slug: 'north-korea', kind: 'place' },
  china: { name: 'China', slug: 'china', kind: 'place' },
  southKorea: { name: 'South Korea', slug: 'south-korea', kind: 'place' },
  defection: { name: 'Defection', slug: 'defection', kind: 'subject' },
  kimJongUn: { name: 'Kim Jong Un', slug: 'kim-jong-un', kind: 'person' },
  mss: {
    name: 'Ministry of State Security',
    slug: 'ministry-of-state-security',
    kind: 'organization',
  },
} satisfies Record<string, Topic>;

/** An article as the pipeline holds it after dedup: English text, no metadata, no sources. */
export function pipelineArticle(id: string, title: string, paragraphs: string[]): Article {
  return {
    id,
    title,
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    section: null,
    lang: 'en',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
    sources: [],
    fragment: false,
    provenance: {},
    topics: [],
  };
}

/** A document as normalize hands it to dedup: English paragraphs, no metadata, nothing removed. */
export function normalizedDoc(
  path: string,
  paragraphs: string[],
  fields: Partial<NormalizedDoc> = {},
): NormalizedDoc {
  return {
    path,
    sha256: '',
    format: 'text',
    title: 'A story',
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    section: null,
    lang: 'en',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
    removed: [],
    warnings: [],
    ...fields,
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface ArticleSpec {
  slug: string;
  title: string;
  paragraphs: string[];
  date?: [value: string, precision: DatePrecision];
  standfirst?: string;
  source?: string;
  byline?: string;
  lang?: string;
  topics?: Topic[];
  fragment?: boolean;
  sources?: Omit<ArticleSource, 'sha256' | 'site'>[];
  /** Slugs of related articles, most related first. */
  related?: string[];
  /** Old slugs that redirect to the article. */
  aliases?: string[];
}

/** The article as the addresses stage hands it on; unspecified fields are empty. */
export function addressedArticle(spec: ArticleSpec): AddressedArticle {
  const sources = spec.sources ?? [{ path: `${spec.slug}.txt`, role: 'canonical', covered: 1 }];
  return {
    id: hash(spec.slug).slice(0, 16),
    title: spec.title,
    standfirst: spec.standfirst ?? null,
    date: spec.date ? { value: spec.date[0], precision: spec.date[1], from: spec.date[0] } : null,
    source: spec.source ?? null,
    byline: spec.byline ?? null,
    section: null,
    lang: spec.lang ?? null,
    blocks: spec.paragraphs.map((text) => ({ kind: 'paragraph', text })),
    sources: sources.map((source) => ({
      ...source,
      sha256: hash(source.path),
      site: spec.source ?? null,
    })),
    fragment: spec.fragment ?? false,
    provenance: {},
    topics: spec.topics ?? [],
    slug: spec.slug,
    aliases: spec.aliases ?? [],
    related: (spec.related ?? []).map((slug) => hash(slug).slice(0, 16)),
  };
}

/**
 * A rendered article with its body's HTML, as the site stage's tests make them: the write stage
 * writes the HTML to the content folder and hands on its hash (RenderedArticle); a test sets the
 * HTML, and buildSyntheticSite writes it there (test/helpers/synthetic-site.ts).
 */
export type SyntheticArticle = Omit<RenderedArticle, 'bodyHash'> & { bodyHtml: string };

/** A valid article with the given content; unspecified fields are empty. */
export function makeArticle(spec: ArticleSpec): SyntheticArticle {
  const { blocks, ...article } = addressedArticle(spec);
  return {
    ...article,
    summary: summarySentence(article.standfirst, blocks),
    url: `/articles/${spec.slug}/`,
    bodyHtml: spec.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n'),
    words: spec.paragraphs.join(' ').split(/\s+/).length,
    related: article.related ?? [],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';

export function syntheticArticles(): SyntheticArticle[] {
  return syntheticSpecs().map(makeArticle);
}

/** The articles of syntheticArticles as the stages before write hand them over. */
export function syntheticAddressed(): AddressedArticle[] {
  return syntheticSpecs().map(addressedArticle);
}

function syntheticSpecs(): ArticleSpec[] {
  return [
    {
      slug: 'n-korean-elite-trying-to-flee-country',
      title: 'N Korean elite trying to flee country',
      standfirst:
        'DEFECTIONS There have been reports that scores of general and top party officials have escaped to China',
      date: ['2004-12-10', 'day'],
      source: 'Taipei Times',
      topics: [topics.northKorea, topics.china, topics.defection],
      paragraphs: [
        "Defections by ordinary North Koreans fleeing hunger have been common in recent years, but generals and high ranking officials are also escaping the Stalinist regime's grip, analysts and aid groups say.",
        '"Not only generals are defecting to China, but many officials, such as cadres below the ministry level," said Zhao Huji, a researcher at the elite Communist Party School.',
        'Aid workers said they had met ranking officials, including those in the State Security Agency, who expressed a desire to defect.',
      ],
      sources: [
        { path: '000_48163bd2b88efd4f.txt', role: 'canonical', covered: 1 },
        { path: '001_4d07aa2cdd91d919.txt', role: 'duplicate', covered: 0.92 },
      ],
    },
    {
      slug: 'north-koreans-in-china-asking-for-help-for-defection',
      title: 'North Koreans in China asking for help for defection',
      date: ['2016-04-12', 'day'],
      source: 'Korea JoongAng Daily',
      topics: [topics.northKorea, topics.southKorea, topics.defection],
      paragraphs: [
        'About 20 North Koreans in China have asked a non-governmental group in Seoul to help them defect to South Korea, some of them people working in foreign trade who were trusted by Pyongyang.',
        'The NGO official said the relief requests had been passed on to the government.',
      ],
      sources: [{ path: '002_a5bee99aa457aab1.txt', role: 'canonical', covered: 1 }],
    },
    {
      slug: 'mss-asks-china-to-repatriate-defector-group',
      title: 'MSS asks China to repatriate defector group',
      date: ['2021-08', 'month'],
      source: 'Daily NK',
      topics: [topics.northKorea, topics.mss, topics.china, topics.defection],
      paragraphs: [
        'A group defection of 10 individuals was intercepted in the border area of North Hamgyong Province earlier this month.',
        'The Ministry of State Security has requested cooperation from the Chinese border guard and increased its surveillance of the border area.',
      ],
      sources: [{ path: '003_28c93c76459806c1.txt', role: 'canonical', covered: 1 }],
    },
    {
      slug: 'north-korean-visa-overstayers-in-china-branded-defectors',
      title: 'North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home',
      date: ['2020', 'year'],
      byline: 'Sandra Loyd',
      topics: [topics.northKorea, topics.kimJongUn, topics.china],
      paragraphs: [
        'North Korean people working in China on family visit visas have suddenly been identified as defectors and face arrest, sources in the country told RFA.',
        'Authorities have sprung into action since Kim Yo Jong called the leaflet-launchers "human scum" in state media.',
      ],
      sources: [{ path: '004_58c0262a177e068d.txt', role: 'canonical', covered: 1 }],
    },
    {
      slug: 'border-guards-reinforced',
      title: 'Border guards reinforced along the Tumen river',
      fragment: true,
      topics: [topics.northKorea],
      paragraphs: [
        'Additional guard posts were seen along the Tumen river, according to residents of the border region.',
      ],
      sources: [{ path: '004_58c0262a177e068d.txt', role: 'fragment', covered: 1 }],
    },
    {
      slug: 'hostile-markup',
      title: HOSTILE_TITLE,
      standfirst: '<script>alert("standfirst")</script>',
      source: '<b>Bold</b> &lt;i&gt;source',
      date: ['2019-03-02', 'day'],
      topics: [{ name: '<i>Topic</i>', slug: 'markup-topic', kind: 'subject' }],
      paragraphs: ['Zebrafish markup should be shown as text: <script>alert(2)</script>.'],
      sources: [{ path: 'odd names/a file #1?.txt', role: 'canonical', covered: 1 }],
    },
    {
      slug: 'arabic-article',
      title: 'لاجئون من كوريا الشمالية',
      lang: 'ar',
      date: ['2018-05-20', 'day'],
      topics: [topics.northKorea],
      paragraphs: ['فر عدد من الكوريين الشماليين عبر الحدود إلى الصين.'],
    },
  ];
}
