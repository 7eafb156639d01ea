// Element tests in a real Chromium (Debian's /usr/bin/chromium; CHROME_PATH overrides).
// Files: test/**/*.browser.test.ts. Fake backends for element tests are Koa middlewares in
// test/support/middleware/*.mjs (each default-exports `(ctx, next) => …`), so every fetch is real HTTP.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const middlewareDir = here('./test/support/middleware/');
const middleware = [];
for (const f of readdirSync(middlewareDir).filter((f) => f.endsWith('.mjs')).sort()) {
  middleware.push((await import(new URL(`./test/support/middleware/${f}`, import.meta.url))).default);
}

export default {
  rootDir: here('.'),
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.browser.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  testFramework: {config: {timeout: 20000}},
  middleware,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: here('./tsconfig.json')})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-dev-shm-usage',
          // Several test pages share one browser; background tabs must not be throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
