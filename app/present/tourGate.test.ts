import { describe, expect, it } from 'vitest';
import { shouldShowTour } from './tourGate';

const visit = (stored: string | null, webdriver = false, sharedLink = false) =>
  shouldShowTour({ stored, webdriver, sharedLink });

describe('shouldShowTour', () => {
  it('opens on a first visit', () => {
    expect(visit(null)).toBe(true);
  });

  it('never opens again once seen', () => {
    expect(visit('done')).toBe(false);
    expect(visit('done', true)).toBe(false);
  });

  it('stays out of automated browsers unless a test asks for it', () => {
    expect(visit(null, true)).toBe(false);
    expect(visit('show', true)).toBe(true);
    expect(visit('show', false)).toBe(true);
  });

  it('treats any other stored value as seen', () => {
    expect(visit('')).toBe(false);
    expect(visit('yes')).toBe(false);
  });

  it('does not open over a share link, even on a first visit or when asked for', () => {
    expect(visit(null, false, true)).toBe(false);
    expect(visit('show', true, true)).toBe(false);
    expect(visit('show', false, true)).toBe(false);
  });
});
