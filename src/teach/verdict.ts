// Commands for findings the API server would reject: nothing runs, so the way to see them on
// a cluster is to ask the API server for its verdict without creating anything.
import { dryRun, explain, MANIFEST_FILE } from './kubectl';
import { cmd, L } from './pick';
import type { Command, Scene, Topic } from './lesson';

/** `kubectl apply --dry-run=server`: the API server's answer, nothing created. */
export function verdict(s: Scene, strict = false): Command | undefined {
  return cmd(
    L(
      `The API server’s verdict on ${MANIFEST_FILE} (the file holding this manifest), nothing created`,
      `API Server 对 ${MANIFEST_FILE}（保存本清单的文件）的校验结果，不会真的创建`,
    ),
    dryRun(s, { strict }),
  );
}

/** The field path `kubectl explain` takes for the pod spec: `deployment.spec.template.spec.FIELD`. */
export function specPath(s: Scene, field: string): string {
  const inner = s.ref.podSpecPath
    .slice(s.ref.objectPath.length)
    .filter((p): p is string => typeof p === 'string');
  return [s.ref.kind.toLowerCase(), ...inner, field].join('.');
}

/** `kubectl explain KIND.…spec.FIELD`: the fields and types the schema accepts there. */
export function explainSpec(s: Scene, field: string): Command | undefined {
  const path = specPath(s, field);
  return cmd(
    L(`What Kubernetes accepts at ${path}`, `Kubernetes 在 ${path} 接受哪些字段`),
    explain(path),
  );
}

/** Rules whose findings are rejections: the verdict is all a cluster shows. */
export function rejected(field?: string): Topic['commands'] {
  return (s) => [verdict(s), field !== undefined ? explainSpec(s, field) : undefined];
}
