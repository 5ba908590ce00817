// Pure helpers the findings list renders from: severities, the groups in them, counts and
// document labels.
import type { DocumentSummary } from '../../src/analysis/result';
import {
  groupFindings,
  type FindingGrouping,
  type GroupCause,
} from '../../src/analysis/findingGroups';
import type { Finding, Severity } from '../../src/types';
import { panels, type PanelTexts } from '../i18n/en/panels';

type Words = PanelTexts['findings'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A finding with its position in the list the panel was given. */
export interface FindingEntry {
  finding: Finding;
  index: number;
}

/** Findings that belong together (src/analysis/findingGroups.ts), as the list shows them. */
export interface ListGroup {
  id: string;
  /** The roving-focus key of its heading: negative, apart from the findings' indexes. */
  key: number;
  cause: GroupCause;
  /** Its findings: those that need attention first, then suppressed ones, each in list order. */
  entries: FindingEntry[];
  active: number;
  suppressed: number;
}

export type ListItem =
  { kind: 'group'; group: ListGroup } | { kind: 'finding'; entry: FindingEntry };

/** One severity of the list: its groups and lone findings, and the findings it shows. */
export interface FindingSection {
  severity: Severity;
  items: ListItem[];
  /** Findings listed here that need attention (not suppressed). */
  active: number;
  suppressed: number;
}

/**
 * The list by severity, most severe first, empty severities left out. A group sits under the
 * severity of its most severe finding that needs attention. Within a severity, what needs
 * attention comes first and what is wholly suppressed after it, each in source order.
 */
export function sectionFindings(
  findings: readonly Finding[],
  grouping: FindingGrouping = groupFindings(findings),
): FindingSection[] {
  const sections = SEVERITIES.map((severity): FindingSection => ({
    severity,
    items: [],
    active: 0,
    suppressed: 0,
  }));
  const bySeverity = new Map(sections.map((s) => [s.severity, s]));
  const later = new Map<Severity, ListItem[]>(SEVERITIES.map((s) => [s, []]));
  const place = (severity: Severity, item: ListItem, quiet: boolean) =>
    (quiet ? later.get(severity) : bySeverity.get(severity)?.items)?.push(item);
  findings.forEach((finding, index) => {
    const g = grouping.groupOf[index];
    if (g === -1) {
      place(finding.severity, { kind: 'finding', entry: { finding, index } }, finding.suppressed);
      return;
    }
    const group = grouping.groups[g];
    // A group is placed once, where its first finding is.
    if (group.members[0] !== index) return;
    const entries = group.members.map((i) => ({ finding: findings[i], index: i }));
    const active = entries.filter((e) => !e.finding.suppressed);
    const listed: ListGroup = {
      id: group.id,
      key: -(g + 1),
      cause: group.cause,
      entries: [...active, ...entries.filter((e) => e.finding.suppressed)],
      active: active.length,
      suppressed: entries.length - active.length,
    };
    place(group.severity, { kind: 'group', group: listed }, active.length === 0);
  });
  for (const s of sections) {
    s.items.push(...(later.get(s.severity) ?? []));
    for (const item of s.items) {
      const entries = item.kind === 'group' ? item.group.entries : [item.entry];
      for (const e of entries) {
        if (e.finding.suppressed) s.suppressed += 1;
        else s.active += 1;
      }
    }
  }
  return sections.filter((s) => s.items.length > 0);
}

/** How many rows each severity draws at first: a rendered chart can have tens of thousands. */
export const FIRST_ROWS = 200;
/** How many more rows each "Show more" draws. */
export const MORE_ROWS = 1000;

export type LimitedItem =
  | { kind: 'group'; group: ListGroup & { hidden: number } }
  | { kind: 'finding'; entry: FindingEntry };

export interface LimitedSection extends Omit<FindingSection, 'items'> {
  items: LimitedItem[];
  /** Rows of this severity not drawn yet. */
  hidden: number;
}

/**
 * Each severity cut to `limit` rows, counted in display order (a closed group's rows count: they
 * are in the list, only folded), but never cutting off the selected finding: a finding chosen in
 * the editor is always in the list. A group cut short says how many of its rows are left out.
 */
export function limitSections(
  sections: readonly FindingSection[],
  limit: number,
  selectedIndex: number | null,
): LimitedSection[] {
  return sections.map((s) => {
    const rows = (item: ListItem) => (item.kind === 'group' ? item.group.entries.length : 1);
    let keep = limit;
    if (selectedIndex !== null) {
      let before = 0;
      for (const item of s.items) {
        const entries = item.kind === 'group' ? item.group.entries : [item.entry];
        const at = entries.findIndex((e) => e.index === selectedIndex);
        if (at !== -1) {
          keep = Math.max(keep, before + at + 1);
          break;
        }
        before += entries.length;
      }
    }
    const items: LimitedItem[] = [];
    let left = keep;
    let hidden = 0;
    for (const item of s.items) {
      const n = rows(item);
      if (left <= 0) {
        hidden += n;
        continue;
      }
      if (item.kind === 'finding') items.push(item);
      else {
        const shown = Math.min(n, left);
        const g = item.group;
        items.push({
          kind: 'group',
          group: { ...g, entries: g.entries.slice(0, shown), hidden: n - shown },
        });
        hidden += n - shown;
      }
      left -= Math.min(n, left);
    }
    return { ...s, items, hidden };
  });
}

/**
 * Whether a group starts open: one cause (a container's resources) shows its findings, each a
 * different consequence worth reading; one rule repeated on many containers starts closed, its
 * rows being the same words again.
 */
export function opensByDefault(group: Pick<ListGroup, 'cause'>): boolean {
  return group.cause.kind === 'resources';
}

/**
 * The keys of what the keyboard walks through, in display order: each group's heading, and the
 * rows of the lone findings and of the open groups (every group is open when `isOpen` is left out).
 */
export function displayOrder(
  sections: readonly { items: readonly (ListItem | LimitedItem)[] }[],
  isOpen: (group: ListGroup) => boolean = () => true,
): number[] {
  const order: number[] = [];
  for (const s of sections)
    for (const item of s.items) {
      if (item.kind === 'finding') order.push(item.entry.index);
      else {
        order.push(item.group.key);
        if (isOpen(item.group)) for (const e of item.group.entries) order.push(e.index);
      }
    }
  return order;
}

// The findings list and the status line group the same list: once per list.
const grouped = new WeakMap<readonly Finding[], FindingGrouping>();

/** The engine's grouping of a list of findings, made once per list. */
export function groupingOf(findings: readonly Finding[]): FindingGrouping {
  let known = grouped.get(findings);
  if (!known) grouped.set(findings, (known = groupFindings(findings)));
  return known;
}

/** The group a finding is in, if any. */
export function groupOfFinding(
  grouping: FindingGrouping,
  index: number | null,
): FindingGrouping['groups'][number] | undefined {
  if (index === null) return undefined;
  const g = grouping.groupOf[index];
  return g === undefined || g === -1 ? undefined : grouping.groups[g];
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
