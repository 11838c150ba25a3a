import { describe, expect, it } from 'vitest';
import { nextTabIndex } from './Tabs';

describe('nextTabIndex (ARIA tabs keys)', () => {
  it('moves right/down and left/up, wrapping at the ends', () => {
    expect(nextTabIndex('ArrowRight', 0, 3)).toBe(1);
    expect(nextTabIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 3)).toBe(2);
    expect(nextTabIndex('ArrowUp', 2, 3)).toBe(1);
  });
  it('Home and End go to the first and last tab', () => {
    expect(nextTabIndex('Home', 2, 3)).toBe(0);
    expect(nextTabIndex('End', 0, 3)).toBe(2);
  });
  it('other keys do not move', () => {
    expect(nextTabIndex('Enter', 1, 3)).toBeUndefined();
    expect(nextTabIndex('Tab', 1, 3)).toBeUndefined();
  });
});
