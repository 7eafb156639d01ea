/**
 * Sealed story text: what a story's writer wrote is stored only as AES-256-GCM ciphertext under a
 * random 256-bit key of its own (a row of `story_keys`). Withdrawal deletes that key row, so the
 * old copies a database keeps for a while (PostgreSQL's dead tuples and write-ahead log, SQLite's
 * WAL, backups) hold only ciphertext nobody can open again. See server/README.md for exactly what
 * stays where.
 *
 * Format: 1 byte version (1) · 12 bytes nonce · 16 bytes tag · ciphertext. The additional data binds
 * a sealed value to its key id and field, so a value cannot be moved to another row or field.
 */
import {createCipheriv, createDecipheriv, randomBytes} from 'node:crypto';

/** What withdrawal promises to erase, sealed as one JSON value. */
export interface StoryText {
  title: string;
  body: string;
  name: string;
  recovery_months?: number;
  photo_alt?: string;
}

export function newStoryKey(): {id: string; key: Buffer} {
  return {id: randomBytes(16).toString('hex'), key: randomBytes(32)};
}

const aad = (keyId: string, field: string) => Buffer.from(`peerkit-story:${keyId}:${field}`);

export function seal(key: Buffer, keyId: string, field: 'text' | 'photo', plain: Buffer): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(keyId, field));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), nonce, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, keyId: string, field: 'text' | 'photo', sealed: Buffer | Uint8Array): Buffer {
  const b = Buffer.isBuffer(sealed) ? sealed : Buffer.from(sealed);
  if (b[0] !== 1 || b.length < 29) throw new Error('unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', key, b.subarray(1, 13));
  decipher.setAAD(aad(keyId, field));
  decipher.setAuthTag(b.subarray(13, 29));
  return Buffer.concat([decipher.update(b.subarray(29)), decipher.final()]);
}

export const sealText = (key: Buffer, keyId: string, text: StoryText) => seal(key, keyId, 'text', Buffer.from(JSON.stringify(text), 'utf8'));
export const unsealText = (key: Buffer, keyId: string, sealed: Buffer | Uint8Array): StoryText => JSON.parse(unseal(key, keyId, 'text', sealed).toString('utf8')) as StoryText;
