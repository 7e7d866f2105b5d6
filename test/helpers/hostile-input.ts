// A hostile input folder for the robustness tests, generated from real BBC stories
// (test/corpora/bbc) with the hostile parts wrapped around or injected into them: script in
// titles, bylines, front matter and text, broken and binary files, awkward file names, a symbolic
// link out of the folder, titles that slugify alike, and non-English articles.

import { readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bbcFile } from './corpora.ts';

/** A real BBC story: its headline (line 1) and its paragraphs. */
export function bbcStory(category: string, n: number): { title: string; paragraphs: string[] } {
  const [title = '', ...rest] = readFileSync(bbcFile(category, n), 'latin1').split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { title: title.trim(), paragraphs };
}

function story(category: string, n: number): string {
  const { title, paragraphs } = bbcStory(category, n);
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

function body(category: string, n: number): string {
  return `${bbcStory(category, n).paragraphs.join('\n\n')}\n`;
}

/** Markup that must never run: each alert's number names where it was put. */
export const SCRIPT_TITLE = '<script>alert("title")</script> Ad sales <img src=x onerror=alert(1)>';
export const SCRIPT_BYLINE = '<img src=x onerror=alert("byline")>';

/** Long enough to be near the 255-byte limit of a file name once the extension is added. */
export const LONG_NAME = `${'very-long-name-'.repeat(16)}end.txt`;

/** Files the build must reject, with a word their reason must contain. */
export const EXPECTED_REJECTED: Record<string, RegExp> = {
  'empty.txt': /empty/,
  'photo.txt': /PNG/,
  'outside-link.txt': /symbolic link/,
  'nul-bytes.txt': /NUL/,
  'punctuation.txt': /no words/,
  'punctuation.html': /no words/,
};

/** Files the build keeps but must warn about, with a word the warning must contain. */
export const EXPECTED_WARNED: Record<string, RegExp> = {
  'bad-yaml.md': /not valid YAML/,
  'wrong-types.md': /"title" is not text/,
  'invalid-utf8.txt': /not valid UTF-8/,
};

/** Non-English articles by file, with the lang and dir their page must have. */
export const FOREIGN: Record<string, { lang: string; dir: 'ltr' | 'rtl'; title: string }> = {
  'korean.txt': { lang: 'ko', dir: 'ltr', title: '북한 이탈주민 중국에서 도움 요청' },
  'chinese.txt': { lang: 'zh', dir: 'ltr', title: '朝鲜脱北者在中国寻求帮助' },
  'arabic.txt': { lang: 'ar', dir: 'rtl', title: 'لاجئون من كوريا الشمالية يطلبون المساعدة' },
  'russian.txt': { lang: 'ru', dir: 'ltr', title: 'Беженцы из Северной Кореи просят о помощи' },
};

// Short news sentences in each language, repeated into paragraphs: the corpora hold no
// non-English text, and the pipeline only needs the script and enough words.
const FOREIGN_SENTENCES: Record<string, string[]> = {
  'korean.txt': [
    '중국에 있는 북한 주민 약 20명이 서울의 한 민간단체에 한국으로 갈 수 있도록 도와달라고 요청했다.',
    '이들 가운데 일부는 평양의 신임을 받던 대외무역 종사자인 것으로 알려졌다.',
    '정부 관계자는 구호 요청이 관계 기관에 전달됐다고 밝혔다.',
  ],
  'chinese.txt': [
    '约二十名在中国的朝鲜人请求首尔的一个民间团体帮助他们前往韩国。',
    '其中一些人据说是受到平壤信任的对外贸易人员。',
    '政府官员表示，救助请求已经转交有关部门。',
  ],
  'arabic.txt': [
    'طلب نحو عشرين كوريا شماليا في الصين من منظمة غير حكومية في سيول مساعدتهم على الانتقال إلى كوريا الجنوبية.',
    'وقال مسؤول في المنظمة إن طلبات الإغاثة أحيلت إلى الحكومة.',
    'وأضاف أن بعضهم كانوا يعملون في التجارة الخارجية.',
  ],
  'russian.txt': [
    'Около двадцати северокорейцев в Китае попросили неправительственную организацию в Сеуле помочь им перебраться в Южную Корею.',
    'По словам представителя организации, просьбы о помощи переданы правительству.',
    'Некоторые из них работали во внешней торговле и пользовались доверием Пхеньяна.',
  ],
};

function foreignArticle(file: string): string {
  const sentences = FOREIGN_SENTENCES[file] ?? [];
  const paragraph = (k: number) => sentences.map((_, i) => sentences[(i + k) % sentences.length]);
  // Chinese runs its sentences together without spaces.
  const glue = file === 'chinese.txt' ? '' : ' ';
  const paragraphs = [0, 1, 2].map((k) => paragraph(k).join(glue));
  return `${FOREIGN[file]?.title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** Titles that slugify alike (and one that tries to climb out of the output folder). */
export const SAME_SLUG_TITLES = [
  'Winter Olympics: bid cost soars',
  'Winter olympics — BID COST soars!',
];
export const CLIMBING_TITLE = '../../../etc/passwd attack on the archive';

/** The BBC stories the folder uses as plain, well-formed articles. */
const PLAIN = [
  ['name with spaces.txt', 'business', 10],
  ['ünïcödé 기사 名前.txt', 'business', 11],
  [LONG_NAME, 'business', 12],
  ['..dots..in..name...txt', 'business', 13],
  ['sub dir/nested ünïcödé.md', 'politics', 10],
] as const;

/** Writes the hostile folder into `dir/input` (and the symlink's target into `dir/outside`). */
export async function writeHostileInput(dir: string): Promise<string> {
  const input = path.join(dir, 'input');
  await mkdir(path.join(input, 'sub dir'), { recursive: true });
  await mkdir(path.join(dir, 'outside'), { recursive: true });
  const put = (name: string, content: string | Buffer) =>
    writeFile(path.join(input, name), content);

  // Broken files.
  await put('empty.txt', '');
  // Text with no word, only the marks a scraper leaves (a page with nothing left but a quote
  // mark and a separator): no article, and a page Pagefind would not index.
  await put('punctuation.txt', '* * *\n\n>\n\n--- | ---\n');
  await put('punctuation.html', '<!doctype html><article><p>&gt;</p><p>***</p></article>');
  await put(
    'photo.txt',
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR'),
      Buffer.alloc(64, 7),
    ]),
  );
  await put(
    'nul-bytes.txt',
    Buffer.concat([Buffer.from(story('business', 20)), Buffer.from([0, 0, 1, 2])]),
  );
  // A UTF-8 story with bytes that are not UTF-8 spliced in (a lone continuation byte, an
  // overlong sequence, a truncated sequence).
  await put(
    'invalid-utf8.txt',
    Buffer.concat([
      Buffer.from(story('business', 21)),
      Buffer.from([0x80, 0xc0, 0xaf, 0x20, 0xe2, 0x82, 0x0a]),
    ]),
  );
  await put('bad-yaml.md', `---\ntitle: [unclosed\nauthor: {oops\n---\n${story('business', 22)}`);
  await put(
    'wrong-types.md',
    `---\ntitle:\n  - a list\n  - as title\ndate: yesterday\n---\n${story('business', 23)}`,
  );

  // Script in titles, bylines, front matter and text, Markdown link tricks, HTML entities.
  const { paragraphs } = bbcStory('business', 1);
  await put(
    'script-front-matter.md',
    [
      '---',
      `title: '${SCRIPT_TITLE}'`,
      `author: '${SCRIPT_BYLINE}'`,
      `source: '<a href="javascript:alert(3)">Evil Times</a>'`,
      `description: '<svg onload=alert(4)> standfirst with markup in it and more words'`,
      '---',
      paragraphs[0],
      '',
      `<script>alert(5)</script> ${paragraphs[1]}`,
      '',
      `${paragraphs[2]} [read more](javascript:alert(6)) and [more](<javascript:alert(7)>) and ` +
        `![pic](javascript:alert(8)) and <javascript:alert(9)> and [ref][evil].`,
      '',
      '[evil]: javascript:alert(10)',
      '',
      `${paragraphs[3]} <a href="javascript:alert(11)" onclick="alert(12)">link</a> ` +
        `&lt;script&gt;alert(13)&lt;/script&gt; &#60;img src=x onerror=alert(14)&#62; ` +
        `<iframe src="data:text/html,<script>alert(15)</script>"></iframe>`,
      '',
      ...paragraphs.slice(4).flatMap((p) => [p, '']),
    ].join('\n'),
  );
  const second = bbcStory('business', 2);
  await put(
    'script-in-text.txt',
    [
      `<img src=x onerror=alert(16)> ${second.title}`,
      '',
      `By ${SCRIPT_BYLINE}`,
      '',
      ...second.paragraphs.map((p, i) =>
        i === 1 ? `${p} <script>alert(17)</script> <body onload=alert(18)>` : p,
      ),
    ].join('\n\n'),
  );

  // Awkward names, and a symbolic link out of the folder.
  for (const [name, category, n] of PLAIN) await put(name, story(category, n));
  await writeFile(path.join(dir, 'outside', 'secret.txt'), story('politics', 11));
  await symlink(path.join(dir, 'outside', 'secret.txt'), path.join(input, 'outside-link.txt'));

  // Titles that slugify alike, over different stories; a title that tries to climb out.
  await put('same-slug-a.txt', `${SAME_SLUG_TITLES[0]}\n\n${body('sport', 10)}`);
  await put('same-slug-b.txt', `${SAME_SLUG_TITLES[1]}\n\n${body('sport', 11)}`);
  await put('climbing.md', `---\ntitle: '${CLIMBING_TITLE}'\n---\n${body('sport', 12)}`);

  for (const file of Object.keys(FOREIGN)) await put(file, foreignArticle(file));
  return input;
}

/** Input files that must become (part of) an article. */
export function expectedBuilt(): string[] {
  return [
    ...Object.keys(EXPECTED_WARNED),
    'script-front-matter.md',
    'script-in-text.txt',
    ...PLAIN.map(([name]) => name),
    'same-slug-a.txt',
    'same-slug-b.txt',
    'climbing.md',
    ...Object.keys(FOREIGN),
  ];
}
