// Word lists for the topics stage (src/stages/topics.ts). General knowledge of English news
// text, not tuned to any corpus: the other names countries go by, the words that are never a
// topic, and the titles that stand before people's names.

/**
 * Countries under the names news text uses for them: the canonical name first. Every spelling
 * of a group is one topic, displayed under the first. Dots don't count ("U.S." is "US"), nor
 * does case outside the body text (see topicKey in src/stages/topics.ts).
 */
export const COUNTRY_NAMES: string[][] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Netherlands', 'Holland', 'The Netherlands'],
  ['South Korea', 'S Korea', 'S. Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', 'N Korea', 'N. Korea', 'DPRK'],
  ['China', "People's Republic of China", 'PRC', 'Mainland China'],
  ['West Germany', 'W Germany', 'W. Germany', 'Federal Republic of Germany'],
  ['East Germany', 'E Germany', 'E. Germany', 'German Democratic Republic', 'GDR'],
  ['Ivory Coast', "Cote d'Ivoire", "Côte d'Ivoire"],
  ['Philippines', 'The Philippines'],
  ['Vatican', 'Holy See', 'Vatican City'],
  ['Czech Republic', 'Czechia'],
  ['New Zealand', 'NZ'],
  // Names of the 1980s wire (Reuters-21578) and their later ones: one country either way.
  ['Cambodia', 'Kampuchea'],
  ['Burma', 'Myanmar'],
  ['Trinidad and Tobago', 'Trinidad-Tobago'],
];

/**
 * Longer names that hold a country's name and are something else, topics of their own: a
 * mention of "Latin America" or "Bank of America" is not one of America.
 */
export const NOT_COUNTRIES: Record<string, 'place' | 'organization'> = {
  'Latin America': 'place',
  'South America': 'place',
  'North America': 'place',
  'Central America': 'place',
  Americas: 'place',
  'Northern Ireland': 'place',
  'New England': 'place',
  // A Canadian province, not Britain ("British" is a nationality: DEMONYMS)
  'British Columbia': 'place',
  'Bank of America': 'organization',
  'Voice of America': 'organization',
};

const words = (...lines: string[]): Set<string> => new Set(lines.join(' ').split(/\s+/));

/**
 * Words that name nothing, compared lower-case: weekdays and months, numbers, pronouns, titles.
 * Never a topic, alone or together ("Monday March", "Mr Jr").
 */
export const STOP_WORDS = words(
  // weekdays and months, and their abbreviations
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri',
  'sat sun january february march april may june july august september october november',
  'december jan feb mar apr jun jul aug sep sept oct nov dec',
  // numbers in words
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty',
  'fifty hundred thousand million billion trillion mln bln second third half quarter dozen',
  // pronouns and determiners
  'i me my we us our you your he him his she her it its they them their this that these those',
  'who whom which what there here all some any none each both the a an',
  // titles and fragments of names
  'mr mrs ms miss dr sir st jr sr mt gen col lt sgt rev prof',
);

/**
 * Generic words, capitalized at the start of a sentence, in a headline or in a title: never a
 * topic alone ("Government", "Officials"), though a name can be made of them ("World Bank",
 * "State Department").
 */
export const GENERIC_WORDS = words(
  'government president minister ministry company companies bank banks state states party',
  'university officials official spokesman spokeswoman chairman chief director secretary',
  'department agency group committee council commission court city country nation market',
  'markets industry news report reports today yesterday tomorrow week year month people',
  'analysts analyst dealers traders sources economists economy shares stock prices profits',
  'north south east west central new old great national international world first inc corp',
  'co ltd plc holdings exchange treasury congress parliament senate house police army',
  'community union association institute organisation organization federation board',
  'authority office bureau fund foundation alliance league club ministry finance speaker',
  'industries industry manufacturing technologies technology systems services resources',
  'enterprises partners associates financial securities investment investments capital',
  'ipo ceo cfo mp mps mep meps gdp',
  // things, not names, that news writes in capitals: "PC sales", "DVD players", "ID cards"
  'tv pc pcs dvd dvds cd cds id vat pin sms atm dna mp3',
  // holidays, like the weekdays and months of STOP_WORDS
  'christmas easter',
);

/**
 * Other names news text uses for one party, club or body, the canonical name first; joined like
 * COUNTRY_NAMES. British news shortens parties and clubs ("Tories", "Lib Dems", "Man Utd"); the
 * BBC corpus (issue 24) showed each of these split in two topics or missed.
 */
export const OTHER_NAMES: string[][] = [
  ['Labour Party', 'Labour'],
  ['Conservative Party', 'Conservatives', 'Tories', 'Tory', 'Tory Party'],
  ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'Liberal Democrat Party'],
  ['Manchester United', 'Man Utd', 'Man United'],
  ['Manchester City', 'Man City'],
  ['European Union', 'EU'],
];

/**
 * Prefixes that make a name into something else: "Non-European Union citizens" are not about
 * the European Union.
 */
export const NEGATING_PREFIXES = words('non anti ex pro post pre');

/** Company-form suffixes: a name that is one of these after generic words is a fragment. */
export const CORPORATE_SUFFIXES = words('inc corp corporation co ltd plc llc sa ag nv bv gmbh spa');

/**
 * Titles and offices that stand before a person's name ("Finance Minister Gerhard Stoltenberg",
 * "Secretary of Commerce Malcolm Baldrige"): the tagger takes some of them into the name.
 */
export const TITLE_WORDS = words(
  'mr mrs ms miss dr sir dame lord lady rev prof gen col lt sgt capt adm sen rep gov',
  'president vice prime premier minister ministers secretary chancellor chairman chairwoman',
  'chair governor mayor king queen prince princess sheikh emir ayatollah pope',
  'director chief executive officer spokesman spokeswoman commissioner ambassador general',
  'senator representative judge justice leader deputy assistant undersecretary treasury',
  'finance foreign trade commerce economy economics energy oil agriculture defence defense',
  'interior home health labour labor industry state justice central bank',
  'former acting outgoing incoming new late',
);

/** Lower-case words that join the parts of a name ("Bank of England", "Abu al-Abbas"). */
export const CONNECTORS = words("of for the and & on de del da di du la le van von al bin y d'");

/**
 * Nationalities and the country they stand for: "Iranian attack", "French maize producers",
 * "SOVIET WINTER CROPS" are mentions of the country. A demonym shared by several countries
 * ("Korean", "Congolese") or one that is also a language used for itself ("English",
 * "Arabic") is left out. Plurals ("Iranians", "Israelis") are made by adding "s" to those
 * ending in -an or -i.
 */
export const DEMONYMS: Record<string, string> = {
  Afghan: 'Afghanistan',
  Albanian: 'Albania',
  Algerian: 'Algeria',
  American: 'United States',
  Angolan: 'Angola',
  Argentine: 'Argentina',
  Argentinian: 'Argentina',
  Australian: 'Australia',
  Austrian: 'Austria',
  Bahraini: 'Bahrain',
  Bangladeshi: 'Bangladesh',
  Belgian: 'Belgium',
  Bolivian: 'Bolivia',
  Brazilian: 'Brazil',
  British: 'United Kingdom',
  Bulgarian: 'Bulgaria',
  Burmese: 'Burma',
  Cambodian: 'Cambodia',
  Cameroonian: 'Cameroon',
  Canadian: 'Canada',
  Chilean: 'Chile',
  Chinese: 'China',
  Colombian: 'Colombia',
  Cuban: 'Cuba',
  Cypriot: 'Cyprus',
  Czech: 'Czech Republic',
  Czechoslovak: 'Czechoslovakia',
  Danish: 'Denmark',
  Dutch: 'Netherlands',
  'East German': 'East Germany',
  Ecuadorean: 'Ecuador',
  Ecuadorian: 'Ecuador',
  Egyptian: 'Egypt',
  Ethiopian: 'Ethiopia',
  Filipino: 'Philippines',
  Finnish: 'Finland',
  French: 'France',
  German: 'Germany',
  Ghanaian: 'Ghana',
  Greek: 'Greece',
  Guatemalan: 'Guatemala',
  Hungarian: 'Hungary',
  Icelandic: 'Iceland',
  Indian: 'India',
  Indonesian: 'Indonesia',
  Iranian: 'Iran',
  Iraqi: 'Iraq',
  Irish: 'Ireland',
  Israeli: 'Israel',
  Italian: 'Italy',
  Ivorian: 'Ivory Coast',
  Jamaican: 'Jamaica',
  Japanese: 'Japan',
  Jordanian: 'Jordan',
  Kenyan: 'Kenya',
  Kuwaiti: 'Kuwait',
  Lebanese: 'Lebanon',
  Liberian: 'Liberia',
  Libyan: 'Libya',
  Luxembourgish: 'Luxembourg',
  Malaysian: 'Malaysia',
  Mexican: 'Mexico',
  Moroccan: 'Morocco',
  Mozambican: 'Mozambique',
  'New Zealander': 'New Zealand',
  Nicaraguan: 'Nicaragua',
  Nigerian: 'Nigeria',
  'North Korean': 'North Korea',
  Norwegian: 'Norway',
  Omani: 'Oman',
  Pakistani: 'Pakistan',
  Panamanian: 'Panama',
  Paraguayan: 'Paraguay',
  Peruvian: 'Peru',
  Philippine: 'Philippines',
  Polish: 'Poland',
  Portuguese: 'Portugal',
  Qatari: 'Qatar',
  Romanian: 'Romania',
  Russian: 'Russia',
  Saudi: 'Saudi Arabia',
  'Saudi Arabian': 'Saudi Arabia',
  Senegalese: 'Senegal',
  Singaporean: 'Singapore',
  'South African': 'South Africa',
  'South Korean': 'South Korea',
  Soviet: 'Soviet Union',
  Spanish: 'Spain',
  'Sri Lankan': 'Sri Lanka',
  Sudanese: 'Sudan',
  Swedish: 'Sweden',
  Swiss: 'Switzerland',
  Syrian: 'Syria',
  Taiwanese: 'Taiwan',
  Tanzanian: 'Tanzania',
  Thai: 'Thailand',
  Tunisian: 'Tunisia',
  Turkish: 'Turkey',
  Ugandan: 'Uganda',
  Ukrainian: 'Ukraine',
  Uruguayan: 'Uruguay',
  Venezuelan: 'Venezuela',
  Vietnamese: 'Vietnam',
  'West German': 'West Germany',
  Yemeni: 'Yemen',
  Yugoslav: 'Yugoslavia',
  Zairean: 'Zaire',
  Zambian: 'Zambia',
  Zimbabwean: 'Zimbabwe',
};

/** Demonyms inside longer names that are not the country's: "Latin American", "Indian Ocean". */
export const NOT_DEMONYMS: string[] = [
  'Latin American',
  'South American',
  'North American',
  'Central American',
  'Native American',
  'American Indian',
  'West Indian',
  'Indian Ocean',
];

/**
 * Offices and occupations that news writes right before a person's name: "World Bank president
 * Barber Conable", "Energy Minister Subroto", "manager Arsene Wenger". The tagger knows common
 * first names; a name it does not know is still a person's after one of these.
 */
export const BEFORE_NAMES: string[] = [
  'president',
  'premier',
  'minister',
  'secretary',
  'chancellor',
  'chairman',
  'chairwoman',
  'governor',
  'ambassador',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'senator',
  'mayor',
  'king',
  'queen',
  'prince',
  'sheikh',
  'ayatollah',
  'leader',
  'economist',
  'analyst',
  'director',
  'executive',
  'boss',
  'coach',
  'manager',
  'captain',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'actor',
  'actress',
  'singer',
  'star',
  'writer',
  'author',
  'judge',
  'champion',
  'player',
  'rival',
  'compatriot',
  'colleague',
  'founder',
];
