import rule from '../../../src/core/rules/worker/image-url-invalid';
import { GOOD_ATTRIBUTES, testWorkerRule } from '../ruleTester';

const withImage = (image_url: unknown) => ({ attributes: { ...GOOD_ATTRIBUTES, image_url } });

testWorkerRule(rule, {
  valid: [
    { name: 'an https image', input: withImage('https://cdn.example.com/avatars/ana.png') },
    { name: 'absent: no avatar', input: { attributes: { ...GOOD_ATTRIBUTES } } },
    { name: 'empty: no avatar', input: withImage('') },
  ],
  invalid: [
    {
      name: 'plain http',
      input: withImage('http://cdn.example.com/ana.png'),
      findings: [{ messageId: 'insecure', path: 'image_url', data: { value: 'http://cdn.example.com/ana.png' } }],
    },
    {
      name: 'a host without a scheme is not a URL',
      input: withImage('cdn.example.com/ana.png'),
      findings: [{ messageId: 'notUrl', path: 'image_url', data: { value: 'cdn.example.com/ana.png' } }],
    },
    {
      name: 'a list is not a URL',
      input: withImage(['https://a.example/1.png']),
      findings: [{ messageId: 'notUrl', path: 'image_url' }],
    },
    {
      name: 'javascript: is an error',
      input: withImage('javascript:alert(1)'),
      findings: [{ messageId: 'unsafeScheme', severity: 'error', path: 'image_url', data: { scheme: 'javascript' } }],
    },
    {
      name: 'javascript: hidden by a newline and padding is seen as a browser would see it',
      input: withImage('  java\nscript:alert(1)'),
      findings: [{ messageId: 'unsafeScheme', severity: 'error', path: 'image_url', data: { scheme: 'javascript' } }],
    },
    {
      name: 'data: is an error',
      input: withImage('data:image/svg+xml;base64,PHN2Zz4='),
      findings: [{ messageId: 'unsafeScheme', severity: 'error', path: 'image_url', data: { scheme: 'data' } }],
    },
    {
      name: 'any other scheme (file:) is an error too',
      input: withImage('file:///C:/photos/ana.png'),
      findings: [{ messageId: 'unsafeScheme', severity: 'error', path: 'image_url', data: { scheme: 'file' } }],
    },
  ],
});
