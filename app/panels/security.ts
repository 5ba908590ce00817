// A container's securityContext settings worth a reviewer's glance, as written.
import type { ContainerModel } from '../../src/model/types';

export interface SecurityRow {
  field: string;
  value: string;
  /** True for settings that weaken isolation. */
  risk: boolean;
}

/** The settings that are set, risky ones marked; the defaults are left out. */
export function securityRows(c: ContainerModel): SecurityRow[] {
  const rows: SecurityRow[] = [];
  if (c.privileged) rows.push({ field: 'privileged', value: 'true', risk: true });
  if (c.allowPrivilegeEscalation !== undefined)
    rows.push({
      field: 'allowPrivilegeEscalation',
      value: String(c.allowPrivilegeEscalation),
      risk: c.allowPrivilegeEscalation,
    });
  for (const cap of c.capabilitiesAdd)
    rows.push({ field: 'capabilities.add', value: cap, risk: true });
  if (c.runAsNonRoot !== undefined)
    rows.push({ field: 'runAsNonRoot', value: String(c.runAsNonRoot), risk: false });
  if (c.readOnlyRootFilesystem !== undefined)
    rows.push({
      field: 'readOnlyRootFilesystem',
      value: String(c.readOnlyRootFilesystem),
      risk: false,
    });
  return rows;
}
