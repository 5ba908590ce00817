// Every visible string of presentation mode, the theme switch and the guided tour.

export interface TourStepText {
  title: string;
  body: string;
}

export const present = {
  present: {
    button: 'Present',
    title: 'Presentation mode: large type for a projector, the editor hidden (P; Esc leaves)',
    label: 'Presentation mode',
    exit: 'Exit presentation (Esc)',
    /** The button's visible text; its name is `exit`. */
    exitShort: 'Exit',
  },
  theme: {
    group: 'Colour theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
    systemTitle: 'Follow the system setting',
  },
  tour: {
    label: 'Guided tour',
    step: (n: number, of: number): string => `Step ${n} of ${of}`,
    next: 'Next',
    back: 'Back',
    done: 'Done',
    skip: 'Skip the tour',
    steps: {
      network: {
        title: 'One network for the whole pod',
        body: 'Every container in the pod shares one IP address and one set of ports, so they talk to each other over localhost, and two of them cannot listen on the same port. Each chip is a port with the container that opens it.',
      },
      ipcUts: {
        title: 'One hostname, shared IPC',
        body: 'UTS: every container sees the same hostname. IPC: they can share memory segments and semaphores, so one can hand data to another without the network. PID stays private unless shareProcessNamespace is set.',
      },
      volume: {
        title: 'Volumes carry files between containers',
        body: 'A volume lives outside the containers. Each edge is a mount: the same volume can appear at /data in one container and at /logs in another. Shared volumes are marked.',
      },
      finding: {
        title: 'Findings: what to look at',
        body: 'Problems found in the manifest, worst first. Click one to jump to its YAML line and read why it matters and how to fix it.',
      },
      inspector: {
        title: 'The inspector explains',
        body: 'Whatever you select is explained here: what is shared, an everyday analogy, kubectl commands to see it on a live cluster, and how to fix it.',
      },
      editor: {
        title: 'Your own manifest goes here',
        body: 'Paste or type a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob into this editor, or drop a YAML or JSON file anywhere on the page. New empties the editor first; Ctrl+Z brings the text back. Nothing leaves your browser.',
      },
      examples: {
        title: 'Or start from an example',
        body: 'Examples opens short, commented manifests, each showing one idea: a log sidecar, a shared volume, a port clash, a native sidecar and more. Opening one replaces the editor text.',
      },
      present: {
        title: 'Show it to a room',
        body: 'Present hides the editor and sets everything in large type for a projector. P turns it on and off; Escape leaves.',
      },
    } satisfies Record<string, TourStepText>,
  },
};

export type PresentTexts = typeof present;
