import { hasAttribute, isBlankValue } from '../../attributes';
import { fixed, personal } from '../../disclose';
import { defineRule, PASS } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

type Message = 'notUrl' | 'insecure' | 'unsafeScheme';

/**
 * The WHATWG URL parser, as browsers use it: it strips tabs and newlines, so `java\nscript:` is
 * seen as the `javascript:` it would become in an `href`. Undefined when the value does not parse
 * (or the runtime has no URL, which Node 20 and every supported browser have).
 */
function parseUrl(text: string): URL | undefined {
  if (typeof URL !== 'function') return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Schemes worth naming as such; any other "scheme" is just the start of the value, so it is personal too. */
const KNOWN_SCHEMES: ReadonlySet<string> = new Set([
  'javascript',
  'data',
  'vbscript',
  'file',
  'ftp',
  'blob',
  'about',
  'mailto',
  'tel',
]);

/**
 * An https address that the URL parser is sure to accept with a host: letters, digits and hyphens in
 * dot-separated labels, the last one starting with a letter (so never read as an IPv4 number), no port,
 * no user, then an optional path of printable ASCII. Punycode labels (`xn--`) are left to the parser,
 * which may refuse them. Nearly every avatar URL is one of these, and needs no URL object.
 */
const PLAIN_HTTPS = /^https:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:\/[\x21-\x7e]*)?$/i;
const PUNYCODE = /xn--/i;

export function isPlainHttps(value: string): boolean {
  return PLAIN_HTTPS.test(value) && !PUNYCODE.test(value);
}

function judge(value: unknown): Report<Message> | undefined {
  if (typeof value === 'string' && isPlainHttps(value)) return undefined;
  if (typeof value !== 'string') {
    return { messageId: 'notUrl', path: 'image_url', data: { value: personal(value, 'image_url') } };
  }
  const url = parseUrl(value);
  const shown = personal(value.trim(), 'image_url');
  if (!url) return { messageId: 'notUrl', path: 'image_url', data: { value: shown } };
  if (url.protocol === 'https:')
    return url.hostname === '' ? { messageId: 'notUrl', path: 'image_url', data: { value: shown } } : undefined;
  if (url.protocol === 'http:') return { messageId: 'insecure', path: 'image_url', data: { value: shown } };
  return {
    messageId: 'unsafeScheme',
    path: 'image_url',
    severity: 'error',
    data: {
      value: shown,
      scheme: KNOWN_SCHEMES.has(url.protocol.slice(0, -1))
        ? fixed(url.protocol.slice(0, -1))
        : personal(url.protocol.slice(0, -1), 'image_url', 20),
    },
  };
}

export default defineRule<WorkerRuleContext, Message>({
  meta: {
    id: 'image-url-invalid',
    scope: 'worker',
    title: {
      pass: 'image_url is an https address (or absent)',
      fail: 'image_url is not a usable https address',
    },
    description:
      "Flex shows image_url as the agent's avatar. It must be an https URL of an image: plain http is mixed content " +
      'that browsers upgrade or block, and any other scheme (javascript:, data:) is never safe to load.',
    severity: 'warning',
    messages: {
      notUrl:
        'image_url is "{{value}}", which is not a web address, so Flex cannot show the avatar. Use an https URL of an image.',
      insecure:
        'image_url is "{{value}}", a plain http address. Flex runs on https, so browsers treat it as mixed content ' +
        'and upgrade or block it; the avatar may not show. Use the https address of the image.',
      unsafeScheme:
        'image_url uses the "{{scheme}}" scheme ("{{value}}"). Only https image addresses are safe; this value is ' +
        'never rendered as a link or an image. Check where the IdP takes this value from.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    // Absent or empty: the agent simply has no avatar.
    if (!hasAttribute(worker.attributes, 'image_url') || isBlankValue(worker.attributes['image_url'])) return PASS;
    const report = judge(worker.attributes['image_url']);
    return report ? [report] : PASS;
  },
});
