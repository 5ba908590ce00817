// The fixes of one analysis result as the page offers them: worked out per finding when first
// asked for (a large input has thousands of findings and most are never hovered), and for a whole
// rule when "fix all" is offered.
import type { AnalysisResult } from '../../src/analysis/result';
import type { TextEdit } from '../../src/analysis/textEdit';
import { checkFixes, fixEdits, fixesFor, type Fix, type FixKind } from '../../src/fix/catalog';
import { previewLines, type PreviewLine } from '../../src/fix/preview';

// Kinds whose fixes can all be applied at once without a choice to make for each.
const ALL_AT_ONCE: ReadonlySet<FixKind> = new Set([
  'size-limit',
  'no-privilege-escalation',
  'rename-field',
  'rename-port',
]);

export interface FixOffers {
  readonly result: AnalysisResult;
  /** The fixes of finding `index`, the most direct first. */
  fixes(index: number): Fix[];
  /** The fixes of workload `index`'s failed Pod Security checks (drop ALL capabilities). */
  checks(index: number): Fix[];
  /** Every fix of `fix`'s kind for findings of its rule, when they can be applied together. */
  all(fix: Fix): Fix[];
  edits(fixes: readonly Fix[]): TextEdit[];
  preview(edits: readonly TextEdit[]): PreviewLine[][];
}

const cache = new WeakMap<AnalysisResult, FixOffers>();

/** The offers of `result`, made once per result. */
export function offersFor(result: AnalysisResult): FixOffers {
  let offers = cache.get(result);
  if (!offers) {
    offers = makeOffers(result);
    cache.set(result, offers);
  }
  return offers;
}

function makeOffers(result: AnalysisResult): FixOffers {
  const byFinding = new Map<number, Fix[]>();
  const byRule = new Map<string, Fix[]>();
  const byWorkload = new Map<number, Fix[]>();
  return {
    result,
    checks(index) {
      let fixes = byWorkload.get(index);
      if (!fixes) {
        fixes = checkFixes(result, index);
        byWorkload.set(index, fixes);
      }
      return fixes;
    },
    fixes(index) {
      let fixes = byFinding.get(index);
      if (!fixes) {
        fixes = fixesFor(result, index);
        byFinding.set(index, fixes);
      }
      return fixes;
    },
    all(fix) {
      if (!ALL_AT_ONCE.has(fix.kind)) return [fix];
      const key = `${fix.ruleId} ${fix.kind}`;
      let all = byRule.get(key);
      if (!all) {
        // Renamed ports of one pod must not take the same new name.
        const taken = new Map<number, Set<string>>();
        all = result.findings.flatMap((f, i) => {
          if (f.ruleId !== fix.ruleId) return [];
          const names = taken.get(f.workload ?? -1) ?? new Set<string>();
          taken.set(f.workload ?? -1, names);
          return fixesFor(result, i, names).filter((x) => x.kind === fix.kind);
        });
        byRule.set(key, all);
      }
      return all;
    },
    edits: (fixes) => fixEdits(result, fixes),
    preview: (edits) => previewLines(result.text, edits),
  };
}
