/**
 * The one entry point the CLI and the plugin use: evidence text in, one analysis per SAML Response
 * out (newest first). Host-specific pieces — the XML parser, WebCrypto, raw inflate — are injected:
 * browser.ts builds them from the browser, src/cli/nodeDeps.ts from Node.
 */
import { analyzeSamlSnapshot, type SamlAnalysis } from '../core/analyzeSaml';
import type { CaptureInfo, SamlContext, SamlSnapshot } from '../core/samlTypes';
import type { DiagnosticsConfig, WorkerSnapshot } from '../core/types';
import { SamlInputError } from './errors';
import { extractResponses, type OneOrMore } from './input';
import { nextTask } from './tasks';

import { readSnapshot } from './snapshot';
import { parseSafely, type ParseXml } from './xml';

/** Inputs above this size yield to the page between parsing and reading (about 5,000 elements of XML). */
const YIELD_ABOVE_BYTES = 256 * 1024;

export interface AnalyzeOptions {
  readonly context: Omit<SamlContext, 'hasConfiguredCertificates'>;
  readonly expectations: DiagnosticsConfig;
  /** PEM or bare base64 certificates the account is configured with (may be empty). */
  readonly configuredCertificates: readonly string[];
  /** The same worker's current attributes, for the `saml+worker` rules. */
  readonly worker?: WorkerSnapshot;
  /** Stands in for the capture time when the evidence carries none (the CLI's --now). */
  readonly defaultCaptureTime?: string;
  /** false: signatures are read but not verified (each one "could not be checked"). Default true. */
  readonly verifySignatures?: boolean;
}

export interface AnalyzeDeps {
  readonly parseXml: ParseXml;
  readonly subtle: SubtleCrypto;
  readonly inflateRaw: (bytes: Uint8Array) => Promise<Uint8Array>;
}

/** Milliseconds spent in each stage, for the CLI's `--timings` and for performance tests. */
export interface EvidenceTimings {
  /** Decoding the whole input (shared by every response found in it). */
  readonly extractMs: number;
  readonly parseMs: number;
  /** Reading the DOM and verifying signatures. */
  readonly snapshotMs: number;
  readonly rulesMs: number;
}

export interface EvidenceAnalysis {
  readonly capture: CaptureInfo;
  readonly saml: SamlSnapshot;
  readonly analysis: SamlAnalysis;
  readonly timings?: EvidenceTimings;
}

/**
 * Every SAML Response in `text`, analysed, newest first. Unreadable input throws SamlInputError.
 * In a HAR or SAML-tracer capture, a message that is not a login Response (a logout, say) or cannot be
 * read is left out as long as another one can be analysed; when none can, the newest one's error is thrown.
 */
export async function analyzeEvidence(
  text: string,
  options: AnalyzeOptions,
  deps: AnalyzeDeps,
): Promise<OneOrMore<EvidenceAnalysis>> {
  const started = now();
  const evidence = await extractResponses(text, deps);
  const extractMs = now() - started;
  const context: SamlContext = {
    ...options.context,
    hasConfiguredCertificates: options.configuredCertificates.some((pem) => pem.trim() !== ''),
  };

  const results: EvidenceAnalysis[] = [];
  let firstError: unknown;
  for (const { xml, capture: captured } of evidence) {
    const capture =
      captured.capturedAt === undefined && options.defaultCaptureTime !== undefined
        ? { ...captured, capturedAt: options.defaultCaptureTime }
        : captured;
    const isCapture = capture.source === 'har' || capture.source === 'saml-tracer';
    try {
      // Each long synchronous step (parse, each canonicalization) gets its own task, so the browser tab
      // keeps answering while a large document is analysed.
      // Only a large input yields: a real response is analysed in milliseconds.
      const large = xml.length > YIELD_ABOVE_BYTES;
      if (large) await nextTask();
      const parseStart = now();
      const doc = parseSafely(xml, deps.parseXml);
      const parsed = now();
      if (large) await nextTask();
      const snapshotStart = now();
      const saml = await readSnapshot(doc, {
        subtle: deps.subtle,
        configuredCertificates: options.configuredCertificates,
        ...(options.verifySignatures === false ? { verify: false } : {}),
      });
      const rulesStart = now();
      const analysis = analyzeSamlSnapshot({
        saml,
        capture,
        context,
        expectations: options.expectations,
        ...(options.worker ? { worker: options.worker } : {}),
      });
      const done = now();
      results.push({
        capture,
        saml,
        analysis,
        timings: {
          extractMs,
          parseMs: parsed - parseStart,
          snapshotMs: rulesStart - snapshotStart,
          rulesMs: done - rulesStart,
        },
      });
    } catch (error) {
      if (!isCapture || !(error instanceof SamlInputError)) throw error;
      if (firstError === undefined) firstError = error;
    }
  }
  const [newest, ...older] = results;
  if (newest === undefined) throw firstError ?? new SamlInputError('noSamlInCapture');
  return [newest, ...older];
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
