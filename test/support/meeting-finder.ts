/** Helpers shared by the <peer-meeting-finder> element tests: waiting, reading and acting as a visitor. */
import type {PeerMeetingFinder} from '../../src/elements/meeting-finder/meeting-finder.js';
import {until, $, $$} from './a11y.js';

/** Waits for the results, the empty state or the error state. */
export async function loaded(el: PeerMeetingFinder): Promise<void> {
  await until(() => $(el, '.list, .empty, .error') !== null, 'results, empty or error state', 15000);
  await el.updateComplete;
}

/** The meeting names in the list, in order. */
export const names = (el: PeerMeetingFinder): string[] => $$(el, '.meeting .name').map((n) => n.textContent!.trim());

/** Types into an input as a visitor does (one `input` event). */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

/** Searches for a meeting by name and opens its details; resolves with the open dialog. */
export async function openDetail(el: PeerMeetingFinder, name: string): Promise<HTMLDialogElement> {
  await type($(el, 'input[name=query]') as HTMLInputElement, name);
  await el.updateComplete;
  ($$(el, '.meeting .open').find((b) => b.textContent === name) as HTMLButtonElement).click();
  await until(() => ($(el, 'dialog.detail') as HTMLDialogElement).open, 'detail open');
  return $(el, 'dialog.detail') as HTMLDialogElement;
}
