import { defineConfig } from 'vite';

// The benchmark runs the engine as it ships: bundled and minified, not through a TS loader.
export default defineConfig({
  ssr: { target: 'node', noExternal: true },
  build: {
    ssr: 'scripts/bench.ts',
    outDir: '.bench',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    copyPublicDir: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
  },
});
