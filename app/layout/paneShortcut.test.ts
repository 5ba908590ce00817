import { describe, expect, it } from 'vitest';
import { paneShortcut, type ShortcutFacts } from './paneShortcut';

const press = (over: Partial<ShortcutFacts>): ShortcutFacts => ({
  key: 'e',
  code: 'KeyE',
  ctrlKey: true,
  altKey: true,
  shiftKey: false,
  metaKey: false,
  altGraph: false,
  ...over,
});

describe('paneShortcut', () => {
  it('maps Ctrl+Alt+E to the editor and Ctrl+Alt+I to the side panel', () => {
    expect(paneShortcut(press({}))).toBe('editor');
    expect(paneShortcut(press({ key: 'E' }))).toBe('editor');
    expect(paneShortcut(press({ key: 'i', code: 'KeyI' }))).toBe('side');
  });

  it('ignores the letters without both modifiers, or with more', () => {
    expect(paneShortcut(press({ ctrlKey: false }))).toBeNull();
    expect(paneShortcut(press({ altKey: false }))).toBeNull();
    expect(paneShortcut(press({ shiftKey: true }))).toBeNull();
    expect(paneShortcut(press({ metaKey: true }))).toBeNull();
    expect(paneShortcut(press({ key: 'g', code: 'KeyG' }))).toBeNull();
  });

  it('leaves characters typed with AltGr alone', () => {
    expect(paneShortcut(press({ key: '€' }))).toBeNull();
    expect(paneShortcut(press({ altGraph: true }))).toBeNull();
  });

  it('follows the printed letter on other layouts, and the key’s place when nothing is printed', () => {
    // Dvorak: the E key sits where QWERTY has D.
    expect(paneShortcut(press({ key: 'e', code: 'KeyD' }))).toBe('editor');
    expect(paneShortcut(press({ key: '.', code: 'KeyE' }))).toBeNull();
    // A dead key (Option+E on a Mac) prints nothing.
    expect(paneShortcut(press({ key: 'Dead', code: 'KeyE' }))).toBe('editor');
    expect(paneShortcut(press({ key: 'Unidentified', code: 'KeyI' }))).toBe('side');
  });
});
