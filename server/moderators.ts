/** Moderator accounts: bearer tokens stored as SHA-256 hashes only. */
import {randomBytes} from 'node:crypto';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import type {Store} from './db.js';
import {sha256hex} from './privacy.js';

export function newToken(): string {
  return 'pk_' + randomBytes(24).toString('base64url');
}

export async function addModerator(store: Store, name: string, token = newToken()): Promise<string> {
  await store.db.insertInto('moderators').values({name, token_hash: sha256hex(token), created_on: new Date().toISOString().slice(0, 10)}).execute();
  return token;
}

/**
 * The demo moderator: its token is kept in `<dataDir>/demo-moderator-token` (mode 600) so restarts
 * print the same one, while the database holds only the hash.
 */
export async function demoModeratorToken(store: Store, dataDir: string): Promise<string> {
  const file = `${dataDir}/demo-moderator-token`;
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    const row = await store.db.selectFrom('moderators').select('id').where('token_hash', '=', sha256hex(token)).executeTakeFirst();
    if (row) return token;
  }
  const token = await addModerator(store, 'Demo moderator');
  writeFileSync(file, token + '\n', {mode: 0o600});
  chmodSync(file, 0o600);
  return token;
}
