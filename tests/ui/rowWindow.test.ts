import { rowWindow } from '../../src/ui/rowWindow';

describe('rowWindow', () => {
  it('renders the visible rows plus the overscan, with spacers for the rest', () => {
    // 44 px rows, a 440 px viewport scrolled to row 100 of 10,000.
    expect(rowWindow(4400, 440, 10_000, 44, 8)).toEqual({
      start: 92,
      end: 118,
      top: 92 * 44,
      bottom: (10_000 - 118) * 44,
    });
  });

  it('keeps the whole scroll height: spacers plus rendered rows equal the list', () => {
    for (const scrollTop of [0, 1, 43, 44, 12_345, 439_999, 1e9]) {
      const w = rowWindow(scrollTop, 504, 10_000, 44, 8);
      expect(w.top + (w.end - w.start) * 44 + w.bottom).toBe(10_000 * 44);
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(504 / 44) + 1 + 16);
    }
  });

  it('starts at the top, ends at the bottom, and handles short and empty lists', () => {
    expect(rowWindow(0, 504, 10_000, 44, 8)).toMatchObject({ start: 0, top: 0 });
    expect(rowWindow(-50, 504, 3, 44, 8)).toEqual({ start: 0, end: 3, top: 0, bottom: 0 });
    expect(rowWindow(0, 504, 0, 44, 8)).toEqual({ start: 0, end: 0, top: 0, bottom: 0 });
    expect(rowWindow(10_000 * 44, 504, 10_000, 44, 8)).toMatchObject({ end: 10_000, bottom: 0 });
  });
});
