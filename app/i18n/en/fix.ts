// The words of fixes: the editor's lint actions, the inspector's fix button and the preview
// dialog. Each fix's own title comes from the engine (fixTitle in src/fix/catalog.ts).

export const fix = {
  /** The inspector section's heading. */
  heading: 'Fix',
  /** The inspector button that shows the change before it is made. */
  preview: 'Preview the fix',
  /** A button on a failed Pod Security check: drop ALL capabilities in one container. */
  dropAll: (container: string) => `Preview: drop ALL capabilities in ${container}`,
  dropAsRoot:
    'This container may run as root: a process that switches user or changes file owners at start (nginx, many database images) needs CHOWN, SETUID and SETGID and fails without them. Check the image, or set runAsNonRoot and a runAsUser first.',
  /** The dialog's accessible name. */
  dialog: 'Fix preview',
  writes: 'Writes',
  change: 'The change',
  /** `n`: changed places not listed. */
  more: (n: number): string => `and ${n} more ${n === 1 ? 'change' : 'changes'}`,
  lineNumber: (n: number): string => `line ${n}`,
  removed: 'removed',
  added: 'added',
  apply: 'Apply',
  /** `n`: findings of the rule a fix-all fixes. */
  applyAll: (n: number): string => `Fix all ${n} of this rule`,
  cancel: 'Cancel',
  undo: 'Undo it in the editor with Ctrl+Z (Cmd+Z), in one step.',
  applied: 'Fixed. Ctrl+Z (Cmd+Z) in the editor undoes it.',
  outdated:
    'The text changed where this fix writes since it was worked out. Try again once the findings are up to date.',
  loading: 'Working out the fix…',
  notLoaded: 'The fix could not be loaded.',
  retry: 'Try again',
  notForCli: 'Offered here only: `podscope lint --fix` leaves it to you.',
  resources: {
    legend: 'Values to write (leave one empty to leave it out)',
    requestsCpu: 'CPU request',
    requestsMemory: 'Memory request',
    limitsCpu: 'CPU limit',
    limitsMemory: 'Memory limit',
    invalid: 'Not a quantity Kubernetes accepts, or a limit below its request.',
    note: 'Proposed from the pod’s other containers: check them against what this container needs.',
  },
  defaultContainer:
    'Only if this is the container the pod exists for: kubectl logs and exec then pick it, and podscope measures the other containers against it.',
  /** Why a rule's findings have no automatic fix, by rule id. */
  noFix: {
    'port-clash':
      'No automatic fix: containerPort only documents a port, so changing it moves nothing. Two containers share the pod’s network namespace: one of the applications must listen on another port (its configuration or arguments), and then its containerPort and any probe or Service that points at it follow.',
  } as Record<string, string>,
};

export type FixTexts = typeof fix;
