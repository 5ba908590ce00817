// Every visible string of the Export menu.

export const exportMenu = {
  button: 'Export',
  title: 'Download the graph as an image, or a review report',
  menu: 'Export',
  png: 'Graph as PNG image',
  svg: 'Graph as SVG image',
  report: 'Review report (Markdown)',
  changeReview: 'Change review (Markdown)',
  /** The first words of a compare image's legend; `a` names version A. */
  legendTitle: (a: string): string => `Changes from A (${a}) to B:`,
  noGraph: 'There is no graph to export yet.',
  working: 'Preparing the download…',
  saved: (file: string): string => `Downloaded ${file}`,
  failed: 'The export failed: the browser could not draw the graph.',
};

export type ExportTexts = typeof exportMenu;
