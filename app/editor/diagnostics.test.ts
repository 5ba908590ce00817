import { ChangeSet, EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/types';
import {
  findingsToDiagnostics,
  sameAfterEdits,
  SUPPRESSED_CLASS,
  type Locate,
} from './diagnostics';
import { EditTrail } from './editTrail';
import { offsetToPos } from './lineBreaks';

const TEXT = [
  'apiVersion: v1', // 0..14, "\n" at 14
  'kind: Pod', //      15..24, "\n" at 24
  'spec:', //          25..30
  '  containers:', //  31..44
  '  - name: app', //  45..58; "app" at 55..58
  '    image: nginx', // 59..75; "nginx" at 70..75
].join('\n');

function finding(
  offset: number,
  endOffset: number,
  severity: Severity = 'warning',
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId: 'image-tag-latest',
    severity,
    message: 'Container "app" uses an image without a tag.',
    messageId: 'image.untagged',
    params: {},
    document: 0,
    path: 'spec.containers[0].image',
    line: 6,
    column: 12,
    endLine: 6,
    endColumn: 17,
    offset,
    endOffset,
    suppressed: false,
    ...extra,
  };
}

/** Offsets of the text as it is: clamped to the document. */
const clampTo =
  (doc: Text): Locate =>
  (offset) =>
    offsetToPos(doc, offset, '\n');

describe('findingsToDiagnostics', () => {
  const doc = Text.of(TEXT.split('\n'));

  it('keeps severity, message and range, with the rule id as the source', () => {
    expect(TEXT.slice(70, 75)).toBe('nginx');
    const [d] = findingsToDiagnostics([finding(70, 75, 'error')], clampTo(doc));
    expect(d).toEqual({
      from: 70,
      to: 75,
      severity: 'error',
      source: 'image-tag-latest',
      message: 'Container "app" uses an image without a tag.',
    });
    const severities = findingsToDiagnostics(
      [finding(0, 1, 'error'), finding(0, 1, 'warning'), finding(0, 1, 'info')],
      clampTo(doc),
    ).map((x) => x.severity);
    expect(severities).toEqual(['error', 'warning', 'info']);
  });

  it('shows suppressed findings as dimmed hints that say so', () => {
    const [plain, reasoned] = findingsToDiagnostics(
      [
        finding(55, 58, 'error', { suppressed: true }),
        finding(55, 58, 'warning', { suppressed: true, suppressReason: 'pinned by digest' }),
      ],
      clampTo(doc),
    );
    expect(plain.severity).toBe('hint');
    expect(plain.markClass).toBe(SUPPRESSED_CLASS);
    expect(plain.source).toBe('image-tag-latest · suppressed');
    expect(reasoned.source).toBe('image-tag-latest · suppressed: pinned by digest');
  });

  it('clamps a stale finding to the text that is left', () => {
    // The user deleted everything after "kind: Pod": the document is 24 characters long.
    const short = Text.of(['apiVersion: v1', 'kind: Pod']);
    expect(short.length).toBe(24);
    const [inside, past, inverted] = findingsToDiagnostics(
      [finding(20, 75), finding(70, 75), finding(10, 4)],
      clampTo(short),
    );
    expect([inside.from, inside.to]).toEqual([20, 24]);
    expect([past.from, past.to]).toEqual([24, 24]);
    expect([inverted.from, inverted.to]).toEqual([10, 10]);
  });

  it('moves a late finding along with the edits made since its text was analysed', () => {
    const start = EditorState.create({ doc: TEXT });
    const trail = new EditTrail();
    trail.reset(TEXT, start.doc);

    // The user adds a comment line at the top (16 characters), then renames the container.
    const t1 = start.update({ changes: { from: 0, insert: '# web frontend\n' } });
    trail.edit(t1.changes);
    trail.commit(t1.state.doc.toString(), t1.state.doc);
    const at = t1.state.doc.toString().indexOf('app');
    const t2 = t1.state.update({ changes: { from: at, to: at + 3, insert: 'web-app' } });
    trail.edit(t2.changes);

    const earlier = trail.locate(TEXT);
    expect(earlier).not.toBeNull();
    const { doc: then, changes } = earlier as NonNullable<typeof earlier>;
    const locate: Locate = (offset, assoc) =>
      changes.mapPos(offsetToPos(then, offset, '\n'), assoc);

    const [image, name] = findingsToDiagnostics([finding(70, 75), finding(55, 58)], locate);
    const now = t2.state.doc.toString();
    // "nginx" moved by 15 (the comment) + 4 ("app" → "web-app").
    expect([image.from, image.to]).toEqual([89, 94]);
    expect(now.slice(image.from, image.to)).toBe('nginx');
    // The name the finding was about was replaced as a whole: it now covers the new name.
    expect([name.from, name.to]).toEqual([70, 77]);
    expect(now.slice(name.from, name.to)).toBe('web-app');
  });
});

describe('sameAfterEdits', () => {
  const at: Locate = (offset) => offset;
  const before = findingsToDiagnostics([finding(55, 58), finding(70, 75, 'error')], at);
  // Typing "x" at offset 20 (inside "kind: Pod"), before both findings.
  const typed = ChangeSet.of({ from: 20, insert: 'x' }, TEXT.length);

  it('holds when every diagnostic only moved with the edit', () => {
    const next = findingsToDiagnostics([finding(56, 59), finding(71, 76, 'error')], at);
    expect(sameAfterEdits(before, typed, next)).toBe(true);
    expect(sameAfterEdits(before, ChangeSet.empty(TEXT.length), before)).toBe(true);
  });

  it('fails when a diagnostic did not move with the edit', () => {
    const next = findingsToDiagnostics([finding(55, 58), finding(71, 76, 'error')], at);
    expect(sameAfterEdits(before, typed, next)).toBe(false);
  });

  it('fails when a message, a severity or the count changed', () => {
    const moved = [finding(56, 59), finding(71, 76, 'error')];
    const worded = findingsToDiagnostics([moved[0], { ...moved[1], message: 'other' }], at);
    const graver = findingsToDiagnostics([moved[0], { ...moved[1], severity: 'warning' }], at);
    expect(sameAfterEdits(before, typed, worded)).toBe(false);
    expect(sameAfterEdits(before, typed, graver)).toBe(false);
    expect(sameAfterEdits(before, typed, findingsToDiagnostics([moved[0]], at))).toBe(false);
  });

  it('fails when the edit touches a diagnostic, even if the positions would agree', () => {
    // Typing right after "app" (offset 58) touches the first finding's range.
    const atEnd = ChangeSet.of({ from: 58, insert: 'x' }, TEXT.length);
    const next = findingsToDiagnostics([finding(55, 58), finding(71, 76, 'error')], at);
    expect(sameAfterEdits(before, atEnd, next)).toBe(false);
  });
});

describe('quick fixes', () => {
  it('are asked for only when a diagnostic of a fixable rule is drawn, and only once', async () => {
    const { findingsToDiagnostics: toDiagnostics } = await import('./diagnostics');
    const base = {
      severity: 'warning',
      message: 'm',
      messageId: 'default',
      params: {},
      document: 0,
      path: 'p',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      offset: 0,
      endOffset: 1,
      suppressed: false,
    } as const;
    let asked = 0;
    const diagnostics = toDiagnostics(
      [
        { ...base, ruleId: 'privilege-escalation' },
        { ...base, ruleId: 'port-clash' },
      ],
      (o) => o,
      'suppressed',
      () => {
        asked++;
        return [{ name: 'Fix…', apply: () => undefined }];
      },
    );
    expect(asked).toBe(0);
    expect(diagnostics[0].actions?.map((a) => a.name)).toEqual(['Fix…']);
    expect(diagnostics[0].actions).toHaveLength(1);
    expect(diagnostics[1].actions).toBeUndefined();
    expect(asked).toBe(1);
  });
});
