// What the page's frame says: pane headers, rails, the side panel's tabs, and the graph pane
// when there is no pod to draw.

export const layout = {
  editor: {
    title: 'Manifest',
    hide: 'Hide the editor',
    /** The rail's button, whose visible text is `title`. */
    show: 'Show the manifest editor',
  },
  side: {
    title: 'Details',
    hide: 'Hide the side panel',
    tabs: 'Side panel',
    inspector: 'Inspector',
    findings: (n: number): string => `Findings (${n})`,
    showInspector: 'Show the inspector',
    showFindings: (n: number): string => `Show the findings (${n})`,
  },
  /** A button's title with its keyboard shortcut. */
  withKeys: (title: string, keys: string): string => `${title} (${keys})`,
  /** What the graph pane says when the input holds no workload. */
  emptyGraph: {
    title: 'No pod to draw yet',
    hint: 'Paste, upload or drop a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob manifest, or open an example.',
    others: (count: number, list: string): string =>
      `This input holds ${count === 1 ? 'one object' : `${count} objects`} that are not workloads: ${list}.`,
    separator: ', ',
  },
};

export type LayoutTexts = typeof layout;
