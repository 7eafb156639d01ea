/**
 * `peerkit` command line:
 *   peerkit serve [--demo] [--host H] [--port N]
 *   peerkit import-meetings <file-or-url> [--replace]
 *   peerkit import-hsds <file> [--replace]
 *   peerkit moderator add <name>
 *   peerkit moderator list
 *   peerkit moderator remove <id or name>
 */
import {readFile} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {serve} from '@hono/node-server';
import {configFromEnv} from './config.js';
import {openStore, migrate, type Store} from './db.js';
import {createApp} from './app.js';
import {importMeetings, importServices, type ImportReport} from './catalog.js';
import {addModerator, auditCli, demoModeratorToken, listModerators, removeModerator} from './moderators.js';
import {seedDemoOnce} from './seed/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function dataDirOf(store: Store, envDir: string | undefined): string {
  return envDir ? resolve(envDir) : store.file ? dirname(store.file) : resolve('data');
}

async function open(): Promise<Store> {
  const config = configFromEnv();
  const store = openStore(config.databaseUrl);
  await migrate(store);
  return store;
}

function printReport(kind: string, r: ImportReport) {
  console.log(`Imported ${r.imported} ${kind}; rejected ${r.rejected.length}.`);
  for (const x of r.rejected) console.log(`  rejected #${x.index}${x.id ? ` (${x.id})` : ''}: ${x.reasons.join('; ')}`);
}

async function readSource(src: string): Promise<unknown> {
  if (/^https?:\/\//.test(src)) {
    const res = await fetch(src, {headers: {accept: 'application/json'}});
    if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
    return res.json();
  }
  return JSON.parse(await readFile(src, 'utf8'));
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...args] = argv;
  if (cmd === 'serve') {
    const config = configFromEnv();
    const store = openStore(config.databaseUrl);
    await migrate(store);
    let token: string | undefined;
    if (args.includes('--demo')) {
      await seedDemoOnce(store, {now: new Date()});
      token = await demoModeratorToken(store, dataDirOf(store, config.dataDir));
    }
    const host = flag(args, '--host') ?? process.env.HOST ?? '127.0.0.1';
    const port = Number(flag(args, '--port') ?? process.env.PORT ?? 8787);
    // The access log is buffered and written once per tick (stdout to a pipe is synchronous).
    let pending: string[] = [];
    const log = (line: string) => {
      if (pending.push(line) === 1)
        setImmediate(() => {
          const out = pending.join('\n') + '\n';
          pending = [];
          process.stdout.write(out);
        });
    };
    const {app} = createApp({store, config, root: ROOT, log});
    const server = serve({fetch: app.fetch, hostname: host, port}, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      console.log(`peerkit is running at http://${shown}:${info.port}/`);
      if (token) console.log(`Moderator token (demo): ${token}`);
    });
    const stop = () => {
      server.close();
      void store.close().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 3000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  }
  if (cmd === 'import-meetings' || cmd === 'import-hsds') {
    const src = args.find((a) => !a.startsWith('--'));
    if (!src) {
      console.error(`usage: peerkit ${cmd} <${cmd === 'import-meetings' ? 'file-or-url' : 'file'}> [--replace]`);
      return 2;
    }
    const store = await open();
    try {
      const data = await readSource(src);
      const replace = args.includes('--replace');
      const r = cmd === 'import-meetings' ? await importMeetings(store, data, {replace, defaultTimezone: process.env.PEERKIT_TIMEZONE}) : await importServices(store, data, {replace});
      printReport(cmd === 'import-meetings' ? 'meetings' : 'services', r);
      return r.imported === 0 && r.rejected.length ? 1 : 0;
    } finally {
      await store.close();
    }
  }
  if (cmd === 'moderator' && args[0] === 'add' && args[1]) {
    const store = await open();
    try {
      const name = args.slice(1).join(' ');
      const token = await addModerator(store, name);
      const id = (await listModerators(store)).at(-1)!.id;
      await auditCli(store, `add-moderator (${name})`, id);
      console.log(`Moderator "${name}" added. Their token (shown once; only its hash is stored):`);
      console.log(token);
      return 0;
    } finally {
      await store.close();
    }
  }
  if (cmd === 'moderator' && args[0] === 'list') {
    const store = await open();
    try {
      for (const m of await listModerators(store)) console.log(`${m.id}\t${m.name}\tadded ${m.created_on}`);
      return 0;
    } finally {
      await store.close();
    }
  }
  if (cmd === 'moderator' && args[0] === 'remove' && args[1]) {
    const store = await open();
    try {
      const m = await removeModerator(store, args.slice(1).join(' '));
      console.log(`Moderator "${m.name}" (id ${m.id}) removed: their token no longer works. The removal is in the audit log.`);
      return 0;
    } catch (err) {
      console.error(`peerkit: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    } finally {
      await store.close();
    }
  }
  console.log(`peerkit — reference server for peerkit widgets

  peerkit serve [--demo] [--host H] [--port N]   serve the API, demo site and CDN bundle (PORT, default 8787)
  peerkit import-meetings <file-or-url>          import a Meeting Guide JSON feed
  peerkit import-hsds <file>                     import an HSDS JSON export (array of nested services)
  peerkit moderator add <name>                   create a moderator; prints the token last
  peerkit moderator list                         every moderator: id, name, date added
  peerkit moderator remove <id or name>          revoke a moderator's token at once (in the audit log)

  DATABASE_URL=sqlite:<path> (default ./data/peerkit.db) or postgres://…`);
  return cmd && cmd !== 'help' && cmd !== '--help' ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`peerkit: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
