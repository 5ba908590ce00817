import type { ReactNode } from 'react';

/** A YAML value, path or name from the manifest, set in monospace. */
export function Mono({ children }: { children: ReactNode }) {
  return <code className="font-mono text-[0.93em] break-all">{children}</code>;
}
