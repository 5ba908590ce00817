import { describe, expect, it } from 'vitest';
import { presentationKey, walkKey, type KeyFacts } from './presentKeys';

const key = (k: string, more: Partial<KeyFacts> = {}): KeyFacts => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  inDialog: false,
  handled: false,
  ...more,
});

describe('presentationKey', () => {
  it('toggles on P, with or without Shift', () => {
    expect(presentationKey(key('p'), false)).toBe('toggle');
    expect(presentationKey(key('P'), true)).toBe('toggle');
  });

  it('leaves on Escape only while presenting', () => {
    expect(presentationKey(key('Escape'), true)).toBe('leave');
    expect(presentationKey(key('Escape'), false)).toBeNull();
  });

  it('ignores P typed into the editor or a field', () => {
    expect(presentationKey(key('p', { typing: true }), false)).toBeNull();
    expect(presentationKey(key('Escape', { typing: true }), true)).toBeNull();
  });

  it('leaves Escape to an open dialog or menu', () => {
    expect(presentationKey(key('Escape', { inDialog: true }), true)).toBeNull();
    expect(presentationKey(key('Escape', { handled: true }), true)).toBeNull();
  });

  it('ignores shortcuts with modifiers (Ctrl+P prints)', () => {
    expect(presentationKey(key('p', { ctrlKey: true }), false)).toBeNull();
    expect(presentationKey(key('p', { metaKey: true }), false)).toBeNull();
    expect(presentationKey(key('p', { altKey: true }), false)).toBeNull();
  });

  it('ignores other keys', () => {
    expect(presentationKey(key('o'), false)).toBeNull();
    expect(presentationKey(key('Enter'), true)).toBeNull();
  });
});

describe('walkKey', () => {
  it('steps forward with → and ↓ and a clicker’s Page Down, back with ← ↑ and Page Up', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(walkKey(key(k))).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(walkKey(key(k))).toBe('previous');
  });

  it('jumps to the ends with Home and End', () => {
    expect(walkKey(key('Home'))).toBe('first');
    expect(walkKey(key('End'))).toBe('last');
  });

  it('leaves the arrows to the editor, fields, dialogs, menus and a card that moved', () => {
    expect(walkKey(key('ArrowRight', { typing: true }))).toBeNull();
    expect(walkKey(key('ArrowRight', { inDialog: true }))).toBeNull();
    expect(walkKey(key('ArrowLeft', { handled: true }))).toBeNull();
  });

  it('ignores arrows with modifiers (the browser’s back, the system’s shortcuts)', () => {
    expect(walkKey(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(walkKey(key('ArrowRight', { metaKey: true }))).toBeNull();
    expect(walkKey(key('Home', { ctrlKey: true }))).toBeNull();
  });

  it('ignores every other key, inherited names included', () => {
    expect(walkKey(key('p'))).toBeNull();
    expect(walkKey(key('Escape'))).toBeNull();
    expect(walkKey(key('toString'))).toBeNull();
  });
});
