// French function words and verb forms that the fact linker reads. General grammar only:
// no entry comes from one article.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Determiners (an elided `l'` is written `l'`). */
export const DETERMINERS = set(`le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos
	mon ma mes quelques plusieurs chaque certains certaines`);

/** Prepositions that attach a complement to a noun inside a noun phrase (`exportations de Hai Phong vers la Belgique`). */
export const NOUN_LINKS = set(`de d' du des au aux à en vers entre dans`);

/** Words that end a noun phrase: conjunctions, relatives, pronouns and other prepositions. */
export const CLAUSE_WORDS = set(`que qu' qui dont où et ou mais tandis lorsque lorsqu' puisque puisqu' si car puis soit alors
	donc ni comme quand parce afin pour par avec sans sous sur selon malgré contre chez depuis pendant durant après avant
	il ils elle elles on nous vous je j' y ne n' se s' en`);

/** Words that may stand between a verb and the amount, or qualify it (`a dépassé les`, `de plus de`). */
export const BEFORE_AMOUNT = set(`de d' du des à au aux les le la l' un une plus moins près environ quelque quelques presque
	jusqu' jusque autour approximativement seulement seuls seules seul seule que qu' déjà désormais ainsi encore respectivement
	pas ne n' quasiment largement légèrement nettement fortement pratiquement depuis contre comparativement
	rapport par quant lui elle eux alors très pour`);

/** Auxiliaries, modals and clitics of a verb group. */
export const AUXILIARIES = set(`a ont est sont été était étaient avait avaient aura auront aurait auraient sera seront serait
	seraient fut furent devrait devraient doit doivent devait devaient pourrait pourraient peut peuvent pouvait pouvaient
	va vont allait allaient vient viennent venait semble semblent reste restent demeure demeurent se s' y en ne n' être avoir`);

/** Stems of verbs that state a figure, matched with a verb ending (`dépass` + `é`, `atteindr` + `e`). */
const VERB_STEMS = `atteindr atteign atteint dépass élev élèv représent augment progress diminu baiss recul chut grimp bond croî croiss
	totalis compt enregistr pass établ affich génér réalis attir rapport coût pès pes dépens franch tomb frôl avoisin
	remont correspond figur concentr dénombr recens accueill rassembl mobilis sign
	invest export import vend produis employ accord allou débours perç reç occup dot gagn perd cré annonc prévo estim situ`;
const ENDINGS = `e es ent er é ée és ées ait aient ant era eront erait eraient a ons ez it irent i is ie ies ît ra ront rait
	raient u ue us ues ir issent issait issaient issant`;
const VERB_RE = new RegExp(`^(?:s'|s’)?(?:${VERB_STEMS.trim().split(/\s+/).join('|')})(?:${ENDINGS.trim().split(/\s+/).join('|')})$`);
/** Nouns that the verb pattern would take for verbs. */
const NOT_VERBS = set(`important importants importante importantes employé employés employée employées dépense dépenses
	montant montants représentant représentants comptes réalisation baisse baisses hausse hausses chute chutes
	production produit produits emploi emplois accord accords port ports sign perte pertes tableau élevé élevée élevés élevées
	portrait portraits attrait attraits extrait extraits souhait souhaits trait traits bienfait bienfaits`);

/** A verb form that can carry a figure, or an auxiliary of one. */
export function isVerb(lower: string): boolean {
	if (AUXILIARIES.has(lower) || VERB_FORMS.has(lower)) return true;
	if (NOT_VERBS.has(lower)) return false;
	let v = verbCache.get(lower);
	if (v === undefined) {
		v = VERB_RE.test(lower) || FINITE_ENDING.test(lower);
		if (verbCache.size >= CACHE_SIZE) verbCache.clear();
		verbCache.set(lower, v);
	}
	return v;
}
/** Words come back all the time: each is matched once. */
const CACHE_SIZE = 8192;
const verbCache = new Map<string, boolean>();
/** Endings only finite verbs have (`opèrent`, `devraient`, `comptait`). */
const FINITE_ENDING = /^.{2,}(?:aient|èrent|eront|eraient|erait|ait)$/;

/** Irregular forms the stems miss. */
const VERB_FORMS = set(`fait font faisait faisaient atteint atteints atteinte atteintes croît crû vaut valent valait valaient valu pèse pèsent`);

/** A participle or gerund (`passé`, `remontant`, `représentant`): a verb when it governs the figure. */
export function isParticiple(lower: string): boolean {
	return lower.length > 4 && /(?:é|ée|és|ées|ant)$/.test(lower) && !NOT_PARTICIPLES.has(lower);
}
const NOT_PARTICIPLES = set(`montant montants enfant enfants restaurant restaurants habitant habitants année années société sociétés
	qualité quantité capacité activité activités`);

/** Time units: an amount in them is a duration (`vingt ans`), not a measure of something. */
export const TIME_UNITS = set(`an ans année années mois jour jours semaine semaines heure heures minute minutes décennie
	décennies siècle siècles trimestre trimestres`);

/** `les cinq prochaines années`: a time span that measures nothing. */
export const TIME_SPAN_ADJECTIVES = set(`prochaines prochains dernières derniers premières premiers précédentes précédents
	suivantes suivants`);

/** Role words after which a capitalized name is a person, not a holder (`le ministre Pham Minh Chinh`, `M. Ozasa`). */
export const PERSON_TITLES = set(`m m. mme mlle dr pr me ministre président présidente vice-président secrétaire directeur directrice
	dirigeant dirigeante consul ambassadeur ambassadrice gouverneur maire roi reine prince princesse général générale
	représentant représentante porte-parole chef cheffe pdg adjoint adjointe camarade monsieur madame sénateur député
	députée premier première vice`);

/** Capitalized words that are titles or parts of titles, never a holder by themselves. */
export const TITLE_CAPITALS = set(`premier première président présidente ministre vice secrétaire général générale m mme monsieur
	madame dr sa son leurs excellence`);

/** Sentence openings that continue the sentence before (`Il`, `Cela`, `Soit`): a figure there may take its date. */
export const CONTINUATIONS = set(`il elle ils elles ce cela ceci celle celui ceux celles soit dont ces cette cet`);

const ADVERB_ENDING = /(?:alement|ellement|iquement|ivement|èrement|ablement|iblement|eusement|emment|amment|ûment|ttement|rtement|seulement|également)$/;
const SHORT_ADVERBS = set(`très trop assez aussi peu bien mal déjà encore toujours jamais souvent guère`);
const ADVERB_LIKE_NOUNS = new Set(['traitement', 'parlement', 'règlement', 'signalement', 'versement', 'renouvellement']);

/** `principalement`, `nettement`, `récemment`: an adverb inside a verb group. */
export function isAdverbWord(low: string): boolean {
	return SHORT_ADVERBS.has(low) || (ADVERB_ENDING.test(low) && !ADVERB_LIKE_NOUNS.has(low));
}

/**
 * Head nouns of a group a figure can belong to, when no name is given (`le chiffre d'affaires du
 * groupe`, `les deux parties`, `le gouvernement vietnamien`): companies, their parts, public bodies, places.
 */
export const GROUP_HEADS = set(`groupe groupes société sociétés entreprise entreprises compagnie compagnies firme firmes
	pôle pôles branche branches filiale filiales division divisions activité activités quotidien quotidiens journal journaux
	titre titres chaîne chaînes gouvernement gouvernements ministère ministères ville villes province provinces région régions
	pays commune communes municipalité municipalités banque banques constructeur constructeurs opérateur opérateurs
	parties collectivités autorités ménages secteur secteurs`);

/** Spelled numbers that can stand between an article and its noun (`les deux parties`). */
export const NUMBER_WORDS = set(`deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent cents mille
	plusieurs nombreux nombreuses`);
