// CliIo backed by the Node process: real files, real stdin, real stdout and stderr.
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './input';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The process's own I/O, for main.ts. */
export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFile(path),
    readStdin,
    writeFile: (path, data) => writeFile(path, data),
    stdinIsTTY: process.stdin.isTTY === true,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
