/**
 * The Node benchmarks. Each figure is a ratio to a baseline measured in the same run on the same data,
 * so a slow or busy machine moves both alike (issue 12 names each benchmark, its baseline and target):
 *  - team-check-10k    every worker and team rule over 10,000 sandbox workers / JSON.parse + JSON.stringify of them
 *  - team-update-one   one worker changes among 10,000, results current again (TeamResults, as the live
 *                      Team tab does: that worker re-checked, team rules updated incrementally) / team-check-10k
 *  - team-check-50k    the same at 50,000 / team-check-10k × 5 (linear growth is 1.0)
 *  - saml-analyze      analyzeEvidence on a signed enhanced-SSO response, signatures not verified / parsing its XML
 *  - saml-analyze-verify  the same with both signatures verified (reported, no target)
 *  - har-analyze-8mb   an 8 MB HAR with one SAML POST among realistic entries, to findings / JSON.parse of it
 * Medians after warm-up. Run with `npm run bench` (see scripts/bench.js for the options).
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTeam } from '../src/core/check';
import { parseConfig } from '../src/core/config';
import type { WorkerSnapshot } from '../src/core/types';
import { analyzeEvidence, type AnalyzeOptions } from '../src/saml/analyze';
import { nodeDeps, nodeParseXml } from '../src/cli/nodeDeps';
import { TeamResults } from '../src/flex/teamResults';
import type { WorkerItem } from '../src/flex/teamQuery';
import { generateWorkforce, SANDBOX_CONFIG, SANDBOX_NOW } from '../sandbox/workforce';
import { makeHar } from './har';
import { emit, median, type Figure } from './report';

const QUICK = process.env['BENCH_QUICK'] === '1';
/** Repetitions: fewer in CI's quick run (the ratio's margin there is generous). */
const reps = (full: number): number => (QUICK ? Math.max(3, Math.ceil(full / 4)) : full);

async function time(runs: number, fn: () => unknown, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn(); // JIT, caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * A benchmark and its baseline, measured in alternation (baseline, subject, baseline, …) so that a
 * machine busy with other work slows both alike; medians of each.
 */
async function pair(
  runs: number,
  baseline: () => unknown,
  subject: () => unknown,
  warmup = 2,
): Promise<[baselineMs: number, subjectMs: number]> {
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await subject();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await baseline();
    a.push(performance.now() - start);
    start = performance.now();
    await subject();
    b.push(performance.now() - start);
  }
  return [median(a), median(b)];
}

/**
 * The sandbox's workers as Flex hands them over: parsed from JSON (the TaskRouter SDK parses each worker's
 * attributes; the CLI reads a file). The generator's own objects are built with template strings and
 * literals, shapes and strings no parsed worker has, and measure about 13 % slower for it.
 */
function items(size: number): WorkerItem[] {
  const generated = generateWorkforce({ size }).map(({ pattern: _pattern, ...item }) => item);
  return JSON.parse(JSON.stringify(generated)) as WorkerItem[];
}

function snapshots(list: readonly WorkerItem[]): WorkerSnapshot[] {
  return list.map((w) => ({
    sid: w.worker_sid,
    name: w.friendly_name,
    attributes: w.attributes as WorkerSnapshot['attributes'],
  }));
}

async function main(): Promise<void> {
  const only = process.env['BENCH_ONLY'] ? new Set(process.env['BENCH_ONLY'].split(',')) : undefined;
  const wanted = (name: string) => !only || only.has(name);
  const expectations = parseConfig(SANDBOX_CONFIG).expectations;
  const figures: Figure[] = [];
  const add = (figure: Figure) => {
    figures.push(figure);
    emit(figure);
  };

  // ------------------------------------------------------------------------------------ team
  const items10k = items(10_000);
  const workers10k = snapshots(items10k);
  const json10k = JSON.stringify(workers10k);
  let team10k = 0;
  if (wanted('team-check-10k') || wanted('team-update-one') || wanted('team-check-50k')) {
    const [touch, team] = await pair(
      reps(11),
      () => JSON.stringify(JSON.parse(json10k)),
      () => checkTeam(workers10k, expectations),
    );
    team10k = team;
    add({
      name: 'team-check-10k',
      value: team10k,
      unit: 'ms',
      baseline: 'JSON.parse + JSON.stringify of the 10,000 workers',
      baselineValue: touch,
      target: 3,
    });
  }

  if (wanted('team-update-one')) {
    const results = new TeamResults(expectations);
    for (const item of items10k) results.upsert(item.worker_sid, item);
    results.snapshot();
    // The worker in the middle changes its email back and forth (onto a colleague's, then back): a real
    // change each time, one that moves it in and out of a duplicate-email group.
    const one = items10k[5_000] as WorkerItem;
    const other = items10k[7_000] as WorkerItem;
    const versions = [
      { ...one, attributes: { ...(one.attributes as object), email: (other.attributes as { email?: string }).email } },
      { ...one, attributes: { ...(one.attributes as object) } },
    ];
    let turn = 0;
    const update = await time(
      reps(201),
      () => {
        turn += 1;
        results.upsert(one.worker_sid, versions[turn % 2] as WorkerItem);
        return results.snapshot();
      },
      10,
    );
    add({
      name: 'team-update-one',
      value: update,
      unit: 'ms',
      baseline: 'team-check-10k',
      baselineValue: team10k,
      target: 0.01,
    });
  }

  if (wanted('team-check-50k')) {
    const workers50k = snapshots(items(50_000));
    const team50k = await time(reps(5), () => checkTeam(workers50k, expectations), 1);
    add({
      name: 'team-check-50k',
      value: team50k,
      unit: 'ms',
      baseline: 'team-check-10k × 5',
      baselineValue: team10k * 5,
      target: 1.2,
    });
  }

  // ------------------------------------------------------------------------------------ SAML
  // The sandbox's example login: an Entra-style enhanced-SSO response, Response and Assertion both
  // signed (RSA-SHA256), as the IdP posts it (base64).
  const examples = join(__dirname, '..', 'sandbox', 'examples');
  const xml = readFileSync(join(examples, 'login-response.xml'), 'utf8');
  const certificate = readFileSync(join(examples, 'idp-certificate.pem'), 'utf8');
  const base64 = Buffer.from(xml).toString('base64');
  const deps = nodeDeps();
  const options: AnalyzeOptions = {
    context: { region: 'us1', analyzedAt: SANDBOX_NOW },
    expectations,
    configuredCertificates: [certificate],
  };
  const unverified: AnalyzeOptions = { ...options, verifySignatures: false };
  if (wanted('saml-analyze') || wanted('saml-analyze-verify')) {
    // The analyzer's code is cold until here: warm both paths up first, or the first measured one pays
    // for its compilation (seen as the unverified analysis "slower" than the verified one).
    for (let i = 0; i < reps(120); i++) {
      nodeParseXml(xml);
      await analyzeEvidence(base64, unverified, deps);
      await analyzeEvidence(base64, options, deps);
    }
    if (wanted('saml-analyze')) {
      const [xmlParse, analysis] = await pair(
        reps(201),
        () => nodeParseXml(xml),
        () => analyzeEvidence(base64, unverified, deps),
        20,
      );
      add({
        name: 'saml-analyze',
        value: analysis,
        unit: 'ms',
        baseline: 'parsing its XML (same parser)',
        baselineValue: xmlParse,
        target: 3,
      });
    }
    if (wanted('saml-analyze-verify')) {
      const [xmlParse, verified] = await pair(
        reps(101),
        () => nodeParseXml(xml),
        () => analyzeEvidence(base64, options, deps),
        20,
      );
      add({
        name: 'saml-analyze-verify',
        value: verified,
        unit: 'ms',
        baseline: 'parsing its XML (same parser)',
        baselineValue: xmlParse,
        target: null,
      });
    }
  }

  if (wanted('har-analyze-8mb')) {
    const har = makeHar(readFileSync(join(examples, 'login.har'), 'utf8'), 8 * 1024 * 1024);
    // Nine samples even in CI's quick run (under a second): with three, one major collection of an
    // 8 MB document decided the median (2.9× in one CI run, 7.4× in the next).
    const [parse, analysis] = await pair(
      9,
      () => JSON.parse(har),
      () => analyzeEvidence(har, unverified, deps),
      1,
    );
    add({
      name: 'har-analyze-8mb',
      value: analysis,
      unit: 'ms',
      baseline: 'JSON.parse of the same file',
      baselineValue: parse,
      target: 2,
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
