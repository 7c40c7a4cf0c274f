import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Option, OptionGroup, Select } from '@twilio-paste/core/select';
import { useUID } from '@twilio-paste/core/uid-library';
import { idpName } from '../../core/idp';
import type { IdpId } from '../../core/types';
import { visibleWhitespace } from '../format';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';
import { NO_ROLE, type Headline, type RoleOptions, type SeverityFilter, type TeamFilters } from '../teamModel';
import { ruleTitle } from './TeamTable';

const SEVERITY_OPTIONS: readonly { value: SeverityFilter; label: StringKey }[] = [
  { value: 'any', label: 'filterAny' },
  { value: 'error', label: 'filterSeverityError' },
  { value: 'warning', label: 'filterSeverityWarning' },
  { value: 'info', label: 'filterSeverityInfo' },
  { value: 'clean', label: 'filterSeverityClean' },
];

interface FieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: NonNullable<React.ReactNode>;
}

function SelectField({ label, value, onChange, children }: FieldProps): React.ReactElement {
  const id = useUID();
  return (
    <Box minWidth="size20" maxWidth="size30">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </Select>
    </Box>
  );
}

const formatCount = new Intl.NumberFormat(undefined);

export interface HeadlineCountsProps {
  readonly headline: Headline;
  readonly severity: SeverityFilter;
  readonly onSeverity: (severity: SeverityFilter) => void;
}

/** "2,424 workers · 731 with errors · 412 with warnings", each a filter (pressed while in force). */
export const HeadlineCounts = React.memo(function HeadlineCounts({
  headline,
  severity,
  onSeverity,
}: HeadlineCountsProps): React.ReactElement {
  const t = useStrings();
  const items: { value: SeverityFilter; text: string }[] = [
    {
      value: 'any',
      text:
        headline.workers === 1
          ? t('headlineWorkersOne')
          : t('headlineWorkers', { count: formatCount.format(headline.workers) }),
    },
    { value: 'error', text: t('headlineErrors', { count: formatCount.format(headline.withErrors) }) },
    { value: 'warning', text: t('headlineWarnings', { count: formatCount.format(headline.withWarnings) }) },
  ];
  return (
    <Box
      as="ul"
      aria-label={t('headlineLabel')}
      display="flex"
      flexWrap="wrap"
      columnGap="space30"
      listStyleType="none"
      margin="space0"
      marginBottom="space40"
      padding="space0"
      fontSize="fontSize40"
      data-testid="team-headline"
    >
      {items.map((item, i) => (
        <Box as="li" key={item.value} display="flex" columnGap="space30" alignItems="center">
          {i > 0 ? (
            <Box as="span" aria-hidden="true">
              ·
            </Box>
          ) : null}
          <Button variant="link" aria-pressed={severity === item.value} onClick={() => onSeverity(item.value)}>
            {item.text}
          </Button>
        </Box>
      ))}
    </Box>
  );
});

export interface TeamFiltersProps {
  readonly filters: TeamFilters;
  readonly onChange: (patch: Partial<TeamFilters>) => void;
  readonly rules: readonly { readonly ruleId: string }[];
  readonly roles: RoleOptions;
  readonly idps: readonly IdpId[];
  /** Shown when a filter is in force. */
  readonly onClear?: () => void;
}

/** Search and filters in one row, then "Clear filters" while any is in force. */
export function TeamFiltersBar({
  filters,
  onChange,
  rules,
  roles,
  idps,
  onClear,
}: TeamFiltersProps): React.ReactElement {
  const t = useStrings();
  const searchId = useUID();
  return (
    <Box
      display="flex"
      columnGap="space50"
      rowGap="space40"
      flexWrap="wrap"
      alignItems="flex-end"
      marginBottom="space40"
    >
      <Box minWidth="size30">
        <Label htmlFor={searchId}>{t('searchLabel')}</Label>
        <Input
          id={searchId}
          type="search"
          value={filters.query}
          aria-describedby={`${searchId}-help`}
          onChange={(event) => onChange({ query: event.target.value })}
        />
        <HelpText id={`${searchId}-help`}>{t('searchHelp')}</HelpText>
      </Box>
      <FilterSelects
        severity={filters.severity}
        rule={filters.rule}
        role={filters.role}
        idp={filters.idp}
        onChange={onChange}
        rules={rules}
        roles={roles}
        idps={idps}
      />
      {onClear ? (
        <Button variant="secondary" onClick={onClear}>
          {t('clearFilters')}
        </Button>
      ) : null}
    </Box>
  );
}

interface FilterSelectsProps extends Pick<TeamFiltersProps, 'onChange' | 'rules' | 'roles' | 'idps'> {
  readonly severity: SeverityFilter;
  readonly rule: string;
  readonly role: string;
  readonly idp: string;
}

/**
 * The four select filters. Memoised on their own values and options: a keystroke in search changes
 * none of them, and their options (every rule hit, every role value seen) grow with the workforce.
 */
const FilterSelects = React.memo(function FilterSelects({
  severity,
  rule,
  role,
  idp,
  onChange,
  rules,
  roles,
  idps,
}: FilterSelectsProps): React.ReactElement {
  const t = useStrings();
  const otherCount = roles.other.length;
  return (
    <>
      <SelectField
        label={t('filterSeverity')}
        value={severity}
        onChange={(value) => onChange({ severity: value as SeverityFilter })}
      >
        {SEVERITY_OPTIONS.map((o) => (
          <Option key={o.value} value={o.value}>
            {t(o.label)}
          </Option>
        ))}
      </SelectField>
      <SelectField label={t('filterRule')} value={rule} onChange={(value) => onChange({ rule: value })}>
        <Option value="">{t('filterAny')}</Option>
        {rules.map((r) => (
          <Option key={r.ruleId} value={r.ruleId}>
            {ruleTitle(r.ruleId)}
          </Option>
        ))}
      </SelectField>
      <SelectField label={t('filterRole')} value={role} onChange={(value) => onChange({ role: value })}>
        <Option value="">{t('filterAny')}</Option>
        {roles.flex.length > 0 ? (
          <OptionGroup label={t('filterRoleFlex')}>
            {roles.flex.map((r) => (
              <Option key={r.value} value={r.value}>
                {t('filterRoleAsSent', { value: r.role, count: r.count })}
              </Option>
            ))}
          </OptionGroup>
        ) : null}
        {roles.insights.length > 0 ? (
          <OptionGroup label={t('filterRoleInsights')}>
            {roles.insights.map((r) => (
              <Option key={r.value} value={r.value}>
                {t('filterRoleAsSent', { value: r.role, count: r.count })}
              </Option>
            ))}
          </OptionGroup>
        ) : null}
        {otherCount > 0 ? (
          <OptionGroup label={otherCount === 1 ? t('filterRoleOtherOne') : t('filterRoleOther', { count: otherCount })}>
            {roles.other.map((r) => (
              <Option key={r.value} value={r.value}>
                {t('filterRoleAsSent', { value: visibleWhitespace(r.role), count: r.count })}
              </Option>
            ))}
          </OptionGroup>
        ) : null}
        <Option value={NO_ROLE}>{t('filterRoleNone')}</Option>
      </SelectField>
      {idps.length > 0 ? (
        <SelectField label={t('filterIdp')} value={idp} onChange={(value) => onChange({ idp: value })}>
          <Option value="">{t('filterAny')}</Option>
          {idps.map((id) => (
            <Option key={id} value={id}>
              {idpName(id)}
            </Option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
});
