import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer's build: explore/ → dist/explore/, served by the API at /explore (src/server/explore.ts).
 * No React plugin: the automatic JSX runtime is all it needs, and the build stays a few seconds.
 * tools/ensure-installed.mjs runs it from `npm start` and `npm test` when dist/explore is missing or stale.
 */
const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/explore/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('../dist/explore'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 900,
  },
});
