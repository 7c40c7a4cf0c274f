/**
 * Jest 27's node environment predates Node 18's web globals (fetch, Headers, TransformStream…), which
 * playwright-core reads when it loads: hand the test context the ones it lacks.
 */
'use strict';
const NodeEnvironment = require('jest-environment-node');

const WEB_GLOBALS = [
  'fetch',
  'Headers',
  'Request',
  'Response',
  'FormData',
  'Blob',
  'File',
  'AbortController',
  'AbortSignal',
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'WritableStream',
  'TransformStream',
  'TextEncoderStream',
  'TextDecoderStream',
  'CompressionStream',
  'DecompressionStream',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
  'BroadcastChannel',
  'MessageChannel',
  'MessagePort',
  'MessageEvent',
  'Event',
  'EventTarget',
  'DOMException',
  'WebSocket',
  'structuredClone',
  'crypto',
  'performance',
];

class BrowserTestEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of WEB_GLOBALS) {
      if (this.global[name] === undefined && globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = BrowserTestEnvironment;
