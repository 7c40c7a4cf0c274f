import * as React from 'react';
import { Text } from '@twilio-paste/core/text';
import { relativeTime } from '../../core/samlEvidence';
import type { StringKey, Translate } from '../strings';
import { useStrings } from '../StringsProvider';
import { ValueText } from './ValueText';

const UNIT: Readonly<Record<'second' | 'minute' | 'hour' | 'day', readonly [StringKey, StringKey]>> = {
  second: ['durSecond', 'durSeconds'],
  minute: ['durMinute', 'durMinutes'],
  hour: ['durHour', 'durHours'],
  day: ['durDay', 'durDays'],
};

function utcText(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "expired 646 days ago", "in 5 minutes": how far `iso` is from `now`; `expiry` words a deadline. */
export function relativePhrase(t: Translate, iso: string, now: string, expiry: boolean): string | undefined {
  const rel = relativeTime(iso, now);
  if (!rel) return undefined;
  const [one, many] = UNIT[rel.unit];
  const duration = t(rel.amount === 1 ? one : many, { n: rel.amount });
  if (expiry) return t(rel.past ? 'timeExpiredAgo' : 'timeExpiresIn', { duration });
  return t(rel.past ? 'timeAgo' : 'timeIn', { duration });
}

export interface TimeTextProps {
  readonly iso: string;
  /** What "ago" is measured from: the analysis time, passed in as data. */
  readonly now: string;
  /** A deadline (NotOnOrAfter, certificate end): "expired … ago" / "expires in …". */
  readonly expiry?: boolean;
}

/** A SAML time in local time and UTC, with how long ago (or ahead) it is; unreadable text stays as sent. */
export function TimeText({ iso, now, expiry = false }: TimeTextProps): React.ReactElement {
  const t = useStrings();
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return <ValueText value={iso} />;
  const local = new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  const relative = relativePhrase(t, iso, now, expiry);
  return (
    <Text as="span" title={iso}>
      {t('timeBoth', { local, utc: utcText(ms) })}
      {relative ? ` · ${relative}` : ''}
    </Text>
  );
}
