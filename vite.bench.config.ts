import { defineConfig } from 'vite';

// The benchmark runs the engine as it ships: bundled and minified, not through a TS loader.
export default defineConfig({
  // The engine (and yaml) are bundled as they ship; the browser driver stays a Node dependency.
  ssr: { target: 'node', noExternal: ['yaml'] },
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
