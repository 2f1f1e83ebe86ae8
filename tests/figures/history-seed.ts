/**
 * 20,000 realistic saved checks for the History figures, made in Node by the app's own
 * engine, so every stored result has exactly the shape a check in the page gives.
 *
 * Claims are sentences of the last 30 State of the Union addresses, as a reporter
 * would paste them: most as written, some with a word changed, some attributed to
 * the wrong president, some made up from the words of two sentences. A quarter carry
 * a note. Times spread over the two years before `now`, newest last in the list.
 */
import { buildIndex, verify, type CheckResult } from '#lib/engine/index.ts';
import { buildSotuPack } from '#lib/packs/build-sotu.ts';

/** A check as History stores it (src/lib/storage/types.ts), written out here so the seed does not depend on that module. */
export type SeedCheck = { id: string; claim: string; result: CheckResult; note: string; createdAt: number; corpus: string };

/** mulberry32: the same checks on every run (Math.random cannot be seeded). */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const NOTES = [
	'Asked the press office, 14:00',
	'For the Monday piece on trade',
	'Desk says use the transcript, not the report',
	'Check against the video before publishing',
	'Reader tip, via email',
	'Quoted in the draft, para 4'
];
const WRONG_SPEAKERS = ['Lincoln', 'Roosevelt', 'Obama', 'Reagan', 'Kennedy'];
const TWO_YEARS_MS = 2 * 365 * 24 * 3600 * 1000;

/** One claim a reporter might paste, made from `sentence` (and `other`, for a made-up one). */
function claimFrom(sentence: string, other: string, speaker: string, random: () => number): string {
	const roll = random();
	if (roll < 0.45) return `"${sentence.replace(/[.!?]$/, '')}," ${speaker} said.`;
	if (roll < 0.65) return sentence.replace(/\b([a-z]{6,})\b/, 'remarkable');
	if (roll < 0.8) return `${WRONG_SPEAKERS[Math.floor(random() * WRONG_SPEAKERS.length)]} said: "${sentence}"`;
	if (roll < 0.9) return `${sentence.split(' ').slice(0, 8).join(' ')} ${other.split(' ').slice(-8).join(' ')}`;
	return sentence;
}

export function seedChecks(count: number, now: number): SeedCheck[] {
	const documents = buildSotuPack().documents.slice(-30);
	const index = buildIndex({ name: 'State of the Union addresses', description: '', documents });
	const pool = documents.flatMap((doc) =>
		doc.text
			.split(/(?<=[.!?])\s+/)
			.filter((s) => s.length > 50 && s.length < 260)
			.map((sentence) => ({ sentence, speaker: doc.speakers[0] ?? 'the President' }))
	);
	const random = seeded(20_000);
	const checks: SeedCheck[] = [];
	for (let i = 0; i < count; i++) {
		const { sentence, speaker } = pool[Math.floor(random() * pool.length)];
		const other = pool[Math.floor(random() * pool.length)].sentence;
		const claim = claimFrom(sentence, other, speaker, random);
		const note = random() < 0.25 ? NOTES[Math.floor(random() * NOTES.length)] : '';
		const createdAt = Math.round(now - TWO_YEARS_MS + (TWO_YEARS_MS * i) / count);
		checks.push({ id: crypto.randomUUID(), claim, result: verify(claim, index), note, createdAt, corpus: index.corpus.name });
	}
	return checks;
}
