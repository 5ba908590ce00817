// Defensive readers for values of unknown shape: the model is built from anything a user types.
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function obj(v: unknown): Obj {
  return isObj(v) ? v : {};
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** An integer value (YAML int); strings like "8080" are not numbers (wrong-type reports them). */
export function int(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A map of scalars as strings (quantities, labels); non-scalars are skipped. */
export function scalarMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(obj(v))) {
    if (typeof val === 'string' || typeof val === 'number') out[k] = String(val);
  }
  return out;
}

export function strings(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === 'string');
}
