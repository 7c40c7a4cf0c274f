/**
 * Windowing for a list of fixed-height rows: which rows to render for a scroll position, and the
 * spacer heights above and below them. Team rows never wrap, so every row has the same height and the
 * window is plain arithmetic — written here instead of a virtualisation library (11 KB gzip that every
 * agent would download at every Flex start).
 */
import * as React from 'react';

export interface RowWindow {
  /** First rendered row (inclusive). */
  readonly start: number;
  /** Last rendered row (exclusive). */
  readonly end: number;
  /** Spacer heights in px that keep the scroll height of the whole list. */
  readonly top: number;
  readonly bottom: number;
}

export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight) + overscan);
  return {
    start,
    end: Math.max(start, end),
    top: start * rowHeight,
    bottom: (count - Math.max(start, end)) * rowHeight,
  };
}

/**
 * Follows a scroll container's position and height. `fallbackHeight` is used while the element reports
 * no height (not laid out yet, a hidden tab, jsdom).
 */
export function useRowWindow(
  scrollRef: React.RefObject<HTMLElement>,
  count: number,
  rowHeight: number,
  overscan: number,
  fallbackHeight: number,
): RowWindow {
  const [view, setView] = React.useState({ scrollTop: 0, height: fallbackHeight });
  React.useEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    // Browsers fire scroll at most once per frame: reading on each event needs no further throttling.
    const read = () => {
      const height = element.clientHeight > 0 ? element.clientHeight : fallbackHeight;
      setView((v) =>
        v.scrollTop === element.scrollTop && v.height === height ? v : { scrollTop: element.scrollTop, height },
      );
    };
    read();
    element.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(read) : undefined;
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [scrollRef, fallbackHeight]);
  return rowWindow(view.scrollTop, view.height, count, rowHeight, overscan);
}
