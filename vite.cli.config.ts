import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const outDir = 'dist/cli';
const fileName = 'podscope.mjs';

// `bin` in package.json points at the bundle; make it runnable as `./podscope.mjs` too.
function executable(): Plugin {
  return {
    name: 'podscope-cli-executable',
    apply: 'build',
    async writeBundle(options) {
      await chmod(resolve(options.dir ?? outDir, fileName), 0o755);
    },
  };
}

export default defineConfig({
  plugins: [executable()],
  // Bundle every dependency (yaml) so the CLI runs from dist/ with no node_modules.
  ssr: { target: 'node', noExternal: true },
  build: {
    ssr: 'src/cli/main.ts',
    outDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: fileName,
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
