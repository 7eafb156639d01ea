/** TablistController on a bare LitElement host: WAI-ARIA tabs as a keyboard and a screen reader meet them. */
import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {LitElement, html as lit} from 'lit';
import {expectAccessible, until, $, $$} from '../support/a11y.js';
import {TablistController} from '../../src/controllers/tablist.js';

type Tab = 'one' | 'two' | 'three';

class TabsHost extends LitElement {
  changes: Tab[] = [];
  tabs = new TablistController<Tab>(this, {tabs: ['one', 'two', 'three'], selected: 'one', changed: (t) => this.changes.push(t)});
  override render() {
    return lit`${this.tabs.renderTabs('Sections', {one: 'One', two: 'Two', three: 'Three'})} ${this.tabs.renderPanels((t) => lit`<p>Panel ${t}</p>`)}`;
  }
}
customElements.define('tx-tabs-host', TabsHost);

const focused = (el: TabsHost) => el.shadowRoot!.activeElement?.id;

describe('TablistController', () => {
  it('names every tab and panel, one tab in the Tab order, the others’ panels hidden and empty', async () => {
    const el = await fixture<TabsHost>(html`<tx-tabs-host></tx-tabs-host>`);
    expect($(el, '[role=tablist]')!.getAttribute('aria-label')).to.equal('Sections');
    const tabs = $$(el, '[role=tab]');
    expect(tabs.map((t) => [t.id, t.getAttribute('aria-selected'), t.tabIndex])).to.deep.equal([
      ['tab-one', 'true', 0],
      ['tab-two', 'false', -1],
      ['tab-three', 'false', -1],
    ]);
    for (const t of tabs) expect($(el, `#${t.getAttribute('aria-controls')}`), `${t.id} controls a panel that exists`).to.not.equal(null);
    const panels = $$(el, '[role=tabpanel]');
    expect(panels.map((p) => [p.getAttribute('aria-labelledby'), p.hidden, p.textContent!.trim()])).to.deep.equal([
      ['tab-one', false, 'Panel one'],
      ['tab-two', true, ''],
      ['tab-three', true, ''],
    ]);
    await expectAccessible(el);
  });

  it('arrow keys move to the next and previous tab and wrap, Home and End go to the ends, and the tab focused is selected', async () => {
    const el = await fixture<TabsHost>(html`<tx-tabs-host></tx-tabs-host>`);
    ($(el, '#tab-one') as HTMLButtonElement).focus();
    await sendKeys({press: 'ArrowRight'});
    await until(() => focused(el) === 'tab-two', 'focus on two');
    expect($(el, '#tab-two')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#tab-two')!.tabIndex).to.equal(0);
    expect($(el, '#tab-one')!.tabIndex).to.equal(-1);
    expect(($(el, '#panel-two') as HTMLElement).hidden).to.equal(false);
    await sendKeys({press: 'End'});
    await until(() => focused(el) === 'tab-three', 'End');
    await sendKeys({press: 'ArrowRight'});
    await until(() => focused(el) === 'tab-one', 'wraps to the first');
    await sendKeys({press: 'ArrowLeft'});
    await until(() => focused(el) === 'tab-three', 'wraps to the last');
    await sendKeys({press: 'Home'});
    await until(() => focused(el) === 'tab-one', 'Home');
    expect(el.changes).to.deep.equal(['two', 'three', 'one', 'three', 'one']);
    // Other keys are the page's.
    await sendKeys({press: 'ArrowDown'});
    expect(focused(el)).to.equal('tab-one');
    // A click selects without moving focus elsewhere; a second click changes nothing.
    ($(el, '#tab-three') as HTMLButtonElement).click();
    ($(el, '#tab-three') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.tabs.selected).to.equal('three');
    expect(el.changes.at(-1)).to.equal('three');
    expect(el.changes).to.have.length(6);
  });

  it('right to left, the arrows follow the mirrored tabs: ArrowLeft is the next tab, ArrowRight the previous; Alt+Arrow is the browser’s', async () => {
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl"><tx-tabs-host></tx-tabs-host></div>`);
    const el = wrap.querySelector('tx-tabs-host') as TabsHost;
    await el.updateComplete;
    const [one, two] = ['#tab-one', '#tab-two'].map((s) => $(el, s)!.getBoundingClientRect());
    expect(two.right, 'the second tab is laid out to the left of the first').to.be.at.most(one.left);
    ($(el, '#tab-one') as HTMLButtonElement).focus();
    await sendKeys({press: 'ArrowLeft'});
    await until(() => focused(el) === 'tab-two', 'ArrowLeft to the next tab');
    await sendKeys({press: 'ArrowRight'});
    await until(() => focused(el) === 'tab-one', 'ArrowRight back');
    await sendKeys({press: 'ArrowRight'});
    await until(() => focused(el) === 'tab-three', 'ArrowRight wraps to the last');
    await sendKeys({press: 'ArrowLeft'});
    await until(() => focused(el) === 'tab-one', 'ArrowLeft wraps to the first');
    const key = new KeyboardEvent('keydown', {key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true, composed: true});
    $(el, '#tab-one')!.dispatchEvent(key);
    expect(key.defaultPrevented, 'Alt+ArrowLeft is left to the browser (Back)').to.equal(false);
    expect(el.tabs.selected).to.equal('one');
  });
});
