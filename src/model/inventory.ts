// Objects in the same input that volumes can refer to (ConfigMap, Secret, PVC).
export type ReferencedKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

export interface InventoryEntry {
  kind: ReferencedKind;
  name: string;
  namespace?: string;
  document: number;
}

export interface Inventory {
  entries: InventoryEntry[];
  /** Kinds that appear in the input at least once. */
  kinds: Set<string>;
}

const REFERENCED: readonly string[] = ['ConfigMap', 'Secret', 'PersistentVolumeClaim'];

export interface InventoryObject {
  kind?: string;
  name?: string;
  namespace?: string;
  document: number;
}

/** Builds the inventory from the documents' kinds and names. */
export function buildInventory(objects: readonly InventoryObject[]): Inventory {
  const entries: InventoryEntry[] = [];
  const kinds = new Set<string>();
  for (const o of objects) {
    if (!o.kind) continue;
    kinds.add(o.kind);
    if (o.name && REFERENCED.includes(o.kind)) {
      entries.push({
        kind: o.kind as ReferencedKind,
        name: o.name,
        namespace: o.namespace,
        document: o.document,
      });
    }
  }
  return { entries, kinds };
}

/** The document of a referenced object, if the input holds it. */
export function findReference(
  inv: Inventory,
  kind: ReferencedKind,
  name: string,
): InventoryEntry | undefined {
  return inv.entries.find((e) => e.kind === kind && e.name === name);
}
