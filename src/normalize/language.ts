// The page language, from the writing system, or English when its common words dominate.
// Latin-script text in other languages stays unknown (null) rather than guessed.

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

const ENGLISH = new Set(
  'the of and to in a is that for on was with as by at from it said his are be has have'.split(' '),
);

/** Any letter of the scripts above: without one, every share is 0 and the loop is skipped. */
const ANY_SCRIPT =
  /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  if (!ANY_SCRIPT.test(sample)) return latinLanguage(sample);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  for (const [script, lang] of SCRIPTS) {
    // Japanese mixes kana with Han, so any real share of kana decides it before Han does.
    const share = (sample.match(script) ?? []).length / letters;
    if (share >= (lang === 'ja' ? 0.1 : 0.3)) return lang;
  }
  return latinLanguage(sample);
}

/** English when its common words dominate, else unknown (text without a share of a script above). */
function latinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  for (const w of words) if (ENGLISH.has(w)) english++;
  // Common English function words make up about a quarter of running English news text.
  return words.length >= 5 && english / words.length >= 0.12 ? 'en' : null;
}
