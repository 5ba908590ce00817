// The `podscope --help` text: commands, options and exit codes in one screen.
import { FAIL_ON, GRAPH_FORMATS, LINT_FORMATS } from './args';
import { LANGS } from '../i18n/lang';

export const HELP = `podscope — see inside a Kubernetes Pod and lint it

Usage:
  podscope lint [FILE…|-] [--format ${LINT_FORMATS.join('|')}]
                [--fail-on ${FAIL_ON.join('|')}] [--lang ${LANGS.join('|')}]
                [--fix | --fix-dry-run]
  podscope graph [FILE|-] [--format ${GRAPH_FORMATS.join('|')}] [--workload N]
  podscope --version | --help

Commands:
  lint     Check manifests (YAML or JSON, several documents, kind: List) and report findings.
           Several files give one report covering all of them.
  graph    Print the pod graph of one workload: containers, shared namespaces, volumes, mounts.

Input:
  FILE     A manifest file. With no FILE, or with -, the manifest is read from standard input.

Options:
  --format FORMAT    lint: text (default), json, sarif (SARIF 2.1.0), markdown (findings
                     tables), or review (per workload: QoS, shared namespaces, volumes,
                     findings and the kubectl commands that verify them).
                     graph: json (default), mermaid or dot.
  --fail-on LEVEL    lint: exit 1 when a finding at or above LEVEL is found: error (default),
                     warning, info, or none (never). Suppressed findings never count.
  --lang LANG        lint: the language of messages, fixes and report headings: en (default)
                     or zh-CN (简体中文). Rule ids, severities in text lines, paths and JSON
                     keys never change.
  --fix              lint: apply the safe fixes (sizeLimit on an emptyDir, allowPrivilegeEscalation:
                     false, a misspelt field renamed, a duplicate port name renamed with the probes
                     and Services that use it) to the files in place, print what was fixed, then
                     report what is left. Only the fixed spans change.
  --fix-dry-run      lint: print the fixes as a unified diff and change nothing.
  --workload N       graph: the workload to draw, 0-based in input order (default 0).
  -h, --help         Show this help.
  -v, --version      Print the version.
  --                 Treat every following argument as a FILE.

Exit codes:
  0  nothing at or above --fail-on was found (graph: the graph was printed)
  1  a finding at or above --fail-on was found (a YAML syntax error is an error finding)
  2  bad usage, an unreadable file, binary input, or (graph) no such workload
`;
