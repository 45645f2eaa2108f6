/**
 * The SDK against a real local server that misbehaves: resets, slow and
 * stalled answers, error statuses, rate limits with `Retry-After`, bodies
 * that are not JSON, empty or too large, refused connections and aborts.
 *
 * Each case checks the exact error class, how many requests reached the
 * server (a procedure is never sent twice, except after a 429 or a refused
 * connection), how often `onRetry` ran, and that no timer outlives the call.
 * The cases themselves are in `fault-scenarios.ts`.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { PocketenvError } from '../../src/index.js'
import { refusedUrl, startFaultServer, type FaultServer } from '../support/fault-server.js'
import { ABORT_PROMPT_MS, FAULT_CASES, outcomeTable, runFaultCase, type FaultCase, type FaultOutcome } from './fault-scenarios.js'

const SCENARIOS_SCRIPT = fileURLToPath(new URL('./fault-scenarios.ts', import.meta.url))
const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** How soon the child must exit after printing `done` (generous: the whole suite may be running beside it). */
const EXIT_AFTER_DONE_MS = 3_000

let server: FaultServer
let refused: string
const outcomes: FaultOutcome[] = []
const rejections: unknown[] = []
const collectRejection = (reason: unknown) => void rejections.push(reason)

beforeAll(async () => {
  process.on('unhandledRejection', collectRejection)
  server = await startFaultServer()
  refused = await refusedUrl()
})

afterAll(async () => {
  process.off('unhandledRejection', collectRejection)
  await server.close()
  if (outcomes.length > 0) console.log(`Fault cases against the local server:\n${outcomeTable(outcomes)}`)
})

/**
 * Checks an outcome against what its case wants; shared by the in-process run
 * and the child's. In the child nothing else runs, so the timers must be
 * exactly as before; here vitest's own timers come and go during a case, so
 * the count must only not have grown.
 */
function expectOutcome(fault: FaultCase, outcome: FaultOutcome, timers: 'exactly as before' | 'no more than before'): void {
  const { want } = fault
  expect(outcome.error, 'error class').toBe(want.error?.name ?? null)
  expect(outcome.attempts, 'requests that reached the server').toBe(want.attempts)
  expect(outcome.retryEvents, 'onRetry calls').toHaveLength(want.retries)
  expect(outcome.unexpected, 'unscripted requests').toBe(0)
  if (timers === 'exactly as before') expect(outcome.timersLeft, 'timers left once the call settled').toBe(0)
  else expect(outcome.timersLeft, 'timers left once the call settled').toBeLessThanOrEqual(0)
  if (want.code) expect(want.code).toContain(outcome.code)
  if (want.status !== undefined) expect(outcome.status).toBe(want.status)
  if (want.timeoutMs !== undefined) expect(outcome.timeoutMs).toBe(want.timeoutMs)
  if (want.retryAfterMs) {
    expect(outcome.retryAfterMs).toBeGreaterThanOrEqual(want.retryAfterMs[0])
    expect(outcome.retryAfterMs).toBeLessThanOrEqual(want.retryAfterMs[1])
  }
  const [shortest, longest] = want.retryDelayMs ?? [0, Number.POSITIVE_INFINITY]
  for (const event of outcome.retryEvents) {
    expect(event.delayMs).toBeGreaterThanOrEqual(shortest)
    expect(event.delayMs).toBeLessThanOrEqual(longest)
  }
  if (want.error === null) expect(outcome.value).toEqual(want.value)
  expect(outcome.warnings, 'warnings logged').toHaveLength(want.warnings ?? 0)
}

describe('each fault, against a real local server', () => {
  test.each(FAULT_CASES.map((fault) => [`${fault.name}: ${fault.method} ${fault.call}`, fault] as const))('%s', async (_title, fault) => {
    const { outcome, thrown } = await runFaultCase(fault, { server, refusedUrl: refused })
    outcomes.push(outcome)

    expectOutcome(fault, outcome, 'no more than before')
    if (fault.want.error) {
      expect(thrown).toBeInstanceOf(PocketenvError)
      expect((thrown as object).constructor).toBe(fault.want.error)
    }
    // Every attempt was the same request: a retry never changes what is sent.
    for (const request of outcome.requests) {
      expect(request.method).toBe(fault.method)
      expect(request.path).toBe(`/xrpc/${fault.nsid}`)
    }
    expect(new Set(outcome.requests.map((request) => request.body)).size).toBeLessThanOrEqual(1)
    if (fault.nsid === 'io.pocketenv.sandbox.createSandbox') {
      for (const request of outcome.requests.filter((seen) => seen.body !== undefined)) expect(JSON.parse(request.body!)).toMatchObject({ name: 'x' })
    }
    if (fault.answers === undefined) expect(outcome.fetchCalls).toBe(fault.want.attempts)
    else expect(outcome.fetchCalls).toBe(outcome.attempts)
    if (fault.abort) expect(outcome.abortToRejectMs).toBeLessThan(ABORT_PROMPT_MS)
    expect(rejections, 'unhandled rejections so far').toEqual([])
  })
})

test('no unhandled rejection happened during the file', async () => {
  await new Promise<void>((resolve) => setImmediate(resolve))
  expect(rejections).toEqual([])
})

test(
  'run in a child process, every case ends the same way, and the process exits right after "done"',
  async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCENARIOS_SCRIPT], { cwd: REPOSITORY_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let doneAt: number | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (doneAt === undefined && /^done$/m.test(stdout)) doneAt = performance.now()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr += chunk))
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const exitedAt = performance.now()

    expect(stderr).toBe('')
    expect(exitCode).toBe(0)
    expect(doneAt, 'the child printed "done"').toBeDefined()
    expect(exitedAt - doneAt!).toBeLessThan(EXIT_AFTER_DONE_MS)

    const lines = stdout.trim().split('\n')
    const summary = JSON.parse(lines[lines.length - 2]!) as { outcomes: FaultOutcome[]; unhandledRejections: string[] }
    expect(summary.unhandledRejections).toEqual([])
    expect(summary.outcomes.map((outcome) => `${outcome.case}: ${outcome.method} ${outcome.call}`)).toEqual(
      FAULT_CASES.map((fault) => `${fault.name}: ${fault.method} ${fault.call}`),
    )
    FAULT_CASES.forEach((fault, index) => expectOutcome(fault, summary.outcomes[index]!, 'exactly as before'))
  },
  60_000,
)
