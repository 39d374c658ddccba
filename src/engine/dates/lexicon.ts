// Word lists for the date recognizer (dates.ts): French month, weekday, season
// and number words. Keys are lower case; accent-less spellings are added because
// editors paste text typed without accents.

/** Month names and abbreviations → month number. `abbr` forms need a day before or a year after. */
export interface MonthWord {
	month: number;
	abbr: boolean;
}

const MONTHS_FULL: readonly (readonly string[])[] = [
	['janvier'],
	['février', 'fevrier', 'févier'],
	['mars'],
	['avril'],
	['mai'],
	['juin'],
	['juillet'],
	['août', 'aout', 'aoüt'],
	['septembre'],
	['octobre'],
	['novembre'],
	['décembre', 'decembre'],
];

const MONTHS_ABBR: readonly (readonly string[])[] = [
	['janv', 'jan'],
	['févr', 'fevr', 'fév', 'fev'],
	[],
	['avr'],
	[],
	['jun'],
	['juil', 'jul'],
	[],
	['sept', 'sep'],
	['oct'],
	['nov'],
	['déc', 'dec'],
];

export const MONTH_WORDS: ReadonlyMap<string, MonthWord> = (() => {
	const m = new Map<string, MonthWord>();
	MONTHS_FULL.forEach((names, i) => names.forEach((n) => m.set(n, { month: i + 1, abbr: false })));
	MONTHS_ABBR.forEach((names, i) => names.forEach((n) => m.set(n, { month: i + 1, abbr: true })));
	return m;
})();

/** `mar` is both mardi and mars: only read as March in loose (relative) mode. */
export const LOOSE_MONTH_ABBR: ReadonlyMap<string, number> = new Map([['mar', 3]]);

/** Weekdays (ISO number, Monday = 1); abbreviations only count right before a date. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
	['lundi', 1],
	['mardi', 2],
	['mercredi', 3],
	['jeudi', 4],
	['vendredi', 5],
	['samedi', 6],
	['dimanche', 7],
	['lundis', 1],
	['mardis', 2],
	['mercredis', 3],
	['jeudis', 4],
	['vendredis', 5],
	['samedis', 6],
	['dimanches', 7],
]);
export const WEEKDAY_ABBR: ReadonlyMap<string, number> = new Map([
	['lun', 1],
	['mar', 2],
	['mer', 3],
	['jeu', 4],
	['ven', 5],
	['sam', 6],
	['dim', 7],
]);

/** Seasons → TIMEX-style code used in values (`2016-SU`). */
export const SEASONS: ReadonlyMap<string, string> = new Map([
	['printemps', 'SP'],
	['été', 'SU'],
	['ete', 'SU'],
	['automne', 'FA'],
	['hiver', 'WI'],
]);

/** Spelled-out cardinals that can stand alone or end a compound (`vingt-deux`). */
export const UNITS: ReadonlyMap<string, number> = new Map([
	['un', 1],
	['une', 1],
	['deux', 2],
	['trois', 3],
	['quatre', 4],
	['cinq', 5],
	['six', 6],
	['sept', 7],
	['huit', 8],
	['neuf', 9],
	['dix', 10],
	['onze', 11],
	['douze', 12],
	['treize', 13],
	['quatorze', 14],
	['quinze', 15],
	['seize', 16],
]);
export const TENS: ReadonlyMap<string, number> = new Map([
	['vingt', 20],
	['trente', 30],
	['quarante', 40],
	['cinquante', 50],
	['soixante', 60],
]);

/** Ordinal words → rank (`premier` → 1); used for days (`le premier`), quarters and weeks. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
	['premier', 1],
	['première', 1],
	['premiere', 1],
	['permier', 1],
	['second', 2],
	['seconde', 2],
	['deuxième', 2],
	['deuxieme', 2],
	['troisième', 3],
	['troisieme', 3],
	['quatrième', 4],
	['quatrieme', 4],
	['cinquième', 5],
	['cinquieme', 5],
	['sixième', 6],
	['sixieme', 6],
	['septième', 7],
	['septieme', 7],
	['huitième', 8],
	['huitieme', 8],
	['neuvième', 9],
	['neuvieme', 9],
	['dixième', 10],
	['dixieme', 10],
	['onzième', 11],
	['douzième', 12],
	['treizième', 13],
	['quatorzième', 14],
	['quinzième', 15],
	['seizième', 16],
	['vingtième', 20],
	['trentième', 30],
]);

/** Suffixes written right after a digit to make an ordinal (`1er`, `27e`, `22ème`). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['er', 're', 'ère', 'ere', 'e', 'è', 'ème', 'eme', 'ᵉ', 'ᵉʳ', 'th', 'st', 'nd', 'rd']);

/**
 * Words that, right after a 4-digit number, show it counts something (`2000 tonnes`):
 * units, currencies and frequent counted nouns. Other plural nouns are caught by shape.
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
	'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'ha', 'mw', 'kw', 'gw', 'mwh', 'kwh', 'gwh', 'l', 'hl', 'm2', 'm3', 'm²', 'm³', 'km²',
	'usd', 'eur', 'vnd', 'jpy', 'cny', 'krw', 'gbp', 'chf', 'thb', 'sgd', 'aud', 'cad',
	'dollar', 'euro', 'yen', 'yuan', 'won', 'dong', 'livre', 'franc', 'baht', 'roupie', 'rouble',
	'milliards', 'millions', 'milliard', 'million', 'mille',
	'heures', 'minutes', 'secondes', 'jours', 'semaines', 'mois', 'ans', 'années', 'fois',
]);

/**
 * Short words ending in -s/-x that follow a year without being a counted noun
 * (`en 2025 dans`, `2024 alors que`).
 */
export const FUNCTION_WORDS_S: ReadonlySet<string> = new Set([
	'les', 'des', 'ses', 'ces', 'mes', 'tes', 'nos', 'vos', 'leurs', 'aux', 'nous', 'vous', 'ils', 'elles', 'eux',
	'dans', 'sous', 'vers', 'alors', 'après', 'apres', 'depuis', 'tandis', 'lors', 'plus', 'moins', 'puis', 'sans', 'mais',
	'très', 'tres', 'tous', 'toutes', 'ainsi', 'hors', 'jamais', 'toujours', 'désormais', 'auprès', 'dès', 'pas', 'parmi',
	'deux', 'trois', 'six', 'dix', 'avons', 'sommes', 'êtes', 'étions', 'serons', 'aurons', 'pourrons', 'devons', 'avions',
	'jusqu', 'environ', 'inclus', 'exclus', 'compris', 'certes', 'voire', 'outre', 'selon', 'respectivement', 'notamment', 'successivement',
	'consécutives', 'consécutifs', 'précédentes', 'précédents', 'suivantes', 'suivants', 'prochaines', 'prochains', 'passées', 'passés',
]);
