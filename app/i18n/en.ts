// Every text of the page in English, by area, one file each in en/. English is part of the first
// load; its shape is the type every other language must have (zh-CN.ts), so a missing or extra
// translation fails the type check. Components read an area with `useTexts('canvas')`.
import { canvas } from './en/canvas';
import { compare } from './en/compare';
import { editor } from './en/editor';
import { examples } from './en/examples';
import { exportMenu } from './en/export';
import { fix } from './en/fix';
import { history } from './en/history';
import { input } from './en/input';
import { inspector } from './en/inspector';
import { keep } from './en/keep';
import { layout } from './en/layout';
import { panels } from './en/panels';
import { present } from './en/present';
import { share } from './en/share';
import { shell } from './en/shell';
import { teach } from './en/teach';
import { timeline } from './en/timeline';
import { walk } from './en/walk';

export const EN = {
  shell,
  layout,
  canvas,
  panels,
  inspector,
  editor,
  input,
  examples,
  present,
  walk,
  export: exportMenu,
  share,
  teach,
  keep,
  history,
  fix,
  timeline,
  compare,
};

/** The page's texts in one language. */
export type Texts = typeof EN;
/** One part of the page, with texts of its own. */
export type Area = keyof Texts;
