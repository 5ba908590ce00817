// Every user-visible string of the input controls (gallery, upload, drop, notices). Builders
// take values, never markup.

export const input = {
  gallery: {
    button: 'Examples',
    buttonTitle: 'Open an example manifest',
    heading: 'Examples',
    intro:
      'Each example is a short, commented manifest that shows one idea about containers sharing a pod. Opening one replaces the editor text.',
    listLabel: 'Example manifests',
    /** Before the idea an example shows, punctuation included. */
    idea: 'Shows: ',
    close: 'Close',
  },
  newManifest: {
    button: 'New',
    buttonTitle:
      'Empty the editor for your own manifest (Ctrl+Z in the editor brings the text back)',
  },
  upload: {
    button: 'Upload',
    buttonTitle: 'Load a YAML or JSON manifest from a file',
    inputLabel: 'Manifest file (YAML or JSON)',
  },
  drop: {
    title: 'Drop to load the file',
    hint: (cap: string): string => `YAML or JSON, up to ${cap}. It replaces the editor text.`,
  },
  notice: {
    dismiss: 'Dismiss',
  },
  file: {
    tooLarge: (name: string, size: string, cap: string): string =>
      `${name} is ${size}; files up to ${cap} can be loaded. The editor was not changed.`,
    binary: (name: string): string =>
      `${name} is not a text file (it contains NUL bytes). Load a YAML or JSON manifest; the editor was not changed.`,
    notUtf8: (name: string): string =>
      `${name} is not UTF-8 text. Save it as UTF-8 and load it again; the editor was not changed.`,
    unreadable: (name: string): string => `${name} could not be read. The editor was not changed.`,
    several: (count: number): string => `${count} files were dropped; load one manifest at a time.`,
  },
};

export type InputTexts = typeof input;
export type FileWords = InputTexts['file'];
