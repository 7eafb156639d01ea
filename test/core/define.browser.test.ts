import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {lazyDefine} from '../../src/core/define.js';

describe('lazyDefine', () => {
  it('loads an element only once its tag appears in the document, and only once', async () => {
    let loads = 0;
    lazyDefine('test-lazy-a', async () => {
      loads++;
      customElements.define('test-lazy-a', class extends LitElement {});
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(loads).to.equal(0);
    await fixture(html`<div><test-lazy-a></test-lazy-a><test-lazy-a></test-lazy-a></div>`);
    await new Promise((r) => setTimeout(r, 20));
    expect(loads).to.equal(1);
    expect(customElements.get('test-lazy-a')).to.not.equal(undefined);
  });

  it('loads at once when the tag is already on the page', async () => {
    await fixture(html`<test-lazy-b></test-lazy-b>`);
    let loads = 0;
    lazyDefine('test-lazy-b', async () => {
      loads++;
    });
    expect(loads).to.equal(1);
  });
});
