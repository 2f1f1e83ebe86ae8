/**
 * Relations between English words (never of a corpus): antonyms and
 * irregular forms. They decide when a changed word reverses a statement.
 */

/**
 * Pairs of words whose swap reverses a statement. Each pair lists base forms;
 * comparatives and superlatives are matched through ANTONYM_FORMS below.
 */
const ANTONYM_PAIRS: readonly (readonly [string, string])[] = [
	['strong', 'weak'],
	['stronger', 'weaker'],
	['strongest', 'weakest'],
	['strengthen', 'weaken'],
	['early', 'late'],
	['earlier', 'later'],
	['increase', 'decrease'],
	['increased', 'decreased'],
	['rise', 'fall'],
	['rose', 'fell'],
	['grow', 'shrink'],
	['grow', 'fall'],
	['grow', 'decline'],
	['increase', 'fall'],
	['rise', 'decline'],
	['everything', 'nothing'],
	['everyone', 'nobody'],
	['something', 'nothing'],
	['always', 'rarely'],
	['progress', 'regress'],
	['progressing', 'regressing'],
	['growth', 'decline'],
	['more', 'less'],
	['most', 'least'],
	['high', 'low'],
	['higher', 'lower'],
	['highest', 'lowest'],
	['good', 'bad'],
	['better', 'worse'],
	['best', 'worst'],
	['always', 'never'],
	['all', 'none'],
	['before', 'after'],
	['agree', 'disagree'],
	['accept', 'reject'],
	['support', 'oppose'],
	['friend', 'enemy'],
	['friends', 'enemies'],
	['ally', 'adversary'],
	['allies', 'adversaries'],
	['open', 'closed'],
	['positive', 'negative'],
	['easy', 'difficult'],
	['possible', 'impossible'],
	['legal', 'illegal'],
	['useful', 'useless'],
	['harmful', 'beneficial'],
	['large', 'small'],
	['big', 'small'],
	['larger', 'smaller'],
	['first', 'last'],
	['many', 'few'],
	['win', 'lose'],
	['won', 'lost'],
	['success', 'failure'],
	['succeeded', 'failed'],
	['right', 'wrong'],
	['true', 'false'],
	['up', 'down'],
	['expand', 'contract'],
	['expanding', 'contracting'],
	['import', 'export'],
	['imports', 'exports'],
	['peace', 'war'],
	['love', 'hate'],
	['rich', 'poor'],
	['safe', 'dangerous'],
	['ready', 'unready'],
	['able', 'unable'],
	['likely', 'unlikely'],
	['fair', 'unfair'],
	['important', 'unimportant'],
	['weakening', 'strengthening'],
	['encouraging', 'discouraging'],
	['maximum', 'minimum'],
	['maximise', 'minimise'],
	['maximize', 'minimize'],
	['inside', 'outside'],
	['internal', 'external'],
	['domestic', 'foreign'],
	['victory', 'defeat'],
	['gain', 'loss'],
	['profit', 'loss'],
	['surplus', 'deficit'],
	['cheap', 'expensive'],
	['fast', 'slow'],
	['faster', 'slower'],
	['quickly', 'slowly'],
	['new', 'old'],
	['young', 'old'],
	['same', 'different'],
	['together', 'apart'],
	['allow', 'forbid'],
	['allowed', 'forbidden'],
	['guilty', 'innocent'],
	['above', 'below'],
	['over', 'under'],
	['north', 'south'],
	['east', 'west'],
	['eastern', 'western']
];

const ANTONYMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
	const map = new Map<string, Set<string>>();
	const add = (a: string, b: string) => {
		if (!map.has(a)) map.set(a, new Set());
		map.get(a)!.add(b);
	};
	for (const [a, b] of ANTONYM_PAIRS) {
		add(a, b);
		add(b, a);
	}
	return map;
})();

/** True when the word (normalised, or a stem) has an antonym listed: a cheap test before areAntonyms. */
export function hasAntonym(word: string): boolean {
	return ANTONYMS.has(word);
}

/** True when swapping `a` for `b` reverses the statement; pass normalised words or stems (stemOf). */
export function areAntonyms(a: string, b: string): boolean {
	return ANTONYMS.get(a)?.has(b) ?? false;
}

/**
 * Irregular verb forms and their base, so "grew" meets "grown" and "grow"
 * the way "grows" meets "growing" through the stemmer.
 */
const IRREGULAR_FORMS = `have has had having|do does did done|grow grew grown|rise rose risen|fall fell fallen|give gave given|take took taken|make made|say said|tell told
go went gone|come came|see saw seen|know knew known|begin began begun|become became|build built|buy bought|bring brought
think thought|keep kept|hold held|leave left|lose lost|meet met|pay paid|run ran|sell sold|send sent|spend spent|stand stood
win won|write wrote written|speak spoke spoken|drive drove driven|choose chose chosen|break broke broken|fly flew flown
draw drew drawn|show showed shown|lead led|feel felt|find found|get got gotten|seek sought|fight fought|teach taught
catch caught|understand understood|forget forgot forgotten|strike struck|withdraw withdrew withdrawn|undertake undertook undertaken
overcome overcame|shrink shrank shrunk|sink sank sunk|swear swore sworn|wear wore worn|tear tore torn|freeze froze frozen
hide hid hidden|bear bore borne|beat beaten|bite bit bitten|eat ate eaten|forgive forgave forgiven|steal stole stolen`;

export const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
	IRREGULAR_FORMS.split(/[|\n]/).flatMap((group) => {
		const [base, ...forms] = group.trim().split(/\s+/);
		return forms.map((form) => [form, base] as [string, string]);
	})
);
