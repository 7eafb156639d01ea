/** Moderator accounts: bearer tokens stored as SHA-256 hashes only. */
import {randomBytes} from 'node:crypto';
import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import type {Store} from './db.js';
import {sha256hex} from './privacy.js';
import {addAuditEntry, moderatorByTokenHash} from './store/moderation.js';

export function newToken(): string {
  return 'pk_' + randomBytes(24).toString('base64url');
}

export async function addModerator(store: Store, name: string, token = newToken()): Promise<string> {
  await store.db.insertInto('moderators').values({name, token_hash: sha256hex(token), created_on: new Date().toISOString().slice(0, 10)}).execute();
  return token;
}

/** Every moderator: id, name, the day they were added (never a token: only its hash is stored). */
export async function listModerators(store: Store): Promise<{id: number; name: string; created_on: string}[]> {
  const rows = await store.db.selectFrom('moderators').select(['id', 'name', 'created_on']).orderBy('id').execute();
  return rows.map((r) => ({...r, id: Number(r.id)}));
}

/** An audit log line on behalf of the command line (`peerkit moderator …`). */
const cliEntry = (action: string, targetId: number | string) => ({at: new Date().toISOString(), moderator: 'peerkit CLI', action, target_type: 'moderator', target_id: String(targetId)});

/** Writes a line to the audit log on behalf of the command line. */
export async function auditCli(store: Store, action: string, targetId: number | string): Promise<void> {
  await addAuditEntry(store.db, cliEntry(action, targetId));
}

/**
 * Removes a moderator, by id or by exact name; their token stops working at once (every request
 * looks it up). Returns the removed one; throws when nothing matches or a name is not unique.
 */
export async function removeModerator(store: Store, idOrName: string): Promise<{id: number; name: string}> {
  const all = await listModerators(store);
  const byId = /^\d+$/.test(idOrName) ? all.filter((m) => m.id === Number(idOrName)) : [];
  const matches = byId.length ? byId : all.filter((m) => m.name === idOrName);
  if (!matches.length) throw new Error(`no moderator "${idOrName}" (see: peerkit moderator list)`);
  if (matches.length > 1) throw new Error(`${matches.length} moderators are called "${idOrName}"; remove one by id: ${matches.map((m) => m.id).join(', ')}`);
  const m = matches[0];
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('moderators').where('id', '=', m.id).execute();
    await addAuditEntry(trx, cliEntry(`remove-moderator (${m.name})`, m.id));
  });
  return {id: m.id, name: m.name};
}

/**
 * The demo moderator: its token is kept in `<dataDir>/demo-moderator-token` (mode 600) so restarts
 * print the same one, while the database holds only the hash.
 */
export async function demoModeratorToken(store: Store, dataDir: string): Promise<string> {
  const file = `${dataDir}/demo-moderator-token`;
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (await moderatorByTokenHash(store.db, sha256hex(token))) return token;
  }
  const token = await addModerator(store, 'Demo moderator');
  writeFileSync(file, token + '\n', {mode: 0o600});
  chmodSync(file, 0o600);
  return token;
}
