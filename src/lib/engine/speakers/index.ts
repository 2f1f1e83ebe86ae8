/** Speakers: who a source gives each passage to, people under every spelling, and roles. */
export { attributeDocument } from './attribute.ts';
export { PeopleRegistry } from './people.ts';
export { passageAt, speakerOf } from './passage.ts';
export { findMentions, findSpeechVerb, type Mention } from './mentions.ts';
export { unknownSpeaker } from './quoted-speaker.ts';
