// The `podscope --help` text: commands, options and exit codes in one screen.
import { DIFF_FORMATS, FAIL_ON, GRAPH_FORMATS, LINT_FORMATS, TIMELINE_FORMATS } from './args';
import { LANGS } from '../i18n/lang';

export const HELP = `podscope — see inside a Kubernetes Pod and lint it

Usage:
  podscope lint [FILE…|-] [--format ${LINT_FORMATS.join('|')}]
                [--fail-on ${FAIL_ON.join('|')}] [--lang ${LANGS.join('|')}]
                [--fix | --fix-dry-run]
  podscope graph [FILE|-] [--format ${GRAPH_FORMATS.join('|')}] [--workload N]
  podscope timeline [FILE|-] [--format ${TIMELINE_FORMATS.join('|')}] [--workload N]
                [--lang ${LANGS.join('|')}]
  podscope diff A B [--format ${DIFF_FORMATS.join('|')}] [--fail-on-new ${FAIL_ON.join('|')}]
                [--lang ${LANGS.join('|')}]
  podscope --version | --help

Commands:
  lint     Check manifests (YAML or JSON, several documents, kind: List) and report findings.
           Several files give one report covering all of them.
  graph    Print the pod graph of one workload: containers, shared namespaces, volumes, mounts.
  timeline Print the pod of one workload over time, from the manifest alone: start order,
           probe windows, when it can be Ready, restarts and backoff, and the termination
           sequence (preStop, SIGTERM, SIGKILL) within the grace period.
  diff     Compare two versions A (before) and B (after): workloads matched by kind and name,
           what each change does to the pod (containers, volumes, mounts, ports, resources,
           probes, securityContext, QoS) and the findings it brings or fixes. Moving text
           changes nothing; reordering initContainers does (they start in that order). An
           empty file (or /dev/null) stands for a version without the file.

Input:
  FILE     A manifest file. With no FILE, or with -, the manifest is read from standard input.

Options:
  --format FORMAT    lint: text (default), json, sarif (SARIF 2.1.0), markdown (findings
                     tables), or review (per workload: QoS, shared namespaces, volumes,
                     findings and the kubectl commands that verify them).
                     graph: json (default), mermaid or dot.
                     timeline: text (default) or json.
                     diff: text (default), json or markdown (a change review with a Mermaid
                     graph of B, changes marked).
  --fail-on LEVEL    lint: exit 1 when a finding at or above LEVEL is found: error (default),
                     warning, info, or none (never). Suppressed findings never count.
  --fail-on-new LEVEL
                     diff: exit 1 when B has a finding at or above LEVEL that A does not have
                     (default error); findings A already has never count.
  --lang LANG        lint, timeline, diff: the language of messages, fixes, headings and
                     explanations: en (default) or zh-CN (简体中文). Rule ids, severities in
                     text lines, paths and JSON keys never change.
  --fix              lint: apply the safe fixes (sizeLimit on an emptyDir, allowPrivilegeEscalation:
                     false, a misspelt field renamed, a duplicate port name renamed with the probes
                     and Services that use it) to the files in place, print what was fixed, then
                     report what is left. Only the fixed spans change.
  --fix-dry-run      lint: print the fixes as a unified diff and change nothing.
  --workload N       graph, timeline: the workload to draw, 0-based in input order (default 0).
  -h, --help         Show this help.
  -v, --version      Print the version.
  --                 Treat every following argument as a FILE.

Exit codes:
  0  nothing at or above --fail-on was found (graph, timeline: it was printed)
  1  a finding at or above --fail-on was found (a YAML syntax error is an error finding);
     diff: a new finding at or above --fail-on-new
  2  bad usage, an unreadable file, binary input, or (graph, timeline) no such workload
`;
