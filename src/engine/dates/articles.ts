// The shape of a page, as a reader sees it: where its articles start (a page can hold
// several: "Voir plus" lists, photo captions followed by a heading, agency datelines),
// its paragraphs and sentences, and which years are part of a name (`G-NETS 2024`).
// Only the first and last characters of a line are read to classify it, so a
// 10 MB line costs no more than a short one.

/** Lines after which the page lists other articles. */
const BOUNDARY = /^(?:voir plus|voir aussi|lire aussi|à lire aussi|a lire aussi|lire la suite|sur le même sujet|sur le meme sujet|dans la même rubrique|articles? (?:liés|similaires|connexes)|autres articles|source|sources|comments?|commentaires?)\s*(?:\(\d+\))?\s*:?$/i;
const SOURCE_LINE = /^(?:source\s*:|https?:\/\/\S+$)/i;
/** A photo credit: `Photo : VNA`, `(Photo: AFP)`, `Photo d'illustration`. */
const CAPTION = /(?:\bPhotos?\s*(?::|d['’]illustration)|\(Photo\b|Ảnh\s*:)/i;
/** `Tokyo (VNA) –`, `PARIS, 7 avril 2016 (Reuters) -`, `Dakar, 28 décembre 2024 —`: an agency dateline opening a body. */
const AGENCY_DATELINE = /^[A-ZÀ-ÖØ-Þ][^()\n]{1,60}\((?:VNA|AFP|Reuters|AP|APS|MAP|Xinhua|ANSA|dpa|Belga|ATS|CVN|VNA\/CVN|APA|AIP|ACP|Anadolu|Kyodo|Yonhap|Bernama|TASS|EFE)\)\s*[-–—]/;
const MAX_HEADING = 160;
const CLASS_WINDOW = 200;

type LineClass = 'blank' | 'boundary' | 'caption' | 'heading' | 'dateline' | 'body';

function classify(text: string, start: number, end: number): LineClass {
	let s = start;
	let e = end;
	while (s < e && text.charCodeAt(s) <= 32) s++;
	while (e > s && text.charCodeAt(e - 1) <= 32) e--;
	if (s === e) return 'blank';
	const len = e - s;
	const head = text.slice(s, Math.min(e, s + CLASS_WINDOW));
	if (len <= 60 && BOUNDARY.test(head)) return 'boundary';
	if (len <= 300 && SOURCE_LINE.test(head)) return 'boundary';
	if (AGENCY_DATELINE.test(head)) return 'dateline';
	const tail = len > CLASS_WINDOW ? text.slice(e - CLASS_WINDOW, e) : head;
	if (len <= 400 && CAPTION.test(tail)) return 'caption';
	if (len <= MAX_HEADING && !/[.!?:;,…»"”)]$/.test(head) && /^[\p{Lu}\p{N}\p{So}]/u.test(head)) return 'heading';
	return 'body';
}

/**
 * Offsets where the articles of the page start (the first is 0). A new article starts:
 * after a line such as `Voir plus`, `Lire aussi` or `Source : …`; at a photo caption or heading
 * that follows body text once such a line was seen, or at a caption followed by a heading;
 * at a second agency dateline (`Tokyo (VNA) –`) in the same article.
 */
export function articleStarts(text: string): number[] {
	const lines: { start: number; cls: LineClass }[] = [];
	for (let pos = 0; pos <= text.length; ) {
		let end = text.indexOf('\n', pos);
		if (end < 0) end = text.length;
		const cls = classify(text, pos, end);
		if (cls !== 'blank') lines.push({ start: pos, cls });
		pos = end + 1;
	}
	const starts = [0];
	let related = false;
	let body = false;
	let dateline = false;
	const open = (at: number): void => {
		if (starts[starts.length - 1] !== at) starts.push(at);
		body = false;
		dateline = false;
	};
	for (let k = 0; k < lines.length; k++) {
		const { start, cls } = lines[k];
		const next = lines[k + 1]?.cls;
		if (cls === 'boundary') {
			if (k + 1 < lines.length) open(lines[k + 1].start);
			related = true;
			continue;
		}
		if (cls === 'dateline') {
			if (dateline) open(start);
			dateline = true;
			body = true;
			continue;
		}
		if ((cls === 'caption' || cls === 'heading') && body && (related || (cls === 'caption' && next === 'heading'))) open(start);
		if (cls === 'body') body = true;
	}
	return starts;
}

/** Start of the sentence holding `at` (not before `lineStart`). */
export function sentenceStart(text: string, at: number, lineStart: number): number {
	const limit = Math.max(lineStart, at - 1500);
	for (let k = at - 1; k > limit; k--) {
		const c = text.charCodeAt(k);
		if ((c === 32 || c === 0xa0) && isSentenceEnd(text, k - 1)) return k + 1;
	}
	return limit;
}

/** End of the sentence holding `at` (not after `lineEnd`). */
export function sentenceEnd(text: string, at: number, lineEnd: number): number {
	const limit = Math.min(lineEnd, at + 1500);
	for (let k = at; k < limit; k++) if (isSentenceEnd(text, k) && (k + 1 >= limit || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 0xa0)) return k + 1;
	return limit;
}

function isSentenceEnd(text: string, k: number): boolean {
	const c = text[k];
	if (c === '!' || c === '?') return true;
	if (c !== '.') return false;
	// M. Le Tien Chau, sept. 2025, 1.5: not the end of a sentence
	let w = k;
	while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
	const word = text.slice(w, k);
	if (word.length <= 2 && /^\p{Lu}/u.test(word)) return false;
	return !ABBREVIATIONS.has(word.toLowerCase());
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(['janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec', 'env', 'etc', 'cf', 'mme', 'mlle', 'dr', 'pr', 'st', 'no', 'art', 'av', 'bd', 'vol']);

/** Words that put a year in time rather than in a name (`En 2024`, `Fin 2025`, `Depuis 2013`). */
const TIME_CUES: ReadonlySet<string> = new Set([
	'en', 'de', 'des', 'du', 'depuis', 'dès', 'des', 'fin', 'début', 'debut', 'mi', 'avant', 'après', 'apres', 'vers', 'jusqu', 'au', 'le', 'la', 'les', 'l',
	'entre', 'pour', 'sur', 'dans', 'année', 'annee', 'an', 'horizon', 'et', 'ou', 'à', 'a', 'courant', 'cours', 'été', 'ete', 'printemps', 'automne', 'hiver',
	'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
	'exercice', 'budget', 'période', 'periode', 'ici', 'd', 'contre', 'that', 'in', 'since', 'by', 'until', 'from', 'to', 'of', 'the',
]);

/**
 * A year written inside a name (`G-NETS 2024`, `EXPO 2025`, `Vision 2030`, `(Royaume de Belgique) 2025`):
 * the word before it is capitalized or an acronym and does not put the year in time.
 */
export function isNameYear(text: string, start: number, end: number): boolean {
	if (end - start !== 4) return false;
	let k = start - 1;
	while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
	if (k < 0 || k === start - 1) return false;
	if (text[k] === ')') return true;
	let w = k + 1;
	while (w > 0 && /[\p{L}\p{N}-]/u.test(text[w - 1]) && k - w < 30) w--;
	const word = text.slice(w, k + 1);
	if (!word || !/^\p{Lu}/u.test(word)) return false;
	if (TIME_CUES.has(word.toLowerCase())) return false;
	// The first word of a sentence (`Lors de 2024` is rare; `Hanoi 2024` in a title is a name)
	return true;
}
