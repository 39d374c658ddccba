// Units of measure that belong in an amount's span (`3 245 km`, `26 années`, `1,5 million de gallons`).
// Counted nouns (`228 projets`) are not units: they stay out of the span (see amounts.ts).

export interface UnitMatch {
	end: number;
	/** Canonical unit (`km`, `t`, `ans`, `m²`). */
	unit: string;
	/** A unit of time (`ans`, `mois`, `jours`): durations are amounts, not dates. */
	time: boolean;
}

interface UnitDef {
	source: string;
	unit: string;
	time?: boolean;
}

const S = '[\\s\\u00a0\\u202f]+';
const APOS = "['’]";

/** Written-out units, matched in any case. Longer phrases before their prefixes. */
const WORD_UNITS: UnitDef[] = [
	{ source: `kilom[eè]tres?${S}(?:par${S}heure|[àa]${S}l${APOS}heure)`, unit: 'km/h' },
	{ source: `miles?${S}(?:par${S}heure|[àa]${S}l${APOS}heure)`, unit: 'mph' },
	{ source: `kilom[eè]tres?${S}carr[ée]s?`, unit: 'km²' },
	{ source: `m[eè]tres?${S}carr[ée]s?`, unit: 'm²' },
	{ source: `m[eè]tres?${S}cubes?`, unit: 'm³' },
	{ source: `pieds?${S}cubes?`, unit: 'pieds cubes' },
	{ source: `pieds?${S}carr[ée]s?`, unit: 'pieds carrés' },
	{ source: `milles?${S}(?:marins?|nautiques?)`, unit: 'milles marins' },
	{ source: 'kilom[eè]tres?', unit: 'km' },
	{ source: 'hectom[eè]tres?', unit: 'hm' },
	{ source: 'd[ée]cam[eè]tres?', unit: 'dam' },
	{ source: 'd[ée]cim[eè]tres?', unit: 'dm' },
	{ source: 'centim[eè]tres?', unit: 'cm' },
	{ source: 'millim[eè]tres?', unit: 'mm' },
	{ source: 'microm[eè]tres?', unit: 'µm' },
	{ source: 'nanom[eè]tres?', unit: 'nm' },
	{ source: 'm[eè]tres?', unit: 'm' },
	{ source: 'miles?', unit: 'miles' },
	{ source: 'pieds?', unit: 'pieds' },
	{ source: 'pouces?', unit: 'pouces' },
	{ source: 'yards?', unit: 'yards' },
	{ source: 'n(?:œ|oe)uds?', unit: 'nœuds' },
	{ source: 'hectares?', unit: 'ha' },
	{ source: 'acres?', unit: 'acres' },
	{ source: 'millilitres?', unit: 'ml' },
	{ source: 'centilitres?', unit: 'cl' },
	{ source: 'd[ée]cilitres?', unit: 'dl' },
	{ source: 'hectolitres?', unit: 'hl' },
	{ source: 'litres?', unit: 'l' },
	{ source: 'gallons?', unit: 'gallons' },
	{ source: 'barils?', unit: 'barils' },
	{ source: 'onces?', unit: 'onces' },
	{ source: `tonnes?(?:${S}m[ée]triques?)?`, unit: 't' },
	{ source: 'kilogrammes?|kilos?', unit: 'kg' },
	{ source: 'milligrammes?', unit: 'mg' },
	{ source: 'microgrammes?', unit: 'µg' },
	{ source: 'grammes?', unit: 'g' },
	{ source: 'quintal|quintaux', unit: 'q' },
	{ source: 'livres?', unit: 'livres' },
	{ source: 'kilowatts?[\\s-]?heures?|kilowattheures?', unit: 'kWh' },
	{ source: 'm[ée]gawatts?[\\s-]?heures?|m[ée]gawattheures?', unit: 'MWh' },
	{ source: 'gigawatts?[\\s-]?heures?|gigawattheures?', unit: 'GWh' },
	{ source: 't[ée]rawatts?[\\s-]?heures?|t[ée]rawattheures?', unit: 'TWh' },
	{ source: 'kilowatts?', unit: 'kW' },
	{ source: 'm[ée]gawatts?', unit: 'MW' },
	{ source: 'gigawatts?', unit: 'GW' },
	{ source: 'watts?', unit: 'W' },
	{ source: 'kilo-?octets?', unit: 'ko' },
	{ source: 'm[ée]ga-?octets?', unit: 'Mo' },
	{ source: 'giga-?octets?', unit: 'Go' },
	{ source: 't[ée]ra-?octets?', unit: 'To' },
	{ source: 'octets?', unit: 'octets' },
	{ source: 'bits?', unit: 'bits' },
	{ source: `points?${S}de${S}base`, unit: 'points de base' },
	{ source: `degr[ée]s?(?:${S}(?:Celsius|Fahrenheit))?`, unit: '°' },
	{ source: 'radians?', unit: 'rad' },
	{ source: 'ann[ée]es?|ans?', unit: 'ans', time: true },
	{ source: 'mois', unit: 'mois', time: true },
	{ source: 'semaines?', unit: 'semaines', time: true },
	{ source: 'jours?', unit: 'jours', time: true },
	{ source: 'heures?', unit: 'heures', time: true },
	{ source: 'minutes?', unit: 'minutes', time: true },
	{ source: 'secondes?', unit: 'secondes', time: true },
	{ source: 'si[èe]cles?', unit: 'siècles', time: true },
	{ source: 'd[ée]cennies?', unit: 'décennies', time: true },
	{ source: 'mill[ée]naires?', unit: 'millénaires', time: true },
	{ source: 'trimestres?', unit: 'trimestres', time: true },
	{ source: 'semestres?', unit: 'semestres', time: true },
];

/** Unit symbols, matched case-sensitively (`M` is a scale, `m` a metre). Longer before prefixes. */
const SYMBOL_UNITS: UnitDef[] = [
	{ source: 'km/h', unit: 'km/h' },
	{ source: 'm/s', unit: 'm/s' },
	{ source: 'km[²2]', unit: 'km²' },
	{ source: 'cm[²2]', unit: 'cm²' },
	{ source: 'm[²2]', unit: 'm²' },
	{ source: 'cm[³3]', unit: 'cm³' },
	{ source: 'm[³3]', unit: 'm³' },
	{ source: 'kWh', unit: 'kWh' },
	{ source: 'MWh', unit: 'MWh' },
	{ source: 'GWh', unit: 'GWh' },
	{ source: 'TWh', unit: 'TWh' },
	{ source: 'kWc', unit: 'kWc' },
	{ source: 'MWc', unit: 'MWc' },
	{ source: 'kW', unit: 'kW' },
	{ source: 'MW', unit: 'MW' },
	{ source: 'GW', unit: 'GW' },
	{ source: 'TW', unit: 'TW' },
	{ source: 'W', unit: 'W' },
	{ source: 'km', unit: 'km' },
	{ source: 'cm', unit: 'cm' },
	{ source: 'mm', unit: 'mm' },
	{ source: 'dm', unit: 'dm' },
	{ source: 'hm', unit: 'hm' },
	{ source: '[µμ]m', unit: 'µm' },
	{ source: 'm', unit: 'm' },
	{ source: 'ha', unit: 'ha' },
	{ source: 'kg', unit: 'kg' },
	{ source: 'mg', unit: 'mg' },
	{ source: '[µμu]g', unit: 'µg' },
	{ source: 'g', unit: 'g' },
	{ source: 'Mt', unit: 'Mt' },
	{ source: 'Gt', unit: 'Gt' },
	{ source: 'kt', unit: 'kt' },
	{ source: 't', unit: 't' },
	{ source: 'm[lL]', unit: 'ml' },
	{ source: 'c[lL]', unit: 'cl' },
	{ source: 'd[lL]', unit: 'dl' },
	{ source: 'h[lL]', unit: 'hl' },
	{ source: '[lL]', unit: 'l' },
	{ source: 'mi', unit: 'miles' },
	{ source: 'ft', unit: 'pieds' },
	{ source: 'EVP|TEU', unit: 'EVP' },
	{ source: '°C', unit: '°C' },
	{ source: '°F', unit: '°F' },
	{ source: '°', unit: '°' },
	{ source: 'rad', unit: 'rad' },
	{ source: 'Go|GB', unit: 'Go' },
	{ source: 'Mo|MB', unit: 'Mo' },
	{ source: 'To|TB', unit: 'To' },
	{ source: 'Ko|KB|ko|kB', unit: 'ko' },
	{ source: 'Gbit/s|Gbps', unit: 'Gbit/s' },
	{ source: 'Mbit/s|Mbps', unit: 'Mbit/s' },
];

// After a unit: not a letter, digit, apostrophe (`5 l'an`) or hyphen (`5 mi-temps`).
const AFTER = "(?![\\p{L}\\p{N}'’-])";
// Before a unit: spaces, or one hyphen glued to the figure (`2,5-km`, `trois-tonnes`).
const BEFORE = '(?:[\\s\\u00a0\\u202f]*|-)';

interface Compiled {
	re: RegExp;
	parts: RegExp[];
	/** Definitions by written form, found once (`parts` holds one regex per definition). */
	resolved: Map<string, UnitDef | null>;
}

function compile(defs: UnitDef[], flags: string): Compiled {
	const re = new RegExp(`${BEFORE}(${defs.map((d) => `(?:${d.source})`).join('|')})${AFTER}`, flags);
	const parts = defs.map((d) => new RegExp(`^(?:${d.source})$`, flags.replace('y', '')));
	return { re, parts, resolved: new Map() };
}

const WORDS = compile(WORD_UNITS, 'yiu');
const SYMBOLS = compile(SYMBOL_UNITS, 'yu');
const MAX_RESOLVED = 2000;

function resolve(defs: UnitDef[], c: Compiled, written: string): UnitDef | undefined {
	let def = c.resolved.get(written);
	if (def === undefined) {
		def = null;
		for (let i = 0; i < c.parts.length; i++) {
			if (c.parts[i].test(written)) {
				def = defs[i];
				break;
			}
		}
		if (c.resolved.size >= MAX_RESOLVED) c.resolved.clear();
		c.resolved.set(written, def);
	}
	return def ?? undefined;
}

/** A unit of measure at `pos` (spaces or a hyphen may come first). */
export function matchUnitAt(text: string, pos: number): UnitMatch | undefined {
	for (const [defs, c] of [
		[WORD_UNITS, WORDS],
		[SYMBOL_UNITS, SYMBOLS],
	] as const) {
		c.re.lastIndex = pos;
		const m = c.re.exec(text);
		if (m) {
			const def = resolve(defs, c, m[1]);
			if (def) return { end: m.index + m[0].length, unit: def.unit, time: def.time === true };
		}
	}
	return undefined;
}

