/**
 * Figure 3, concurrency: 1,000 getSandbox calls at once, through the SDK and
 * through raw fetch, each in a fresh process so that peak memory (the
 * process's maximum resident set) belongs to one variant only. Each process
 * makes one call, then two waves of 1,000: the stub counts the sockets each
 * wave opens, and a second wave that opens none shows that connections are
 * kept alive and reused rather than opened per call.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { childEnvironment, interquartile, median, range, verdict, type BenchContext, type Row } from './measure.js'
import { STUB_SANDBOX_ID, STUB_TOKEN } from './stub-server.js'

const CALLS = 1_000
const TARGET_RATIO = 1.2

type Variant = 'sdk' | 'raw'

/** What one child process reports. */
interface ChildReport {
  waves: { wallMs: number; failed: number; firstError: string | null; sockets: number; requests: number }[]
  /** Heap used after the first wave minus before it (after a full GC): what 1,000 calls in flight leave behind. */
  heapDeltaMb: number
  /** `process.resourceUsage().maxRSS`: the process's peak, import and both waves included. */
  peakRssMb: number
}

// Runs in the child. One call first, so that both variants start the waves with their code loaded.
const CHILD_SCRIPT = `
const [variant, distUrl, apiUrl, controlUrl, calls] = process.argv.slice(2)
const token = ${JSON.stringify(STUB_TOKEN)}
const id = ${JSON.stringify(STUB_SANDBOX_ID)}
let call
if (variant === 'sdk') {
  const { Pocketenv } = await import(distUrl)
  const client = new Pocketenv({ token, apiUrl })
  call = () => client.getSandbox(id)
} else {
  call = async () => {
    const response = await fetch(apiUrl + '/xrpc/io.pocketenv.sandbox.getSandbox?id=' + id, { headers: { authorization: 'Bearer ' + token } })
    if (!response.ok) throw new Error('answered ' + response.status)
    return response.json()
  }
}
const control = async (method, path) => (await fetch(controlUrl + path, { method })).json()
await call()
const waves = []
let heapDeltaMb = 0
for (let wave = 0; wave < 2; wave++) {
  await control('POST', '/control/reset')
  globalThis.gc()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const outcomes = await Promise.allSettled(Array.from({ length: Number(calls) }, call))
  const wallMs = performance.now() - started
  if (wave === 0) heapDeltaMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20
  const failures = outcomes.filter((outcome) => outcome.status === 'rejected')
  const { sockets, requests } = await control('GET', '/control/stats')
  waves.push({ wallMs, failed: failures.length, firstError: failures[0] ? String(failures[0].reason) : null, sockets, requests })
}
process.stdout.write(JSON.stringify({ waves, heapDeltaMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
// 1,000 idle keep-alive sockets: exit now rather than wait for them to time out; exit time is not measured here.
process.exit(0)
`

/** Runs figure 3 and returns its rows. */
export async function run(context: BenchContext): Promise<Row[]> {
  const runs = context.quick ? 1 : 7
  const folder = await mkdtemp(join(tmpdir(), 'pocketenv-concurrency-'))
  try {
    const script = join(folder, 'waves.mjs')
    await writeFile(script, CHILD_SCRIPT)
    const reports: Record<Variant, ChildReport[]> = { sdk: [], raw: [] }
    for (let round = 0; round < runs; round++) {
      for (const variant of round % 2 === 0 ? (['sdk', 'raw'] as const) : (['raw', 'sdk'] as const)) {
        const report = await runChild(script, [variant, context.distUrl, context.stub.url, context.stub.controlUrl, String(CALLS)])
        for (const wave of report.waves) {
          if (wave.failed > 0) throw new Error(`concurrency: ${wave.failed} of ${CALLS} ${variant} calls failed, first: ${wave.firstError}`)
        }
        reports[variant].push(report)
      }
      context.progress(`concurrency: round ${round + 1}/${runs}`)
    }

    const rows: Row[] = []
    const note = `${runs} fresh processes per variant`
    const measures: { name: string; unit: string; pick: (report: ChildReport) => number; target?: boolean; wholeRange?: boolean }[] = [
      { name: 'wall time, 1st wave', unit: 'ms', pick: (report) => report.waves[0]!.wallMs, target: true },
      { name: 'wall time, 2nd wave', unit: 'ms', pick: (report) => report.waves[1]!.wallMs, target: true },
      { name: 'peak RSS', unit: 'MB', pick: (report) => report.peakRssMb, target: true },
      { name: 'heap delta, 1st wave', unit: 'MB', pick: (report) => report.heapDeltaMb },
      { name: 'sockets opened, 1st wave', unit: 'sockets', pick: (report) => report.waves[0]!.sockets, wholeRange: true },
      { name: 'sockets opened, 2nd wave', unit: 'sockets', pick: (report) => report.waves[1]!.sockets, wholeRange: true },
    ]
    for (const measure of measures) {
      const raw = reports.raw.map(measure.pick)
      const sdk = reports.sdk.map(measure.pick)
      const sdkRow: Row = {
        figure: 'concurrency',
        variant: `SDK: ${measure.name}`,
        median: median(sdk),
        spread: measure.wholeRange ? range(sdk) : interquartile(sdk),
        unit: measure.unit,
        note,
      }
      if (measure.target) {
        // The processes of a round ran back to back: compare them pairwise, then take the median.
        sdkRow.ratio = median(sdk.map((value, round) => value / raw[round]!))
        sdkRow.target = `≤ ${TARGET_RATIO}× raw fetch`
        sdkRow.verdict = verdict(sdkRow.ratio <= TARGET_RATIO)
      }
      rows.push(sdkRow, {
        figure: 'concurrency',
        variant: `raw fetch: ${measure.name}`,
        median: median(raw),
        spread: measure.wholeRange ? range(raw) : interquartile(raw),
        unit: measure.unit,
        note,
      })
    }
    return rows
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function runChild(script: string, args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnvironment() })
    let output = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(output) as ChildReport)
      else reject(new Error(`concurrency: child exited with ${code}\n${errors}`))
    })
  })
}
