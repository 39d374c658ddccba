import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { createEnglishExtractor, extractEnglishParagraph, finishEnglish, paragraphsOf } from '../../src/engine/en/extract';
import { extract } from '../../src/engine/extract';
import type { AmountMention, DateMention, Mention } from '../../src/engine/types';

const en = (text: string) => extract(text, { language: 'en' });
const amounts = (text: string) => en(text).filter((m): m is AmountMention => m.kind === 'amount');
const dates = (text: string) => en(text).filter((m): m is DateMention => m.kind === 'date');
const orgs = (text: string) => en(text).filter((m) => m.kind === 'organization').map((m) => m.text);
const one = (text: string, span: string): Mention => {
	const m = en(text).find((x) => x.text === span);
	assert.ok(m, `«${span}» not found in ${JSON.stringify(en(text).map((x) => x.text))}`);
	return m;
};

test('money: currency signs, codes and names, scales glued or spelled, ISO 4217 units', () => {
	const cases: [string, string, number, string][] = [
		['FDI reached $2.5 billion in total.', '$2.5 billion', 2_500_000_000, 'USD'],
		['The deal is worth €40m to the group.', '€40m', 40_000_000, 'EUR'],
		['A £35bn merger was approved.', '£35bn', 35_000_000_000, 'GBP'],
		['Revenue hit VND 3.5 trillion last quarter.', 'VND 3.5 trillion', 3_500_000_000_000, 'VND'],
		['Profit slid to VNĐ162.8 trillion overall.', 'VNĐ162.8 trillion', 162_800_000_000_000, 'VND'],
		['An agreement worth US$108.37 million was signed.', 'US$108.37 million', 108_370_000, 'USD'],
		['The loan, worth 11 billion Japanese yen, was signed.', '11 billion Japanese yen', 11_000_000_000, 'JPY'],
		['Singapore invested 2 billion Singapore dollars there.', '2 billion Singapore dollars', 2_000_000_000, 'SGD'],
		['It raised S$300 million from investors.', 'S$300 million', 300_000_000, 'SGD'],
		['Sales reached 5 million USD in May.', '5 million USD', 5_000_000, 'USD'],
		['Losses came to 1.2 trillion dong this time.', '1.2 trillion dong', 1_200_000_000_000, 'VND'],
	];
	for (const [text, span, value, unit] of cases) {
		const m = one(text, span) as AmountMention;
		assert.equal(m.sub, 'money', span);
		assert.equal(m.value, value, span);
		assert.equal(m.unit, unit, span);
	}
});

test('percentages and percentage points; ranges are one amount with min and max', () => {
	assert.equal((one('Growth was 15.6 per cent on-year.', '15.6 per cent') as AmountMention).value, 15.6);
	assert.equal((one('GDP rose 7.01 percent in the year.', '7.01 percent') as AmountMention).unit, '%');
	assert.equal((one('The rate rose 0.5 percentage points overall.', '0.5 percentage points') as AmountMention).unit, 'pp');
	const r = one('Profits fell 20-30 per cent at five firms.', '20-30 per cent') as AmountMention;
	assert.deepEqual([r.sub, r.min, r.max], ['percent', 20, 30]);
	const b = one('Profits were down between 73 per cent and 96 per cent.', '73 per cent and 96 per cent') as AmountMention;
	assert.deepEqual([b.min, b.max], [73, 96]);
});

test('a change from one figure to another is two amounts', () => {
	const a = amounts('Inflation rose from 4.5 to 6 per cent in a year.');
	assert.deepEqual(a.map((m) => [m.text, m.sub, m.value]), [['4.5', 'percent', 4.5], ['6 per cent', 'percent', 6]]);
});

test('qualifiers stay out of the span and are recorded in lower case', () => {
	for (const [text, span, q] of [
		['It drew more than $22 billion so far.', '$22 billion', 'more than'],
		['Nearly 7,400 cars were sold.', '7,400', 'nearly'],
		['They will lend up to $500 million more.', '$500 million', 'up to'],
		['At least 300 people died.', '300', 'at least'],
	] as const) {
		const m = one(text, span) as AmountMention;
		assert.equal(m.qualifier, q, span);
	}
});

test('quantities: units of measure in the span, counted nouns as unit outside it, spelled-out numbers', () => {
	assert.deepEqual(pick(one('Both produce 4.3 million boe/d now.', '4.3 million boe/d')), ['quantity', 4_300_000, 'boe/d']);
	assert.deepEqual(pick(one('The line is 12.4 km long.', '12.4 km')), ['quantity', 12.4, 'km']);
	assert.deepEqual(pick(one('Of this total, 3,321 new projects were licensed.', '3,321')), ['quantity', 3321, 'projects']);
	assert.deepEqual(pick(one('Forty of the largest companies reported losses.', 'Forty')), ['quantity', 40, 'companies']);
	assert.deepEqual(pick(one('Losses hit firms in the nine-month period.', 'nine-month')), ['quantity', 9, 'months']);
	assert.deepEqual(pick(one('The bank weakened the dong three times this year.', 'three')), ['quantity', 3, 'times']);
});

function pick(m: Mention): unknown[] {
	const a = m as AmountMention;
	return [a.sub, a.value, a.unit];
}

test('not amounts: articles, the two parties, compound adjectives, ordinals, identifiers, scores, years', () => {
	const texts = [
		'The two countries agreed to expand two-way trade.',
		'Vietnam ranked first, the sixth time in a row, and No. 1 in the region.',
		'The G7 met on the issue of COVID-19 with a 737 MAX in sight.',
		'Manchester United beat Chelsea 2-1 at home.',
		'In 2015, the economy expanded.',
	];
	for (const t of texts) assert.deepEqual(amounts(t).map((m) => m.text), [], t);
});

test('dates: days, months, quarters, stretches, spans of years, edges and fiscal years', () => {
	const cases: [string, string, string, string?][] = [
		['FDI rose in the first ten months of 2025, data showed.', 'first ten months of 2025', '2025-01/2025-10'],
		['Profit slid in January-September, it said.', 'January-September', 'XXXX-01/XXXX-09'],
		['Sales rose 9.5 percent in Jan.-Dec. overall.', 'Jan.-Dec.', 'XXXX-01/XXXX-12'],
		['Exports grew in Q3 2024 and in Q4.', 'Q3 2024', '2024-Q3'],
		['For the third quarter alone, profit fell.', 'third quarter', 'XXXX-Q3'],
		['It rose in the three months through September as well.', 'three months through September', 'XXXX-07/XXXX-09'],
		['The 2016-2017 period matters.', '2016-2017', '2016/2017'],
		['It is set for completion on 15 February next.', '15 February', 'XXXX-02-15'],
		['In a statement released Dec. 5 in Hanoi, he spoke.', 'Dec. 5', 'XXXX-12-05'],
		['Credit grew as of Dec 21 vs start-2015 levels.', 'start-2015', '2015', 'start'],
		['Lending may rise 18% at end-2015 overall.', 'end-2015', '2015', 'end'],
		['A loan for fiscal year 2016 was signed.', 'fiscal year 2016', '2016'],
		['The deal for the 2016 fiscal year was signed.', '2016 fiscal year', '2016'],
		['It was signed on March 14, 2024 in Hanoi.', 'March 14, 2024', '2024-03-14'],
		['Prices soared in the 1980s there.', '1980s', '198X'],
	];
	for (const [text, span, value, mod] of cases) {
		const d = one(text, span) as DateMention;
		assert.equal(d.kind, 'date', span);
		assert.equal(d.value, value, span);
		if (mod) assert.equal(d.mod, mod, span);
	}
});

test('relative dates are resolved against the latest full date written before them', () => {
	const text = 'HANOI, March 14, 2024 (Reuters) - The firm said on Thursday that sales rose last month, and it expects more this year than in April last year. It had warned two weeks ago.';
	const byText = new Map(dates(text).map((d) => [d.text, d.value]));
	assert.equal(byText.get('Thursday'), '2024-03-14');
	assert.equal(byText.get('last month'), '2024-02');
	assert.equal(byText.get('this year'), '2024');
	assert.equal(byText.get('April last year'), '2023-04');
	assert.equal(byText.get('two weeks ago'), '2024-W09');
	const range = one('HANOI, Nov. 7, 2019 - Profits fell between January and September this year.', 'between January and September this year') as DateMention;
	assert.equal(range.value, '2019-01/2019-09');
});

test('without a reference date relative dates keep X; the reference year resolves year-level ones', () => {
	assert.equal((one('Japan agreed on Tuesday to a deal.', 'Tuesday') as DateMention).value, 'XXXX-XX-XX');
	assert.equal((one('The bank cut rates this year.', 'this year') as DateMention).value, 'XXXX');
	const withYear = extract('The bank cut rates this year.', { language: 'en', referenceYear: 2015 });
	assert.equal(withYear.find((m) => m.text === 'this year')?.kind === 'date' ? (withYear.find((m) => m.text === 'this year') as DateMention).value : undefined, '2015');
});

test('not dates: year-on-year markers, a year earlier, the same period', () => {
	const text = 'Imports climbed 12 percent from a year earlier for the same period, year on year and on-year.';
	assert.deepEqual(dates(text).map((d) => d.text), []);
});

test('organizations: heads, possessives left out, two mentions for X under Y and X (Y)', () => {
	assert.deepEqual(orgs('FDI rose, according to the Statistics Office under the Ministry of Finance, with more.'), ['Statistics Office', 'Ministry of Finance']);
	assert.deepEqual(orgs('The signing took place at Vietnam’s Ministry of Planning and Investment (MPI) in Hanoi. Later the MPI said so.'), ['Ministry of Planning and Investment', 'MPI', 'MPI']);
	assert.deepEqual(orgs('Three firms lost money: Vietnam Airlines, Vietjet and Bình Sơn Refining and Petrochemical Corporation (BSR).'), ['Vietnam Airlines', 'Vietjet', 'Bình Sơn Refining and Petrochemical Corporation', 'BSR']);
	assert.deepEqual(orgs('The list featured the Việt Nam Joint Stock Commercial Bank for Industry and Trade.'), ['Việt Nam Joint Stock Commercial Bank for Industry and Trade']);
	assert.deepEqual(orgs('It expects the Airports Corporation of Việt Nam (ACV) to grow.'), ['Airports Corporation of Việt Nam', 'ACV']);
});

test('organizations: acronyms by initials, media credits and sources, a nationality with government', () => {
	assert.deepEqual(orgs('The General Statistics Office released data. A head of the GSO’s trade department spoke.'), ['General Statistics Office', 'GSO']);
	assert.deepEqual(orgs('HÀ NỘI (VNA) — According to a report by cafef.vn, profit fell.'), ['VNA', 'cafef.vn']);
	assert.deepEqual(orgs('It lay in the hands of the Vietnamese government, he said.'), ['Vietnamese government']);
	assert.deepEqual(orgs('A median estimate of 6.6 percent in a Bloomberg survey.'), ['Bloomberg']);
});

test('organizations: companies bare, found through context and propagated', () => {
	const text =
		'BG shareholders voted for a £35bn mega-merger with Shell. Ben van Beurden, chief executive of Shell, was pleased. ' +
		'Wood Mackenzie, the global oil consultancy, said Shell will join ExxonMobil at the top.';
	assert.deepEqual(orgs(text), ['BG', 'Shell', 'Shell', 'Wood Mackenzie', 'Shell', 'ExxonMobil']);
	assert.deepEqual(orgs('Losses were heavy at consumer group Masan this year.'), ['Masan']);
});

test('not organizations: titles, people, places, bare government or ministry, concepts in capitals', () => {
	const text =
		'Vietnamese Deputy Minister of Planning and Investment Nguyen Van Trung met Japanese Ambassador Fukada Hiroshi in Hanoi. ' +
		'The Ministry said the government would use the ODA loan for FDI projects in the City, and LNG in the US.';
	assert.deepEqual(orgs(text), []);
});

test('user additions and exclusions apply to English documents', () => {
	const text = 'Analysts at Acme Widgets and the Asian Development Bank agree.';
	const found = extract(text, { language: 'en', organizationsAdd: ['Acme Widgets'], organizationsIgnore: ['Asian Development Bank'] });
	assert.deepEqual(found.filter((m) => m.kind === 'organization').map((m) => m.text), ['Acme Widgets']);
});

test('offsets are exact UTF-16 indices, also after astral characters and at a paragraph offset', () => {
	const text = '😀 HÀ NỘI (VNA) — Revenue of VNĐ62.1 trillion in the third quarter, the State Bank of Vietnam said.\n🚀 Exports rose 8.1 percent.';
	const found = en(text);
	assert.deepEqual(found.map((m) => m.text), ['VNA', 'VNĐ62.1 trillion', 'third quarter', 'State Bank of Vietnam', '8.1 percent']);
	for (const m of found) assert.equal(m.text, text.slice(m.start, m.end));
	const para = 'Exports rose 8.1 percent to $162.4 billion.';
	const p = extractEnglishParagraph(para, 1000);
	for (const m of p.amounts) assert.equal(m.text, para.slice(m.start - 1000, m.end - 1000));
});

test('the paragraph pass and the document pass give what extract gives', () => {
	const text = 'HANOI, Nov. 7, 2025 (VNA) — The MPI said on Tuesday.\nVietnam’s Ministry of Planning and Investment (MPI) signed $2 billion in deals.';
	const parts = paragraphsOf(text).map((p) => extractEnglishParagraph(p.text, p.offset));
	assert.deepEqual(finishEnglish(text, parts), en(text));
	assert.ok(en(text).filter((m) => m.text === 'MPI').length === 2, 'the first MPI is confirmed by the second paragraph');
});

test('an English extractor re-reads only the paragraphs that changed', () => {
	const ex = createEnglishExtractor();
	const para = (n: number) => `Paragraph ${n} says the company invested $${n + 1} million in 2024.`;
	const lines = Array.from({ length: 30 }, (_, i) => para(i));
	const first = ex.extract(lines.join('\n'));
	const before = ex.paragraphsRead;
	assert.deepEqual(ex.extract(lines.join('\n')), first);
	assert.equal(ex.paragraphsRead, before);
	lines[7] = para(700);
	ex.extract(lines.join('\n'));
	assert.equal(ex.paragraphsRead - before, 1);
});

test('kinds filter the English output; a long line is read in pieces', () => {
	const text = 'The Asian Development Bank lent $5 million in 2020. '.repeat(400);
	const only = extract(text, { language: 'en', kinds: ['amount'] });
	assert.ok(only.length === 400 && only.every((m) => m.kind === 'amount'));
	const all = en(text);
	assert.equal(all.filter((m) => m.kind === 'organization').length, 400);
	for (const m of all) assert.equal(m.text, text.slice(m.start, m.end));
});

test('organizations listed with an organization are organizations, acronyms too; a first word before `of` is no head', () => {
	assert.deepEqual(orgs('Vietcombank, BIDV and VietinBank earned more last year.'), ['Vietcombank', 'BIDV', 'VietinBank']);
	assert.deepEqual(orgs('Shares of FPT Corporation rose on Monday.'), ['FPT Corporation']);
	assert.deepEqual(orgs('Bac Ninh People\'s Committee met the Vietnam Automobile Manufacturers\' Association (VAMA).'), ["Bac Ninh People's Committee", "Vietnam Automobile Manufacturers' Association", 'VAMA']);
	assert.deepEqual(orgs('In his speech, Dr. Tran Van Minh of Hanoi University of Science and Technology spoke; analysts at Morgan Stanley agreed.'), ['Hanoi University of Science and Technology', 'Morgan Stanley']);
});

test('not amounts: index and model numbers, references, times of day', () => {
	for (const t of ['The FTSE 100 edged up.', 'Article 5 of Decree 15 applies.', 'The meeting starts at 9 am sharp.', 'They use 3G phones.']) {
		assert.deepEqual(amounts(t).map((m) => m.text), [], t);
	}
});

test('more formats: day ranges, quadrillion and crore scales, units written sq.m and kV', () => {
	assert.equal((one('The fair runs Jan. 1-5, 2025 in Hanoi.', 'Jan. 1-5, 2025') as DateMention).value, '2025-01-01/2025-01-05');
	assert.equal((one('It runs 15-18 October in Hanoi.', '15-18 October') as DateMention).value, 'XXXX-10-15/XXXX-10-18');
	assert.deepEqual(pick(one('Debt hit VND1.2 quadrillion then.', 'VND1.2 quadrillion')), ['money', 1.2e15, 'VND']);
	assert.deepEqual(pick(one('It spent Rs 500 crore on roads.', 'Rs 500 crore')), ['money', 5e9, 'INR']);
	assert.deepEqual(pick(one('Homes cover 2.5 million sq.m of land.', '2.5 million sq.m')), ['quantity', 2.5e6, 'm²']);
	assert.deepEqual(pick(one('The 500 kV line opened.', '500 kV')), ['quantity', 500, 'kV']);
});

test('a weekday before a full date is one date; hyphenated units and kph; a time zone offset is no amount', () => {
	assert.equal((one('Updated: Monday, December 2, 2024, 10:30 am GMT+7.', 'Monday, December 2, 2024') as DateMention).value, '2024-12-02');
	assert.deepEqual(amounts('Updated at 10:30 am GMT+7.').map((m) => m.text), []);
	assert.deepEqual(pick(one('The 1,541-km railway will run at 350 kph.', '1,541-km')), ['quantity', 1541, 'km']);
	assert.deepEqual(pick(one('The 1,541-km railway will run at 350 kph.', '350 kph')), ['quantity', 350, 'km/h']);
});

test('a range without a verb of change is one amount; `from X to Y` is two, the first taking the second’s unit and scale', () => {
	const r = amounts('Growth of 5 to 7 percent is expected.');
	assert.deepEqual(r.map((m) => [m.text, m.sub, m.min, m.max]), [['5 to 7 percent', 'percent', 5, 7]]);
	const b = amounts('It needs between 3 and 5 billion dollars.');
	assert.deepEqual(b.map((m) => [m.text, m.unit, m.min, m.max]), [['3 and 5 billion dollars', 'USD', 3e9, 5e9]]);
	const c = amounts('It cost from 5 to 7 billion dollars.');
	assert.deepEqual(c.map((m) => [m.text, m.sub, m.value, m.unit]), [['5', 'money', 5e9, 'USD'], ['7 billion dollars', 'money', 7e9, 'USD']]);
});

test('a body named in a title is annotated on its own; an agreement abbreviated in parentheses is no company', () => {
	assert.deepEqual(orgs('According to Mr Nguyen Van Binh, Vice Chairman of the Central Economic Commission, growth will pick up.'), ['Central Economic Commission']);
	assert.deepEqual(orgs('The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect.'), []);
	assert.deepEqual(orgs('Losses hit Masan High-Tech Materials (MSR) hard.'), ['Masan High-Tech Materials', 'MSR']);
});

test('`the past 12 months` is a duration; `the last three months of 2024` closes the year', () => {
	assert.deepEqual(en('Prices rose over the past 12 months.').map((m) => [m.kind, m.text]), [['amount', '12 months']]);
	assert.equal((one('Sales fell in the last three months of 2024.', 'last three months of 2024') as DateMention).value, '2024-10/2024-12');
});
