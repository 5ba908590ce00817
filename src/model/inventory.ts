// Objects in the same input that volumes can refer to (ConfigMap, Secret, PVC), and the
// Services that may select the input's pods.
import type { ServiceObject } from './serviceObject';

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
  /** Services with a selector, and the document each is in. */
  services: InventoryService[];
}

export interface InventoryService extends ServiceObject {
  selector: Record<string, string>;
  document: number;
}

const REFERENCED: readonly string[] = ['ConfigMap', 'Secret', 'PersistentVolumeClaim'];

export interface InventoryObject {
  kind?: string;
  name?: string;
  namespace?: string;
  document: number;
  /** Set when the object is a Service that selects pods by label. */
  service?: ServiceObject;
}

/** Builds the inventory from the documents' kinds and names. */
export function buildInventory(objects: readonly InventoryObject[]): Inventory {
  const entries: InventoryEntry[] = [];
  const kinds = new Set<string>();
  const services: InventoryService[] = [];
  for (const o of objects) {
    if (!o.kind) continue;
    kinds.add(o.kind);
    const selector = o.service?.selector;
    if (o.service && selector) services.push({ ...o.service, selector, document: o.document });
    if (o.name && REFERENCED.includes(o.kind)) {
      entries.push({
        kind: o.kind as ReferencedKind,
        name: o.name,
        namespace: o.namespace,
        document: o.document,
      });
    }
  }
  return { entries, kinds, services };
}

/** The document of a referenced object, if the input holds it. */
export function findReference(
  inv: Inventory,
  kind: ReferencedKind,
  name: string,
): InventoryEntry | undefined {
  return inv.entries.find((e) => e.kind === kind && e.name === name);
}
