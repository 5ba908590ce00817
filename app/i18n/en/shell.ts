// The page's frame: its title and description, the pane and skip-link names, the language switch.

export const shell = {
  title: 'podscope — see inside a Kubernetes Pod',
  description:
    'See inside a Kubernetes Pod: containers, shared namespaces, volumes and mounts, with findings. Runs in your browser.',
  private: 'Runs in your browser: the manifest never leaves this page.',
  manifestPane: 'Manifest',
  graphPane: 'Pod graph',
  skipToGraph: 'Skip to the pod graph',
  skipToFindings: 'Skip to the findings',
  skipLinks: 'Skip links',
  details: 'Details',
  resizeEditor: 'Resize the editor',
  resizeSidebar: 'Resize the side panel',
  resizeInspector: 'Resize the inspector',
  editorLabel: 'Manifest (YAML or JSON)',
  analysing: 'Analysing the manifest…',
  analysisFailed:
    'The analysis stopped on an internal error; the results shown are from before it:',
  language: 'Language',
};

export type ShellTexts = typeof shell;
