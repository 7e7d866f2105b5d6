// Invented names, no real publications or people (bench/quality/generate.ts).

export const SITES = [
  'Daily Ledger',
  'The Courier-Post',
  'Asia Wire Review',
  'Evening Gazette',
  'Northern Chronicle',
  'The Harbour Times',
  'Metro Observer',
  'Pacific Dispatch',
  'Capital Tribune',
  'Morning Star-Herald',
  'Global Market Wire',
  'Riverside Sentinel',
  'World Weekly Digest',
  'The Continental Post',
  'Eastern Bulletin',
  'Valley Reporter',
  'The Lowland Examiner',
  'Seaboard Financial Journal',
];

export const AUTHORS = [
  'Sandra Loyd',
  'Martin Okafor',
  'Helen Marsh',
  'Daniel Ruiz',
  'Priya Natarajan',
  'Claire Dubois',
  'Kenji Morita',
  'Aisha Bello',
  'Robert J. Whitfield',
  'Li Wen',
  'Fiona McAllister',
  'Jean-Paul Marchetti',
  'Kim Soo-jin',
  'Owen Pritchard',
  "Margaret O'Neill",
  'Samuel Adeyemi',
  'Ingrid Halvorsen',
  'Tomasz Nowicki',
  'Rachel Goldberg',
  'Diego Alvarez',
  'Hannah Whitaker',
  'Yusuf Demir',
  'Grace Mbeki',
  'Peter van der Berg',
  'Lucía Ferrández',
  'Søren Lund',
  'Nguyễn Thu Hà',
];

export const CITIES = [
  'London',
  'Seoul',
  'New York',
  'Brussels',
  'Tokyo',
  'Johannesburg',
  'Washington',
];
export const ROLES = [
  'economics correspondent',
  'Staff Reporter',
  'Staff Writer',
  'political editor',
];

/** "The Courier-Post" -> "Courier-Post", for phrases that supply their own "the". */
export const bare = (site: string): string => site.replace(/^The\s+/, '');
export const domain = (site: string): string =>
  `www.${bare(site)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')}.example`;

export const SECTIONS: Record<string, [string, string[]]> = {
  business: ['Business', ['Markets', 'Economy', 'Companies']],
  entertainment: ['Entertainment', ['Music', 'Film', 'Arts']],
  politics: ['Politics', ['UK Politics', 'Elections', 'Policy']],
  sport: ['Sport', ['Football', 'Athletics', 'Tennis']],
  tech: ['Technology', ['Internet', 'Gadgets', 'Science']],
};
export const REUTERS_KICKERS: Record<string, string> = {
  earn: 'EARNINGS',
  acq: 'MERGERS',
  'money-fx': 'CURRENCIES',
  interest: 'RATES',
  trade: 'TRADE',
  crude: 'OIL',
  grain: 'GRAIN',
  wheat: 'WHEAT',
  corn: 'CORN',
  coffee: 'COFFEE',
  cocoa: 'COCOA',
  sugar: 'SUGAR',
  gold: 'GOLD',
  ship: 'SHIPPING',
  gnp: 'ECONOMY',
};
export const KICKERS: Record<string, string[]> = {
  business: ['MARKETS', 'EARNINGS', 'ECONOMY', 'TRADE'],
  entertainment: ['SHOWBIZ', 'MUSIC', 'FILM', 'ARTS'],
  politics: ['POLITICS', 'ELECTION', 'WESTMINSTER', 'POLICY'],
  sport: ['SPORT', 'FOOTBALL', 'RESULTS'],
  tech: ['TECHNOLOGY', 'GADGETS', 'INTERNET'],
  reuters: ['MARKETS', 'COMMODITIES', 'ECONOMY', 'COMPANIES', 'WORLD'],
};

export const COMMENT_POLICIES = [
  'Comments will be moderated. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.',
  'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the editors.',
  'We welcome your comments. Please keep them civil: comments that break our community guidelines will be removed.',
  'Comments are reviewed before they appear. Off-topic, abusive or promotional remarks will not be published.',
  "Readers' comments are subject to our moderation policy.",
  'All comments are pre-moderated. Please read our house rules before posting.',
];

export const NEWSLETTER_PROMPTS = [
  "Sign up for our free morning newsletter and get the day's top stories in your inbox.",
  'Never miss a story. Subscribe to our newsletter today.',
  "NEWSLETTER: The day's biggest stories, delivered free every morning. Sign up now.",
  'Get our daily briefing by email. Subscribe for free.',
];

/** A source name used where it is NOT the publication: quoted or reported speech in the body. */
export const DECOYS: ((name: string) => string)[] = [
  (s) => `"We told the ${s} nothing," he said.`,
  (s) => `"I never gave an interview to the ${s}," she said.`,
  (s) => `"Whatever the ${s} says, the figures speak for themselves," a spokesman said.`,
  (s) => `"You read it in the ${s} first," one analyst joked.`,
  (s) => `A spokeswoman declined to comment on a report in the ${s}.`,
  (s) => `"Nobody at the ${s} called us before printing that," said one official.`,
];
