// Simplified Chinese for every rule of the catalog, assembled from the groups.
import type { RuleTranslations } from '../types';
import { ISOLATION } from './isolation';
import { LIFECYCLE } from './lifecycle';
import { PORTS } from './ports';
import { RESOURCES } from './resources';
import { SCHEMA } from './schema';
import { VOLUMES } from './volumes';

/** 简体中文 rule texts by rule id. */
export const ZH_CN_RULES: RuleTranslations = {
  ...SCHEMA,
  ...PORTS,
  ...VOLUMES,
  ...RESOURCES,
  ...LIFECYCLE,
  ...ISOLATION,
};
