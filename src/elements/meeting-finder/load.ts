/**
 * The feed loader and parsers (Meeting Guide, BMLT, their validation) in their own chunk: the
 * finder starts importing it as soon as an element is created, in parallel with its first render,
 * so the first paint (search box, filters, loading state) does not wait for the parsers.
 */
export {loadMeetings} from '../../sources/meetings.js';
