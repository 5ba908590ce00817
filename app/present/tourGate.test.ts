import { describe, expect, it } from 'vitest';
import { shouldShowTour } from './tourGate';

describe('shouldShowTour', () => {
  it('opens on a first visit', () => {
    expect(shouldShowTour(null, false)).toBe(true);
  });

  it('never opens again once seen', () => {
    expect(shouldShowTour('done', false)).toBe(false);
    expect(shouldShowTour('done', true)).toBe(false);
  });

  it('stays out of automated browsers unless a test asks for it', () => {
    expect(shouldShowTour(null, true)).toBe(false);
    expect(shouldShowTour('show', true)).toBe(true);
    expect(shouldShowTour('show', false)).toBe(true);
  });

  it('treats any other stored value as seen', () => {
    expect(shouldShowTour('', false)).toBe(false);
    expect(shouldShowTour('yes', false)).toBe(false);
  });
});
