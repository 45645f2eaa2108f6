/**
 * The fault cases the SDK is put through against a real local server: what
 * the server does, which call meets it, and what must come of it.
 *
 * `faults.test.ts` runs each case and checks its outcome. Run directly
 * (`node --import tsx test/reliability/fault-scenarios.ts`), this file runs
 * every case, prints one line of JSON with the outcomes and then `done`, and
 * must exit on its own right after: the proof that no timer or socket is
 * left holding the process.
 */
import { pathToFileURL } from 'node:url'
import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  Pocketenv,
  RateLimitError,
  ServerError,
  TimeoutError,
  type CallOptions,
  type Logger,
  type PocketenvError,
} from '../../src/index.js'
import type { RetryEvent } from '../../src/highlevel/retry-policy.js'
import { answer, refusedUrl, startFaultServer, type FaultAnswer, type FaultServer } from '../support/fault-server.js'

/** The per-attempt timeout of the clients under test. */
export const TIMEOUT_MS = 300

/** One attempt and the default two retries: the most requests one call may make. */
const MOST_ATTEMPTS = 3

/** How soon an aborted call must reject. */
export const ABORT_PROMPT_MS = 50

/** The class an error must be exactly (not a subclass of it). */
export type ErrorClass = abstract new (...args: never[]) => PocketenvError

/** What a case must end with. */
export interface FaultExpectation {
  /** The exact class of the rejection, or `null` when the call resolves. */
  error: ErrorClass | null
  /** Requests that reached the server (or `fetch`, for a refused connection). */
  attempts: number
  /** Calls of `onRetry`. */
  retries: number
  /** `ConnectionError.code`: one of these. */
  code?: readonly string[]
  /** `ApiError.status`. */
  status?: number
  /** `RateLimitError.retryAfterMs`, inclusive range. */
  retryAfterMs?: readonly [number, number]
  /** Every `onRetry` delay, inclusive range. */
  retryDelayMs?: readonly [number, number]
  /** `TimeoutError.timeoutMs`. */
  timeoutMs?: number
  /** What the call resolves with. */
  value?: unknown
  /** Lines the logger receives (warnings and errors). @default 0 */
  warnings?: number
}

/** One fault and the call that meets it. */
export interface FaultCase {
  /** The fault, as printed in the table. */
  name: string
  /** The SDK call, as printed in the table. */
  call: string
  /** The HTTP method the call sends. */
  method: 'GET' | 'POST'
  /** The NSID of the method the call sends. */
  nsid: string
  /** What the server answers, request after request; absent for a refused connection. */
  answers?: FaultAnswer[]
  /** When to abort the call's signal: once the server has the request, or once the first retry is planned. */
  abort?: 'on-request' | 'on-retry'
  /** Makes the call; a plain, JSON-friendly result. */
  invoke: (client: Pocketenv, options: CallOptions) => Promise<unknown>
  /** Options of this call, beyond the signal. */
  callOptions?: CallOptions
  want: FaultExpectation
}

/** What came of a case, as plain data (it crosses a process boundary). */
export interface FaultOutcome {
  case: string
  call: string
  method: 'GET' | 'POST'
  /** The class name of the rejection, or `null` when the call resolved. */
  error: string | null
  message?: string
  code?: string | undefined
  status?: number
  retryAfterMs?: number | undefined
  timeoutMs?: number
  value?: unknown
  /** Requests the server saw (or `fetch` calls, for a refused connection). */
  attempts: number
  fetchCalls: number
  /** Method and path of every request the server saw, and the body it carried. */
  requests: { method: string; path: string; body: string | undefined }[]
  /** Requests the server was not scripted for. */
  unexpected: number
  retryEvents: { retry: number; delayMs: number; error: string }[]
  /** What the logger received at the `warn` and `error` levels (the client's default threshold). */
  warnings: string[]
  elapsedMs: number
  /** From the abort to the rejection, for the abort cases. */
  abortToRejectMs?: number
  /** Timers (`Timeout` resources) still active once the call settled, beyond those before it. */
  timersLeft: number
}

/** Where the cases send their requests. */
export interface FaultTargets {
  server: FaultServer
  /** A base URL on which nothing listens. */
  refusedUrl: string
}

const GET_SANDBOXES = 'io.pocketenv.sandbox.getSandboxes'
const CREATE_SANDBOX = 'io.pocketenv.sandbox.createSandbox'
const EXEC = 'io.pocketenv.sandbox.exec'

const listSandboxes = { call: 'listSandboxes()', method: 'GET', nsid: GET_SANDBOXES, invoke: (client, options) => client.listSandboxes(options) } satisfies Partial<FaultCase>
const createSandbox = {
  call: "createSandbox('x')",
  method: 'POST',
  nsid: CREATE_SANDBOX,
  invoke: async (client, options) => (await client.createSandbox('x', options)).id,
} satisfies Partial<FaultCase>
const exec = { call: "sandboxRef('sbx_1').exec('ls')", method: 'POST', nsid: EXEC, invoke: (client, options) => client.sandboxRef('sbx_1').exec('ls', [], options) } satisfies Partial<FaultCase>
const getSandbox = { call: "getSandbox('sbx_1')", method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', invoke: (client, options) => client.getSandbox('sbx_1', options) } satisfies Partial<FaultCase>
const unexpose = {
  call: "sandboxRef('sbx_1').unexpose(3000)",
  method: 'POST',
  nsid: 'io.pocketenv.sandbox.unexposePort',
  invoke: async (client, options) => (await client.sandboxRef('sbx_1').unexpose(3000, options)).id,
} satisfies Partial<FaultCase>

/** The same answer for every attempt a call may make. */
const everyAttempt = (fault: FaultAnswer): FaultAnswer[] => Array.from({ length: MOST_ATTEMPTS }, () => fault)

/** The backoff of the clients under test: 5 ms doubling, 20 ms at most. */
const BACKOFF_MS = [2, 20] as const
const httpDateOneSecondAhead = () => new Date(Date.now() + 1_000).toUTCString()
const emptyPage = { sandboxes: [], total: 0 }

/** Every case, in the order they run. */
export const FAULT_CASES: FaultCase[] = [
  { name: 'reset', ...listSandboxes, answers: everyAttempt(answer.reset()), want: { error: ConnectionError, attempts: 3, retries: 2, code: ['ECONNRESET', 'UND_ERR_SOCKET'], retryDelayMs: BACKOFF_MS } },
  { name: 'reset', ...createSandbox, answers: everyAttempt(answer.reset()), want: { error: ConnectionError, attempts: 1, retries: 0, code: ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'] } },
  { name: 'slow 100 ms (in time)', ...listSandboxes, answers: [answer.slow(100, emptyPage)], want: { error: null, attempts: 1, retries: 0, value: emptyPage } },
  { name: 'slow 1000 ms', ...listSandboxes, answers: everyAttempt(answer.slow(1_000, emptyPage)), want: { error: TimeoutError, attempts: 1, retries: 0, timeoutMs: TIMEOUT_MS } },
  { name: 'slow 1000 ms', ...createSandbox, answers: everyAttempt(answer.slow(1_000)), want: { error: TimeoutError, attempts: 1, retries: 0, timeoutMs: TIMEOUT_MS } },
  { name: 'stall (half a body)', ...listSandboxes, answers: everyAttempt(answer.stall()), want: { error: TimeoutError, attempts: 1, retries: 0, timeoutMs: TIMEOUT_MS } },
  { name: 'stall (half a body)', ...exec, answers: everyAttempt(answer.stall()), want: { error: TimeoutError, attempts: 1, retries: 0, timeoutMs: TIMEOUT_MS } },
  ...[500, 502, 503, 504].flatMap((status): FaultCase[] => {
    const fault = answer.status(status, { error: 'InternalServerError', message: 'Internal Server Error' })
    return [
      { name: `${status}`, ...listSandboxes, answers: everyAttempt(fault), want: { error: ServerError, attempts: 3, retries: 2, status, retryDelayMs: BACKOFF_MS } },
      { name: `${status}`, ...createSandbox, answers: everyAttempt(fault), want: { error: ServerError, attempts: 1, retries: 0, status } },
    ]
  }),
  { name: '429 Retry-After: 1', ...listSandboxes, answers: everyAttempt(answer.rateLimited('1')), want: { error: RateLimitError, attempts: 3, retries: 2, status: 429, retryAfterMs: [1_000, 1_000], retryDelayMs: [1_000, 1_000] } },
  { name: '429 Retry-After: 1', ...createSandbox, answers: everyAttempt(answer.rateLimited('1')), want: { error: RateLimitError, attempts: 3, retries: 2, status: 429, retryAfterMs: [1_000, 1_000], retryDelayMs: [1_000, 1_000] } },
  { name: '429 Retry-After: HTTP date +1 s', ...listSandboxes, answers: everyAttempt(answer.rateLimited(httpDateOneSecondAhead)), want: { error: RateLimitError, attempts: 3, retries: 2, status: 429, retryAfterMs: [0, 1_000], retryDelayMs: [0, 1_000] } },
  { name: '429 Retry-After: HTTP date +1 s', ...createSandbox, answers: everyAttempt(answer.rateLimited(httpDateOneSecondAhead)), want: { error: RateLimitError, attempts: 3, retries: 2, status: 429, retryAfterMs: [0, 1_000], retryDelayMs: [0, 1_000] } },
  { name: 'malformed JSON 200', ...listSandboxes, answers: everyAttempt(answer.malformedJson()), want: { error: InvalidResponseError, attempts: 1, retries: 0 } },
  { name: 'malformed JSON 200', ...createSandbox, answers: everyAttempt(answer.malformedJson()), want: { error: InvalidResponseError, attempts: 1, retries: 0 } },
  { name: 'HTML 404', ...listSandboxes, answers: everyAttempt(answer.html404()), want: { error: NotFoundError, attempts: 1, retries: 0, status: 404 } },
  { name: 'HTML 404', ...createSandbox, answers: everyAttempt(answer.html404()), want: { error: NotFoundError, attempts: 1, retries: 0, status: 404 } },
  { name: 'HTML 404', ...getSandbox, answers: everyAttempt(answer.html404()), want: { error: null, attempts: 1, retries: 0, value: null } },
  { name: 'empty 200', ...getSandbox, answers: [answer.empty200()], want: { error: null, attempts: 1, retries: 0, value: null } },
  { name: 'empty 200', ...exec, answers: [answer.empty200()], want: { error: null, attempts: 1, retries: 0, value: { stdout: '', stderr: '', exitCode: -1 }, warnings: 1 } },
  { name: 'empty 200', ...unexpose, answers: [answer.empty200()], want: { error: null, attempts: 1, retries: 0, value: 'sbx_1' } },
  // Reading 32 MiB can take longer than 300 ms on a busy machine, and the
  // timeout covers the body: this call gets time enough to reach the limit.
  { name: 'oversized 33 MiB 200', ...listSandboxes, callOptions: { timeoutMs: 20_000 }, answers: everyAttempt(answer.oversized()), want: { error: InvalidResponseError, attempts: 1, retries: 0 } },
  { name: 'oversized 33 MiB 200', ...exec, callOptions: { timeoutMs: 20_000 }, answers: everyAttempt(answer.oversized()), want: { error: InvalidResponseError, attempts: 1, retries: 0 } },
  { name: 'connection refused', ...listSandboxes, want: { error: ConnectionError, attempts: 3, retries: 2, code: ['ECONNREFUSED'], retryDelayMs: BACKOFF_MS } },
  { name: 'connection refused', ...createSandbox, want: { error: ConnectionError, attempts: 3, retries: 2, code: ['ECONNREFUSED'], retryDelayMs: BACKOFF_MS } },
  { name: 'abort mid-request', ...listSandboxes, abort: 'on-request', answers: everyAttempt(answer.slow(5_000, emptyPage)), want: { error: AbortError, attempts: 1, retries: 0 } },
  { name: 'abort mid-request', ...createSandbox, abort: 'on-request', answers: everyAttempt(answer.stall()), want: { error: AbortError, attempts: 1, retries: 0 } },
  { name: 'abort during the retry wait', ...listSandboxes, abort: 'on-retry', answers: everyAttempt(answer.rateLimited('1')), want: { error: AbortError, attempts: 1, retries: 1, retryDelayMs: [1_000, 1_000] } },
]

/** Active timers: `Timeout` resources that keep the process alive. */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length
}

/**
 * Runs one case with a fresh client: `new Pocketenv({ apiUrl, token: 't',
 * retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeoutMs: 300, logger })`,
 * plus `onRetry` and a `fetch` that counts its calls. Returns the outcome,
 * and the rejection itself for checks that need the instance.
 */
export async function runFaultCase(fault: FaultCase, targets: FaultTargets): Promise<{ outcome: FaultOutcome; thrown: unknown }> {
  const { server } = targets
  server.reset()
  server.script(...(fault.answers ?? []))
  const timersBefore = activeTimers()

  const warnings: string[] = []
  const retryEvents: RetryEvent[] = []
  let fetchCalls = 0
  const controller = new AbortController()
  let abortedAt: number | undefined
  const abortSoon = () =>
    setImmediate(() => {
      abortedAt = performance.now()
      controller.abort()
    })
  const client = new Pocketenv({
    apiUrl: fault.answers ? server.url : targets.refusedUrl,
    token: 't',
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    timeoutMs: TIMEOUT_MS,
    logger: collectingLogger(warnings),
    onRetry: (event) => {
      retryEvents.push(event)
      if (fault.abort === 'on-retry') abortSoon()
    },
    fetch: (input, init) => {
      fetchCalls++
      return globalThis.fetch(input, init)
    },
  })
  if (fault.abort === 'on-request') void server.nextRequest().then(abortSoon)

  const started = performance.now()
  let value: unknown
  let thrown: unknown
  let settledAt: number
  try {
    value = await fault.invoke(client, { ...fault.callOptions, signal: controller.signal })
  } catch (error) {
    thrown = error
  } finally {
    settledAt = performance.now()
  }
  const timersLeft = await timersLeftAfter(timersBefore)

  const failure = thrown as Partial<ConnectionError & RateLimitError & TimeoutError> | undefined
  const outcome: FaultOutcome = {
    case: fault.name,
    call: fault.call,
    method: fault.method,
    error: thrown === undefined ? null : ((thrown as object).constructor?.name ?? typeof thrown),
    attempts: fault.answers ? server.requests.length : fetchCalls,
    fetchCalls,
    requests: server.requests.map(({ method, path, body }) => ({ method, path, body })),
    unexpected: server.unexpected.length,
    retryEvents: retryEvents.map((event) => ({ retry: event.retry, delayMs: event.delayMs, error: event.error.name })),
    warnings,
    elapsedMs: Math.round(settledAt - started),
    timersLeft,
  }
  if (thrown === undefined) outcome.value = value
  else {
    outcome.message = (thrown as Error).message
    if (failure && 'code' in failure) outcome.code = failure.code
    if (typeof failure?.status === 'number') outcome.status = failure.status
    if (failure && 'retryAfterMs' in failure) outcome.retryAfterMs = failure.retryAfterMs
    if (typeof failure?.timeoutMs === 'number') outcome.timeoutMs = failure.timeoutMs
  }
  if (abortedAt !== undefined) outcome.abortToRejectMs = Math.round((settledAt - abortedAt) * 10) / 10
  return { outcome, thrown }
}

/** A table of outcomes: case, method, call, error class, attempts, retries. */
export function outcomeTable(outcomes: readonly FaultOutcome[]): string {
  const rows = [
    ['case', 'method', 'call', 'error class', 'attempts', 'onRetry'],
    ...outcomes.map((outcome) => [
      outcome.case,
      outcome.method,
      outcome.call,
      outcome.error ?? `(resolved ${JSON.stringify(outcome.value)})`,
      String(outcome.attempts),
      String(outcome.retryEvents.length),
    ]),
  ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [line(rows[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}

/**
 * Timers left once the call settled. The server notices a closed connection
 * (and clears a slow answer's timer) a few turns of the event loop after the
 * client hung up, so this waits a little, on `setImmediate` only: a wait of
 * its own must not be counted.
 */
async function timersLeftAfter(before: number, patienceMs = 100): Promise<number> {
  const until = performance.now() + patienceMs
  do {
    await new Promise<void>((resolve) => setImmediate(resolve))
  } while (activeTimers() > before && performance.now() < until)
  return activeTimers() - before
}

function collectingLogger(warnings: string[]): Logger {
  const ignore = () => undefined
  return { error: (message) => void warnings.push(message), warn: (message) => void warnings.push(message), info: ignore, debug: ignore }
}

async function main(): Promise<void> {
  const rejections: unknown[] = []
  process.on('unhandledRejection', (reason) => void rejections.push(reason))
  const server = await startFaultServer()
  const targets = { server, refusedUrl: await refusedUrl() }
  const outcomes: FaultOutcome[] = []
  try {
    for (const fault of FAULT_CASES) outcomes.push((await runFaultCase(fault, targets)).outcome)
  } finally {
    await server.close()
  }
  await new Promise<void>((resolve) => setImmediate(resolve))
  console.log(JSON.stringify({ outcomes, unhandledRejections: rejections.map(String) }))
  console.log('done')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
