import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { ScreenReaderOnly } from '@twilio-paste/core/screen-reader-only';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { useUID } from '@twilio-paste/core/uid-library';
import { ArrowDownIcon } from '@twilio-paste/icons/esm/ArrowDownIcon';
import { ArrowUpIcon } from '@twilio-paste/icons/esm/ArrowUpIcon';
import { ruleById } from '../../core/rules';
import { CellText, OneLine } from '../components/CellText';
import { SeverityBadge } from '../components/SeverityBadge';
import { useRowWindow } from '../rowWindow';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import type { SortColumn, TeamRowView, TeamSort } from '../teamModel';

/** Row height in px: rows do not wrap (long values are cut), so every row has this height. */
export const ROW_HEIGHT = 44;
/** Used when the scroll container reports no height (no layout yet, a hidden tab, jsdom). */
const FALLBACK_HEIGHT = 504;
/** Rows rendered beyond the visible ones, above and below, so fast scrolling shows no gap. */
const OVERSCAN = 8;

export function ruleTitle(ruleId: string): string {
  return ruleById(ruleId)?.meta.title.fail ?? ruleId;
}

/**
 * Column widths for the fixed table layout: the table fits its container and long values are cut
 * with an ellipsis instead of widening it. The top finding takes what is left.
 */
const COLUMNS: readonly { id: SortColumn; label: StringKey; width?: `${number}%` }[] = [
  { id: 'name', label: 'colName', width: '18%' },
  { id: 'email', label: 'colEmail', width: '21%' },
  { id: 'roles', label: 'colRoles', width: '13%' },
  { id: 'errors', label: 'colErrors', width: '9%' },
  { id: 'warnings', label: 'colWarnings', width: '10%' },
  { id: 'top', label: 'colTopFinding' },
];

interface RowCellProps {
  /** The row header (the worker's name) rather than a data cell. */
  readonly header?: boolean;
  readonly textAlign?: 'left' | 'right';
  readonly children: React.ReactNode;
}

// Box's types list no `scope`; the attribute is forwarded to the th all the same.
const ROW_HEADER_SCOPE = { scope: 'row' };
const ROW_HEADER_WEIGHT = { fontWeight: 'fontWeightSemibold' } as const;

/**
 * A body cell of the workers table: Paste's Td/Th look with space30 instead of space40 padding and a
 * height of sizeSquare120 (2.75rem = ROW_HEIGHT). Paste's Td and Tr take neither padding, height nor
 * style, and with space40 a 20 px line plus the border is already 45 px, a severity badge 49 px.
 */
function RowCell({ header = false, textAlign = 'left', children }: RowCellProps): React.ReactElement {
  return (
    <Box
      as={header ? 'th' : 'td'}
      {...(header ? ROW_HEADER_SCOPE : {})}
      element={header ? 'SSO_TEAM_ROW_HEADER' : 'SSO_TEAM_CELL'}
      height="sizeSquare120"
      paddingX="space50"
      paddingY="space30"
      borderStyle="solid"
      borderColor="colorBorderWeaker"
      borderWidth="borderWidth0"
      borderBottomWidth="borderWidth10"
      fontSize="fontSize30"
      lineHeight="lineHeight30"
      {...(header ? ROW_HEADER_WEIGHT : {})}
      textAlign={textAlign}
      verticalAlign="inherit"
      cursor="pointer"
    >
      {children}
    </Box>
  );
}

/** Where the list was when a worker was opened, to come back to the same row and scroll. */
export interface TablePosition {
  readonly key: string;
  readonly scrollTop: number;
}

export interface TeamTableProps {
  readonly views: readonly TeamRowView[];
  readonly total: number;
  readonly sort: TeamSort;
  readonly onSort: (column: SortColumn) => void;
  /** Opens a worker; `position` is where the list was, to restore on return. */
  readonly onOpen: (key: string, position: TablePosition) => void;
  /** Restore this position on mount (after "Back to all workers" or Esc): focus that row, scroll there. */
  readonly restore?: TablePosition;
  /** An element to show in the body when no row matches (the empty state, with its "Clear filters"). */
  readonly empty?: React.ReactNode;
}

/** The new active row for a key, or undefined when the key does not move focus. */
function nextIndex(key: string, current: number, count: number, page: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, current + page);
    case 'PageUp':
      return Math.max(0, current - page);
    default:
      return undefined;
  }
}

/**
 * A real table whose body is windowed: only the visible rows (plus a few) are in the DOM, between two
 * spacer rows that keep the scroll height; aria-rowcount/aria-rowindex say where each rendered row sits.
 * The body is one tab stop with a roving focus, as in the WAI-ARIA grid pattern Paste's DataGrid follows:
 * the active row has tabindex 0, the others -1; arrows, Home/End and Page Up/Down move the active row
 * (scrolling it into the window first, so focus never drops to the page), Enter opens the worker.
 */
export function TeamTable({ views, total, sort, onSort, onOpen, restore, empty }: TeamTableProps): React.ReactElement {
  const t = useStrings();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const captionId = useUID();
  const count = views.length;
  const restoredIndex = restore ? views.findIndex((v) => v.key === restore.key) : -1;
  const [active, setActive] = React.useState(restoredIndex >= 0 ? restoredIndex : 0);
  // Focus follows `active` only after a key press or a restore, never on a re-render from live updates.
  const [focusRequest, setFocusRequest] = React.useState(restoredIndex >= 0 ? 1 : 0);
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  const { start, end, top, bottom } = useRowWindow(scrollRef, count, ROW_HEIGHT, OVERSCAN, FALLBACK_HEIGHT);
  const visible = views.slice(start, end);

  React.useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element && restore) element.scrollTop = restore.scrollTop;
    // Only on mount: the position to come back to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Scrolls so that row `index` is inside the viewport (below the sticky header). */
  const scrollIntoWindow = React.useCallback((index: number) => {
    const element = scrollRef.current;
    if (!element) return;
    const height = element.clientHeight > 0 ? element.clientHeight : FALLBACK_HEIGHT;
    const rowTop = (index + 1) * ROW_HEIGHT; // +1: the header row
    const rowBottom = rowTop + ROW_HEIGHT;
    if (rowTop - ROW_HEIGHT < element.scrollTop) element.scrollTop = Math.max(0, rowTop - ROW_HEIGHT);
    else if (rowBottom > element.scrollTop + height) element.scrollTop = rowBottom - height;
  }, []);

  // The request last carried out: a live update re-renders the rows but must never take focus back.
  const handled = React.useRef(0);
  React.useEffect(() => {
    if (focusRequest === handled.current) return;
    const key = views[activeIndex]?.key;
    if (key === undefined) return;
    const row = [...(scrollRef.current?.querySelectorAll<HTMLElement>('tr[data-worker-key]') ?? [])].find(
      (r) => r.getAttribute('data-worker-key') === key,
    );
    // Not rendered yet: the window follows the scroll set by the key press, and this runs again then.
    if (!row) return;
    row.focus({ preventScroll: true });
    handled.current = focusRequest;
  }, [focusRequest, activeIndex, views, start, end]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    if (count === 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const view = views[activeIndex];
      if (!view) return;
      event.preventDefault();
      onOpen(view.key, { key: view.key, scrollTop: scrollRef.current?.scrollTop ?? 0 });
      return;
    }
    const height = scrollRef.current?.clientHeight || FALLBACK_HEIGHT;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const next = nextIndex(event.key, activeIndex, count, page);
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    scrollIntoWindow(next);
    setFocusRequest((n) => n + 1);
  };

  return (
    <Box ref={scrollRef} height="size50" overflow="auto" data-testid="team-scroll">
      <Table aria-rowcount={count + 1} aria-describedby={captionId} tableLayout="fixed" noWrap>
        <THead stickyHeader top="space0">
          <Tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const isSorted = sort.column === c.id;
              return (
                <Th key={c.id} scope="col" aria-sort={isSorted ? sort.direction : 'none'} width={c.width}>
                  <Button variant="reset" size="reset" onClick={() => onSort(c.id)}>
                    {t(c.label)}
                    {isSorted ? (
                      sort.direction === 'ascending' ? (
                        <ArrowUpIcon decorative size="sizeIcon10" />
                      ) : (
                        <ArrowDownIcon decorative size="sizeIcon10" />
                      )
                    ) : null}
                  </Button>
                </Th>
              );
            })}
          </Tr>
        </THead>
        <TBody onKeyDown={onKeyDown}>
          {top > 0 ? (
            <tr aria-hidden="true" data-spacer="top">
              <td colSpan={COLUMNS.length} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {visible.map((v, i) => {
            const index = start + i;
            return (
              <Tr
                key={v.key}
                aria-rowindex={index + 2}
                tabIndex={index === activeIndex ? 0 : -1}
                data-worker-key={v.key}
                data-active={index === activeIndex ? 'true' : undefined}
                onFocus={() => {
                  if (index !== activeIndex) setActive(index);
                }}
                onClick={() => {
                  setActive(index);
                  onOpen(v.key, { key: v.key, scrollTop: scrollRef.current?.scrollTop ?? 0 });
                }}
              >
                <RowCell header>
                  <CellText value={v.name} {...(v.identity !== undefined ? { title: v.identity } : {})} />
                </RowCell>
                <RowCell>
                  <CellText value={v.email} />
                </RowCell>
                <RowCell>
                  <CellText value={v.roles.join(', ')} />
                </RowCell>
                <RowCell textAlign="right">{v.errors}</RowCell>
                <RowCell textAlign="right">{v.warnings}</RowCell>
                <RowCell>
                  {v.top ? (
                    <Box as="span" display="flex" alignItems="center" columnGap="space30">
                      <Box as="span" flexShrink={0}>
                        <SeverityBadge severity={v.top.severity} />
                      </Box>{' '}
                      <OneLine title={ruleTitle(v.top.ruleId)}>{ruleTitle(v.top.ruleId)}</OneLine>
                    </Box>
                  ) : (
                    t('none')
                  )}
                </RowCell>
              </Tr>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" data-spacer="bottom">
              <td colSpan={COLUMNS.length} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {count === 0 ? (
            <Tr>
              <Td colSpan={COLUMNS.length}>{empty ?? t('noWorkersMatch')}</Td>
            </Tr>
          ) : null}
        </TBody>
      </Table>
      <ScreenReaderOnly>
        <span id={captionId}>
          {t('tableCaption', { shown: count, total })} {t('rowHint')}
        </span>
      </ScreenReaderOnly>
    </Box>
  );
}
