import { describe, expect, it } from 'vitest';
import type { ContainerStatusExplanation } from '../../src/lifecycle/types';
import { lifecycle as EN_TEXTS } from '../i18n/en/lifecycle';
import { lifecycle as ZH_TEXTS } from '../i18n/zh-CN/lifecycle';
import { inTrouble } from './containerStatus';
import { statusChip } from './nodes/statusChip';

function status(s: Partial<ContainerStatusExplanation>): ContainerStatusExplanation {
  return {
    name: 'app',
    state: 'running',
    restartCount: 0,
    ready: true,
    advice: [],
    commands: [],
    ...s,
  };
}

describe('inTrouble', () => {
  it('is true while a container waits or after it failed', () => {
    expect(inTrouble(status({ state: 'waiting', reason: 'CrashLoopBackOff' }))).toBe(true);
    expect(inTrouble(status({ state: 'waiting', reason: 'ImagePullBackOff' }))).toBe(true);
    expect(inTrouble(status({ state: 'terminated', reason: 'OOMKilled', exitCode: 137 }))).toBe(
      true,
    );
    expect(inTrouble(status({ state: 'terminated', reason: 'Error', exitCode: 1 }))).toBe(true);
  });

  it('is false for the routine waits, a running container, a completed one and no status', () => {
    expect(inTrouble(status({ state: 'waiting', reason: 'ContainerCreating' }))).toBe(false);
    expect(inTrouble(status({ state: 'waiting', reason: 'PodInitializing' }))).toBe(false);
    expect(inTrouble(status({ state: 'running', ready: false }))).toBe(false);
    expect(inTrouble(status({ state: 'running' }))).toBe(false);
    expect(inTrouble(status({ state: 'terminated', reason: 'Completed', exitCode: 0 }))).toBe(
      false,
    );
    expect(inTrouble(undefined)).toBe(false);
  });
});

describe('statusChip', () => {
  it('says the waiting reason, in red, without the last run’s exit code as its own', () => {
    const chip = statusChip(
      status({
        state: 'waiting',
        reason: 'CrashLoopBackOff',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        ready: false,
      }),
      EN_TEXTS,
    );
    expect(chip?.text).toBe('CrashLoopBackOff');
    expect(chip?.icon).toBe('waiting');
    expect(chip?.tone).toContain('bg-red-600');
  });

  it('says a terminated container’s reason and its own exit code', () => {
    expect(
      statusChip(
        status({ state: 'terminated', reason: 'OOMKilled', exitCode: 137, lastExitCode: 1 }),
        EN_TEXTS,
      )?.text,
    ).toBe('OOMKilled · exit 137');
    const done = statusChip(
      status({ state: 'terminated', reason: 'Completed', exitCode: 0 }),
      EN_TEXTS,
    );
    expect(done?.text).toBe('Completed · exit 0');
    expect(done?.tone).not.toContain('red');
  });

  it('marks a running container that is not Ready, and nothing for a Ready one', () => {
    expect(statusChip(status({ state: 'running', ready: false }), EN_TEXTS)?.text).toBe(
      'not Ready',
    );
    expect(statusChip(status({ state: 'running', ready: true }), EN_TEXTS)).toBeNull();
  });

  it('names a state without a reason in the page’s language, and a routine wait calmly', () => {
    const waiting = statusChip(status({ state: 'waiting', ready: false }), EN_TEXTS);
    expect(waiting?.text).toBe('Waiting');
    expect(waiting?.tone).not.toContain('red');
    expect(statusChip(status({ state: 'waiting', ready: false }), ZH_TEXTS)?.text).toBe('等待中');
    expect(
      statusChip(
        status({ state: 'waiting', reason: 'ImagePullBackOff', lastExitCode: 2 }),
        ZH_TEXTS,
      )?.text,
    ).toBe('ImagePullBackOff');
    expect(
      statusChip(status({ state: 'terminated', reason: 'Error', exitCode: 2 }), ZH_TEXTS)?.text,
    ).toBe('Error · 退出码 2');
  });
});
