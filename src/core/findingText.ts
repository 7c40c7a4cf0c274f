import { PLAIN, redactText, type Disclosure } from './disclose';
import { fillTemplate } from './messages';
import { ruleById } from './rules';
import type { Finding } from './types';

/**
 * A finding's message under a disclosure: filled again from its template and data, so masking and
 * redaction decide on each value, never by searching the finished text. A finding whose template is
 * unknown (made by hand, not by a registered rule) has only its text: it is shown plain only in plain
 * mode, redacted as free text (known values and addresses coded), and masked whole for supervisors.
 */
export function findingText(finding: Finding, disclosure: Disclosure = PLAIN): string {
  const template = (ruleById(finding.ruleId)?.meta.messages as Record<string, string> | undefined)?.[finding.messageId];
  if (template !== undefined) return fillTemplate(template, finding.data, disclosure);
  if (disclosure.mode === 'plain') return finding.message;
  return disclosure.mode === 'redact' ? redactText(finding.message, disclosure) : disclosure.mask;
}
