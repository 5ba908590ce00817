// Words the Chinese page keeps in Latin script: Kubernetes and Linux terms as Chinese trainers
// write them, API field values, key names and product names. Anything else in Latin letters on
// the Chinese page is a missed translation (see completeness.test.ts and e2e/i18n.spec.ts).

// prettier-ignore
export const LATIN_TERMS: ReadonlySet<string> = new Set([
  // Kubernetes objects, fields, values and the words Chinese Kubernetes writing keeps
  'Pod', 'Pods', 'Init', 'init', 'sidecar', 'Sidecar', 'request', 'requests', 'limit', 'limits',
  'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'ReplicationController',
  'PodTemplate', 'Service', 'ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Node', 'Agent',
  'QoS', 'Burstable', 'Guaranteed', 'BestEffort', 'Always', 'OnFailure', 'Never',
  'Running', 'Pending', 'Succeeded', 'Failed', 'Memory', 'restricted', 'baseline', 'privileged',
  'kubectl', 'kubelet', 'emptyDir', 'configMap', 'secret', 'hostPath', 'projected', 'downwardAPI',
  'persistentVolumeClaim', 'ephemeral', 'csi', 'nfs', 'image', 'sizeLimit', 'medium',
  'hostNetwork', 'hostPID', 'hostIPC', 'hostPort', 'shareProcessNamespace', 'restartPolicy',
  'subPath', 'volumeClaimTemplate', 'volumeClaimTemplates', 'targetContainerName', 'cpu', 'memory',
  'cordon', 'drain', 'true', 'false', 'max',
  // Linux and networking
  'cgroup', 'cgroups', 'tmpfs', 'pause', 'iptables', 'shell', 'tail', 'ipcs', 'hostname', 'curl',
  'nstat', 'inode', 'setuid', 'capability', 'capabilities', 'localhost', 'Unix', 'Web',
  'SIGTERM', 'SIGKILL',
  // keys on the keyboard
  'Tab', 'Esc', 'Escape', 'Enter', 'Delete', 'Ctrl', 'Cmd', 'Shift', 'Alt',
  // product names
  'Kubernetes', 'podscope', 'Prometheus', 'Istio', 'Java', 'Helm', 'React', 'Flow',
]);

/** Terms of several words, kept as they are: terminal output and names of things. */
export const LATIN_PHRASES: readonly string[] = [
  'Read-only file system',
  'address already in use',
  'No such file or directory',
  'Permission denied',
  'System V',
  'Unix Domain Socket',
  'OOM killer',
];

// Token shapes that are identifiers, not prose: anything with a digit or code punctuation,
// camelCase and PascalCase compounds (field names, kinds, conditions), lower-case kebab-case
// (DNS names, rule ids), acronyms.
const IDENTIFIER = [
  /[\d./:=_[\]@$#%&\\]/,
  /^[a-z]+(?:[A-Z][a-z0-9]*)+$/,
  /^(?:[A-Z][a-z0-9]+){2,}$|^[A-Z]{2,}(?:[A-Z][a-z0-9]+)+$/,
  /^[a-z]+(?:-[a-z]+)+$/,
  /^[A-Z]{2,6}s?$/,
];

// A kubectl command line in running text: its subcommand and flags are not prose.
const KUBECTL = /\bkubectl(?:\s+-{0,2}[\w.=/-]+)+/g;

/**
 * The Latin words of `text` that the Chinese page should not show: words of three letters or
 * more, outside LATIN_TERMS, LATIN_PHRASES and `extra`, that are not part of an identifier.
 */
export function untranslatedWords(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const prose = LATIN_PHRASES.reduce((t, p) => t.split(p).join(' '), text).replace(KUBECTL, ' ');
  // Split at spaces, CJK characters and punctuation that never sits inside an identifier.
  const tokens = prose.split(
    /[\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,;!?()"'“”‘’«»·•—–→←↔…|<>{}+*]+/u,
  );
  for (const token of tokens) {
    const t = token.replace(/^[.:-]+|[.:-]+$/g, '');
    if (t === '' || extra.has(t) || LATIN_TERMS.has(t)) continue;
    if (IDENTIFIER.some((shape) => shape.test(t))) continue;
    for (const word of t.match(/[A-Za-z]+/g) ?? [])
      if (word.length >= 3 && !LATIN_TERMS.has(word) && !extra.has(word)) out.push(word);
  }
  return out;
}
