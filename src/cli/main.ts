// Entry point of the `podscope` binary (the bundler adds the `#!/usr/bin/env node` line).
// Everything testable lives in run.ts; this file only connects it to the process.
import { ENGINE } from './engine';
import { nodeIo } from './node-io';
import { run } from './run';

// `podscope lint … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// exitCode rather than exit(): a large report must finish flushing to a pipe first.
run(process.argv.slice(2), nodeIo(), ENGINE).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `podscope: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 2;
  },
);
