import {test} from 'node:test';
import assert from 'node:assert/strict';
import {dialParts, dialString} from '../../src/model/meeting-conference.js';

test('a dial string comes apart into the number, the meeting id and the passcode, to dial by hand', () => {
  assert.deepEqual(dialParts('+13126266799,,81234567890#'), {number: '+13126266799', meetingId: '81234567890'});
  assert.deepEqual(dialParts('+13126266799,,81234567890#,,,,*123456#'), {number: '+13126266799', meetingId: '81234567890', passcode: '123456'});
  assert.deepEqual(dialParts(dialString('(217) 555-0142')), {number: '2175550142'});
  assert.equal(dialParts(undefined), undefined);
  assert.equal(dialParts(',,123#'), undefined);
});
