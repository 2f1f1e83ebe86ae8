/**
 * Generated claims of every kind, as tests with floors: on the bundled corpus and the State of
 * the Union addresses, no claim that does not stand is said to stand (collages and added clauses
 * included), and each kind gets the verdict its edit calls for on most claims.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, verify, type Verdict } from '../../lib/engine/index.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from '../load-corpus.ts';
import { CLAIM_KINDS, FITTING_VERDICTS, generateClaims } from './claims.ts';
import { indexCorpusWords } from './fabricate.ts';
import { loadSotuCorpus } from './sotu.ts';

const STANDS: readonly Verdict[] = ['exact', 'close', 'reworded'];
/** Share of a kind's claims that must get a verdict its edit allows (0..1); the rest are shown when it fails. */
const FIT_FLOOR = 0.75;
/**
 * ...but for the light paraphrase, whose word list puts "globe" for "world" and "create" for "make":
 * the judge cannot tell those from changed words, and when in doubt says not found (never that it stands).
 */
const PARAPHRASE_FLOOR = 0.5;
/**
 * ...and for plain synonyms WordNet's main senses do not list ("riches" for "wealth", "perilous" for
 * "dangerous"): among words kept verbatim the judge reads such a word as another fact (match/swaps.ts),
 * because it cannot tell one from "wages" for "prices", and says altered (never that it stands).
 */
const SYNONYM_FLOOR = 0.6;
/** Claims per kind: enough to see a kind fail, few enough for a unit test. */
const PER_KIND = 16;

describe.each([
	['the bundled corpus', () => loadCorpus(BUNDLED_CORPUS_DIR), 11],
	['the State of the Union addresses', loadSotuCorpus, 12]
] as const)('generated claims on %s', (_name, load, seed) => {
	const corpus = load();
	const index = buildIndex(corpus);
	const claims = generateClaims(corpus, indexCorpusWords(corpus), { seed, perKind: PER_KIND, fabricated: PER_KIND });
	const outcomes = claims.map((c) => ({ c, verdict: verify(c.claim, index).verdict }));

	it('never says a claim stands that does not (no critical error, collages and added clauses included)', () => {
		const critical = outcomes.filter(({ c, verdict }) => STANDS.includes(verdict) && !FITTING_VERDICTS[c.kind].some((v) => STANDS.includes(v)));
		expect(critical.map(({ c, verdict }) => `[${c.kind}] ${verdict}: ${c.claim}`)).toEqual([]);
	});

	it.each(CLAIM_KINDS.filter((k) => k !== 'framed' && k !== 'namesake'))(`gives most %s claims a verdict their edit allows`, (kind) => {
		const ofKind = outcomes.filter(({ c }) => c.kind === kind);
		const misses = ofKind.filter(({ c, verdict }) => !FITTING_VERDICTS[c.kind].includes(verdict));
		expect(ofKind.length).toBeGreaterThan(0);
		const floor = kind === 'paraphrase' ? PARAPHRASE_FLOOR : kind === 'synonym' ? SYNONYM_FLOOR : FIT_FLOOR;
		expect(1 - misses.length / ofKind.length, misses.map(({ verdict, c }) => `${verdict}: ${c.claim}`).join('\n')).toBeGreaterThanOrEqual(floor);
	});

	it('frames and namesakes fit where the corpus has speeches', () => {
		for (const kind of ['framed', 'namesake'] as const) {
			const ofKind = outcomes.filter(({ c }) => c.kind === kind);
			const fits = ofKind.filter(({ c, verdict }) => FITTING_VERDICTS[c.kind].includes(verdict)).length;
			if (ofKind.length) expect(fits / ofKind.length, kind).toBeGreaterThanOrEqual(FIT_FLOOR);
		}
	});
});
