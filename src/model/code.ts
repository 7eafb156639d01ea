/**
 * The codes peerkit gives visitors: a question's receipt and a story's withdrawal code, both in the
 * server's form `K7QH-M3XD-9TRV-2PWA` (groups of four letters and digits). One normaliser for both,
 * so a code is read the same way wherever a visitor types it.
 */

/** A code as the server writes it from whatever was typed: lower case, spaces, missing or extra dashes. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? '';
}

/** Whether a normalised code has all its characters (four groups of four, or more). */
export const isCompleteCode = (code: string) => /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3,}$/.test(code);
