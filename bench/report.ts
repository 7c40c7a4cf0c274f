/** One benchmark figure, printed as a table row or (with --json) as one JSON object per line. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'bytes';
  readonly baseline: string;
  readonly baselineValue: number;
  /** The ratio the issue asks for (value / baselineValue at most); null when only reported. */
  readonly target: number | null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const JSON_OUTPUT = process.env['BENCH_JSON'] === '1';

export function emit(figure: Figure): void {
  const ratio = figure.value / figure.baselineValue;
  const round = (n: number) => (figure.unit === 'bytes' ? Math.round(n) : Number(n.toPrecision(4)));
  if (JSON_OUTPUT) {
    console.log(
      JSON.stringify({
        name: figure.name,
        value: round(figure.value),
        unit: figure.unit,
        baseline: figure.baseline,
        baselineValue: round(figure.baselineValue),
        ratio: Number(ratio.toPrecision(3)),
        target: figure.target,
      }),
    );
    return;
  }
  const value = `${round(figure.value)} ${figure.unit}`;
  const target = figure.target === null ? 'report' : `≤ ${figure.target}`;
  console.log(
    `${figure.name.padEnd(22)} ${value.padStart(14)}  ${ratio.toPrecision(3).padStart(7)}× (target ${target.padEnd(6)})  of ${figure.baseline}: ${round(figure.baselineValue)} ${figure.unit}`,
  );
}
