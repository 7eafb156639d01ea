import {defineConfig} from 'vite';
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

export default defineConfig(({mode}) => {
  if (mode === 'cdn') {
    const input: Record<string, string> = {peerkit: src('cdn.ts')};
    for (const name of elements) input[`peer-${name}`] = src(`cdn/peer-${name}.ts`);
    return {
      publicDir: false,
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
