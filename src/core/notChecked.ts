/** "Not checked", grouped by reason: one line per reason, the rules behind it, as an admin acts on it. */
import { NOT_CHECKED_REASONS } from './messages';
import type { NotChecked, NotCheckedReasonId } from './types';

export interface NotCheckedGroup {
  readonly reasonId: NotCheckedReasonId;
  /** The reason in plain words, without any one rule's detail. */
  readonly reason: string;
  /** Each rule that could not run for this reason, with its own full reason. */
  readonly entries: readonly NotChecked[];
}

/** Groups in the order their reason first appears; a rule appears once per reason. */
export function groupNotChecked(notChecked: readonly NotChecked[]): NotCheckedGroup[] {
  const groups = new Map<NotCheckedReasonId, NotChecked[]>();
  for (const n of notChecked) {
    const list = groups.get(n.reasonId) ?? [];
    if (!list.some((e) => e.ruleId === n.ruleId)) list.push(n);
    groups.set(n.reasonId, list);
  }
  return [...groups].map(([reasonId, entries]) => ({ reasonId, reason: NOT_CHECKED_REASONS[reasonId], entries }));
}
