// Topic quality on Reuters-21578, then on BBC News (bbc.ts).
// `npm run bench:topics [-- --count 1500] [--show places]`
//
// Reuters-21578 stories carry labels for the countries (PLACES), people (PEOPLE) and
// international organizations (ORGS) they are about, given by Reuters and Carnegie Group staff.
// This bench builds an article from each sampled story as the archive would hold it (the headline
// in capitals as the wire printed it, the dateline "NEW YORK, March 3 - " at the start of the
// first paragraph, where normalize leaves it), runs the topics stage, and prints:
//   - recall: the share of labels found among the article's topics, overall and per kind;
//   - named: the share of labels whose name appears in the text at all, the most any reading of
//     the text can find (a label for a place never named is not a topic the text can yield);
//   - kind: the share of found labels whose topic is shown with the label's kind (PLACES a
//     place, PEOPLE a person, ORGS an organization);
//   - junk: topics on a stop-list (weekdays, months, numbers, pronouns, generic words,
//     fragments), which must be none;
//   - time per article of the topics stage.
// The sample: regular stories (running text of 80-1100 words, as bench/quality uses; wire tables
// and one-line notices are not articles to browse by topic), first copy of re-sent stories, with
// at least one PLACES, PEOPLE or ORGS label; every Nth of them, spread over the whole corpus.
// test/quality/topics-gate.test.ts holds a smaller sample to bench/topics/floors.json.

import { parseArgs } from 'node:util';
import { assignTopics, topicKey } from '../../src/stages/topics.ts';
import type { Article, Topic, TopicKind } from '../../src/types.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import { junkReason } from './junk.ts';
import { dedupeKey, isRegularStory, readReuters, type ReutersStory } from '../shared/reuters.ts';

export type LabelKind = 'places' | 'people' | 'orgs';
export const LABEL_KINDS: LabelKind[] = ['places', 'people', 'orgs'];
/** The kind a topic for each label should be shown with. */
const TOPIC_KIND: Record<LabelKind, TopicKind> = {
  places: 'place',
  people: 'person',
  orgs: 'organization',
};

// ---------------------------------------------------------------------------------------------
// From Reuters codes to names. The code lists are the corpus's own (all-places-strings.lc.txt,
// all-people-strings.lc.txt, all-orgs-strings.lc.txt); the names come from its category
// descriptions (cat-descriptions_120396.txt: "European Community (EC)", "Treasury Secretary
// James Baker (JAMES-BAKER)"), and the other spellings are the ones news text uses for the same
// entity, written down here from general knowledge, not from the stories sampled.

/**
 * Places: a code not listed here names the country its words spell ("west-germany" -> West
 * Germany, "sri-lanka" -> Sri Lanka). Listed: codes that are abbreviations, and countries with
 * other names in common use.
 */
const PLACE_NAMES: Record<string, string[]> = {
  usa: ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  uk: ['United Kingdom', 'Britain', 'Great Britain', 'U.K.', 'UK'],
  ussr: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  uae: ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  'west-germany': ['West Germany', 'Federal Republic of Germany'],
  'east-germany': ['East Germany', 'German Democratic Republic', 'GDR'],
  'south-korea': ['South Korea', 'Republic of Korea'],
  'north-korea': ['North Korea'],
  china: ['China', "People's Republic of China", 'PRC'],
  netherlands: ['Netherlands', 'Holland'],
  'trinidad-tobago': ['Trinidad and Tobago', 'Trinidad'],
  'yemen-arab-republic': ['North Yemen', 'Yemen Arab Republic', 'Yemen'],
  'yemen-demo-republic': ['South Yemen', "People's Democratic Republic of Yemen", 'Yemen'],
  kampuchea: ['Kampuchea', 'Cambodia'],
  'ivory-coast': ['Ivory Coast', "Cote d'Ivoire"],
  vatican: ['Vatican', 'Holy See', 'Vatican City'],
  burma: ['Burma', 'Myanmar'],
  macao: ['Macao', 'Macau'],
  antigua: ['Antigua', 'Antigua and Barbuda'],
  'us-virgin-islands': ['U.S. Virgin Islands', 'Virgin Islands'],
  'guinea-bissau': ['Guinea-Bissau'],
  'papua-new-guinea': ['Papua New Guinea'],
};

/**
 * People: a code names the person's surname, or the whole name where a first name tells two
 * people apart ("james-baker", "howard-baker") or the family name comes first ("deng-xiaoping").
 * A topic is the person when its words hold the code's words in order ("Deng Xiaoping", "Jacques
 * de Larosiere" for "de-larosiere"), or the surname listed here for codes that hold a first name
 * or title, which news text drops after the first mention ("Baker", "Nazer", "Fahd").
 */
const PEOPLE_SURNAMES: Record<string, string> = {
  'james-baker': 'baker',
  'howard-baker': 'baker',
  'james-miller': 'miller',
  'king-fahd': 'fahd',
  'hisham-nazer': 'nazer',
  'abdel-hadi-kandeel': 'kandeel',
  'mohammad-khan-junejo': 'junejo',
  'hamad-saud-al-sayyari': 'sayyari',
  'mohammed-ahmed-al-razaz': 'razaz',
  'mohammed-ali-abal-khail': 'abal khail',
  'mohammed-salaheddin-hamid': 'hamid',
  'mohammad-yasin-khan-wattoo': 'wattoo',
  'mohammad-ibrahim-jaffrey-baluch': 'baluch',
  'wasim-aun-jaffrey': 'jaffrey',
  'alhaji-abdul-ahmed': 'ahmed',
};

/**
 * Organizations: the names in cat-descriptions_120396.txt, the acronym Reuters uses, and the
 * American spelling (Organization) beside the British one. A few other names in common use:
 * the EC as the EEC or the Common Market, the IBRD as the World Bank.
 */
// prettier-ignore
const ORG_NAMES: Record<string, string[]> = {
  'adb-africa': ['African Development Bank', 'AfDB', 'ADB'],
  'adb-asia': ['Asian Development Bank', 'ADB'],
  aibd: ['Association of International Bond Dealers', 'AIBD'],
  aid: ['Agency for International Development', 'AID', 'USAID'],
  anrpc: ['Association of Natural Rubber Producing Countries', 'ANRPC'],
  asean: ['Association of South East Asian Nations', 'Association of Southeast Asian Nations', 'ASEAN'],
  atpc: ['Association of Tin Producing Countries', 'ATPC'],
  bis: ['Bank for International Settlements', 'BIS'],
  cipec: ['Inter-Governmental Council of Copper Exporting Countries', 'CIPEC'],
  comecon: ['Council for Mutual Economic Assistance', 'Comecon', 'CMEA'],
  ec: ['European Community', 'EC', 'European Economic Community', 'EEC', 'Common Market', 'European Communities'],
  eca: ['Economic Commission for Africa', 'ECA'],
  ecafe: ['Economic Commission for Asia and the Far East', 'ECAFE'],
  ece: ['Economic Commission for Europe', 'ECE'],
  ecla: ['Economic Commission for Latin America and the Caribbean', 'Economic Commission for Latin America', 'ECLA', 'ECLAC'],
  ecsc: ['European Coal and Steel Community', 'ECSC'],
  ecwa: ['Economic Commission for West Asia', 'ECWA'],
  efta: ['European Free Trade Association', 'EFTA'],
  eib: ['European Investment Bank', 'EIB'],
  emcf: ['European Monetary Cooperation Fund', 'EMCF'],
  escap: ['Economic and Social Commission for Asia and the Pacific', 'ESCAP'],
  euratom: ['European Atomic Energy Community', 'Euratom'],
  fao: ['Food and Agriculture Organisation', 'FAO'],
  gatt: ['General Agreement on Tariffs and Trade', 'GATT'],
  gcc: ['Gulf Cooperation Council', 'GCC'],
  geplacea: ['Group of Latin American and Caribbean Sugar Exporting Countries', 'GEPLACEA'],
  iaea: ['International Atomic Energy Agency', 'International Atomic Energy Authority', 'IAEA'],
  iata: ['International Air Transport Association', 'IATA'],
  icco: ['International Cocoa Organisation', 'ICCO'],
  'ico-coffee': ['International Coffee Organisation', 'ICO'],
  'ico-islam': ['Islamic Conference Organisation', 'Organisation of the Islamic Conference', 'OIC'],
  ida: ['International Development Association', 'IDA'],
  iea: ['International Energy Agency', 'IEA'],
  iisi: ['International Iron and Steel Institute', 'IISI'],
  ilo: ['International Labour Organisation', 'ILO'],
  ilzsg: ['International Lead and Zinc Study Group', 'ILZSG'],
  imco: ['Inter-Governmental Maritime Consultative Organisation', 'IMCO'],
  imf: ['International Monetary Fund', 'IMF'],
  inro: ['International Natural Rubber Organisation', 'INRO'],
  irsg: ['International Rubber Study Group', 'IRSG'],
  isa: ['International Sugar Agreement', 'International Sugar Organisation', 'ISA', 'ISO'],
  itc: ['International Tin Council', 'ITC'],
  'iwc-whale': ['International Whaling Commission', 'IWC'],
  'iwc-wheat': ['International Wheat Council', 'IWC'],
  iwcc: ['International Wrought Copper Council', 'IWCC'],
  iws: ['International Wool Secretariat', 'IWS'],
  iwto: ['International Wool Textile Organisation', 'IWTO'],
  lafta: ['Latin American Free Trade Association', 'LAFTA'],
  mfa: ['Multi-Fibre Arrangement', 'Multi-Fibres Arrangement', 'Multifibre Arrangement', 'MFA'],
  oapec: ['Organisation of Arab Petroleum Exporting Countries', 'OAPEC'],
  oecd: ['Organisation for Economic Cooperation and Development', 'Organisation for Economic Co-operation and Development', 'OECD'],
  opec: ['Organisation of Petroleum Exporting Countries', 'OPEC'],
  un: ['United Nations', 'UN', 'U.N.'],
  unctad: ['United Nations Conference on Trade and Development', 'UNCTAD'],
  who: ['World Health Organisation', 'WHO'],
  worldbank: ['World Bank', 'International Bank for Reconstruction and Development', 'IBRD'],
};

/** The names a label goes by: what a topic must be called to count as the labelled entity. */
export function labelNames(kind: LabelKind, code: string): string[] {
  if (kind === 'places') {
    return (
      PLACE_NAMES[code] ?? [
        code.replace(
          /(^|-)(\p{L})/gu,
          (_, s: string, c: string) => `${s ? ' ' : ''}${c.toUpperCase()}`,
        ),
      ]
    );
  }
  if (kind === 'orgs') {
    const names = ORG_NAMES[code] ?? [code.toUpperCase()];
    // American spelling beside the British one the descriptions use.
    return [
      ...new Set(
        names.flatMap((n) => [
          n,
          n.replace(/Organisation/g, 'Organization').replace(/Labour/g, 'Labor'),
        ]),
      ),
    ];
  }
  return [PEOPLE_SURNAMES[code] ?? code.replace(/-/g, ' ')];
}

/** Letters and digits as words: "U.S." -> "u s", "O'Kennedy" -> "o kennedy". */
const words = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a topic is the labelled entity. */
export function topicMatches(kind: LabelKind, code: string, topic: Topic): boolean {
  const name = words(topic.name);
  if (kind === 'people') {
    // The surname as whole words inside the person's name.
    return labelNames(kind, code).some((s) => ` ${name} `.includes(` ${words(s)} `));
  }
  const key = topicKey(topic.name);
  return labelNames(kind, code).some((n) => topicKey(n) === key || words(n) === name);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the text names the labelled entity at all: one of its names as whole words. Case
 * counts in the body ("US" is not "us"), not in the headline, which the wire wrote in capitals;
 * a surname is a capitalized word.
 */
export function namedInText(kind: LabelKind, code: string, title: string, body: string): boolean {
  return labelNames(kind, code).some((name) => {
    const shown =
      kind === 'people'
        ? name.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase())
        : name;
    const pattern = `(?<![\\p{L}\\p{N}])${escape(shown).replace(/ /g, '[\\s-]+')}(?![\\p{L}\\p{N}])`;
    return (
      new RegExp(pattern, 'u').test(body) ||
      (shown.length > 3 && new RegExp(pattern, 'iu').test(title))
    );
  });
}

export { junkReason } from './junk.ts';

// ---------------------------------------------------------------------------------------------
// The bench

export interface KindScore {
  labels: number;
  /** Labels whose entity is named in the text. */
  named: number;
  /** Labels found among the article's topics. */
  found: number;
  /** Labels found with the label's kind. */
  kindRight: number;
}

export interface TopicScores {
  articles: number;
  /** Share of labels found among the topics, all kinds. */
  recall: number;
  /** Share of labels named in the text. */
  named: number;
  /** Share of the labels named in the text that are found among the topics. */
  recallOfNamed: number;
  kinds: Record<LabelKind, KindScore & { recall: number }>;
  /** Share of found labels shown with their kind. */
  kindAccuracy: number;
  junk: number;
  topicsPerArticle: number;
  msPerArticle: number;
}

export interface TopicRun {
  scores: TopicScores;
  /** Per article: the story, its topics, and per label whether it was named and found. */
  results: {
    story: ReutersStory & { paragraphs: string[] };
    article: Article;
    labels: {
      kind: LabelKind;
      code: string;
      named: boolean;
      found: boolean;
      shownAs: TopicKind | null;
    }[];
    junk: { name: string; reason: string }[];
  }[];
}

/** The sampled stories: `count` of them, every Nth of the eligible ones (see the top). */
export async function sampleStories(
  corpora: string,
  count: number,
): Promise<(ReutersStory & { paragraphs: string[] })[]> {
  const seen = new Set<string>();
  const eligible = (await readReuters(corpora)).filter(
    (s): s is ReutersStory & { paragraphs: string[] } => {
      if (!isRegularStory(s) || s.places.length + s.people.length + s.orgs.length === 0) {
        return false;
      }
      const key = dedupeKey(s.paragraphs[0] ?? '');
      if (seen.has(key)) return false; // a re-sent copy of a story already in
      seen.add(key);
      return true;
    },
  );
  const step = Math.max(1, eligible.length / count);
  const out: (ReutersStory & { paragraphs: string[] })[] = [];
  for (let i = 0; i < eligible.length && out.length < count; i += step) {
    const story = eligible[Math.floor(i)];
    if (story) out.push(story);
  }
  return out;
}

/** An article as the archive holds the story: headline, dateline at the start of the body. */
export function asArticle(story: ReutersStory & { paragraphs: string[] }): Article {
  const [first = '', ...rest] = story.paragraphs;
  const opening = story.dateline ? `${story.dateline} ${first}` : first;
  return {
    id: story.original,
    title: story.title,
    standfirst: null,
    date: null,
    source: 'Reuters',
    byline: null,
    section: null,
    lang: 'en',
    blocks: [opening, ...rest].map((text) => ({ kind: 'paragraph', text })),
    sources: [],
    fragment: false,
    provenance: {},
    topics: [],
  };
}

export async function topicsQuality(corpora: string, count: number): Promise<TopicRun> {
  const stories = await sampleStories(corpora, count);
  const articles = stories.map(asArticle);
  const started = performance.now();
  assignTopics(articles);
  const ms = performance.now() - started;
  const kinds = Object.fromEntries(
    LABEL_KINDS.map((k) => [k, { labels: 0, named: 0, found: 0, kindRight: 0, recall: 0 }]),
  ) as TopicScores['kinds'];
  let junk = 0;
  let topics = 0;
  const results: TopicRun['results'] = stories.map((story, i) => {
    const article = articles[i] as Article;
    const body = article.blocks.map((b) => b.text).join('\n');
    const labels = LABEL_KINDS.flatMap((kind) =>
      story[kind].map((code) => {
        const named = namedInText(kind, code, `${story.title}\n${story.dateline ?? ''}`, body);
        const topic = article.topics.find((t) => topicMatches(kind, code, t));
        const found = topic !== undefined;
        const score = kinds[kind];
        score.labels++;
        if (named) score.named++;
        if (found) score.found++;
        if (topic?.kind === TOPIC_KIND[kind]) score.kindRight++;
        return { kind, code, named, found, shownAs: topic?.kind ?? null };
      }),
    );
    const junkTopics = article.topics.flatMap((t) => {
      const reason = junkReason(t.name);
      return reason ? [{ name: t.name, reason }] : [];
    });
    junk += junkTopics.length;
    topics += article.topics.length;
    return { story, article, labels, junk: junkTopics };
  });
  const round = (x: number) => Math.round(x * 10000) / 10000;
  for (const k of LABEL_KINDS) kinds[k].recall = round(kinds[k].found / (kinds[k].labels || 1));
  const total = (f: keyof KindScore) => LABEL_KINDS.reduce((n, k) => n + kinds[k][f], 0);
  return {
    scores: {
      articles: articles.length,
      recall: round(total('found') / (total('labels') || 1)),
      named: round(total('named') / (total('labels') || 1)),
      recallOfNamed: round(
        results.reduce((n, r) => n + r.labels.filter((l) => l.named && l.found).length, 0) /
          (total('named') || 1),
      ),
      kinds,
      kindAccuracy: round(total('kindRight') / (total('found') || 1)),
      junk,
      topicsPerArticle: Math.round((topics / (articles.length || 1)) * 100) / 100,
      msPerArticle: Math.round((ms / (articles.length || 1)) * 100) / 100,
    },
    results,
  };
}

if (runsAsScript(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
      count: { type: 'string', default: '1500' },
      // The misses of one kind (places, people, orgs), the junk, every label ("all"), the
      // names each code in the sample is matched by ("mapping"), or every BBC miss ("bbc").
      show: { type: 'string' },
    },
  });
  const corpora = requireCorpora(values.corpora, ['reuters21578', 'bbc']);
  const { scores, results } = await topicsQuality(corpora, Number(values.count));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `topics on ${scores.articles} Reuters-21578 stories with PLACES, PEOPLE or ORGS labels ` +
      `(every Nth regular story; --count ${values.count})`,
  );
  console.log(
    `  labels found among topics: ${pct(scores.recall)}  (named in the text at all: ` +
      `${pct(scores.named)}; found of those named: ${pct(scores.recallOfNamed)})`,
  );
  for (const k of LABEL_KINDS) {
    const s = scores.kinds[k];
    console.log(
      `    ${k.padEnd(7)} ${pct(s.recall).padStart(6)} found of ${s.labels} labels` +
        `  (named in text: ${s.named}, found: ${s.found})`,
    );
  }
  console.log(
    `  kind: ${pct(scores.kindAccuracy)} of found labels shown with their kind (` +
      LABEL_KINDS.map((k) => `${k} ${scores.kinds[k].kindRight}/${scores.kinds[k].found}`).join(
        ', ',
      ) +
      ')',
  );
  const example = (kind: LabelKind, code: string) =>
    `"${code}" -> ${labelNames(kind, code).join(' / ')}`;
  console.log('  codes to names (the tables at the top of bench/topics/run.ts; --show mapping):');
  console.log(
    `    places: the country the code spells, ${example('places', 'sri-lanka')}; ` +
      `${Object.keys(PLACE_NAMES).length} listed with other names, ${example('places', 'usa')}`,
  );
  console.log(
    `    people: the surname, as words of a topic's name, ${example('people', 'james-baker')}, ` +
      `${example('people', 'de-larosiere')}`,
  );
  console.log(`    orgs: the corpus's descriptions and acronyms, ${example('orgs', 'ec')}`);
  const junkList = results.flatMap((r) => r.junk.map((j) => `${j.name} (${j.reason})`));
  console.log(
    `  junk topics (stop-list): ${scores.junk}${junkList.length ? `: ${[...new Set(junkList)].join(', ')}` : ''}`,
  );
  console.log(`  topics per article: ${scores.topicsPerArticle}`);
  console.log(`  topics stage: ${scores.msPerArticle} ms per article`);
  const show = values.show;
  if (show === 'mapping') {
    for (const kind of LABEL_KINDS) {
      const codes = [...new Set(results.flatMap((r) => r.story[kind]))].sort();
      for (const code of codes) console.log(`  ${kind} ${example(kind, code)}`);
    }
  } else if (show && show !== 'bbc') {
    for (const r of results) {
      const listed = r.labels.filter((l) => show === 'all' || (l.kind === show && !l.found));
      if (show === 'junk' ? !r.junk.length : !listed.length) continue;
      console.log(`\n${r.story.original}  ${r.story.title}`);
      console.log(`  topics: ${r.article.topics.map((t) => `${t.name} [${t.kind}]`).join('; ')}`);
      for (const l of listed) {
        console.log(
          `  ${l.found ? 'found ' : 'MISSED'} ${l.kind} ${l.code} (${l.named ? '' : 'not '}named in the text)` +
            (l.shownAs && l.shownAs !== TOPIC_KIND[l.kind] ? ` shown as ${l.shownAs}` : ''),
        );
      }
      if (r.junk.length) console.log(`  junk: ${r.junk.map((j) => j.name).join(', ')}`);
    }
  }
  // The BBC checks (bench/topics/bbc.ts): headline names, the issue's junk and kinds, related.
  const { bbcQuality, printBbc } = await import('./bbc.ts');
  console.log('');
  printBbc(await bbcQuality(corpora), show === 'bbc');
}
