import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPEN,
  parseOpenSections,
  serializeOpenSections,
  withSection,
} from './lessonSections';

describe('open teaching sections', () => {
  it('opens only "what it is" until the reader chooses', () => {
    expect([...parseOpenSections(null)]).toEqual(['what']);
  });

  it('reads back what it wrote, in display order', () => {
    const open = withSection(withSection(DEFAULT_OPEN, 'docs', true), 'commands', true);
    const text = serializeOpenSections(open);
    expect(text).toBe('["what","commands","docs"]');
    expect([...parseOpenSections(text)].sort()).toEqual(['commands', 'docs', 'what']);
  });

  it('keeps an empty choice: every section closed is a choice too', () => {
    const none = withSection(DEFAULT_OPEN, 'what', false);
    expect(parseOpenSections(serializeOpenSections(none)).size).toBe(0);
  });

  it('falls back to the default on anything it cannot read', () => {
    for (const raw of ['', 'not json', '{"what":true}', '42', 'null'])
      expect(parseOpenSections(raw), raw).toBe(DEFAULT_OPEN);
  });

  it('drops names it does not know (from an older or newer page)', () => {
    expect([...parseOpenSections('["why","examples",3,null]')]).toEqual(['why']);
  });

  it('does not change the set it is given', () => {
    const before = new Set(DEFAULT_OPEN);
    withSection(DEFAULT_OPEN, 'why', true);
    withSection(DEFAULT_OPEN, 'what', false);
    expect(DEFAULT_OPEN).toEqual(before);
  });
});
