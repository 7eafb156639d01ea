import {defineConfig, type Plugin} from 'vite';
import {transform} from 'esbuild';
import {readdirSync} from 'node:fs';
import {resolve} from 'node:path';

/**
 * Two builds:
 *  - `vite build` → `dist/`: ES modules for bundler users, one module per source file, every
 *    dependency (lit, zod, leaflet) external.
 *  - `vite build --mode cdn` → `dist/cdn/`: self-contained and minified, Lit bundled: `peerkit.js`
 *    (every visitor element) and one `peer-*.js` per element; shared code and lazy parts (map,
 *    moderation desk) become chunks under `dist/cdn/chunks/`.
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

export default defineConfig(({mode}) => {
  if (mode === 'cdn') {
    const input: Record<string, string> = {peerkit: src('cdn.ts')};
    for (const name of elements) input[`peer-${name}`] = src(`cdn/peer-${name}.ts`);
    return {
      publicDir: false,
      plugins: [minifyLitCss()],
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
