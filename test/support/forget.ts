/** "Forget this device" as a visitor uses it, for every widget's element tests (the control is `src/core/device.ts`). */
import {expectAccessible, until, $} from './a11y.js';

/**
 * Presses "Forget this device" in `el` (the button under `within`, a selector, when the widget has
 * it in one place only), ticks "also my saved meetings and services" when `favourites`, checks the
 * open confirmation with axe, confirms, and waits for "Done".
 */
export async function forgetFrom(el: HTMLElement, {favourites = false, within = ''}: {favourites?: boolean; within?: string} = {}): Promise<void> {
  ($(el, `${within} button.forget-open`.trim()) as HTMLButtonElement).click();
  await until(() => $(el, '.forget-panel input[type="checkbox"]'), 'the forget confirmation');
  if (favourites) ($(el, '.forget-panel input[type="checkbox"]') as HTMLInputElement).click();
  await expectAccessible(el);
  ($(el, 'button.forget-now') as HTMLButtonElement).click();
  await until(() => ($(el, '.forget-status')?.textContent ?? '').trim().startsWith('Done'), 'forgotten');
}
