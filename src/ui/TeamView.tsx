import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutHeading, CalloutText } from '@twilio-paste/core/callout';
import { Text } from '@twilio-paste/core/text';
import { rankRules } from '../core/check';
import { resolveFindingFix, teamIdp } from '../core/idp';
import { toReportJson } from '../core/report';
import { ExportControls, type ExportScope } from './components/ExportControls';
import { Section } from './components/Section';
import { useStrings } from './StringsProvider';
import { Progress } from './team/Progress';
import { RuleSummary } from './team/RuleSummary';
import { TeamChecks } from './team/TeamChecks';
import { HeadlineCounts, TeamFiltersBar } from './team/TeamFilters';
import { TeamTable, type TablePosition } from './team/TeamTable';
import { WorkerView } from './team/WorkerView';
import {
  DEFAULT_SORT,
  NO_FILTERS,
  filterRows,
  hasFilters,
  headline,
  idpsSeen,
  roleOptions,
  rowView,
  sortRows,
  type SeverityFilter,
  type SortColumn,
  type TeamFilters,
  type TeamRowView,
  type TeamSort,
} from './teamModel';
import type { TeamViewProps } from './types';

export { ROW_HEIGHT } from './team/TeamTable';
export { RULE_SUMMARY_TOP } from './team/RuleSummary';

type Scope = 'worker' | 'filtered' | 'team';

/**
 * Every worker's SSO health. The table is the page: a headline count, search and filters, the table,
 * then a compact rule summary and the team checks. Opening a worker replaces the list with that
 * worker (team-wide controls hidden); Escape or "Back to all workers" returns to the same row and scroll.
 */
export function TeamView(props: TeamViewProps): React.ReactElement {
  const { rows, team, summary, loading, partial, expectations, focusWorkerSid, canSeeValues } = props;
  const t = useStrings();
  const [filters, setFilters] = React.useState<TeamFilters>(NO_FILTERS);
  const [sort, setSort] = React.useState<TeamSort>(DEFAULT_SORT);
  const [openKey, setOpenKey] = React.useState<string | undefined>(focusWorkerSid);
  const [position, setPosition] = React.useState<TablePosition | undefined>(undefined);
  React.useEffect(() => {
    if (focusWorkerSid !== undefined) setOpenKey(focusWorkerSid);
  }, [focusWorkerSid]);

  // Each step is memoised on what it reads; rowView caches by row identity, so one updated worker
  // costs one row recomputation, not a rebuild of every row. The rows are sorted once per data or sort
  // change and a filter (a keystroke in search) only filters the sorted list, which keeps its order:
  // a keystroke is one linear pass, not a sort of 10,000 rows with the collator.
  const views = React.useMemo(() => rows.map(rowView), [rows]);
  const byKey = React.useMemo(() => new Map(views.map((v) => [v.key, v])), [views]);
  const ordered = React.useMemo(() => sortRows(views, sort), [views, sort]);
  const sorted = React.useMemo(() => filterRows(ordered, filters), [ordered, filters]);
  const roles = React.useMemo(() => roleOptions(views), [views]);
  const idps = React.useMemo(() => idpsSeen(views), [views]);
  const counts = React.useMemo(() => headline(views), [views]);
  const rules = React.useMemo(
    () => rankRules(summary, [...rows.map((r) => r.result.findings), team.findings]),
    [summary, rows, team.findings],
  );
  const idp = React.useMemo(
    () =>
      teamIdp(
        rows.map((r) => r.idp),
        props.idp,
      ),
    [rows, props.idp],
  );
  const open: TeamRowView | undefined = openKey === undefined ? undefined : byKey.get(openKey);

  const update = React.useCallback((patch: Partial<TeamFilters>) => setFilters((f) => ({ ...f, ...patch })), []);
  const clear = React.useCallback(() => setFilters(NO_FILTERS), []);
  const filtering = hasFilters(filters);
  const onSort = React.useCallback(
    (column: SortColumn) =>
      setSort((s) =>
        s.column === column
          ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
          : { column, direction: column === 'errors' || column === 'warnings' ? 'descending' : 'ascending' },
      ),
    [],
  );
  // Where Escape or "Back to all workers" returns focus: the table's row, or the team check's button.
  const [checkReturn, setCheckReturn] = React.useState<string | undefined>(undefined);
  const openWorker = React.useCallback((key: string, at?: TablePosition) => {
    setPosition(at ?? { key, scrollTop: 0 });
    setCheckReturn(undefined);
    setOpenKey(key);
  }, []);
  const openFromCheck = React.useCallback((key: string) => {
    setPosition(undefined);
    setCheckReturn(key);
    setOpenKey(key);
  }, []);
  const close = React.useCallback(() => setOpenKey(undefined), []);
  const onRule = React.useCallback((rule: string) => update({ rule }), [update]);
  const onSeverity = React.useCallback((severity: SeverityFilter) => update({ severity }), [update]);
  // The team checks read nothing a filter or a keystroke changes: one element, built when the data does.
  const teamChecks = React.useMemo(
    () => (
      <TeamChecks
        team={team}
        idp={idp.id}
        runbookLinks={expectations.runbookLinks}
        canSeeValues={canSeeValues}
        byKey={byKey}
        onOpen={openFromCheck}
        {...(checkReturn !== undefined ? { returnFocusTo: checkReturn } : {})}
      />
    ),
    [team, idp.id, expectations.runbookLinks, canSeeValues, byKey, openFromCheck, checkReturn],
  );

  // Export what the user is looking at: inside a worker, that worker; on the list, the rows shown, with
  // the whole team as the other choice. Each worker keeps the IdP detected for it.
  const scopes: ExportScope[] = open
    ? [{ value: 'worker', label: t('exportScopeWorker', { name: open.name || open.key }) }]
    : [
        {
          value: 'filtered',
          label: sorted.length === 1 ? t('exportScopeFilteredOne') : t('exportScopeFiltered', { count: sorted.length }),
        },
        { value: 'team', label: t('exportScopeTeam', { count: rows.length }) },
      ];
  const buildReport = React.useCallback(
    (includeValues: boolean, scope?: string) => {
      const chosen: Scope = (scope as Scope | undefined) ?? (open ? 'worker' : 'filtered');
      const subset = chosen === 'worker' && open ? [open.row] : chosen === 'filtered' ? sorted.map((v) => v.row) : rows;
      return toReportJson(
        { kind: 'team', rows: subset, team, summary, ...(partial ? { partial: partial.reason } : {}) },
        { idp, fixFor: (f) => resolveFindingFix(f, idp.id, expectations.runbookLinks), includeValues },
      );
    },
    [open, sorted, rows, team, summary, partial, idp, expectations.runbookLinks],
  );
  const exportControls = (
    <ExportControls
      build={buildReport}
      scopes={scopes}
      title={t('reportTitleTeam')}
      fileName="sso-diagnostics-team.json"
    />
  );

  return (
    <Box>
      {loading ? <Progress loaded={loading.loaded} total={loading.total} /> : null}
      {partial ? (
        <Callout variant="warning" marginY="space50">
          <CalloutHeading as="h2">{t('partialTitle')}</CalloutHeading>
          <CalloutText>{partial.reason}</CalloutText>
        </Callout>
      ) : null}

      {open ? (
        <WorkerView
          view={open}
          teamIdp={idp}
          expectations={expectations}
          canSeeValues={canSeeValues}
          onClose={close}
          onAnalyzeWorker={props.onAnalyzeWorker}
          exportControls={exportControls}
        />
      ) : (
        <>
          <Section heading={t('workersHeading')} headingId="sso-workers-heading">
            <HeadlineCounts headline={counts} severity={filters.severity} onSeverity={onSeverity} />
            <TeamFiltersBar
              filters={filters}
              onChange={update}
              rules={rules}
              roles={roles}
              idps={idps}
              {...(filtering ? { onClear: clear } : {})}
            />
            <Text as="p" aria-live="polite" marginBottom="space30">
              {t('tableCaption', { shown: sorted.length, total: rows.length })}
            </Text>
            <TeamTable
              views={sorted}
              total={rows.length}
              sort={sort}
              onSort={onSort}
              onOpen={openWorker}
              {...(position ? { restore: position } : {})}
              empty={
                <Box display="flex" columnGap="space40" alignItems="center" flexWrap="wrap">
                  <Text as="span">{t('noWorkersMatch')}</Text>
                  {filtering ? (
                    <Button variant="secondary" size="small" onClick={clear}>
                      {t('clearFilters')}
                    </Button>
                  ) : null}
                </Box>
              }
            />
            <Box marginTop="space50">
              <RuleSummary rules={rules} active={filters.rule} onFilter={onRule} />
            </Box>
            {exportControls}
          </Section>
          {/* Team-wide checks come after the workers: they can be long, and the table is what most visits are for. */}
          {teamChecks}
        </>
      )}
    </Box>
  );
}
