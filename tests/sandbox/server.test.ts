// The sandbox server's contract: a fixed route table, the production bundle served unchanged, and a
// Content-Security-Policy that keeps every request on the machine.
import * as fs from 'node:fs';
import * as path from 'node:path';

const { CSP, ROUTES, handle } = require('../../scripts/start.js') as {
  CSP: string;
  ROUTES: Record<string, { file: string }>;
  handle: (req: { method: string; url: string }, res: FakeResponse) => void;
};

interface FakeResponse {
  status?: number;
  headers: Record<string, string>;
  body?: Buffer | string | undefined;
  writeHead(status: number, headers: Record<string, string>): void;
  end(body?: Buffer | string): void;
}

function request(url: string, method = 'GET'): FakeResponse {
  const res: FakeResponse = {
    headers: {},
    writeHead(status, headers) {
      this.status = status;
      this.headers = headers;
    },
    end(body) {
      this.body = body;
    },
  };
  handle({ method, url }, res);
  return res;
}

describe('the sandbox server', () => {
  it('sends a strict Content-Security-Policy on every answer', () => {
    for (const directive of [
      "default-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "img-src 'self' data:",
      "script-src 'self'",
    ]) {
      expect(CSP).toContain(directive);
    }
    expect(CSP).not.toMatch(/https?:|\*/);
    expect(request('/nowhere').headers['Content-Security-Policy']).toBe(CSP);
  });

  it('serves the production bundle from build/ unchanged, at the path Flex loads plugins from', () => {
    const route = ROUTES['/plugins/plugin-sso-diagnostics.js'];
    expect(route?.file).toBe(path.join(__dirname, '..', '..', 'build', 'plugin-sso-diagnostics.js'));
    if (route && fs.existsSync(route.file)) {
      expect(
        Buffer.compare(request('/plugins/plugin-sso-diagnostics.js').body as Buffer, fs.readFileSync(route.file)),
      ).toBe(0);
    }
  });

  it('offers the example HAR as a download', () => {
    const res = request('/examples/login.har');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Disposition']).toMatch(/attachment/);
  });

  it('answers nothing outside its route table', () => {
    expect(request('/../package.json').status).toBe(404);
    expect(request('/plugins/../../package.json').status).toBe(404);
    expect(request('/sandbox/workforce.ts').status).toBe(404);
    expect(request('/', 'POST').status).toBe(405);
  });
});
