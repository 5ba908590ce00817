// Pure helpers the findings list renders from: severity groups, counts and document labels.
import type { DocumentSummary } from '../../src/analysis/result';
import type { Finding, Severity } from '../../src/types';
import { panels, type PanelTexts } from '../i18n/en/panels';

type Words = PanelTexts['findings'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding with its position in the list the panel was given. */
export interface FindingEntry {
  finding: Finding;
  index: number;
}

export interface FindingGroup {
  severity: Severity;
  entries: FindingEntry[];
  /** Findings that need attention (not suppressed). */
  active: number;
  suppressed: number;
}

/**
 * Findings by severity, most severe group first, empty groups left out. Within a group the
 * active findings come first and suppressed ones after them, each in source order.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = SEVERITIES.map((severity): FindingGroup => ({
    severity,
    entries: [],
    active: 0,
    suppressed: 0,
  }));
  const bySeverity = new Map(groups.map((g) => [g.severity, g]));
  const later: FindingEntry[] = [];
  findings.forEach((finding, index) => {
    if (finding.suppressed) later.push({ finding, index });
    else bySeverity.get(finding.severity)?.entries.push({ finding, index });
  });
  for (const entry of later) bySeverity.get(entry.finding.severity)?.entries.push(entry);
  for (const g of groups) {
    g.suppressed = g.entries.filter((e) => e.finding.suppressed).length;
    g.active = g.entries.length - g.suppressed;
  }
  return groups.filter((g) => g.entries.length > 0);
}

/** How many rows each group draws at first: a rendered chart can have tens of thousands. */
export const FIRST_ROWS = 200;
/** How many more rows each "Show more" draws. */
export const MORE_ROWS = 1000;

/**
 * Each group cut to `limit` rows (`hidden` says how many are left out), but never cutting off
 * the selected finding: a finding chosen in the editor is always in the list.
 */
export function limitGroups(
  groups: readonly FindingGroup[],
  limit: number,
  selectedIndex: number | null,
): (FindingGroup & { hidden: number })[] {
  return groups.map((g) => {
    const at = selectedIndex === null ? -1 : g.entries.findIndex((e) => e.index === selectedIndex);
    const keep = Math.max(limit, at + 1);
    return {
      ...g,
      entries: g.entries.slice(0, keep),
      hidden: Math.max(0, g.entries.length - keep),
    };
  });
}

/** The list's indexes in display order, for moving through it with the arrow keys. */
export function displayOrder(groups: readonly FindingGroup[]): number[] {
  return groups.flatMap((g) => g.entries.map((e) => e.index));
}

type Counts = Record<Severity | 'suppressed', number>;
// Several parts of the page count the same list: once per list.
const counted = new WeakMap<readonly Finding[], Counts>();

/** Active findings per severity, and the suppressed ones apart: they need no action. */
export function countFindings(findings: readonly Finding[]): Counts {
  const known = counted.get(findings);
  if (known) return known;
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed += 1;
    else counts[f.severity] += 1;
  }
  counted.set(findings, counts);
  return counts;
}

/** `Deployment web`; a document without a name says its kind, or its number (1-based). */
export function documentLabel(doc: DocumentSummary, T: Words = panels.findings): string {
  if (doc.kind && doc.name) return `${doc.kind} ${doc.name}`;
  return doc.kind ?? T.document(doc.index + 1);
}

/**
 * Labels naming each finding's document, only when the input holds two or more workload
 * documents: with one, every finding is about it and the label would repeat on every row. Made
 * when a row asks: a big input has thousands of documents and a list draws a few hundred rows.
 */
export function documentLabels(
  documents: readonly DocumentSummary[],
  T: Words = panels.findings,
): ((document: number) => string | undefined) | null {
  let workloads = 0;
  for (const d of documents) if (d.workload && ++workloads === 2) break;
  if (workloads < 2) return null;
  return (document) => {
    const d = documents[document];
    return d && documentLabel(d, T);
  };
}
