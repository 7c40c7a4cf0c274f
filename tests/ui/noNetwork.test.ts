import * as fs from 'fs';
import * as path from 'path';

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('src/ui makes no network requests', () => {
  it('uses no fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource (the analyzer note says nothing is sent)', () => {
    const offenders = files(path.join(__dirname, '../../src/ui')).filter((f) =>
      /\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|dangerouslySetInnerHTML|<img\b/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
