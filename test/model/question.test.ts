import {test} from 'node:test';
import assert from 'node:assert/strict';
import {publishRefusal} from '../../src/model/question.js';

test('a question may be published only with the asker’s consent and an answer (consent is said first)', () => {
  assert.equal(publishRefusal({publishOk: true, answer: 'Yes, and it passes.'}), undefined);
  assert.equal(publishRefusal({publishOk: false, answer: 'Yes, and it passes.'}), 'no_consent');
  assert.equal(publishRefusal({publishOk: false}), 'no_consent');
  assert.equal(publishRefusal({publishOk: true}), 'no_answer');
  assert.equal(publishRefusal({publishOk: true, answer: null}), 'no_answer');
  assert.equal(publishRefusal({publishOk: true, answer: ''}), 'no_answer');
});
