// Every text of the page in Simplified Chinese, by area, one file each in zh-CN/, each typed by its
// English area. Fetched the first time the page speaks Chinese (texts.ts), never in the first load.
import type { Texts } from './en';
import { canvas } from './zh-CN/canvas';
import { compare } from './zh-CN/compare';
import { editor } from './zh-CN/editor';
import { examples } from './zh-CN/examples';
import { exportMenu } from './zh-CN/export';
import { fix } from './zh-CN/fix';
import { history } from './zh-CN/history';
import { input } from './zh-CN/input';
import { inspector } from './zh-CN/inspector';
import { keep } from './zh-CN/keep';
import { layout } from './zh-CN/layout';
import { panels } from './zh-CN/panels';
import { present } from './zh-CN/present';
import { share } from './zh-CN/share';
import { shell } from './zh-CN/shell';
import { teach } from './zh-CN/teach';
import { timeline } from './zh-CN/timeline';
import { walk } from './zh-CN/walk';

export const ZH_CN: Texts = {
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
