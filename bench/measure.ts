/**
 * Small statistics and the result table shared by every figure.
 */

/** A range that shows how much a figure varied. */
export interface Spread {
  low: number
  high: number
  /** Which range it is: the middle half of the samples, or all of them. */
  of: 'p25–p75' | 'min–max'
}

/** One line of the result table, and of the JSON file. */
export interface Row {
  /** Which figure of the issue: "per-call", "cold start", … */
  figure: string
  /** What was measured within the figure. */
  variant: string
  /** The median of the samples (or the single value, for sizes). */
  median: number
  /** How much the samples varied; `null` for a figure measured once. */
  spread: Spread | null
  /** Unit of `median` and `spread`: "µs", "ms", "MB", "kB", … */
  unit: string
  /** The target, as written in the issue, when the row has one. */
  target?: string
  /** The figure divided by the same figure for raw fetch, when it is compared. */
  ratio?: number
  /** Whether the target is met. */
  verdict?: 'pass' | 'MISS'
  /** Sample count, and anything else worth knowing to read the row. */
  note?: string
}

/** The `q` quantile of `values` (0 ≤ q ≤ 1), interpolating between neighbours. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/**
 * The middle half of `values` (p25–p75): the usual spread here, since a shared
 * 2-vCPU machine produces the odd outlier that min–max would be all about.
 */
export function interquartile(values: readonly number[]): Spread {
  return { low: quantile(values, 0.25), high: quantile(values, 0.75), of: 'p25–p75' }
}

/** The whole range of `values`: for small sample counts, or when the extreme is the point. */
export function range(values: readonly number[]): Spread {
  return { low: Math.min(...values), high: Math.max(...values), of: 'min–max' }
}

/** `'pass'` when `ok`, else `'MISS'`. */
export function verdict(ok: boolean): 'pass' | 'MISS' {
  return ok ? 'pass' : 'MISS'
}

/**
 * The environment for the fresh Node processes a figure measures. Without
 * `NODE_OPTIONS`, nothing of this process (tsx's loader, flags) leaks into
 * them. Without `NODE_EXTRA_CA_CERTS`, which this machine sets: it makes every
 * Node process load a CA bundle at startup (about 70 ms here), a constant that
 * would only dilute the ratios, and no TLS is involved against the stub.
 */
export function childEnvironment(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, NODE_EXTRA_CA_CERTS: _certificates, ...environment } = process.env
  return environment
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return performance.now()
}

/** A number with about three significant digits, which is all a benchmark can vouch for. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const magnitude = Math.abs(value)
  const digits = Number.isInteger(value) || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** The rows as a plain-text table: figure | variant | median | spread | ratio | target | verdict. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['figure', 'variant', 'median', 'spread', 'ratio', 'target', 'verdict']
  const lines = rows.map((row) => [
    row.figure,
    row.variant,
    `${formatNumber(row.median)} ${row.unit}`,
    row.spread ? `${formatNumber(row.spread.low)}–${formatNumber(row.spread.high)} (${row.spread.of})` : '',
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.target ?? '',
    row.verdict ?? '',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)))
  const render = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ').trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-')
  // A rule between figures makes the table readable at a glance.
  const body: string[] = []
  lines.forEach((line, index) => {
    if (index > 0 && rows[index]!.figure !== rows[index - 1]!.figure) body.push(rule)
    body.push(render(line))
  })
  return [render(header), rule, ...body].join('\n')
}

/** The figures, in the order they run and are printed; `bench/child.ts` maps each to its `run`. */
export const FIGURE_NAMES = ['per-call', 'cold start', 'concurrency', 'waiting', 'size'] as const

/** One of {@link FIGURE_NAMES}. */
export type FigureName = (typeof FIGURE_NAMES)[number]

/** What every figure gets from `bench/run.ts`. */
export interface BenchContext {
  /** `--quick`: few iterations, to prove the benchmarks still run, not to judge speed. */
  quick: boolean
  /** The repository root. */
  root: string
  /**
   * `file:` URL of the built package's entry: a snapshot of `dist/` taken after
   * the build, so the numbers are the package's (not the sources'), and a
   * rebuild during the run cannot swap chunks under the benchmark.
   */
  distUrl: string
  /** The stub, running in its own process. */
  stub: { url: string; controlUrl: string }
  /** Prints a progress line (to stderr, so that stdout is the table). */
  progress(message: string): void
  /** Adds a titled block printed under the table and stored in the JSON file. */
  detail(title: string, lines: string[]): void
}
