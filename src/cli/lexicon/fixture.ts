/**
 * A few dozen synsets in WordNet's own file formats, for testing the builder
 * without reading the 34 MB database. Offsets are made up; they only need to
 * agree between the files.
 */
import type { WordnetFiles } from './database.ts';

const LICENCE = `  1 This is a fixture, not WordNet.  \n  2 Fixture Copyright 2026.  \n`;

const NOUNS = `00000100 00 n 02 number 0 figure 0 000 | a property
00000200 00 n 01 number 0 002 ~ 00000300 n 0000 ~ 00000450 n 0000 | a concept of quantity
00000300 00 n 01 large_integer 0 003 @ 00000200 n 0000 ~ 00000400 n 0000 ~ 00000500 n 0000 | ten or more
00000400 00 n 02 million 0 1000000 0 001 @ 00000300 n 0000 | 10 to the 6th
00000450 00 n 03 million 0 billion 0 trillion 0 001 @ 00000200 n 0000 | a very large quantity
00000500 00 n 01 billion 0 001 @ 00000300 n 0000 | 10 to the 9th
00000600 00 n 02 unit_of_measurement 0 unit 0 003 ~ 00000700 n 0000 ~ 00000900 n 0000 ~ 00001000 n 0000 | a standard
00000700 00 n 01 linear_unit 0 003 @ 00000600 n 0000 ~ 00000800 n 0000 ~ 00000810 n 0000 | of length
00000800 00 n 02 mile 0 mi 0 001 @ 00000700 n 0000 | 5280 feet
00000810 00 n 02 kilometer 0 km 0 002 @ 00000700 n 0000 @ 00000900 n 0000 | 1000 meters
00000900 00 n 01 metric_unit 0 003 @ 00000600 n 0000 ~ 00000810 n 0000 ~ 00001010 n 0000 | a system
00001000 00 n 01 mass_unit 0 003 @ 00000600 n 0000 ~ 00001010 n 0000 ~ 00001020 n 0000 | of mass
00001010 00 n 02 kilogram 0 kg 0 002 @ 00001000 n 0000 @ 00000900 n 0000 | 1000 grams
00001020 00 n 02 pound 0 lb 0 001 @ 00001000 n 0000 | 16 ounces
00001100 00 n 01 time_unit 0 002 ~ 00001110 n 0000 ~ 00001120 n 0000 | of time
00001110 00 n 01 day 0 001 @ 00001100 n 0000 | 24 hours
00001120 00 n 02 hour 0 hr 0 001 @ 00001100 n 0000 | 60 minutes
00001200 00 n 01 time_period 0 002 ~ 00001210 n 0000 ~ 00001220 n 0000 | an amount of time
00001210 00 n 02 year 0 yr 0 001 @ 00001200 n 0000 | 12 months
00001220 00 n 01 decade 0 001 @ 00001200 n 0000 | 10 years
00001300 00 n 01 war 0 001 ! 00001310 n 0101 | armed conflict
00001310 00 n 01 peace 0 001 ! 00001300 n 0101 | no war
00001400 00 n 01 increase 0 002 ! 00001410 n 0101 + 00000300 v 0101 | a rise
00001410 00 n 01 decrease 0 002 ! 00001400 n 0101 + 00000400 v 0101 | a fall
00001500 00 n 01 strength 0 001 + 00000500 a 0101 | being strong
00001510 00 n 01 weakness 0 001 + 00000600 a 0101 | being weak
`;

const VERBS = `00000100 00 v 02 rise 0 go_up 0 001 ! 00000200 v 0101 01 + 01 00 | move upward
00000200 00 v 02 fall 0 descend 0 001 ! 00000100 v 0101 01 + 01 00 | move downward
00000300 00 v 01 increase 0 002 ! 00000400 v 0101 + 00001400 n 0101 01 + 01 00 | become more
00000400 00 v 01 decrease 0 002 ! 00000300 v 0101 + 00001410 n 0101 01 + 01 00 | become less
00000500 00 v 02 implement 0 carry_out 0 000 01 + 08 00 | pursue to a conclusion
00000600 00 v 01 carry 0 000 01 + 08 00 | move while supporting
00000700 00 v 02 begin 0 start 0 000 01 + 08 00 | take the first step
00000800 00 v 03 state 0 say 0 tell 0 000 01 + 08 00 | express in words
`;

const ADJECTIVES = `00000100 00 a 01 wet 0 002 ! 00000200 a 0101 & 00000300 a 0000 | covered with water
00000200 00 a 01 dry 0 002 ! 00000100 a 0101 & 00000400 a 0000 | free from water
00000300 00 s 02 damp 0 moist 0 001 & 00000100 a 0000 | slightly wet
00000400 00 s 01 arid 0 001 & 00000200 a 0000 | lacking water
00000500 00 a 01 strong 0 002 ! 00000600 a 0101 + 00001500 n 0101 | having strength
00000600 00 a 01 weak 0 002 ! 00000500 a 0101 + 00001510 n 0101 | lacking strength
00000700 00 a 02 large(a) 0 big 0 000 | above average in size
00000800 00 a 01 good 0 001 ! 00000900 a 0101 | having desirable qualities
00000900 00 a 01 bad 0 001 ! 00000800 a 0101 | having undesirable qualities
`;

const ADVERBS = `00000100 02 r 02 always 0 ever 0 001 ! 00000200 r 0201 | at all times
00000200 02 r 01 never 0 001 ! 00000100 r 0102 | at no time
`;

/** index.<pos> lines: lemma, part of speech, then its synsets most frequent first. */
function index(pos: string, entries: Record<string, string[]>): string {
	return Object.entries(entries)
		.map(([lemma, offsets]) => `${lemma} ${pos} ${offsets.length} 0 ${offsets.length} 0 ${offsets.join(' ')}  `)
		.join('\n');
}

const NOUN_INDEX = index('n', {
	number: ['00000100', '00000200'],
	figure: ['00000100'],
	large_integer: ['00000300'],
	million: ['00000400', '00000450'],
	'1000000': ['00000400'],
	billion: ['00000500', '00000450'],
	trillion: ['00000450'],
	unit_of_measurement: ['00000600'],
	unit: ['00000600'],
	linear_unit: ['00000700'],
	mile: ['00000800'],
	mi: ['00000800'],
	kilometer: ['00000810'],
	km: ['00000810'],
	metric_unit: ['00000900'],
	mass_unit: ['00001000'],
	kilogram: ['00001010'],
	kg: ['00001010'],
	pound: ['00001020'],
	lb: ['00001020'],
	time_unit: ['00001100'],
	day: ['00001110'],
	hour: ['00001120'],
	hr: ['00001120'],
	time_period: ['00001200'],
	year: ['00001210'],
	yr: ['00001210'],
	decade: ['00001220'],
	war: ['00001300'],
	peace: ['00001310'],
	increase: ['00001400'],
	decrease: ['00001410'],
	strength: ['00001500'],
	weakness: ['00001510']
});

const VERB_INDEX = index('v', {
	rise: ['00000100'],
	go_up: ['00000100'],
	fall: ['00000200'],
	descend: ['00000200'],
	increase: ['00000300'],
	decrease: ['00000400'],
	implement: ['00000500'],
	carry_out: ['00000500'],
	carry: ['00000600'],
	begin: ['00000700'],
	start: ['00000700'],
	state: ['00000800'],
	say: ['00000800'],
	tell: ['00000800']
});

const ADJECTIVE_INDEX = index('a', {
	wet: ['00000100'],
	dry: ['00000200'],
	damp: ['00000300'],
	moist: ['00000300'],
	arid: ['00000400'],
	strong: ['00000500'],
	weak: ['00000600'],
	large: ['00000700'],
	big: ['00000700'],
	good: ['00000800'],
	bad: ['00000900']
});

const ADVERB_INDEX = index('r', { always: ['00000100'], ever: ['00000100'], never: ['00000200'] });

/** Tag counts, "lemma ss_type offset count"; "moist" and the units are never tagged. */
const TAGS = `rise 2 00000100 5|fall 2 00000200 5|descend 2 00000200 2|increase 2 00000300 3|decrease 2 00000400 3
increase 1 00001400 2|decrease 1 00001410 2|implement 2 00000500 3|carry_out 2 00000500 2|carry 2 00000600 4
begin 2 00000700 5|start 2 00000700 5|state 2 00000800 5|say 2 00000800 50|tell 2 00000800 10|wet 3 00000100 4
dry 3 00000200 4|damp 5 00000300 2|arid 5 00000400 1|strong 3 00000500 3|weak 3 00000600 3|strength 1 00001500 2
weakness 1 00001510 2|large 3 00000700 5|big 3 00000700 5|good 3 00000800 9|bad 3 00000900 6|always 4 00000100 5
ever 4 00000100 1|never 4 00000200 5|war 1 00001300 3|peace 1 00001310 3|million 1 00000400 2|million 1 00000450 2
billion 1 00000500 1|billion 1 00000450 1|mile 1 00000800 1|day 1 00001110 3|hour 1 00001120 2|year 1 00001210 4`;

/** index.sense lines: "lemma%ss_type:lex_filenum:lex_id:: offset sense_number tag_cnt". */
const SENSES = TAGS.split(/[|\n]/)
	.map((entry) => {
		const [lemma, type, offset, count] = entry.split(' ');
		return `${lemma}%${type}:00:00:: ${offset} 1 ${count}`;
	})
	.join('\n');

export const FIXTURE: WordnetFiles = {
	data: { n: LICENCE + NOUNS, v: LICENCE + VERBS, a: LICENCE + ADJECTIVES, r: LICENCE + ADVERBS },
	index: { n: NOUN_INDEX, v: VERB_INDEX, a: ADJECTIVE_INDEX, r: ADVERB_INDEX },
	senses: SENSES,
	exceptions: {
		n: 'mice mouse\n',
		v: 'rose rise\nrisen rise\nfell fall\ncarried carry\n',
		a: 'better good\nworse bad\n',
		r: ''
	}
};
