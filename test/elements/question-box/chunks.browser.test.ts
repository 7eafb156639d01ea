/**
 * <peer-question-box> when the crisis matcher's lazy chunk cannot be fetched (offline for a moment).
 * In a page of its own: a chunk that loaded once stays loaded. The form must never wait for the
 * matcher, and without it any question gets the help panel: a panel shown once too often costs far
 * less than a crisis missed.
 */
import {expect} from '@open-wc/testing';
import '../../../src/elements/question-box/peer-question-box.js';
import {OutboxWriteController} from '../../../src/controllers/outbox-write.js';
import {expectAccessible, until, $} from '../../support/a11y.js';
import {mount, newNs, type} from '../../support/question-box.js';

const crisisDown = (down: boolean) => fetch(`/fake-api/chunks?down=${down ? '/src/model/crisis.ts' : ''}`);

describe('<peer-question-box> without its crisis matcher', () => {
  beforeEach(() => {
    OutboxWriteController.minTokenAgeMs = 0;
  });
  after(() => crisisDown(false));

  it('shows the form at once and the crisis lines for any question', async () => {
    await crisisDown(true);
    const el = await mount(newNs());
    await until(() => $(el, '#question'), 'the form', 8000);
    expect($(el, '[role="alert"]'), 'no error instead of the form').to.equal(null);
    expect($(el, '[part="crisis"]')).to.equal(null);
    await type(el, 'How do I find a sponsor?');
    const panel = $(el, '[part="crisis"]');
    expect(panel, 'help panel while the matcher is missing').to.not.equal(null);
    expect([...panel!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:988');
    await expectAccessible(el);
  });
});
