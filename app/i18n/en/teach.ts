// The teaching block's own words (headings, buttons); the teaching texts themselves live in
// app/teach/topics/ and in each rule's folder.

export const teach = {
  what: 'What it is, what is shared',
  whatRule: 'Behind the rule',
  why: 'Why it matters',
  analogy: 'In everyday terms',
  notes: 'Traps and tips',
  commands: 'See it on a live cluster',
  unobservable: 'Nothing to see on a cluster',
  fix: 'Using it well',
  docs: 'Read more',
  newTab: '(opens in a new tab)',
  copy: 'Copy',
  copyLabel: (what: string): string => `Copy the command: ${what}`,
  copied: 'Copied',
  copyAll: 'Copy all commands',
  copiedAll: (n: number): string => `Copied ${n} ${n === 1 ? 'command' : 'commands'}`,
  copyFailed: 'Could not copy: select the command and copy it by hand.',
  commandsLabel: 'kubectl commands',
  needs: (tool: string, images: readonly string[]): string =>
    `Needs ${tool} in the image (${images.join(', ')} have it)`,
  needsDebug: (tool: string, image: string): string =>
    `Runs ${tool} in a ${image} debug container: works next to any image`,
  loading: 'Loading the explanation…',
  notLoaded: 'The explanation could not be loaded.',
  retry: 'Try again',
};

export type TeachTexts = typeof teach;
