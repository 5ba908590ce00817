import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import offline from './scripts/vite-offline.mjs';

export default defineConfig({
  // Relative asset URLs: dist/ works from any path, a subfolder or a file share.
  base: './',
  plugins: [react(), tailwindcss(), offline()],
  // The analysis worker is a module worker: it imports the engine's chunks like the page does.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill fetches modules by hand in browsers without modulepreload, which the page's
    // policy (connect-src 'none') forbids; every browser the page supports preloads natively.
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4317,
    strictPort: true,
  },
  test: {
    // Property tests over real manifests take seconds on a quiet machine; on a busy 2-core one
    // they take several times that. A test fails on what it checks, never on the clock.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests over the real-world corpus (../shared/corpus/public) carry the `corpus` tag: skipped
    // when it is absent, with one line saying so; under CI=true its absence fails the run
    // (src/testing/corpus.ts).
    tags: [{ name: 'corpus', description: 'reads the public corpus in ../shared/corpus/public' }],
    reporters: ['default', './src/testing/corpusReporter.ts'],
  },
});
