// The page's larger Simplified Chinese tables, fetched when the page first speaks Chinese
// (see zhTexts.ts). Each keeps the shape of its English side, so a missing translation still
// fails the type check.
import { zh as canvas } from '../canvas/canvasTextZh';
import { CATALOG_ZH as examples } from '../examples/catalogZh';
import { zh as inspector } from '../panels/inspector/textsZh';
import { zh as panels } from '../panels/panelTextsZh';

export const ZH_TABLES = { canvas, examples, inspector, panels };

export type ZhTables = typeof ZH_TABLES;
