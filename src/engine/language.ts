// Language of a document: French (the seeds' language) or English.
//
// Detected with franc-min (trigram profiles, by Titus Wormer), restricted to the two languages the
// engine reads. Measured on the 22 documents of ../shared (seeds, dev, en) and three hand-made
// snippets: franc-min, tinyld, tinyld/light and eld (extrasmall) all got every document right;
// franc-min was the most accurate line by line (254 of 258 lines of over 20 characters, vs 252 for
// tinyld/light), takes about 0.6 ms per 2 000 characters and adds about 175 KB to a minified bundle
// (eld's smallest database is near 1 MB, tinyld's full one 750 KB). Pure: no Node built-ins.
import { francAll } from 'franc-min';

export type Language = 'fr' | 'en';

/** How much text the detector reads: a long document is sampled at its start, middle and end. */
const SAMPLE_CHARS = 1500;
const SAMPLES = 3;
/** Under this many letters the document is read as French, the seeds' language. */
const MIN_LETTERS = 10;

/** Under this many characters franc-min's answer is checked against function words. */
const SHORT_TEXT = 400;
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'with', 'said', 'that', 'by', 'from', 'at', 'its', 'has', 'have', 'will', 'are', 'were', 'it', 'this', 'an', 'a', 'rose', 'fell']);
const FRENCH_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'est', 'un', 'une', 'je', 'il', 'elle', 'pour', 'sur', 'dans', 'au', 'aux', 'par', 'que', 'qui', 'ce', 'cette', 'a', 'été', 'sont', 'avec', 'vais', 'suis', 'mon', 'ma', 'nous', 'vous', "j'ai", 'ai', 'à']);

function functionWords(sample: string, words: ReadonlySet<string>): number {
	let n = 0;
	for (const w of sample.toLowerCase().split(/[^\p{L}']+/u)) if (words.has(w)) n++;
	return n;
}

/** French's score (English = 1) at or under which a text is read as English. */
const ENGLISH_MARGIN = 0.995;

/** The language a document is read in: `en` when franc-min finds English clearly, else `fr` (the default). */
export function detectLanguage(text: string): Language {
	const sample = sampleOf(text);
	// A document re-extracted as it is typed in mostly keeps its sample: the last answer is kept.
	if (sample === lastSample) return lastLanguage;
	lastLanguage = detectSample(sample);
	lastSample = sample;
	return lastLanguage;
}

let lastSample: string | undefined;
let lastLanguage: Language = 'fr';

/** Function words a long sample must hold, in one language and hardly any in the other, to skip the trigrams. */
const CLEAR_WORDS = 30;
const CLEAR_RATIO = 8;

function detectSample(sample: string): Language {
	if (countLetters(sample) < MIN_LETTERS) return 'fr';
	// Most documents are plainly one language: their function words say so at a tenth of franc-min's cost.
	if (sample.length >= SHORT_TEXT) {
		const fr = functionWords(sample, FRENCH_WORDS);
		const en = functionWords(sample, ENGLISH_WORDS);
		if (fr >= CLEAR_WORDS && en * CLEAR_RATIO <= fr) return 'fr';
		if (en >= CLEAR_WORDS && fr * CLEAR_RATIO <= en) return 'en';
	}
	const scores = francAll(sample, { only: ['fra', 'eng'], minLength: MIN_LETTERS });
	// English only when its profile is clearly closer: junk text (`AAAA…`, `abc def`) scores the two alike.
	// On the 22 documents of ../shared, French scores 0.970–0.985 against English's 1 on English texts.
	if (scores[0]?.[0] !== 'eng') return 'fr';
	const french = scores.find((s) => s[0] === 'fra')?.[1] ?? 0;
	if (french > ENGLISH_MARGIN) return 'fr';
	// Trigrams mislead on a sentence or two (`je vais rentrer mardi` scores English): a short text is
	// English only when its function words say so too.
	return sample.length >= SHORT_TEXT || functionWords(sample, ENGLISH_WORDS) > functionWords(sample, FRENCH_WORDS) ? 'en' : 'fr';
}

/** Resolves `auto` (or nothing) to the detected language; `fr` and `en` are taken as given. */
export function resolveLanguage(text: string, language?: 'auto' | Language): Language {
	return language === 'fr' || language === 'en' ? language : detectLanguage(text);
}

function sampleOf(text: string): string {
	if (text.length <= SAMPLE_CHARS * SAMPLES) return text;
	const parts: string[] = [];
	const step = Math.floor((text.length - SAMPLE_CHARS) / (SAMPLES - 1));
	for (let k = 0; k < SAMPLES; k++) parts.push(text.slice(k * step, k * step + SAMPLE_CHARS));
	return parts.join('\n');
}

function countLetters(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length && n < MIN_LETTERS; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) n++;
	}
	return n;
}
