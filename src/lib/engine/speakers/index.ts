/** Speakers: who a source gives each passage to, people under every spelling, and roles. */
export { attributeDocument } from './attribute.ts';
export { PeopleRegistry } from './people.ts';
export { speakerOf } from './passage.ts';
