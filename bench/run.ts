/**
 * Benchmarks, each reported against a baseline measured in the same run on the same data:
 *  - the team check (every worker rule on every worker, then the team rules) against reading the same
 *    team from JSON — the least any tool must do with it;
 *  - one live update (one worker re-checked, team rules re-run) against the full team check;
 *  - a SAML response analysis (decode, parse, two signatures, every rule) against parsing its XML.
 * Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTeam, checkTeamRules, checkWorker } from '../src/core/check';
import { parseExpectations } from '../src/core/config';
import type { WorkerSnapshot } from '../src/core/types';
import { analyzeEvidence } from '../src/saml/analyze';
import { nodeDeps, nodeParseXml } from '../src/cli/nodeDeps';
import { generateWorkforce, SANDBOX_CONFIG } from '../sandbox/workforce';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time(runs: number, fn: () => unknown): Promise<number> {
  await fn(); // warm-up: JIT, caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const rows: [string, string, string, string][] = [];
function report(name: string, ms: number, baselineName: string, baselineMs: number): void {
  rows.push([
    name,
    `${ms.toFixed(2)} ms`,
    baselineName,
    `${(ms / baselineMs).toPrecision(2)}× (${baselineMs.toFixed(2)} ms)`,
  ]);
}

async function main(): Promise<void> {
  const size = Number(process.env['BENCH_WORKERS'] ?? 10_000);
  const expectations = parseExpectations(SANDBOX_CONFIG).expectations;
  const workers: WorkerSnapshot[] = generateWorkforce({ size }).map((w) => ({
    sid: w.worker_sid,
    name: w.friendly_name,
    attributes: w.attributes as Record<string, unknown>,
  }));
  const json = JSON.stringify(workers);

  const parse = await time(7, () => JSON.parse(json));
  const team = await time(7, () => checkTeam(workers, expectations));
  report(`check ${size} workers (all rules)`, team, 'JSON.parse of the same team', parse);

  const one = workers[Math.floor(size / 2)] as WorkerSnapshot;
  const update = await time(21, () => {
    checkWorker(one, expectations);
    checkTeamRules(workers, expectations);
  });
  report('live update: one worker + team rules', update, `full check of ${size} workers`, team);

  // The sandbox's example login: an Entra-style response, Response and Assertion both signed (RSA-SHA256).
  const examples = join(__dirname, '..', 'sandbox', 'examples');
  const xml = readFileSync(join(examples, 'login-response.xml'), 'utf8');
  const certificate = readFileSync(join(examples, 'idp-certificate.pem'), 'utf8');
  const base64 = Buffer.from(xml).toString('base64');
  const deps = nodeDeps();
  const options = {
    context: { region: 'us1', analyzedAt: new Date().toISOString() },
    expectations,
    configuredCertificates: [certificate],
  };
  const xmlParse = await time(51, () => nodeParseXml(xml));
  const analysis = await time(51, () => analyzeEvidence(base64, options, deps));
  report('analyze a signed response (both signatures)', analysis, 'parsing its XML only', xmlParse);

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 8));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(line(['benchmark', 'median', 'baseline', 'ratio to baseline']));
  for (const r of rows) console.log(line(r));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
