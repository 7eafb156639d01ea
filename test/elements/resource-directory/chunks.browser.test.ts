/**
 * <peer-resource-directory> when a lazy chunk cannot be fetched (offline for a moment). In a page
 * of its own: a chunk that loaded once stays loaded for the page.
 */
import {fixture, html, expect} from '@open-wc/testing';
import {expectAccessible, $} from '../../support/a11y.js';
import '../../../src/elements/resource-directory/peer-resource-directory.js';
import type {PeerResourceDirectory} from '../../../src/elements/resource-directory/resource-directory.js';
import {captureExits, loaded} from '../../support/resource-directory.js';

const FILE = '/test/fixtures/hsds/services.json';

describe('<peer-resource-directory> quick exit without its chunk', () => {
  after(() => fetch('/fake-api/chunks?down='));

  it('still shows a quick exit that leaves, when the quick exit’s own code cannot be loaded', async () => {
    await fetch('/fake-api/chunks?down=/src/core/quick-exit.ts');
    const el = await fixture<PeerResourceDirectory>(html`<peer-resource-directory src=${FILE} format="json" quick-exit="https://weather.example.com/"></peer-resource-directory>`);
    await loaded(el);
    const went = captureExits(el);
    const button = $(el, '[part~=quick-exit]') as HTMLButtonElement | null;
    expect(button, 'a quick exit button').to.not.equal(null);
    expect(button!.textContent!.trim()).to.equal('Quick exit');
    await expectAccessible(el);
    button!.click();
    expect(went).to.deep.equal(['https://weather.example.com/']);
  });
});
