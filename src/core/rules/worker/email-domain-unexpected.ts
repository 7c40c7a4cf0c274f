import { fixed, text } from '../../disclose';
import { emailDomain } from '../../email';
import { defineRule, PASS } from '../../engine';
import type { WorkerRuleContext } from '../../types';

// The configured list is the same array for every worker of a check: normalise it once.
const allowedCache = new WeakMap<readonly string[], ReadonlySet<string>>();

function allowedDomains(configured: readonly string[]): ReadonlySet<string> {
  let set = allowedCache.get(configured);
  if (!set) {
    set = new Set(configured.map((domain) => domain.trim().replace(/^@/, '').toLowerCase()));
    allowedCache.set(configured, set);
  }
  return set;
}

export default defineRule<WorkerRuleContext, 'domain'>({
  meta: {
    id: 'email-domain-unexpected',
    scope: 'worker',
    title: {
      pass: 'email is in a configured domain',
      fail: 'email is outside the configured domains',
    },
    description:
      "When the configuration lists the organisation's email domains, an address outside them usually means a " +
      'personal or guest account signed in, or the IdP maps email from the wrong field.',
    severity: 'warning',
    messages: {
      domain:
        'The email domain "{{domain}}" is not one of the configured domains ({{allowed}}). The user probably signed in ' +
        'with a guest or personal account, or the IdP maps email from another field.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker, expectations }) => {
    if (expectations.emailDomains.length === 0) return PASS;
    const value = worker.attributes['email'];
    if (typeof value !== 'string') return PASS;
    const domain = emailDomain(value);
    // Subdomains deliberately do not match: an organisation that wants them lists them.
    if (domain === undefined || allowedDomains(expectations.emailDomains).has(domain)) return PASS;
    return [
      { messageId: 'domain', path: 'email', data: { domain: text(domain), allowed: fixed(expectations.emailDomains) } },
    ];
  },
});
