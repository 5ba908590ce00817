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
import { reportTexts, type ReportTexts } from './texts';
import type { Lang } from '../i18n/lang';
import { localizeFinding, localizeRules } from '../i18n/localize';
import type { RuleMeta } from '../rules/types';
import type { Finding, Severity } from '../types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

// SARIF's run.language: the language of the messages (RFC 5646), en-US when absent.
const SARIF_LANGUAGE: Record<Lang, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

/**
 * Builds a SARIF 2.1.0 log with one run: every rule as a descriptor, every finding as a result;
 * messages, rule descriptions and help in `lang`.
 */
export function toSarifLog(
  files: readonly ReportFile[],
  rules: readonly RuleMeta[],
  lang: Lang = 'en',
): SarifLog {
  const t = reportTexts(lang);
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
            rules: localizeRules(rules, lang).map((r) => ruleDescriptor(r, t)),
          },
        },
        ...(lang === 'en' ? {} : { language: SARIF_LANGUAGE[lang] }),
        columnKind: 'utf16CodeUnits',
        results: files.flatMap(({ file, result }) =>
          sortFindings(result.findings).map((f) =>
            sarifResult(file, localizeFinding(f, lang), index.get(f.ruleId), t),
          ),
        ),
      },
    ],
  };
}

/** The SARIF log as text, two-space indented, ending in a newline. */
export function toSarif(
  files: readonly ReportFile[],
  rules: readonly RuleMeta[],
  lang: Lang = 'en',
): string {
  return JSON.stringify(toSarifLog(files, rules, lang), null, 2) + '\n';
}

function ruleDescriptor(rule: RuleMeta, t: ReportTexts): SarifReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: t.sentences(rule.summary, t.severityMeaning[rule.severity]) },
    help: {
      text: t.sentences(rule.fix, t.see(rule.docs)),
      markdown: `${rule.fix}\n\n[${t.docsLink}](${rule.docs})`,
    },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

function sarifResult(
  file: string,
  f: Finding,
  ruleIndex: number | undefined,
  t: ReportTexts,
): SarifResult {
  const location: SarifLocation = {
    physicalLocation: {
      artifactLocation:
        file === STDIN_NAME
          ? { uri: toArtifactUri(file), description: { text: t.standardInput } }
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
