// Currencies by name, symbol and ISO 4217 code, as written in French text.
// General knowledge only: the names of currencies and the adjectives that pick one
// (`dollars canadiens` → CAD, `francs suisses` → CHF).

export interface CurrencyFamily {
	/** ISO 4217 code when no adjective narrows it down. */
	code: string;
	/** Normalized adjective (see normalizeAdjective) → ISO 4217 code. */
	adjectives?: Record<string, string>;
	/** A sub-unit (cent, penny): the amount keeps the written figure and this unit. */
	subunit?: boolean;
	/** `livres` is also a weight: read as money only with a scale word, an adjective or a symbol. */
	ambiguous?: boolean;
}

/** Lower case, single spaces, no final plural `s`: `Américains` → `américain`. */
export function normalizeAdjective(s: string): string {
	let n = normalized.get(s);
	if (n === undefined) {
		const t = s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'");
		n = t.length > 3 && t.endsWith('s') ? t.slice(0, -1) : t;
		if (normalized.size >= 1000) normalized.clear();
		normalized.set(s, n);
	}
	return n;
}
/** The same adjectives come back with every amount: each is normalized once. */
const normalized = new Map<string, string>();

function adj(map: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(map)) out[normalizeAdjective(k)] = v;
	return out;
}

const DOLLAR_ADJECTIVES = adj({
	américain: 'USD',
	américaine: 'USD',
	'des états-unis': 'USD',
	us: 'USD',
	usd: 'USD',
	canadien: 'CAD',
	cad: 'CAD',
	ca: 'CAD',
	c: 'CAD',
	australien: 'AUD',
	aud: 'AUD',
	'de hong kong': 'HKD',
	hongkongais: 'HKD',
	hk: 'HKD',
	hkd: 'HKD',
	'néo-zélandais': 'NZD',
	nzd: 'NZD',
	singapourien: 'SGD',
	'de singapour': 'SGD',
	sgd: 'SGD',
	taïwanais: 'TWD',
	taiwanais: 'TWD',
	twd: 'TWD',
	zimbabwéen: 'ZWL',
	jamaïcain: 'JMD',
	namibien: 'NAD',
	libérien: 'LRD',
	brunéien: 'BND',
	mxn: 'MXN',
});

/** Currency names (lower case, singular and plural forms) → family. */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyFamily> = (() => {
	const m = new Map<string, CurrencyFamily>();
	const add = (forms: string[], fam: CurrencyFamily) => {
		for (const f of forms) m.set(f, fam);
	};
	add(['dollar', 'dollars'], { code: 'USD', adjectives: DOLLAR_ADJECTIVES });
	add(['euro', 'euros'], { code: 'EUR' });
	add(['yen', 'yens'], { code: 'JPY', adjectives: adj({ japonais: 'JPY' }) });
	add(['yuan', 'yuans'], { code: 'CNY', adjectives: adj({ chinois: 'CNY' }) });
	add(['renminbi', 'renminbis'], { code: 'CNY' });
	add(['won', 'wons'], { code: 'KRW', adjectives: adj({ 'sud-coréen': 'KRW', coréen: 'KRW', 'nord-coréen': 'KPW' }) });
	add(['dong', 'dongs', 'dông', 'dôngs', 'đồng', 'đồngs', 'đông', 'đôngs'], { code: 'VND', adjectives: adj({ vietnamien: 'VND' }) });
	add(['livre', 'livres'], {
		code: 'GBP',
		ambiguous: true,
		adjectives: adj({
			sterling: 'GBP',
			britannique: 'GBP',
			égyptienne: 'EGP',
			libanaise: 'LBP',
			syrienne: 'SYP',
			soudanaise: 'SDG',
			turque: 'TRY',
		}),
	});
	add(['franc', 'francs'], {
		code: 'FRF',
		adjectives: adj({ suisse: 'CHF', cfa: 'XOF', belge: 'BEF', français: 'FRF', guinéen: 'GNF', congolais: 'CDF', rwandais: 'RWF', burundais: 'BIF', djiboutien: 'DJF', comorien: 'KMF', pacifique: 'XPF' }),
	});
	add(['roupie', 'roupies'], {
		code: 'INR',
		adjectives: adj({ indienne: 'INR', indonésienne: 'IDR', pakistanaise: 'PKR', népalaise: 'NPR', srilankaise: 'LKR', 'sri-lankaise': 'LKR', mauricienne: 'MUR' }),
	});
	add(['roupiah', 'roupiahs', 'rupiah', 'rupiahs'], { code: 'IDR' });
	add(['rouble', 'roubles'], { code: 'RUB', adjectives: adj({ russe: 'RUB', biélorusse: 'BYN' }) });
	add(['peso', 'pesos'], {
		code: 'MXN',
		adjectives: adj({ mexicain: 'MXN', argentin: 'ARS', chilien: 'CLP', colombien: 'COP', philippin: 'PHP', cubain: 'CUP', uruguayen: 'UYU', dominicain: 'DOP' }),
	});
	add(['real', 'réal', 'reais', 'réais', 'reals', 'réals'], { code: 'BRL', adjectives: adj({ brésilien: 'BRL' }) });
	add(['rand', 'rands'], { code: 'ZAR', adjectives: adj({ 'sud-africain': 'ZAR' }) });
	add(['baht', 'bahts'], { code: 'THB', adjectives: adj({ thaïlandais: 'THB', thaï: 'THB' }) });
	add(['ringgit', 'ringgits'], { code: 'MYR', adjectives: adj({ malaisien: 'MYR' }) });
	add(['kip', 'kips'], { code: 'LAK', adjectives: adj({ laotien: 'LAK' }) });
	add(['riel', 'riels'], { code: 'KHR', adjectives: adj({ cambodgien: 'KHR' }) });
	add(['kyat', 'kyats'], { code: 'MMK' });
	add(['taka', 'takas'], { code: 'BDT' });
	add(['tugrik', 'tugriks'], { code: 'MNT' });
	add(['couronne', 'couronnes'], {
		code: 'SEK',
		ambiguous: true,
		adjectives: adj({ suédoise: 'SEK', norvégienne: 'NOK', danoise: 'DKK', tchèque: 'CZK', islandaise: 'ISK' }),
	});
	add(['dinar', 'dinars'], {
		code: 'DZD',
		adjectives: adj({ algérien: 'DZD', tunisien: 'TND', koweïtien: 'KWD', koweitien: 'KWD', irakien: 'IQD', jordanien: 'JOD', bahreïni: 'BHD', libyen: 'LYD', serbe: 'RSD' }),
	});
	add(['dirham', 'dirhams'], { code: 'MAD', adjectives: adj({ marocain: 'MAD', émirati: 'AED', 'des émirats': 'AED' }) });
	add(['riyal', 'riyals', 'rial', 'rials'], { code: 'SAR', adjectives: adj({ saoudien: 'SAR', qatari: 'QAR', iranien: 'IRR', omanais: 'OMR', yéménite: 'YER' }) });
	add(['zloty', 'zlotys', 'zlotes'], { code: 'PLN' });
	add(['forint', 'forints'], { code: 'HUF' });
	add(['lire', 'lires'], { code: 'TRY', adjectives: adj({ turque: 'TRY', italienne: 'ITL' }) });
	add(['shekel', 'shekels', 'shekalim'], { code: 'ILS' });
	add(['naira', 'nairas'], { code: 'NGN' });
	add(['cedi', 'cedis'], { code: 'GHS' });
	add(['shilling', 'shillings'], { code: 'KES', adjectives: adj({ kényan: 'KES', ougandais: 'UGX', tanzanien: 'TZS' }) });
	add(['hryvnia', 'hryvnias'], { code: 'UAH' });
	add(['florin', 'florins'], { code: 'NLG', adjectives: adj({ hollandais: 'NLG', néerlandais: 'NLG' }) });
	add(['mark', 'marks', 'deutschemark', 'deutschemarks'], { code: 'DEM', adjectives: adj({ allemand: 'DEM', finlandais: 'FIM' }) });
	add(['peseta', 'pesetas'], { code: 'ESP' });
	add(['escudo', 'escudos'], { code: 'PTE' });
	add(['drachme', 'drachmes'], { code: 'GRD' });
	add(['cent', 'cents'], { code: 'cent', subunit: true });
	add(['centime', 'centimes'], { code: 'centime', subunit: true });
	add(['penny', 'pennies', 'pence'], { code: 'penny', subunit: true });
	add(['pesewa', 'pesewas'], { code: 'pesewa', subunit: true });
	return m;
})();

/** Currency symbols → ISO 4217 code. Dollar signs with a country prefix come first. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
	['us$', 'USD'],
	['usd$', 'USD'],
	['c$', 'CAD'],
	['ca$', 'CAD'],
	['cad$', 'CAD'],
	['a$', 'AUD'],
	['au$', 'AUD'],
	['aud$', 'AUD'],
	['hk$', 'HKD'],
	['hkd$', 'HKD'],
	['nz$', 'NZD'],
	['nzd$', 'NZD'],
	['s$', 'SGD'],
	['sgd$', 'SGD'],
	['r$', 'BRL'],
	['mx$', 'MXN'],
	['mxn$', 'MXN'],
	['$', 'USD'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'JPY'],
	['₫', 'VND'],
	['₩', 'KRW'],
	['₹', 'INR'],
	['₽', 'RUB'],
	['฿', 'THB'],
	['₱', 'PHP'],
	['₺', 'TRY'],
	['₪', 'ILS'],
	['₦', 'NGN'],
	['元', 'CNY'],
]);

/** ISO 4217 codes recognized after or before a figure (`1000 EUR`, `USD 15`, `Mds USD`). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
	(
		'USD EUR JPY CNY VND KRW GBP CHF CAD AUD HKD SGD NZD INR IDR THB MYR PHP LAK KHR MMK RUB BRL MXN ZAR ' +
		'SEK NOK DKK PLN CZK HUF TRY TWD AED SAR QAR KWD EGP NGN XOF XAF ILS ARS CLP COP BDT PKR LKR MAD DZD TND'
	).split(' '),
);

/** `RMB` is the usual abbreviation of the renminbi, `VNĐ` the Vietnamese one of the dong. */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map([
	['RMB', 'CNY'],
	['VNĐ', 'VND'],
]);

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLength = (a: string, b: string) => b.length - a.length;

/** Alternation of currency names, longest first (for building regular expressions). */
export const CURRENCY_NAME_SOURCE = [...CURRENCY_NAMES.keys()].sort(byLength).map(escape).join('|');
/** Alternation of currency symbols, longest first; the letters of `us$` etc. match in any case. */
export const CURRENCY_SYMBOL_SOURCE = [...CURRENCY_SYMBOLS.keys()].sort(byLength).map(escape).join('|');
/** Alternation of ISO codes and aliases. */
export const CURRENCY_CODE_SOURCE = [...CURRENCY_CODES, ...CODE_ALIASES.keys()].sort(byLength).join('|');

/** Adjectives (and codes) that may follow a currency name or symbol, longest first. */
export const CURRENCY_ADJECTIVE_SOURCE = (() => {
	const forms = new Set<string>();
	for (const fam of CURRENCY_NAMES.values()) {
		for (const k of Object.keys(fam.adjectives ?? {})) forms.add(k);
	}
	// Written forms: the normalized key plus its plural and feminine endings.
	return [...forms]
		.sort(byLength)
		.map((k) => escape(k).replace(/ /g, '[\\s\\u00a0\\u202f]+') + (k.length > 2 ? '(?:nes|ne|es|e|s)?' : ''))
		.join('|');
})();

/** ISO code of a currency written by name, with its adjective if any. */
export function currencyCode(name: string, adjective?: string): string | undefined {
	const fam = CURRENCY_NAMES.get(name.toLowerCase());
	if (!fam) return undefined;
	if (adjective) {
		const a = normalizeAdjective(adjective);
		const adjectives = fam.adjectives ?? {};
		const code = adjectives[a] ?? adjectives[a.replace(/e$/, '')] ?? adjectives[a.replace(/ne$/, '')] ?? adjectives[a + 'e'];
		if (code) return code;
	}
	return fam.code;
}
