// General knowledge used by the organization recognizer: French head nouns of
// institutional names, well-known international bodies and news agencies,
// acronyms that name concepts rather than bodies, and the small word classes
// the grammar needs. Nothing here is taken from the seeds' gold.

/** How a head noun behaves. */
export interface HeadInfo {
	/** Adjectives alone make a name (`Assemblée nationale`); weak heads need `de ...` or a proper noun (`Centre méridional` is a region). */
	strong: boolean;
	/** Allows `à`/`au`/`aux`/`en` + a place (`consulat général du Vietnam à Osaka`). */
	located?: boolean;
	/** Written in lower case in running French (`ministère des Affaires étrangères`). */
	lowerOk?: boolean;
	/** Names a body on its own (`le Parti`, `le Sénat`). */
	alone?: boolean;
	/** Lower case with this many adjectives and no capitalized complement names a body (`gouvernement japonais`, `comité populaire provincial`). */
	lowerAdjectives?: number;
}

const S: HeadInfo = { strong: true };
const W: HeadInfo = { strong: false };

/** French head nouns of institutional names, capitalized form (singular and plural). */
export const HEADS: ReadonlyMap<string, HeadInfo> = new Map<string, HeadInfo>([
	['Comité', { strong: true, lowerOk: true, lowerAdjectives: 2 }], ['Comités', W],
	['Gouvernement', { strong: true, lowerOk: true, lowerAdjectives: 1 }],
	['Trésor', S],
	['Douanes', { strong: true, alone: true }],
	['Bourse', W],
	['Chantiers', W],
	['Organisation', S], ['Organisations', W],
	['Agence', S], ['Agences', W],
	['Institut', S], ['Instituts', W],
	['Université', { strong: true, lowerOk: true }], ['Universités', W],
	['Ministère', { strong: true, lowerOk: true }], ['Ministères', W],
	['Département', S], ['Départements', W],
	['Assemblée', S],
	['Parti', { strong: true, alone: true }],
	['Union', S],
	['Banque', S], ['Banques', W],
	['Fonds', S],
	['Conseil', S], ['Conseils', W],
	['Commission', S], ['Commissions', W],
	['Chambre', W], ['Chambres', W],
	['Bureau', W],
	['Association', S], ['Associations', W],
	['Fédération', S],
	['Confédération', S],
	['Société', W],
	['Groupe', W],
	['Compagnie', W],
	['Corporation', W],
	['Académie', S],
	['Centre', W],
	['Office', W],
	['Autorité', S],
	['Cour', S],
	['Tribunal', S],
	['Parquet', S],
	['Sénat', { strong: true, alone: true }],
	['Parlement', S],
	['Ambassade', { strong: true, located: true, lowerOk: true }],
	['Consulat', { strong: true, located: true, lowerOk: true }],
	['Alliance', S],
	['Service', W], ['Services', W],
	['Direction', W],
	['Fondation', S],
	['Ligue', S],
	['Secrétariat', S],
	['Inspection', W],
	['Armée', S],
	['Front', W],
	['Mouvement', W],
	['Syndicat', W],
	['Communauté', W],
	['Programme', W],
	['Haut-Commissariat', S],
	['Commissariat', W],
	['École', S],
	['Hôpital', W],
	['Caisse', W],
	['Régie', W],
	['Administration', { strong: false, lowerOk: true }],
	['Représentation', { strong: false, located: true }],
]);

/** Heads that also appear in lower case in running text (looked up by their lower-case form). */
export const LOWER_HEADS: ReadonlyMap<string, string> = new Map(
	[...HEADS].filter(([, h]) => h.lowerOk).map(([w]) => [w.toLowerCase(), w]),
);

/** Single capitalized words that the grammar must not treat as a head even if listed (places: `Union soviétique`). */
export const NOT_NAMES: ReadonlySet<string> = new Set(['union soviétique', 'union des républiques socialistes soviétiques']);

/**
 * Acronyms of well-known bodies, with their usual French long form where one
 * exists (the canonical name). International organizations, unions of states,
 * development banks, news agencies and broadcasters.
 */
export const KNOWN_ACRONYMS: ReadonlyMap<string, string> = new Map([
	['ONU', 'Organisation des Nations unies'],
	['UE', 'Union européenne'],
	['OCDE', 'Organisation de coopération et de développement économiques'],
	['ASEAN', "Association des nations de l'Asie du Sud-Est"],
	['ANASE', "Association des nations de l'Asie du Sud-Est"],
	['FMI', 'Fonds monétaire international'],
	['OMC', 'Organisation mondiale du commerce'],
	['OTAN', "Organisation du traité de l'Atlantique Nord"],
	['UNESCO', "Organisation des Nations unies pour l'éducation, la science et la culture"],
	['UNICEF', "Fonds des Nations unies pour l'enfance"],
	['OMS', 'Organisation mondiale de la santé'],
	['OIT', 'Organisation internationale du travail'],
	['FAO', "Organisation des Nations unies pour l'alimentation et l'agriculture"],
	['PNUD', 'Programme des Nations unies pour le développement'],
	['PNUE', "Programme des Nations unies pour l'environnement"],
	['HCR', 'Haut-Commissariat des Nations unies pour les réfugiés'],
	['UNHCR', 'Haut-Commissariat des Nations unies pour les réfugiés'],
	['CICR', 'Comité international de la Croix-Rouge'],
	['BAD', 'Banque asiatique de développement'],
	['ADB', 'Banque asiatique de développement'],
	['BM', 'Banque mondiale'],
	['BAII', "Banque asiatique d'investissement dans les infrastructures"],
	['AIIB', "Banque asiatique d'investissement dans les infrastructures"],
	['BEI', "Banque européenne d'investissement"],
	['BCE', 'Banque centrale européenne'],
	['BERD', 'Banque européenne pour la reconstruction et le développement'],
	['BIRD', 'Banque internationale pour la reconstruction et le développement'],
	['AIEA', "Agence internationale de l'énergie atomique"],
	['AIE', "Agence internationale de l'énergie"],
	['OPEP', 'Organisation des pays exportateurs de pétrole'],
	['G7', 'Groupe des sept'],
	['G8', 'Groupe des huit'],
	['G20', 'Groupe des vingt'],
	['G77', 'Groupe des 77'],
	['APEC', 'Coopération économique Asie-Pacifique'],
	['BRICS', ''],
	['ASEM', ''],
	['AIPA', "Assemblée interparlementaire de l'ASEAN"],
	['UA', 'Union africaine'],
	['CEDEAO', "Communauté économique des États de l'Afrique de l'Ouest"],
	['UEMOA', 'Union économique et monétaire ouest-africaine'],
	['MERCOSUR', ''],
	['OEA', 'Organisation des États américains'],
	['OCS', 'Organisation de coopération de Shanghai'],
	['OIF', 'Organisation internationale de la Francophonie'],
	['AUF', 'Agence universitaire de la Francophonie'],
	['CNUCED', 'Conférence des Nations unies sur le commerce et le développement'],
	['ONUDI', 'Organisation des Nations unies pour le développement industriel'],
	['FIDA', 'Fonds international de développement agricole'],
	['PAM', 'Programme alimentaire mondial'],
	['OACI', "Organisation de l'aviation civile internationale"],
	['OMI', 'Organisation maritime internationale'],
	['UIT', 'Union internationale des télécommunications'],
	['OMPI', 'Organisation mondiale de la propriété intellectuelle'],
	['OMM', 'Organisation météorologique mondiale'],
	['OMT', 'Organisation mondiale du tourisme'],
	['UIP', 'Union interparlementaire'],
	['AFD', 'Agence française de développement'],
	['USAID', ''],
	['KOICA', ''],
	['KOTRA', ''],
	['JBIC', ''],
	['VCCI', "Chambre de commerce et d'industrie du Vietnam"],
	['EVN', "Groupe d'électricité du Vietnam"],
	['SBV', "Banque d'État du Vietnam"],
	['FIFA', ''],
	['UEFA', ''],
	['CIO', 'Comité international olympique'],
	['NATO', ''],
	['OECD', ''],
	['IMF', ''],
	['WTO', ''],
	['UNDP', ''],
	['CIA', ''],
	['FBI', ''],
	['NASA', ''],
	['CNRS', ''],
	['IRD', ''],
	// News agencies and broadcasters.
	['AFP', 'Agence France-Presse'],
	['AP', 'Associated Press'],
	['VNA', 'Agence vietnamienne d’information'],
	['AVI', 'Agence vietnamienne d’information'],
	['UPI', ''],
	['DPA', ''],
	['ANSA', ''],
	['EFE', ''],
	['TASS', ''],
	['RIA', ''],
	['BBC', ''],
	['CNN', ''],
	['CNBC', ''],
	['NHK', ''],
	['KBS', ''],
	['CCTV', ''],
	['RFI', ''],
	['VTV', ''],
	['VOV', ''],
]);

/** Names of well-known bodies that no head-noun rule finds (single words or fixed phrases). */
export const KNOWN_NAMES: ReadonlyMap<string, string> = new Map([
	['Nations unies', 'Organisation des Nations unies'],
	['Fed', 'Réserve fédérale'],
	['Réserve fédérale', 'Réserve fédérale'],
	['Nasdaq', 'Nasdaq'],
	['Euronext', 'Euronext'],
	['Wall Street Journal', 'Wall Street Journal'],
	['Financial Times', 'Financial Times'],
	['Agence France-Presse', 'Agence France-Presse'],
	// French and international media, named as sources (general knowledge of the press).
	['Le Monde', 'Le Monde'],
	['Le Figaro', 'Le Figaro'],
	['Libération', 'Libération'],
	['Les Échos', 'Les Échos'],
	['Les Echos', 'Les Echos'],
	['Le Parisien', 'Le Parisien'],
	['Mediapart', 'Mediapart'],
	['La Tribune', 'La Tribune'],
	['Le Point', 'Le Point'],
	['Ouest-France', 'Ouest-France'],
	['France Télévisions', 'France Télévisions'],
	['France Info', 'France Info'],
	['Radio France', 'Radio France'],
	['BFM TV', 'BFM TV'],
	['BFMTV', 'BFMTV'],
	['BFM Business', 'BFM Business'],
	['BFM Bourse', 'BFM Bourse'],
	['Canal+', 'Canal+'],
	['France 24', 'France 24'],
	['TV5Monde', 'TV5Monde'],
	['Euronews', 'Euronews'],
	['Jeune Afrique', 'Jeune Afrique'],
	['Le Devoir', 'Le Devoir'],
	['Radio-Canada', 'Radio-Canada'],
	['Le Soir', 'Le Soir'],
	['Le Temps', 'Le Temps'],
	['Le Journal de Montréal', 'Le Journal de Montréal'],
	['Le Nouvel Obs', 'Le Nouvel Obs'],
	["L'Express", "L'Express"],
	['Le Matin', 'Le Matin'],
	['La Croix', 'La Croix'],
	["L'Humanité", "L'Humanité"],
	['Boursorama', 'Boursorama'],
	['Associated Press', 'Associated Press'],
	['Dow Jones', 'Dow Jones'],
	['The Economist', 'The Economist'],
	['New York Times', 'New York Times'],
	['Washington Post', 'Washington Post'],
	['Wall Street Journal', 'Wall Street Journal'],
	['Financial Times', 'Financial Times'],
	['The Guardian', 'The Guardian'],
	['Al Jazeera', 'Al Jazeera'],
	['Nikkei', 'Nikkei'],
	['Bureau politique', 'Bureau politique'],
	['Croix-Rouge', 'Croix-Rouge'],
	['Interpol', 'Interpol'],
	['Europol', 'Europol'],
	['Greenpeace', 'Greenpeace'],
	['Reuters', 'Reuters'],
	['Bloomberg', 'Bloomberg'],
	['Xinhua', 'Xinhua'],
	['Kyodo', 'Kyodo'],
	['Yonhap', 'Yonhap'],
	['Bernama', 'Bernama'],
	['Antara', 'Antara'],
	['Interfax', 'Interfax'],
	['Sputnik', 'Sputnik'],
	['Associated Press', 'Associated Press'],
	['Amnesty International', 'Amnesty International'],
	['Transparency International', 'Transparency International'],
	['Médecins sans frontières', 'Médecins sans frontières'],
]);

/**
 * Acronyms that name concepts, currencies, agreements, units or diseases: never
 * organizations, even right after a long form in parentheses.
 */
export const CONCEPT_ACRONYMS: ReadonlySet<string> = new Set([
	'IDE', 'APD', 'PIB', 'PNB', 'PME', 'PMI', 'TPE', 'ETI', 'ODD', 'OMD', 'TVA', 'IA', 'RSE', 'FDI', 'ODA', 'GDP', 'GNP', 'SME', 'SMEs',
	'AI', 'IT', 'TIC', 'ICT', 'RD', 'BTP', 'GES', 'IPC', 'CPI', 'VIH', 'SIDA', 'HIV', 'AIDS', 'COVID', 'SARS', 'ZES', 'ZI', 'PPP',
	'BOT', 'BT', 'EPC', 'CPTPP', 'TPP', 'EVFTA', 'EVIPA', 'RCEP', 'AFTA', 'ALE', 'FTA', 'ALENA', 'NAFTA', 'BRI', 'ESG', 'OCOP',
	'USD', 'EUR', 'VND', 'JPY', 'CNY', 'RMB', 'KRW', 'GBP', 'CHF', 'AUD', 'CAD', 'SGD', 'THB', 'INR', 'RUB', 'XAF', 'XOF', 'HKD',
	'TWD', 'MYR', 'IDR', 'PHP', 'LAK', 'KHR', 'BTC', 'CEO', 'PDG', 'DG', 'RH', 'QR', 'GPS', 'ATM', 'LNG', 'GNL', 'GPL', 'CO', 'CO2',
	'TV', 'HD', 'UHD', 'PDF', 'CV', 'API', 'URL', 'SMS', 'USB', 'LED', 'OK', 'EXPO', 'JO', 'BD', 'ONG', 'NGO', 'HT', 'TTC', 'KM',
	'MW', 'GW', 'KW', 'TW', 'NQ', 'QD', 'CP', 'TT', 'ND', 'UBND', 'HĐND', 'TTG', 'VIP', 'IPO', 'M&A', 'B2B', 'B2C', 'ERP', 'IOT',
	'ICO', 'NFT', 'VR', 'AR', 'DNA', 'ADN', 'ARN', 'RNA', 'EV', 'SUV', 'UAV', 'ETF', 'NPL', 'CAR', 'LTV', 'ROE', 'ROA', 'EPS', 'PE',
	'OEM', 'ODM', 'FOB', 'CIF', 'CIP', 'DAP', 'EXW', 'HS', 'SPS', 'TBT', 'WB', 'STEM', 'MBA', 'PhD', 'IELTS', 'TOEIC', 'TOEFL',
	'FR', 'EN', 'VN', 'US', 'USA', 'UK', 'JP', 'CN', 'KR', 'AM', 'PM', 'NB', 'PS', 'NDLR', 'NDT', 'RAS', 'SOS', 'SVP',
]);

/** Roman numerals are ordinals, not acronyms. */
export const ROMAN_NUMERAL = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** English head words: a run of capitalized English words containing one names a body. */
export const ENGLISH_HEADS: ReadonlySet<string> = new Set([
	'Agency', 'Association', 'Authority', 'Bank', 'Board', 'Bureau', 'Center', 'Chamber', 'Commission', 'Committee', 'Company',
	'Corporation', 'Corp', 'Council', 'Department', 'Federation', 'Forces', 'Foundation', 'Fund', 'Group', 'Holding', 'Holdings',
	'Institute', 'Institution', 'League', 'Ministry', 'Navy', 'Office', 'Organization', 'Party', 'Police', 'Service',
	'Society', 'University', 'Airlines', 'Airways', 'Motors', 'Partners', 'Securities', 'Insurance', 'Inc', 'Ltd',
	'Limited', 'LLC', 'PLC', 'JSC', 'GmbH', 'AG', 'SA', 'SAS', 'SARL', 'NV', 'BV', 'Pte', 'Co', 'Conglomerate', 'Enterprises',
	'Industries', 'Laboratories', 'Labs', 'Media', 'News', 'Press', 'Times', 'Post', 'Television', 'Broadcasting', 'Agence',
	'Electronics', 'Steel', 'Petroleum', 'Pharmaceuticals', 'Telecom', 'Telecommunications', 'Software', 'Systems', 'Technologies',
	'Solutions', 'Logistics', 'Shipping', 'Capital', 'Bancorp', 'Energy', 'Energies', 'Renewables', 'Airlines', 'Motor', 'Foods',
]);

/** Company-form suffixes that close a name (`Vingroup JSC`, `Renault SA`). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['JSC', 'SA', 'SAS', 'SARL', 'SE', 'GmbH', 'AG', 'Inc', 'Ltd', 'PLC', 'LLC', 'Corp', 'NV', 'BV', 'Pte', 'SpA', 'KK']);

/** English words that make a capitalized run an event rather than a body. */
export const ENGLISH_EVENTS: ReadonlySet<string> = new Set(['Summit', 'Forum', 'Conference', 'Expo', 'Festival', 'Games', 'Cup', 'Award', 'Awards', 'Week', 'Day', 'Fair', 'Show', 'Championship', 'Olympics']);

/** English function words allowed inside a capitalized English name. */
export const ENGLISH_GLUE: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&', 'on', 'in']);

/** Lower-case nouns that introduce a company or media name (`le groupe Vingroup`, `l'agence de presse Xinhua`). */
export const DESCRIPTORS: ReadonlySet<string> = new Set([
	'groupe', 'société', 'entreprise', 'compagnie', 'firme', 'banque', 'conglomérat', 'constructeur', 'fabricant', 'opérateur',
	'transporteur', 'géant', 'journal', 'quotidien', 'hebdomadaire', 'magazine', 'chaîne', 'assureur', 'promoteur', 'distributeur',
	'start-up', 'startup', 'agence', 'équipementier', 'brasseur', 'laboratoire', 'cabinet', 'radio', 'télévision', 'éditeur',
	'énergéticien', 'pétrolier', 'sidérurgiste', 'avionneur', 'motoriste', 'chimiste', 'holding', 'consortium', 'coentreprise',
	'enseigne', 'média', 'armateur', 'cimentier', 'semencier',
]);

/** Military unit nouns that take an ordinal (`2e division`). */
export const MILITARY_AFTER_ORDINAL: ReadonlyMap<string, string | undefined> = new Map([
	['division', undefined],
	['brigade', undefined],
	['régiment', undefined],
	['flotte', undefined],
	['armée', undefined],
	['escadre', undefined],
	['corps', "d'armée"],
]);

/** Lower-case words that end a name: articles, pronouns, conjunctions, prepositions, common verbs and adverbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'ni', 'mais', 'donc', 'or', 'car', 'que', 'qu', 'qui',
	'quoi', 'dont', 'où', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes',
	'notre', 'nos', 'votre', 'vos', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'se', 's', 'y', 'en', 'à', 'au',
	'aux', 'par', 'pour', 'sur', 'sous', 'dans', 'avec', 'sans', 'entre', 'vers', 'chez', 'selon', 'contre', 'lors', 'depuis',
	'pendant', 'après', 'avant', 'comme', 'ainsi', 'aussi', 'très', 'plus', 'moins', 'bien', 'tout', 'tous', 'toute', 'toutes',
	'est', 'sont', 'a', 'ont', 'était', 'étaient', 'été', 'être', 'avoir', 'fait', 'sera', 'seront', 'serait', 'peut', 'peuvent',
	'doit', 'doivent', 'va', 'vont', 'ne', 'pas', 'non', 'oui', 'si', 'afin', 'notamment', 'également', 'déjà', 'encore', 'alors',
	'puis', 'ensuite', 'enfin', 'dès', 'via', 'auprès', 'envers', 'parmi', 'malgré', 'outre', 'sauf', 'hors', 'quant', 'tandis',
	'lorsque', 'puisque', 'quand', 'comment', 'pourquoi', 'même', 'autre', 'autres', 'chaque', 'plusieurs', 'certains', 'certaines',
	'aucun', 'aucune', 'tel', 'telle', 'tels', 'telles', 'etc', 'soit', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'celles', 'lui',
	'eux', 'leur', 'moi', 'toi', 'soi', 'ici', 'là', 'aujourd\'hui', 'hier', 'demain', 'toujours', 'jamais', 'souvent', 'depuis',
	'rien', 'personne', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'fut', 'devrait', 'pourrait', 'sous', 'vis-à-vis', 'près', 'loin',
]);

/** Lower-case adjectives common in names that the suffix test below misses. */
export const EXTRA_ADJECTIVES: ReadonlySet<string> = new Set([
	'populaire', 'populaires', 'maritime', 'maritimes', 'permanent',
	'permanente', 'permanents', 'unies', 'unis', 'élargi', 'élargie', 'suprême', 'libre', 'libres', 'ouverte', 'ouvert', 'autonome',
	'autonomes', 'spécialisé', 'spécialisée', 'spécialisés', 'associé', 'associés', 'associées', 'mondial', 'mondiale', 'public',
	'publique', 'publics', 'publiques', 'centrale', 'nord', 'sud', 'ouest', 'extérieur', 'extérieure', 'extérieurs', 'intérieur',
	'intérieure', 'intérieurs', 'supérieur', 'supérieure', 'supérieurs', 'inférieur', 'inférieure', 'régional', 'arabe', 'arabes',
	'belge', 'belges', 'suisse', 'suisses', 'russe', 'russes', 'tchèque', 'slovaque', 'grecque', 'turque', 'thaïlandaise', 'laotienne',
	'khmère', 'birmane', 'philippine', 'indonésienne', 'malaisienne', 'singapourienne', 'coréenne', 'nippone', 'nippon', 'sino',
	'moderne', 'modernes', 'jeune', 'jeunes', 'militaire', 'militaires', 'civile', 'civil', 'civiles', 'civils', 'exécutif', 'exécutive',
	'consultatif', 'consultative', 'fiscale', 'fiscal', 'bancaire', 'bancaires', 'financière', 'financier', 'financières', 'financiers',
	'agricole', 'agricoles', 'scientifique', 'scientifiques', 'général', 'générale', 'généraux', 'générales', 'démocrate', 'démocrates',
	'républicain', 'républicaine', 'socialiste', 'communiste', 'écologiste', 'nucléaire', 'olympique', 'marin', 'marine', 'marins',
	'marines', 'étranger', 'étrangère', 'étrangers', 'étrangères', 'intérieures', 'extérieures', 'supérieures', 'inférieures',
	'inférieurs', 'latin', 'latine', 'alpin', 'alpine', 'féminin', 'féminine', 'masculin', 'voisin', 'voisine',
]);

/** Verb forms that look like adjectives by their suffix. */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
	'indique', 'explique', 'communique', 'applique', 'implique', 'revendique', 'réplique', 'fabrique', 'complique', 'critique',
	'pratique', 'publie', 'bien', 'rien', 'combien', 'demain', 'main', 'pain', 'train', 'soudain', 'lendemain', 'certain',
	'certaine', 'certains', 'certaines', 'prochain', 'prochaine', 'chacun', 'chacune', 'quel', 'quelle', 'quels', 'quelles',
	'tel', 'telle', 'tels', 'telles', 'nouvel', 'nouvelle', 'nouvelles', 'actuel', 'actuelle', 'essentiel', 'réel', 'mais', 'jamais',
	'relais', 'palais', 'dais', 'frais', 'biais', 'désormais', 'pays', 'fois', 'mois', 'trois', 'bois', 'voix', 'lois', 'rois',
	'parfois', 'autrefois', 'toutefois', 'quelquefois', 'ciel', 'miel', 'appel', 'rappel', 'sel', 'mail', 'email', 'janvier',
	'février', 'total', 'signal', 'canal', 'journal', 'capital', 'hôpital', 'cheval', 'animal', 'festival', 'carnaval',
	'arsenal', 'rival', 'terminal', 'mémorial', 'tribunal', 'idéal', 'matériel', 'personnel', 'potentiel', 'logiciel', 'ciel',
	'tunnel', 'hôtel', 'modèle', 'fidèle', 'parallèle', 'clientèle', 'échelle', 'passerelle', 'nouvelle', 'elle', 'celle',
	'laquelle', 'lesquelles', 'auxquelles', 'desquelles', 'selon', 'visite', 'cérémonie', 'investisseur', 'secteur',
]);

/** Nouns that look like infinitives (`-er`, `-ir`, `-re`) and may follow a bare `de` in a name. */
export const NOT_INFINITIVES: ReadonlySet<string> = new Set([
	'quartier', 'premier', 'dossier', 'chantier', 'métier', 'papier', 'acier', 'levier', 'atelier', 'courrier', 'hiver', 'fer',
	'mer', 'cancer', 'laser', 'leader', 'avenir', 'loisir', 'plaisir', 'souvenir', 'désir', 'culture', 'agriculture', 'guerre',
	'architecture', 'lettre', 'centre', 'ordre', 'nature', 'structure', 'infrastructure', 'sylviculture', 'aquaculture', 'pêche',
	'presse', 'commerce', 'entreprise', 'recherche', 'justice', 'police', 'sécurité', 'magistrature', 'titre', 'registre', 'théâtre',
	'navire', 'territoire', 'histoire', 'mémoire', 'air', 'pouvoir', 'savoir', 'devoir', 'espoir', 'foyer', 'loyer', 'clavier',
	'musée', 'préfecture', 'procédure', 'procure', 'candidature', 'nomenclature', 'investiture', 'chaire', 'notaire', 'faire-valoir',
	'manager', 'charter', 'container', 'conteneur', 'fibre', 'sucre', 'cuivre', 'cadre', 'membre', 'nombre', 'chambre', 'ministre',
	'libre', 'barre', 'verre', 'pierre', 'terre', 'frère', 'père', 'mère',
]);

/**
 * The commonest Vietnamese family names: inside a run of capitalized words
 * after a name, one of them starts a person's name (`du Comité populaire de
 * Hanoï Tran Sy Thanh`), which ends the organization.
 */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set([
	'Nguyen', 'Nguyễn', 'Nguyên', 'Tran', 'Trần', 'Trân', 'Le', 'Lê', 'Pham', 'Phạm', 'Hoang', 'Hoàng', 'Huynh', 'Huỳnh', 'Phan',
	'Vu', 'Vũ', 'Vo', 'Võ', 'Dang', 'Đặng', 'Bui', 'Bùi', 'Ngo', 'Ngô', 'Truong', 'Trương', 'Dao', 'Đào', 'Trinh', 'Trịnh', 'Doan',
	'Đoàn', 'Ho', 'Hô', 'Hồ',
]);

/** French function words that, capitalized, start a sentence rather than continue a name. */
export const CAPITAL_STOP: ReadonlySet<string> = new Set([
	'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Du', 'De', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous',
	'Je', 'Et', 'Ou', 'Mais', 'Selon', 'Pour', 'Par', 'Dans', 'Avec', 'Sur', 'En', 'Au', 'Aux', 'À', 'A', 'Lors', 'Après', 'Avant',
	'Depuis', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Photo', 'Source', 'M', 'Mme', 'Dr', 'Pr', 'Me',
]);

/** Words after which an acronym is a media credit (`Photo : VNA`). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(['Photo', 'Photos', 'Source', 'Sources', 'Crédit', 'Crédits', 'Credit', 'Vidéo', 'Infographie', 'Illustration']);

/** Adjectives that come before the noun (`les nouvelles technologies`, `petites et moyennes entreprises`). */
export const PRENOMINAL: ReadonlySet<string> = new Set([
	'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'grand', 'grande', 'grands', 'grandes', 'petit', 'petite', 'petits',
	'petites', 'haut', 'haute', 'hauts', 'hautes', 'jeune', 'jeunes', 'bon', 'bonne', 'bons', 'bonnes', 'meilleur', 'meilleure',
	'meilleurs', 'meilleures', 'premier', 'première', 'premiers', 'premières', 'vieux', 'vieille', 'ancien', 'ancienne', 'anciens',
	'anciennes', 'moyen', 'moyenne', 'moyens', 'moyennes', 'gros', 'grosse', 'futur', 'future', 'futurs', 'futures',
]);

/** Head + complement phrases that name a kind of board, not a body (`le Conseil d'administration de Vingroup`). */
export const GENERIC_BODIES: ReadonlySet<string> = new Set([
	'conseil d administration', 'conseil de surveillance', 'comité de direction', 'conseil de direction', 'comité de pilotage',
	'comité d organisation', 'comité de rédaction',
]);
