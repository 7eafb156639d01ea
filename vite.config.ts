import {defineConfig, type Plugin} from 'vite';
import {transform} from 'esbuild';
import {readdirSync} from 'node:fs';
import {posix, resolve} from 'node:path';

/**
 * Two builds:
 *  - `vite build` → `dist/`: ES modules for bundler users, one module per source file, every
 *    dependency (lit, zod, leaflet) external.
 *  - `vite build --mode cdn` → `dist/cdn/`: self-contained and minified, Lit bundled: `peerkit.js`
 *    (every visitor element) and one `peer-*.js` per element; shared code and lazy parts (map,
 *    moderation desk) become chunks under `dist/cdn/chunks/`. `languages.js` is the list of
 *    languages named in their own languages (src/model/language-names.ts) for a site's language
 *    menu; no element imports it.
 */
const root = import.meta.dirname;
const src = (p: string) => resolve(root, 'src', p);
const elements = readdirSync(src('elements'));

/**
 * CDN build only: the text of each static Lit `css\`…\`` in our sources goes through esbuild's CSS
 * minifier (whitespace, comments, redundant syntax). A literal with an interpolation, a backslash
 * or a backtick is left as written.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'peerkit:minify-lit-css',
    async transform(code, id) {
      if (!id.startsWith(resolve(root, 'src')) || !id.endsWith('.ts') || !code.includes('css`')) return null;
      let out = '';
      let at = 0;
      for (const m of code.matchAll(/\bcss`([^`\\]*)`/g)) {
        if (m[1].includes('${')) continue;
        const min = (await transform(m[1], {loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent'})).code.trim();
        // Back into a template literal: whatever esbuild escapes must stay escaped.
        out += code.slice(at, m.index) + 'css`' + min.replace(/[\\`]|\$\{/g, (c) => '\\' + c) + '`';
        at = m.index + m[0].length;
      }
      return at ? {code: out + code.slice(at), map: null} : null;
    },
  };
}

/**
 * CDN build only: Vite wraps every dynamic `import()` in `__vitePreload(load, deps)`, whose helper
 * (1.7 KB, in every widget's first load) injects `<link rel=modulepreload|stylesheet>` for `deps`.
 * With `modulePreload: false` and no CSS files (Lit styles live in JS), `deps` is always empty, so
 * the helper comes down to: load, and on failure fire Vite's cancelable `vite:preloadError` on
 * `window` before rethrowing. That is all this replacement does; a build that emits a CSS file
 * (whose preloading it would skip) fails instead.
 */
function slimPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'peerkit:slim-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : null),
    load: (source) =>
      source === id
        ? `export const __vitePreload = (load) => Promise.resolve().then(() => load().catch((error) => {
  const event = new Event('vite:preloadError', {cancelable: true});
  event.payload = error;
  window.dispatchEvent(event);
  if (!event.defaultPrevented) throw error;
}));`
        : null,
    generateBundle(_options, bundle) {
      const css = Object.keys(bundle).filter((f) => f.endsWith('.css'));
      if (css.length) this.error(`CSS files in the CDN build (${css.join(', ')}): the slim preload helper would not preload them`);
    },
  };
}

/**
 * CDN build only: each entry file imports every chunk of its first load itself, not only the ones
 * its code names (Rollup's `hoistTransitiveImports`, which Rolldown does not do). Else the browser
 * finds a chunk's imports only once that chunk has downloaded and parsed, one level at a time; with
 * them in the entry, every first-load file is asked for at once. The imports go at the end of the
 * file (an import is hoisted wherever it stands, and a chunk is evaluated after what imports it
 * names first, so the order of evaluation does not change).
 */
function hoistFirstLoad(): Plugin {
  return {
    name: 'peerkit:hoist-first-load',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      for (const chunk of chunks.values()) {
        if (!chunk.isEntry) continue;
        const all = new Set<string>();
        const walk = (f: string) => {
          for (const i of chunks.get(f)?.imports ?? []) {
            if (all.has(i)) continue;
            all.add(i);
            walk(i);
          }
        };
        walk(chunk.fileName);
        const missing = [...all].filter((f) => !chunk.imports.includes(f));
        if (!missing.length) continue;
        const base = posix.dirname(chunk.fileName);
        const rel = (f: string) => {
          const r = posix.relative(base, f);
          return r.startsWith('.') ? r : `./${r}`;
        };
        chunk.code = chunk.code.replace(/\n?(\/\/# sourceMappingURL=[^\n]*\n?)?$/, (tail) => `\n${missing.map((f) => `import"${rel(f)}";`).join('')}${tail}`);
      }
    },
  };
}

export default defineConfig(({mode}) => {
  if (mode === 'cdn') {
    const input: Record<string, string> = {peerkit: src('cdn.ts')};
    for (const name of elements) input[`peer-${name}`] = src(`cdn/peer-${name}.ts`);
    input.languages = src('model/language-names.ts');
    return {
      publicDir: false,
      plugins: [minifyLitCss(), slimPreloadHelper(), hoistFirstLoad()],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        modulePreload: false,
        sourcemap: true,
        reportCompressedSize: false,
        rollupOptions: {
          input,
          preserveEntrySignatures: 'allow-extension',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    };
  }
  const entry: Record<string, string> = {index: src('index.ts'), define: src('define.ts')};
  for (const name of elements) entry[`elements/${name}/peer-${name}`] = src(`elements/${name}/peer-${name}.ts`);
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {entry, formats: ['es']},
      rollupOptions: {
        external: (id: string) => id.includes('/node_modules/') || !(id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')),
        output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
      },
    },
  };
});
