// Words the English recognizers read: general knowledge of English news writing (number words,
// months, currencies, units, organization heads, titles, major international bodies and news
// agencies). Nothing here is taken from a gold set.

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
	['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
	['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
	['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
	['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);
/** `one` counts only before a scale, a currency or a unit (`one million`, `one per cent`), never as a pronoun. */
export const ONE = 'one';

export const SCALES: ReadonlyMap<string, number> = new Map([
	['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['quadrillion', 1e15], ['lakh', 1e5], ['crore', 1e7],
	['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12],
]);
/** Scales glued to a figure after a currency sign (`€40m`, `£35bn`, `$5k`). */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12]]);

/** Currency signs and codes written before a figure. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
	['US$', 'USD'], ['U.S.$', 'USD'], ['$', 'USD'], ['S$', 'SGD'], ['HK$', 'HKD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'],
	['CA$', 'CAD'], ['NZ$', 'NZD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
	['₫', 'VND'], ['VNĐ', 'VND'], ['VND', 'VND'], ['VNđ', 'VND'], ['đ', 'VND'], ['₩', 'KRW'], ['₹', 'INR'], ['Rs', 'INR'], ['Rs.', 'INR'],
	['฿', 'THB'], ['RM', 'MYR'], ['Rp', 'IDR'], ['CHF', 'CHF'], ['Fr.', 'CHF'],
]);
/** ISO 4217 codes recognized as such before or after a figure (`USD 5 million`, `5 million USD`). */
export const ISO_CODES: ReadonlySet<string> = new Set([
	'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'VND', 'KRW', 'INR', 'SGD', 'HKD', 'AUD', 'CAD', 'NZD', 'CHF', 'THB', 'MYR', 'IDR',
	'PHP', 'TWD', 'BRL', 'MXN', 'RUB', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'AED', 'SAR', 'LAK', 'KHR', 'MMK', 'XOF', 'XAF',
]);
/** Currency names written after a figure; a nationality before them may change the code. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
	['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'],
	['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['dong', 'VND'], ['đồng', 'VND'], ['won', 'KRW'], ['rupee', 'INR'],
	['rupees', 'INR'], ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['peso', 'PHP'], ['pesos', 'PHP'], ['franc', 'CHF'],
	['francs', 'CHF'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['kip', 'LAK'], ['riel', 'KHR'],
	['kyat', 'MMK'], ['real', 'BRL'], ['reais', 'BRL'], ['rand', 'ZAR'], ['lira', 'TRY'],
]);
/** Nationality or place before a currency name: `Singapore dollars` → SGD. */
export const CURRENCY_QUALIFIED: ReadonlyMap<string, string> = new Map([
	['us dollar', 'USD'], ['u.s. dollar', 'USD'], ['american dollar', 'USD'], ['singapore dollar', 'SGD'], ['singaporean dollar', 'SGD'],
	['hong kong dollar', 'HKD'], ['australian dollar', 'AUD'], ['canadian dollar', 'CAD'], ['new zealand dollar', 'NZD'],
	['taiwan dollar', 'TWD'], ['taiwanese dollar', 'TWD'], ['japanese yen', 'JPY'], ['chinese yuan', 'CNY'], ['vietnamese dong', 'VND'],
	['korean won', 'KRW'], ['south korean won', 'KRW'], ['indian rupee', 'INR'], ['thai baht', 'THB'], ['malaysian ringgit', 'MYR'],
	['indonesian rupiah', 'IDR'], ['philippine peso', 'PHP'], ['mexican peso', 'MXN'], ['swiss franc', 'CHF'], ['british pound', 'GBP'],
	['russian rouble', 'RUB'], ['russian ruble', 'RUB'], ['brazilian real', 'BRL'], ['south african rand', 'ZAR'], ['turkish lira', 'TRY'],
	['laotian kip', 'LAK'], ['lao kip', 'LAK'], ['cambodian riel', 'KHR'],
]);

/** Qualifiers kept out of an amount's span, longest first. */
export const QUALIFIERS: readonly string[] = [
	'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than', 'no more than', 'no less than', 'up to',
	'at least', 'at most', 'close to', 'as much as', 'as many as', 'as little as', 'upwards of', 'in excess of', 'just over',
	'just under', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'under', 'below', 'above',
	'estimated', 'an estimated', 'only', 'just',
];

/** Units of measure and time that belong in a quantity's span, mapped to a normalized unit. */
export const UNITS: ReadonlyMap<string, string> = new Map([
	['km', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['m', 'm'], ['metres', 'm'],
	['meters', 'm'], ['metre', 'm'], ['meter', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['miles', 'miles'], ['mile', 'miles'],
	['sq m', 'm²'], ['sq km', 'km²'], ['m2', 'm²'], ['m²', 'm²'], ['km2', 'km²'], ['km²', 'km²'], ['square metres', 'm²'],
	['square meters', 'm²'], ['square kilometres', 'km²'], ['square kilometers', 'km²'], ['cubic metres', 'm³'], ['cubic meters', 'm³'],
	['m3', 'm³'], ['m³', 'm³'], ['ha', 'ha'], ['hectares', 'ha'], ['hectare', 'ha'], ['acres', 'acres'], ['tonnes', 't'], ['tonne', 't'],
	['tons', 't'], ['ton', 't'], ['metric tons', 't'], ['kg', 'kg'], ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['g', 'g'], ['grams', 'g'],
	['litres', 'l'], ['liters', 'l'], ['litre', 'l'], ['liter', 'l'], ['barrels', 'barrels'], ['barrel', 'barrels'], ['bpd', 'bpd'],
	['b/d', 'b/d'], ['boe/d', 'boe/d'], ['boe', 'boe'], ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'],
	['gwh', 'GWh'], ['twh', 'TWh'], ['kv', 'kV'], ['sq.m', 'm²'], ['sq.km', 'km²'], ['megawatts', 'MW'], ['gigawatts', 'GW'], ['kilowatts', 'kW'], ['teu', 'TEU'], ['teus', 'TEU'],
	['years', 'years'], ['year', 'years'], ['months', 'months'], ['month', 'months'], ['weeks', 'weeks'], ['week', 'weeks'],
	['days', 'days'], ['day', 'days'], ['hours', 'hours'], ['hour', 'hours'], ['minutes', 'minutes'], ['decades', 'decades'],
	['centuries', 'centuries'], ['km/h', 'km/h'], ['kph', 'km/h'], ['kmph', 'km/h'], ['mph', 'mph'], ['°c', '°C'], ['degrees', 'degrees'], ['basis points', 'bp'], ['bps', 'bp'],
]);
/** Units that may be glued to a figure (`5km`, `300MW`). */
export const GLUED_UNITS: ReadonlySet<string> = new Set(['km', 'm', 'cm', 'mm', 'kg', 'ha', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'bpd', 'm2', 'm²', 'km2', 'km²', 'm3', 'm³', 't', 'g', 'bps']);

export const MONTHS: ReadonlyMap<string, number> = new Map([
	['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8], ['september', 9],
	['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7],
	['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
	['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);
export const ORDINALS: ReadonlyMap<string, number> = new Map([
	['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);
export const SEASONS: ReadonlyMap<string, string> = new Map([['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI']]);

/** Head nouns that make a capitalized name an organization. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
	'Ministry', 'Office', 'Bank', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co', 'Co.', 'JSC', 'Group', 'Agency', 'Fund',
	'Organisation', 'Organization', 'Association', 'Council', 'Committee', 'Commission', 'Authority', 'Department', 'Institute',
	'University', 'Party', 'Assembly', 'Union', 'Bureau', 'Board', 'Federation', 'Foundation', 'Exchange', 'Airlines', 'Airways',
	'Holdings', 'Holding', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'Securities', 'Insurance', 'Industries', 'Enterprises',
	'Partners', 'Consulting', 'Court', 'Tribunal', 'Parliament', 'Congress', 'Senate', 'Academy', 'College', 'School', 'Chamber',
	'Administration', 'Service', 'Services', 'Forces', 'Army', 'Navy', 'Police', 'Secretariat', 'Directorate', 'Inspectorate',
	'Bancorp', 'Motors', 'Motor', 'Airport', 'Airports', 'Port', 'Telecom', 'Telecommunications', 'Petroleum', 'Oil', 'Steel',
	'Pharmaceuticals', 'Pharma', 'Electronics', 'Electric', 'Energy', 'Power', 'Gas', 'Retail', 'Logistics', 'Shipping', 'Media',
	'Network', 'Newspaper', 'Times', 'Post', 'Journal', 'News', 'Broadcasting', 'Television', 'Radio', 'Trust', 'Capital',
	'Investments', 'Ventures', 'Labs', 'Technologies', 'Systems', 'Solutions', 'Cooperative', 'Alliance', 'Centre',
	'Center', 'Coalition', 'Front', 'Movement', 'Society', 'Club', 'League', 'Consortium', 'Conglomerate', 'Brewery', 'Breweries',
	'Mining', 'Construction', 'Railways', 'Railway', 'Lines', 'Garment', 'Textile', 'Textiles', 'Foods', 'Dairy',
	'Beverage', 'Beverages', 'Jewellery', 'Jewelry', 'Cement', 'Chemicals', 'Fertilizer', 'Rubber', 'Seafood', 'Plastics', 'Realty',
	'Properties', 'Land', 'Hospital', 'Government', 'Cabinet', 'Commissariat', 'Mission', 'Embassy', 'Consulate', 'Delegation',
]);

/** Titles and roles: a name built on one is a person's title, not a body (`Deputy Minister of Planning`). */
export const TITLES: ReadonlySet<string> = new Set([
	'Minister', 'Ministers', 'Deputy', 'Vice', 'President', 'Prime', 'Premier', 'Chairman', 'Chairwoman', 'Chair', 'Chairperson',
	'Ambassador', 'Director', 'Director-General', 'Governor', 'Secretary', 'Secretary-General', 'CEO', 'Chief', 'Head',
	'Spokesman', 'Spokeswoman', 'Spokesperson', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Senator', 'Representative',
	'Lieutenant', 'Colonel', 'Major', 'Captain', 'Admiral', 'Commander', 'Professor', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms',
	'Ms.', 'Sir', 'Lord', 'Lady', 'Consul', 'Envoy', 'Counsellor', 'Counselor', 'Attaché', 'Extraordinary', 'Plenipotentiary',
	'Founder', 'Executive', 'Officer', 'Manager', 'Economist', 'Analyst', 'Member', 'Members', 'Speaker', 'Justice', 'Judge',
]);

/** Nouns that, in apposition or before a name, say that the name is a company or a body. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
	'company', 'companies', 'firm', 'firms', 'group', 'consultancy', 'bank', 'lender', 'carrier', 'airline', 'conglomerate', 'agency',
	'insurer', 'producer', 'maker', 'manufacturer', 'developer', 'retailer', 'operator', 'giant', 'newspaper', 'broadcaster',
	'automaker', 'carmaker', 'chipmaker', 'brewer', 'miner', 'supplier', 'exporter', 'importer', 'investor', 'fund', 'startup',
	'start-up', 'corporation', 'subsidiary', 'unit', 'rival', 'rivals', 'partner', 'distributor', 'contractor', 'institute',
	'university', 'regulator', 'ministry', 'daily', 'outlet', 'platform', 'exchange', 'broker', 'brokerage', 'consultant', 'organisation',
	'organization', 'association', 'utility', 'shipper', 'shipbuilder', 'refiner', 'steelmaker', 'telecom', 'conglomerates',
]);
/** Words after a name that say it is a company (`BG shareholders`, `Shell’s chief executive`). */
export const COMPANY_AFTER: ReadonlySet<string> = new Set([
	'shareholders', 'shareholder', 'investors', 'executives', 'employees', 'staff', 'shares', 'stock', 'subsidiary', 'spokesman',
	'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'board',
]);
/** Words before a name that say it is a company (`merger with Shell`, `chief executive of Shell`). */
export const COMPANY_BEFORE: readonly string[] = [
	'merger with', 'takeover of', 'acquisition of', 'acquired', 'stake in', 'shares of', 'shares in', 'subsidiary of', 'unit of',
	'chief executive of', 'ceo of', 'chairman of', 'founder of', 'spokesman for', 'spokeswoman for', 'spokesperson for',
	'deal with', 'rival', 'rivals', 'owned by', 'bought', 'shareholders of', 'board of',
];

/** International bodies and well-known acronyms of bodies (general knowledge). */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
	'UN', 'UNDP', 'UNEP', 'UNESCO', 'UNICEF', 'UNHCR', 'UNCTAD', 'UNIDO', 'UNFPA', 'WHO', 'WTO', 'IMF', 'ILO', 'FAO', 'IAEA', 'IEA',
	'OECD', 'OPEC', 'NATO', 'ASEAN', 'APEC', 'EU', 'AU', 'ADB', 'AIIB', 'EIB', 'EBRD', 'ECB', 'IFC', 'IDB', 'BIS', 'WEF', 'WB', 'JICA',
	'JETRO', 'KOICA', 'USAID', 'AFD', 'GIZ', 'KfW', 'G7', 'G20', 'BRICS', 'SCO', 'RCEP', 'ICC', 'ICJ', 'ICRC', 'FIFA', 'IOC', 'WWF',
	'Fed', 'SEC', 'FBI', 'CIA', 'NASA', 'VCCI', 'AFP', 'AP', 'VNA', 'BBC', 'CNN', 'CNBC', 'NHK', 'KBS', 'DPA', 'ANSA', 'EFE',
	'VOV', 'VTV', 'HSBC', 'IBM', 'BMW', 'GE', 'LG', 'BP', 'KPMG', 'EY', 'PwC', 'UOB', 'DBS', 'OCBC', 'ANZ',
]);
/** News agencies, newspapers and broadcasters named as sources and credits (general knowledge). */
export const MEDIA: readonly string[] = [
	'Reuters', 'Bloomberg', 'Associated Press', 'Agence France-Presse', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'Bernama', 'Antara',
	'Interfax', 'TASS', 'Nikkei', 'Nikkei Asia', 'Financial Times', 'The Wall Street Journal', 'Wall Street Journal', 'The New York Times',
	'New York Times', 'The Washington Post', 'Washington Post', 'The Economist', 'The Guardian', 'The Times', 'The Telegraph',
	'South China Morning Post', 'Straits Times', 'The Straits Times', 'Jakarta Post', 'Bangkok Post', 'Vietnam News Agency',
	'Việt Nam News', 'Vietnam News', 'VnExpress', 'VnExpress International', 'Tuoi Tre', 'Tuổi Trẻ', 'Thanh Nien', 'Thanh Niên',
	'VietnamPlus', 'Vietnam Investment Review', 'Nhân Dân', 'Nhan Dan', 'Forbes', 'Fortune', 'CNBC', 'Al Jazeera', 'Deutsche Welle',
	'Le Monde', 'Dow Jones', 'Fitch', 'Fitch Ratings', "Moody's", 'Standard & Poor’s', "Standard & Poor's", 'S&P Global',
];
/** Top-level domains of a site named as a source (`according to cafef.vn`). */
export const SOURCE_DOMAINS = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|info|gov|edu|co\.uk|com\.vn|gov\.vn|asia|io|fr|uk|jp|cn|kr|sg|au|de)$/u;
