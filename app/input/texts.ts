// Every user-visible string of the input controls (gallery, upload, drop, notices), in one
// module so that a translation replaces one file. Builders take values, never markup.

export const galleryText = {
  button: 'Examples',
  buttonTitle: 'Open an example manifest',
  heading: 'Examples',
  intro:
    'Each example is a short, commented manifest that shows one idea about containers sharing a pod. Opening one replaces the editor text.',
  listLabel: 'Example manifests',
  idea: 'Shows',
  close: 'Close',
};

export const uploadText = {
  button: 'Upload',
  buttonTitle: 'Load a YAML or JSON manifest from a file',
  inputLabel: 'Manifest file (YAML or JSON)',
};

export const dropText = {
  title: 'Drop to load the file',
  hint: (cap: string): string => `YAML or JSON, up to ${cap}. It replaces the editor text.`,
};

export const noticeText = {
  dismiss: 'Dismiss',
};

export const fileText = {
  tooLarge: (name: string, size: string, cap: string): string =>
    `${name} is ${size}; files up to ${cap} can be loaded. The editor was not changed.`,
  binary: (name: string): string =>
    `${name} is not a text file (it contains NUL bytes). Load a YAML or JSON manifest; the editor was not changed.`,
  notUtf8: (name: string): string =>
    `${name} is not UTF-8 text. Save it as UTF-8 and load it again; the editor was not changed.`,
  unreadable: (name: string): string => `${name} could not be read. The editor was not changed.`,
  several: (count: number): string => `${count} files were dropped; load one manifest at a time.`,
};
