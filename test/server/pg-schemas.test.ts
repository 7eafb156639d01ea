/**
 * Several peerkit databases in one PostgreSQL database, each in its own schema (the test suite does
 * this for every file; a host may do it for several sites). Each must get its own migration tables:
 * Kysely, when not told the schema, took another schema's for its own and failed with
 * 'relation "kysely_migration_lock" does not exist'. Runs when PEERKIT_TEST_PG_URL is set.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openStore, migrate} from '../../server/db.js';
import {freshPgSchema} from './helpers.js';

const url = process.env.PEERKIT_TEST_PG_URL;

test('a second schema migrates while another schema of the database holds the migration tables', {skip: url ? false : 'PEERKIT_TEST_PG_URL is not set'}, async () => {
  const a = await freshPgSchema(url!);
  const b = await freshPgSchema(url!);
  const first = openStore(url!, {pgSchema: a.schema});
  const second = openStore(url!, {pgSchema: b.schema});
  try {
    await migrate(first);
    await migrate(second);
    const tables = await second.db.introspection.getTables();
    assert.ok(tables.some((t) => t.schema === b.schema && t.name === 'questions'), 'the second schema has its own tables');
  } finally {
    await first.close();
    await second.close();
    await a.drop();
    await b.drop();
  }
});
