import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutHeading, CalloutText } from '@twilio-paste/core/callout';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { ScreenReaderOnly } from '@twilio-paste/core/screen-reader-only';
import { Option, Select } from '@twilio-paste/core/select';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { Text } from '@twilio-paste/core/text';
import { useUID } from '@twilio-paste/core/uid-library';
import { ArrowDownIcon } from '@twilio-paste/icons/esm/ArrowDownIcon';
import { ArrowUpIcon } from '@twilio-paste/icons/esm/ArrowUpIcon';
import { idpName, resolveFix } from '../core/idp';
import { toReportJson } from '../core/report';
import { ruleById } from '../core/rules';
import { findingText } from '../core/findingText';
import type { Finding, IdpChoice } from '../core/types';
import { GroupedAttributes } from './components/AttributeViews';
import { ExportControls } from './components/ExportControls';
import { FindingsList } from './components/FindingsList';
import { IdpSelect, useIdpOverride } from './components/IdpSelect';
import { NotCheckedList } from './components/NotCheckedList';
import { SeverityBadge } from './components/SeverityBadge';
import { SummaryCounts } from './components/SummaryCounts';
import { CellText, OneLine } from './components/CellText';
import { IDENTITY_ATTRIBUTES } from './format';
import type { StringKey } from './strings';
import { useStrings } from './StringsProvider';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  NO_ROLE,
  filterRows,
  idpsSeen,
  rolesSeen,
  rowView,
  ruleSummary,
  sortRows,
  type SeverityFilter,
  type SortColumn,
  type TeamFilters,
  type TeamRowView,
  type TeamSort,
} from './teamModel';
import { useRowWindow } from './rowWindow';
import type { TeamRow, TeamViewProps } from './types';

/** Row height in px: rows do not wrap (long values are cut), so every row has this height. */
export const ROW_HEIGHT = 44;
/** Used when the scroll container reports no height (no layout yet, a hidden tab, jsdom). */
const FALLBACK_HEIGHT = 504;
/** Rows rendered beyond the visible ones, above and below, so fast scrolling shows no gap. */
const OVERSCAN = 8;
/** Rules listed in the summary before "Show all": enough for the usual causes, short enough to keep the table in view. */
export const RULE_SUMMARY_TOP = 6;

function ruleTitle(ruleId: string): string {
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

const SEVERITY_OPTIONS: readonly { value: SeverityFilter; label: StringKey }[] = [
  { value: 'any', label: 'filterAny' },
  { value: 'error', label: 'filterSeverityError' },
  { value: 'warning', label: 'filterSeverityWarning' },
  { value: 'info', label: 'filterSeverityInfo' },
  { value: 'clean', label: 'filterSeverityClean' },
];

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { value: string; label: string }[];
}

function SelectField({ label, value, onChange, options }: SelectFieldProps): React.ReactElement {
  const id = useUID();
  return (
    <Box minWidth="size20">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.label}
          </Option>
        ))}
      </Select>
    </Box>
  );
}

interface RowCellProps {
  /** The row header (the worker's name) rather than a data cell. */
  readonly header?: boolean;
  readonly textAlign?: 'left' | 'right';
  readonly children: React.ReactNode;
}

/**
 * A body cell of the workers table: Paste's Td/Th look with space30 instead of space40 padding and a
 * height of sizeSquare120 (2.75rem = ROW_HEIGHT). Paste's Td and Tr take neither padding, height nor
 * style, and with space40 a 20 px line plus the border is already 45 px, a severity badge 49 px.
 */
// Box's types list no `scope`; the attribute is forwarded to the th all the same.
const ROW_HEADER_SCOPE = { scope: 'row' };

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
      fontWeight={header ? 'fontWeightSemibold' : undefined}
      textAlign={textAlign}
      verticalAlign="inherit"
      cursor="pointer"
    >
      {children}
    </Box>
  );
}

interface TeamTableProps {
  readonly views: readonly TeamRowView[];
  readonly total: number;
  readonly sort: TeamSort;
  readonly onSort: (column: SortColumn) => void;
  readonly onOpen: (key: string) => void;
}

/**
 * A real table whose body is virtualised: only the visible rows (plus a few) are in the DOM, between
 * two spacer rows that keep the scroll height; aria-rowcount/aria-rowindex tell assistive technology
 * where each rendered row sits in the whole list.
 */
function TeamTable({ views, total, sort, onSort, onOpen }: TeamTableProps): React.ReactElement {
  const t = useStrings();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const captionId = useUID();
  const { start, end, top, bottom } = useRowWindow(scrollRef, views.length, ROW_HEIGHT, OVERSCAN, FALLBACK_HEIGHT);
  const visible = views.slice(start, end);

  return (
    <Box ref={scrollRef} height="size50" overflow="auto" tabIndex={-1} data-testid="team-scroll">
      <Table aria-rowcount={views.length + 1} aria-describedby={captionId} tableLayout="fixed" noWrap>
        <THead stickyHeader top="space0">
          <Tr aria-rowindex={1}>
            {COLUMNS.map((c) => {
              const active = sort.column === c.id;
              const ariaSort = active ? sort.direction : 'none';
              return (
                <Th key={c.id} scope="col" aria-sort={ariaSort} width={c.width}>
                  <Button variant="reset" size="reset" onClick={() => onSort(c.id)}>
                    {t(c.label)}
                    {active ? (
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
        <TBody>
          {top > 0 ? (
            <tr aria-hidden="true" data-spacer="top">
              <td colSpan={COLUMNS.length} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {visible.map((v, i) => {
            return (
              <Tr
                key={v.key}
                aria-rowindex={start + i + 2}
                tabIndex={0}
                data-worker-key={v.key}
                onClick={() => onOpen(v.key)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onOpen(v.key);
                  }
                }}
              >
                <RowCell header>
                  <CellText value={v.name} />
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
          {views.length === 0 ? (
            <Tr>
              <Td colSpan={COLUMNS.length}>{t('noWorkersMatch')}</Td>
            </Tr>
          ) : null}
        </TBody>
      </Table>
      <ScreenReaderOnly>
        <span id={captionId}>
          {t('tableCaption', { shown: views.length, total })} {t('rowHint')}
        </span>
      </ScreenReaderOnly>
    </Box>
  );
}

interface RuleSummaryProps {
  /** Failing rules, most workers first. */
  readonly rules: readonly { ruleId: string; count: number }[];
  /** The rule the table is filtered to, or ''. */
  readonly active: string;
  readonly onFilter: (ruleId: string) => void;
  readonly onClear: () => void;
}

/**
 * The rules that fail, each a toggle that filters the table. Only the top few are listed until the
 * user asks for all, so a team with many failing rules still sees the table without scrolling.
 */
function RuleSummary({ rules, active, onFilter, onClear }: RuleSummaryProps): React.ReactElement {
  const t = useStrings();
  const listId = useUID();
  const [expanded, setExpanded] = React.useState(false);
  const collapsible = rules.length > RULE_SUMMARY_TOP;
  const shown = expanded || !collapsible ? rules : rules.slice(0, RULE_SUMMARY_TOP);
  // The rule in force stays visible (and can be turned off here) even when it is not in the top few.
  const activeHidden = active !== '' && !shown.some((r) => r.ruleId === active);
  const listed = activeHidden ? [...shown, ...rules.filter((r) => r.ruleId === active)] : shown;
  return (
    <Box as="section" marginBottom="space60">
      <Heading as="h2" variant="heading20">
        {t('ruleSummaryHeading')}
      </Heading>
      {rules.length === 0 ? (
        <Paragraph>{t('ruleSummaryNone')}</Paragraph>
      ) : (
        // A wrapping row rather than one rule a line: the summary stays a few lines tall.
        <Box
          as="ul"
          role="list"
          id={listId}
          display="flex"
          flexWrap="wrap"
          columnGap="space70"
          rowGap="space30"
          listStyleType="none"
          margin="space0"
          marginBottom="space40"
          padding="space0"
        >
          {listed.map((r) => {
            const title = ruleTitle(r.ruleId);
            const pressed = active === r.ruleId;
            return (
              <Box as="li" key={r.ruleId}>
                <Button variant="link" aria-pressed={pressed} onClick={() => onFilter(pressed ? '' : r.ruleId)}>
                  {r.count === 1 ? t('ruleSummaryItemOne', { title }) : t('ruleSummaryItem', { count: r.count, title })}
                </Button>
              </Box>
            );
          })}
        </Box>
      )}
      {collapsible ? (
        <Box marginBottom="space40">
          <Button
            variant="secondary"
            size="small"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t('ruleSummaryShowFewer') : t('ruleSummaryShowAll', { count: rules.length })}
          </Button>
        </Box>
      ) : null}
      {active ? (
        <Box display="flex" columnGap="space40" alignItems="center">
          <Text as="p">{t('ruleSummaryFilterOn', { title: ruleTitle(active) })}</Text>
          <Button variant="secondary" size="small" onClick={onClear}>
            {t('clearRuleFilter')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}

interface DrillDownProps {
  readonly row: TeamRow;
  readonly props: TeamViewProps;
  readonly onClose: () => void;
}

function WorkerDrillDown({ row, props, onClose }: DrillDownProps): React.ReactElement {
  const t = useStrings();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const detected: IdpChoice = row.idp ?? props.idp;
  const [idpId, setIdpId] = useIdpOverride(detected);
  const name = rowView(row).name;
  React.useEffect(() => headingRef.current?.focus(), [row.worker.sid]);
  const masked = t('masked');
  const maskedMessage = React.useCallback(
    (finding: Finding) => findingText(finding, { mode: 'mask', mask: masked, shown: IDENTITY_ATTRIBUTES }),
    [masked],
  );
  return (
    <Box as="section" marginBottom="space60" aria-labelledby="sso-drilldown-heading">
      <Box marginBottom="space40" display="flex" columnGap="space40" flexWrap="wrap">
        <Button variant="secondary" size="small" onClick={onClose}>
          {t('closeDrillDown')}
        </Button>
        {props.onAnalyzeWorker ? (
          <Button variant="secondary" size="small" onClick={() => props.onAnalyzeWorker?.(row.worker)}>
            {t('analyzeWorker')}
          </Button>
        ) : null}
      </Box>
      <Heading as="h2" variant="heading20" id="sso-drilldown-heading" ref={headingRef} tabIndex={-1}>
        {t('drillDownHeading', { name })}
      </Heading>
      <SummaryCounts result={row.result} headingLevel="h3" />
      <IdpSelect detected={detected} value={idpId} onChange={setIdpId} />
      <FindingsList
        findings={row.result.findings}
        idp={idpId}
        runbookLinks={props.expectations.runbookLinks}
        attributes={row.worker.attributes}
        canSeeValues={props.canSeeValues}
        messageOf={props.canSeeValues ? undefined : maskedMessage}
        headingLevel={3}
      />
      <NotCheckedList notChecked={row.result.notChecked} headingLevel="h3" />
      <GroupedAttributes attributes={row.worker.attributes} canSeeValues={props.canSeeValues} headingLevel={3} />
    </Box>
  );
}

function Progress({ loaded, total }: { loaded: number; total?: number }): React.ReactElement {
  const t = useStrings();
  const label = total !== undefined ? t('loadingProgress', { loaded, total }) : t('loadingProgressUnknown', { loaded });
  const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : undefined;
  return (
    <Box marginBottom="space50">
      <Text as="p" id="sso-team-progress-label">
        {label}
      </Text>
      <Box
        role="progressbar"
        aria-label={t('loadingLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={total !== undefined ? loaded : undefined}
        aria-valuetext={label}
        backgroundColor="colorBackgroundStrong"
        borderRadius="borderRadius20"
        height="sizeSquare20"
        overflow="hidden"
      >
        <Box
          backgroundColor="colorBackgroundPrimary"
          height="sizeSquare20"
          width={percent !== undefined ? `${percent}%` : '30%'}
        />
      </Box>
    </Box>
  );
}

/** Every worker's SSO health: search, filters, sortable virtualised table, rule summary, drill-down. */
export function TeamView(props: TeamViewProps): React.ReactElement {
  const { rows, team, summary, loading, partial, expectations, idp, focusWorkerSid } = props;
  const t = useStrings();
  const searchId = useUID();
  const [filters, setFilters] = React.useState<TeamFilters>(NO_FILTERS);
  const [sort, setSort] = React.useState<TeamSort>(DEFAULT_SORT);
  const [openKey, setOpenKey] = React.useState<string | undefined>(focusWorkerSid);
  React.useEffect(() => {
    if (focusWorkerSid !== undefined) setOpenKey(focusWorkerSid);
  }, [focusWorkerSid]);

  // Each step is memoised on what it reads; rowView caches by row identity, so one updated worker
  // costs one row recomputation plus a linear filter/sort, not a rebuild of every row.
  const views = React.useMemo(() => rows.map(rowView), [rows]);
  // Sorted once, then filtered (filtering keeps the order): a keystroke in search costs a linear
  // filter, not a sort of 10,000 rows.
  const ordered = React.useMemo(() => sortRows(views, sort), [views, sort]);
  const sorted = React.useMemo(() => filterRows(ordered, filters), [ordered, filters]);
  const roles = React.useMemo(() => rolesSeen(views), [views]);
  const idps = React.useMemo(() => idpsSeen(views), [views]);
  const rules = React.useMemo(() => ruleSummary(summary), [summary]);
  const open = React.useMemo(
    () => (openKey === undefined ? undefined : views.find((v) => v.key === openKey)),
    [views, openKey],
  );

  const update = (patch: Partial<TeamFilters>): void => setFilters((f) => ({ ...f, ...patch }));
  const onSort = React.useCallback(
    (column: SortColumn) =>
      setSort((s) =>
        s.column === column
          ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column, direction: column === 'errors' || column === 'warnings' ? 'descending' : 'ascending' },
      ),
    [],
  );

  const buildReport = React.useCallback(
    (includeValues: boolean) =>
      toReportJson(
        { kind: 'team', rows, team, summary, partial: partial?.reason },
        { idp, fixFor: (f) => resolveFix(f.fixKey, idp.id, expectations.runbookLinks, f.ruleId), includeValues },
      ),
    [rows, team, summary, partial, idp, expectations.runbookLinks],
  );

  // The team checks (a finding per shared email: a hundred among 10,000 workers) do not depend on the
  // search or the filters: the same element, so a keystroke does not re-render them.
  const { canSeeValues } = props;
  const teamChecks = React.useMemo(
    () =>
      team.findings.length > 0 || team.notChecked.length > 0 ? (
        <Box as="section" marginBottom="space60">
          <FindingsList
            title={t('teamChecksHeading')}
            findings={team.findings}
            groupByRule
            idp={idp.id}
            runbookLinks={expectations.runbookLinks}
            canSeeValues={canSeeValues}
          />
          {team.notChecked.length > 0 ? <NotCheckedList notChecked={team.notChecked} headingLevel="h3" /> : null}
        </Box>
      ) : null,
    [team, t, idp.id, expectations.runbookLinks, canSeeValues],
  );

  const ruleOptions = [
    { value: '', label: t('filterAny') },
    ...rules.map((r) => ({ value: r.ruleId, label: ruleTitle(r.ruleId) })),
  ];

  return (
    <Box>
      {loading ? <Progress loaded={loading.loaded} total={loading.total} /> : null}
      {partial ? (
        <Callout variant="warning" marginY="space50">
          <CalloutHeading as="h2">{t('partialTitle')}</CalloutHeading>
          <CalloutText>{partial.reason}</CalloutText>
        </Callout>
      ) : null}
      <ExportControls build={buildReport} title={t('reportTitleTeam')} fileName="sso-diagnostics-team.json" />

      <RuleSummary
        rules={rules}
        active={filters.rule}
        onFilter={(rule) => {
          update({ rule });
          setOpenKey(undefined);
        }}
        onClear={() => update({ rule: '' })}
      />

      {open ? (
        <WorkerDrillDown row={open.row} props={props} onClose={() => setOpenKey(undefined)} />
      ) : (
        <Box as="section" aria-labelledby="sso-workers-heading" marginBottom="space60">
          <Heading as="h2" variant="heading20" id="sso-workers-heading">
            {t('workersHeading')}
          </Heading>
          <Box display="flex" columnGap="space50" rowGap="space40" flexWrap="wrap" marginBottom="space50">
            <Box minWidth="size30">
              <Label htmlFor={searchId}>{t('searchLabel')}</Label>
              <Input
                id={searchId}
                type="search"
                value={filters.query}
                aria-describedby={`${searchId}-help`}
                onChange={(event) => update({ query: event.target.value })}
              />
              <HelpText id={`${searchId}-help`}>{t('searchHelp')}</HelpText>
            </Box>
            <SelectField
              label={t('filterSeverity')}
              value={filters.severity}
              onChange={(value) => update({ severity: value as SeverityFilter })}
              options={SEVERITY_OPTIONS.map((o) => ({ value: o.value, label: t(o.label) }))}
            />
            <SelectField
              label={t('filterRule')}
              value={filters.rule}
              onChange={(value) => update({ rule: value })}
              options={ruleOptions}
            />
            <SelectField
              label={t('filterRole')}
              value={filters.role}
              onChange={(value) => update({ role: value })}
              options={[
                { value: '', label: t('filterAny') },
                ...roles.map((r) => ({ value: r, label: r })),
                { value: NO_ROLE, label: t('filterRoleNone') },
              ]}
            />
            {idps.length > 0 ? (
              <SelectField
                label={t('filterIdp')}
                value={filters.idp}
                onChange={(value) => update({ idp: value })}
                options={[
                  { value: '', label: t('filterAny') },
                  ...idps.map((id) => ({ value: id, label: idpName(id) })),
                ]}
              />
            ) : null}
          </Box>
          <Text as="p" aria-live="polite" marginBottom="space30">
            {t('tableCaption', { shown: sorted.length, total: rows.length })}
          </Text>
          <TeamTable views={sorted} total={rows.length} sort={sort} onSort={onSort} onOpen={setOpenKey} />
        </Box>
      )}

      {/* Team-wide checks come after the workers: they can be long, and the table is what most visits are for. */}
      {teamChecks}
    </Box>
  );
}
