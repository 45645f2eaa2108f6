/**
 * Figure 1, per-call overhead: getSandbox, createSandbox and exec, sequential,
 * through the high-level API, the generated client, and raw fetch doing the
 * same HTTP work. The variants are interleaved call by call, in an order that
 * rotates every step, so that a slow moment of the machine (another process,
 * a GC, CPU frequency) falls on all of them alike rather than on one batch.
 */
import { isDeepStrictEqual } from 'node:util'
import { interquartile, median, now, verdict, type BenchContext, type Row } from './measure.js'
import { resetStub, stubStats, STUB_SANDBOX_ID, STUB_TOKEN } from './stub-server.js'

type Sdk = typeof import('../src/index.js')
type Call = () => Promise<unknown>
type Variant = 'high-level' | 'generated' | 'raw fetch'

const VARIANTS: Variant[] = ['high-level', 'generated', 'raw fetch']
const TARGET_RATIO = 1.15

/** Runs figure 1 and returns one row per operation and variant. */
export async function run(context: BenchContext): Promise<Row[]> {
  const steps = context.quick ? 300 : 6000
  const warmupCalls = context.quick ? 50 : 500

  const sdk = (await import(context.distUrl)) as Sdk
  const client = new sdk.Pocketenv({ token: STUB_TOKEN, apiUrl: context.stub.url })
  const api = client.xrpc.io.pocketenv.sandbox
  const createInput = { base: sdk.DEFAULT_BASE, name: 'x', provider: sdk.DEFAULT_PROVIDER }
  const raw = rawClient(context.stub.url)

  const operations: Record<string, { path: string; calls: Record<Variant, Call> }> = {
    getSandbox: {
      path: '/xrpc/io.pocketenv.sandbox.getSandbox',
      calls: {
        'high-level': () => client.getSandbox(STUB_SANDBOX_ID),
        generated: () => api.getSandbox({ id: STUB_SANDBOX_ID }),
        'raw fetch': () => raw('GET', `/xrpc/io.pocketenv.sandbox.getSandbox?id=${STUB_SANDBOX_ID}`),
      },
    },
    createSandbox: {
      path: '/xrpc/io.pocketenv.sandbox.createSandbox',
      calls: {
        'high-level': () => client.createSandbox('x'),
        generated: () => api.createSandbox(createInput),
        'raw fetch': () => raw('POST', '/xrpc/io.pocketenv.sandbox.createSandbox', createInput),
      },
    },
    exec: {
      path: '/xrpc/io.pocketenv.sandbox.exec',
      calls: {
        'high-level': () => client.sandboxRef(STUB_SANDBOX_ID).exec('echo', ['hi']),
        generated: () => api.exec({ command: 'echo hi' }, { qp: { id: STUB_SANDBOX_ID } }),
        'raw fetch': () => raw('POST', `/xrpc/io.pocketenv.sandbox.exec?id=${STUB_SANDBOX_ID}`, { command: 'echo hi' }),
      },
    },
  }

  for (const [name, operation] of Object.entries(operations)) {
    await checkSameRequests(context, name, operation.path, operation.calls)
    for (const variant of VARIANTS) await repeat(operation.calls[variant], warmupCalls)
  }

  // Microseconds per call: each step makes one call of every variant, in rotating order.
  const samples = new Map<string, number[]>()
  const sample = (operation: string, variant: Variant) => samples.get(`${operation}/${variant}`) ?? samples.set(`${operation}/${variant}`, []).get(`${operation}/${variant}`)!
  for (const [name, operation] of Object.entries(operations)) {
    for (let step = 0; step < steps; step++) {
      for (let turn = 0; turn < VARIANTS.length; turn++) {
        const variant = VARIANTS[(step + turn) % VARIANTS.length]!
        const started = now()
        await operation.calls[variant]()
        sample(name, variant).push((now() - started) * 1000)
      }
    }
    context.progress(`per-call: ${name} done`)
  }

  const rows: Row[] = []
  for (const name of Object.keys(operations)) {
    const rawSamples = sample(name, 'raw fetch')
    for (const variant of VARIANTS) {
      const values = sample(name, variant)
      const row: Row = {
        figure: 'per-call',
        variant: `${name}: ${variant}`,
        median: median(values),
        spread: interquartile(values),
        unit: 'µs',
        note: `${steps} sequential calls, interleaved with the other variants`,
      }
      if (variant !== 'raw fetch') row.ratio = median(values) / median(rawSamples)
      if (variant === 'high-level') {
        row.target = `≤ ${TARGET_RATIO}× raw fetch`
        row.verdict = verdict(row.ratio! <= TARGET_RATIO)
      }
      rows.push(row)
    }
  }
  return rows
}

/** A fetch client with no features: the same URL, token, JSON body; reads and parses the answer. */
function rawClient(apiUrl: string) {
  return async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
    const headers: Record<string, string> = { authorization: `Bearer ${STUB_TOKEN}` }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(apiUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
    return response.json()
  }
}

async function repeat(call: Call, times: number): Promise<void> {
  for (let index = 0; index < times; index++) await call()
}

/**
 * Sends one call of each variant and compares what the stub received, so that
 * the comparison is fair: same method, URL, content type, token and body.
 */
async function checkSameRequests(context: BenchContext, operation: string, path: string, calls: Record<Variant, Call>): Promise<void> {
  const seen = []
  for (const variant of VARIANTS) {
    await resetStub(context.stub.controlUrl)
    await calls[variant]()
    const stats = await stubStats(context.stub.controlUrl)
    if (stats.requests !== 1) throw new Error(`per-call: ${operation} through ${variant} sent ${stats.requests} requests, not 1`)
    seen.push({ variant, request: stats.lastRequests[path] })
  }
  for (const { variant, request } of seen.slice(1)) {
    if (!isDeepStrictEqual(request, seen[0]!.request)) {
      throw new Error(`per-call: ${operation} through ${variant} sent ${JSON.stringify(request)}, not ${JSON.stringify(seen[0]!.request)}`)
    }
  }
}
