/**
 * The page-wide signal of "Forget this device" (`device.ts`), in a module of its own so a widget
 * that only needs to hear it (the story carousel's content settings) does not load the control.
 */

export interface ForgetOptions {
  /** Also the finder's starred meetings and the directory's saved services. */
  favourites: boolean;
}

/** The window event every widget hears after "Forget this device". */
export const FORGET_EVENT = 'peerkit-forget';

/** Calls `fn` after this device was forgotten (from any widget on the page). Returns an unsubscribe. */
export function onForget(fn: (options: ForgetOptions) => void): () => void {
  const listener = (e: Event) => fn((e as CustomEvent<ForgetOptions>).detail ?? {favourites: false});
  addEventListener(FORGET_EVENT, listener);
  return () => removeEventListener(FORGET_EVENT, listener);
}
