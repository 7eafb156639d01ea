/** Moderators' tokens (as SHA-256 only) and the audit log of what they and the command line did. */
import type {Insertable, Kysely} from 'kysely';
import type {AuditTable, DB} from '../db.js';

/** The moderator whose token has this SHA-256 hash. */
export function moderatorByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db.selectFrom('moderators').select(['id', 'name', 'token_hash']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Writes a line to the audit log (`db` may be a transaction). */
export async function addAuditEntry(db: Kysely<DB>, entry: Insertable<AuditTable>): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
}

/** The newest `limit` lines of the audit log, newest first. */
export function auditEntries(db: Kysely<DB>, limit: number) {
  return db.selectFrom('audit_log').select(['at', 'moderator', 'action', 'target_type', 'target_id']).orderBy('id', 'desc').limit(limit).execute();
}
