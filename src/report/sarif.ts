// SARIF 2.1.0 output for code-scanning dashboards and editors.
import { sortFindings, type ReportFile } from './input';
import { STDIN_NAME, toArtifactUri } from './uri';
import { VERSION } from '../version';
import type {
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifReportingDescriptor,
  SarifResult,
} from './sarif-types';
import type { RuleMeta } from '../rules/types';
import type { Finding, Severity } from '../types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

// The catalog's meaning of each severity (RULES.md), so a rule's description stands alone.
const SEVERITY_MEANING: Record<Severity, string> = {
  error: 'Severity error: the API server rejects the object, or the kubelet cannot start the pod.',
  warning: 'Severity warning: the pod runs, but something real goes wrong.',
  info: 'Severity info: worth knowing in a review; no action required.',
};

/** Builds a SARIF 2.1.0 log with one run: every rule as a descriptor, every finding as a result. */
export function toSarifLog(files: readonly ReportFile[], rules: readonly RuleMeta[]): SarifLog {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podscope',
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap(({ file, result }) =>
          sortFindings(result.findings).map((f) => sarifResult(file, f, index.get(f.ruleId))),
        ),
      },
    ],
  };
}

/** The SARIF log as text, two-space indented, ending in a newline. */
export function toSarif(files: readonly ReportFile[], rules: readonly RuleMeta[]): string {
  return JSON.stringify(toSarifLog(files, rules), null, 2) + '\n';
}

function ruleDescriptor(rule: RuleMeta): SarifReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${SEVERITY_MEANING[rule.severity]}` },
    help: {
      text: `${rule.fix} See ${rule.docs}`,
      markdown: `${rule.fix}\n\n[Kubernetes documentation](${rule.docs})`,
    },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

function sarifResult(file: string, f: Finding, ruleIndex: number | undefined): SarifResult {
  const location: SarifLocation = {
    physicalLocation: {
      artifactLocation:
        file === STDIN_NAME
          ? { uri: toArtifactUri(file), description: { text: 'standard input' } }
          : { uri: toArtifactUri(file) },
    },
  };
  if (f.line >= 1) {
    location.physicalLocation.region = {
      startLine: f.line,
      startColumn: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    };
  }
  if (f.path !== '') location.logicalLocations = [{ fullyQualifiedName: f.path }];
  const result: SarifResult = {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  if (f.suppressed) {
    result.suppressions = [
      f.suppressReason
        ? { kind: 'inSource', justification: f.suppressReason }
        : { kind: 'inSource' },
    ];
  }
  result.properties = { document: f.document };
  return result;
}

// SARIF's `name` is a readable identifier distinct from the id: `port-clash` → `PortClash`.
function pascalCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
