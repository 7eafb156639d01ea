/**
 * A throwaway WordPress for the plugin's end-to-end test and benchmark, from Debian's packages
 * (`wordpress`, `php-cli`, `php-mysql`, `mariadb-server`; nothing downloaded):
 *  - MariaDB initialised in a temporary folder, listening on a socket there only (no TCP port);
 *  - Debian's /usr/share/wordpress hard-linked (or copied) into a temporary document root with a
 *    wp-config.php of its own (Debian's reads /etc/wordpress), a wp-content of its own holding only
 *    the Twenty Twenty-Three theme and whatever must-use plugins the caller gives;
 *  - installed non-interactively (wp_install) with an administrator and an author;
 *  - served by `php -S 127.0.0.1:PORT` with a few workers (the block editor asks for several things at once).
 * Everything lives under one temporary folder, removed by stop().
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
const which = (names: string[]) => names.find((p) => existsSync(p));
const MARIADBD = () => which(['/usr/sbin/mariadbd', '/usr/sbin/mysqld', '/usr/bin/mariadbd']);
const INSTALL_DB = () => which(['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db']);
const CLIENT = () => which(['/usr/bin/mariadb', '/usr/bin/mysql']);

export const USERS = {
  admin: {login: 'admin', password: 'admin-pass-1'},
  author: {login: 'author', password: 'author-pass-1'},
} as const;

/** Why a WordPress cannot be started on this machine, or undefined when it can. */
export function wordpressMissing(): string | undefined {
  if (spawnSync('php', ['-v']).status !== 0) return 'php is not installed (apt-get install php-cli php-mysql php-xml php-mbstring php-zip)';
  const modules = spawnSync('php', ['-m'], {encoding: 'utf8'}).stdout ?? '';
  if (!/^mysqli$/m.test(modules)) return 'php-mysql is not installed';
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) return 'Debian\'s wordpress package is not installed';
  if (!existsSync(join(WORDPRESS, 'wp-content/themes', THEME))) return `the ${THEME} theme is not installed (wordpress-theme-${THEME})`;
  if (!MARIADBD() || !INSTALL_DB() || !CLIENT()) return 'mariadb-server is not installed';
  return undefined;
}

export interface WordPressSite {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  /** The document root. */
  root: string;
  /** Runs PHP with WordPress loaded (as no user); returns what it printed. Throws on a non-zero exit. */
  php(code: string): string;
  /** WordPress's debug log (PHP notices and warnings). */
  debugLog(): string;
  /** What php -S and MariaDB printed. */
  logs(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as {port: number}).port;
      s.close(() => resolve(port));
    });
  });
}

/** Sends a signal to a process group; nothing when it is gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const run = (cmd: string, args: string[], options: {input?: string} = {}) => {
  const r = spawnSync(cmd, args, {encoding: 'utf8', input: options.input, maxBuffer: 32 * 1024 * 1024});
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

export async function startWordPress(options: {muPlugins?: Record<string, string>; title?: string} = {}): Promise<WordPressSite> {
  const dir = mkdtempSync(join(tmpdir(), 'peerkit-wp-'));
  const children: ChildProcess[] = [];
  let output = '';
  // Each server runs in a process group of its own (php -S forks its workers), stopped as a group,
  // and killed with this process should it end before stop().
  const groups: number[] = [];
  const killGroups = () => groups.forEach((pid) => signalGroup(pid, 'SIGKILL'));
  process.once('exit', killGroups);
  const keep = (child: ChildProcess, name: string) => {
    children.push(child);
    if (child.pid) groups.push(child.pid);
    child.stdout?.on('data', (d) => (output += `[${name}] ${d}`));
    child.stderr?.on('data', (d) => (output += `[${name}] ${d}`));
    return child;
  };
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signalGroup(child.pid!, 'SIGTERM');
        await Promise.race([exited, sleep(5000)]);
      }
      signalGroup(child.pid!, 'SIGKILL'); // the group's other processes (php -S workers), if any are left
    }
    process.removeListener('exit', killGroups);
    rmSync(dir, {recursive: true, force: true});
  };
  try {
    // The database: its own data folder and socket, no network.
    const data = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    run(INSTALL_DB()!, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
    keep(
      spawn(MARIADBD()!, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables', `--pid-file=${join(dir, 'db.pid')}`, '--innodb-buffer-pool-size=16M', '--skip-log-bin', ...asRoot], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      }),
      'mariadb',
    );
    for (let started = Date.now(); ; ) {
      const r = spawnSync(CLIENT()!, ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], {encoding: 'utf8'});
      if (r.status === 0) break;
      if (Date.now() - started > 30_000) throw new Error(`MariaDB did not start:\n${r.stderr}\n${output}`);
      await sleep(100);
    }

    // WordPress: Debian's files, our config and content folder.
    const root = join(dir, 'wp');
    if (spawnSync('cp', ['-al', WORDPRESS, root]).status !== 0) run('cp', ['-a', WORDPRESS, root]);
    rmSync(join(root, 'wp-config.php'));
    rmSync(join(root, 'wp-content'), {recursive: true, force: true});
    for (const d of ['plugins', 'themes', 'uploads', 'upgrade', 'mu-plugins', 'languages']) mkdirSync(join(root, 'wp-content', d), {recursive: true});
    run('cp', ['-a', join(WORDPRESS, 'wp-content/themes', THEME), join(root, 'wp-content/themes', THEME)]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = (n: string) => `define('${n}', '${n.toLowerCase()}-peerkit-test-only');`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
// A throwaway site for peerkit's tests.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
define('WP_DEBUG_DISPLAY', false);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // No mail from a test site (there is no sendmail either).
    writeFileSync(join(root, 'wp-content/mu-plugins/peerkit-test-site.php'), "<?php\nadd_filter('pre_wp_mail', '__return_false');\n");
    for (const [name, code] of Object.entries(options.muPlugins ?? {})) writeFileSync(join(root, 'wp-content/mu-plugins', name), code);

    const php = (code: string) => {
      const file = join(dir, `run-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(file, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\n$_SERVER['REQUEST_URI'] = '/';\nrequire '${root}/wp-load.php';\n${code}\n`);
      try {
        return run('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', file]);
      } finally {
        rmSync(file, {force: true});
      }
    };
    writeFileSync(
      join(dir, 'install.php'),
      `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install(${JSON.stringify(options.title ?? 'Recovery Clinic')}, '${USERS.admin.login}', 'admin@example.invalid', false, '', '${USERS.admin.password}');
wp_insert_user(array('user_login' => '${USERS.author.login}', 'user_pass' => '${USERS.author.password}', 'user_email' => 'author@example.invalid', 'role' => 'author'));
// The admin and the author open the editor without its welcome guide.
foreach (array(1, 2) as $id) update_user_meta($id, 'wp_persisted_preferences', array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
`,
    );
    run('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', join(dir, 'install.php')]);

    const server = keep(spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'}, stdio: ['ignore', 'pipe', 'pipe'], detached: true}), 'php');
    for (let started = Date.now(); ; ) {
      const ok = await fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false);
      if (ok) break;
      if (server.exitCode !== null || Date.now() - started > 30_000) throw new Error(`php -S did not start:\n${output}`);
      await sleep(100);
    }
    return {
      url,
      root,
      php,
      debugLog: () => (existsSync(join(root, 'debug.log')) ? readFileSync(join(root, 'debug.log'), 'utf8') : ''),
      logs: () => output,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Installs and activates a plugin zip without the browser (for the benchmark). */
export function installPluginZip(site: WordPressSite, zip: string): void {
  site.php(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$zip = new ZipArchive();
if (true !== $zip->open(${JSON.stringify(zip)})) { fwrite(STDERR, 'cannot open the zip'); exit(1); }
$zip->extractTo(WP_PLUGIN_DIR);
$zip->close();
$r = activate_plugin('peerkit/peerkit.php');
if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }
`);
}
