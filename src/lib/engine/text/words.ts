/**
 * The word lists of English itself (never of a corpus), each defined once:
 * function words, negators, modals, speech verbs, roles and titles, occasions.
 * Every stage that needs one imports it from here.
 */

/** Function words: they carry grammar, not content, so they weigh little when matching. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	`a about above after again against all also am an and any are as at be because been before being below
	between both but by can could did do does doing down during each even every few for from further had has have
	having he her here hers herself him himself his how i if in into is it its itself just let me more most my
	myself nor of off on once only or other ought our ours ourselves out over own same shall she should so some
	such than that the their theirs them themselves then there these they this those through to too under until
	up upon us very was we were what when where which while who whom why will with would you your yours yourself
	yourselves said says say told noted added stressed well yes already still yet much many one ones thus therefore
	however although though whether either neither via per like unlike s t`
		.split(/\s+/)
		.filter(Boolean)
);

/** Words that negate what follows; a claim that adds or drops one says the opposite. */
export const NEGATORS: ReadonlySet<string> = new Set([
	'not',
	'no',
	'never',
	'without',
	'nor',
	'neither',
	'none',
	'nobody',
	'nothing',
	'nowhere',
	'cannot',
	'longer' // "no longer" is counted once through "no"; "any longer" after a negator adds nothing
]);

/** True when a normalised word is a negator ("not", "doesn't", "never" ...). */
export function isNegator(word: string): boolean {
	if (word === 'longer') return false;
	return NEGATORS.has(word) || word.endsWith("n't");
}

/** Verbs that make a statement about what is possible, wanted or bound to happen; one put for another changes it ("can" / "will"). */
export const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'ought']);

/**
 * Verbs that report what someone said, English and Russian (a paste from a Russian
 * report: `"…," сказал Путин`). Forms are listed, not stemmed, so "noted" never
 * matches "notes" on a list.
 */
export const SPEECH_VERBS: readonly string[] = `said|says|say|told|tells|noted|notes|stressed|stresses|added|adds|emphasized|emphasised|emphasizes|emphasises|explained|explains|stated|states|declared|declares|announced|announces|remarked|remarks|observed|pointed out|points out|underlined|underlines|highlighted|highlights|recalled|recalls|reported|claimed|claims|insisted|insists|argued|argues|asserted|asserts|warned|warns|promised|suggested|admitted|acknowledged|believes|continued|concluded|replied|answered|asked|wrote|writes|urged|drew attention|outlined|expressed|assured|confirmed|mentioned|shared|spoke|speaking|according to|as stated by|was announced|were announced
сказал|сказала|заявил|заявила|отметил|отметила|подчеркнул|подчеркнула|добавил|добавила|сообщил|сообщила|говорит|сказав|пояснил|пояснила`.split(/[|\n]/);

/** The speech verbs as a regular-expression alternation (use with the `u` flag and letter lookarounds, since `\b` knows only ASCII). */
export const SPEECH_VERB_PATTERN = SPEECH_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');

/** Speech verbs that take a bare clause ("Putin said trade grew"); other verbs need "that", a colon or a comma ("Johnson declared war"). */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
	'said says say told tells claimed claims stated states added adds noted notes stressed insisted argued warned explained emphasised emphasized believes thinks admitted acknowledged suggested asserted maintained remarked observed wrote writes сказал сказала заявил заявила отметил отметила'.split(' ')
);

/** Nouns that name a person by office: "the Russian president", "the head of state". */
export const ROLE_NOUNS: readonly string[] = ['president', 'leader', 'head of state', 'head of the state', 'prime minister', 'premier', 'chancellor', 'minister', 'counterpart', 'guest', 'host'];

/** Titles that stand before a name and say nothing about who it is. */
export const TITLES: ReadonlySet<string> = new Set(
	'mr mrs ms dr president prime minister premier chancellor king queen senator governor general sir madam comrade leader head the of'.split(' ')
);

/** Words that name an occasion or a venue in a claim's frame: "in his 1941 State of the Union", "told Congress", "at the forum in Minsk". */
export const OCCASION_WORDS: readonly string[] = [
	'state of the union', 'annual message', 'message to congress', 'message to the congress', 'address', 'speech', 'remarks', 'inaugural',
	'congress', 'joint session', 'press conference', 'interview', 'talks', 'forum', 'summit', 'meeting', 'session', 'statement', 'letter'
];

/**
 * Capitalised words that open a sentence or a frame without being part of the name after
 * them: "As Franklin Roosevelt warned", "Then Truman moved". Dropped from a run of
 * capitalised words before it is read as a name.
 */
export const LEADING_NON_NAME = /^(?:(?:The|This|That|These|Those|It|We|I|You|Our|His|Her|In|On|At|And|But|As|So|From|Then|When|While|After|Before|During|Today|Now|Here|There|Also|Later|Still|Thus|Indeed|Meanwhile|Finally|Former|Like|If|Since|Because|Although|Though|Yesterday|Tonight|Highlights?|Quote|Speech|Address|Annual|Message|First|Last|Final)\s+)+/;
