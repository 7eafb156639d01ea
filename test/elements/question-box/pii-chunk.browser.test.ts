/**
 * <peer-question-box> when the personal-information check's lazy chunk cannot be fetched (offline
 * for a moment). In a page of its own: a chunk that loaded once stays loaded. The question is still
 * sent, without the warning, rather than not at all.
 */
import {expect} from '@open-wc/testing';
import '../../../src/elements/question-box/peer-question-box.js';
import {OutboxWriteController} from '../../../src/controllers/outbox-write.js';
import {until, $} from '../../support/a11y.js';
import {mount, newNs, received, submit, type} from '../../support/question-box.js';

const piiDown = (down: boolean) => fetch(`/fake-api/chunks?down=${down ? '/src/model/pii.ts' : ''}`);

describe('<peer-question-box> without its personal-information check', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });
  after(() => piiDown(false));

  it('sends the question without the warning', async () => {
    await piiDown(true);
    const ns = newNs();
    const el = await mount(ns);
    await type(el, 'My name is Maria, call me at 555-123-4567');
    await submit(el);
    await until(() => $(el, '[part="receipt-code"]'), 'receipt', 8000);
    expect($(el, '.warning')).to.equal(null);
    expect((await received(ns)).map((q) => q.body)).to.deep.equal(['My name is Maria, call me at 555-123-4567']);
  });
});
