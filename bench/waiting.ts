/**
 * Figure 4, waiting: `waitUntilRunning({ intervalMs: 250 })` against a
 * sandbox that becomes RUNNING 1,000 ms after it is asked for. Reports how
 * many requests the wait made, how long after the change the promise
 * settled, and the smallest gap between two checks.
 *
 * This figure starts its own stub in this process: the change time is taken
 * on the stub's clock and the settle time on the client's, and in one process
 * both are the same `performance.now()`, so no clock offset has to be
 * estimated. The stub's work here, four tiny answers a second, does not
 * disturb a client that spends its time asleep.
 */
import { median, now, range, verdict, type BenchContext, type Row } from './measure.js'
import { becomeRunningIn, resetStub, startStub, stubStats, STUB_SANDBOX_ID, STUB_TOKEN } from './stub-server.js'

type Sdk = typeof import('../src/index.js')

const INTERVAL_MS = 250
const CHANGE_AFTER_MS = 1_000
// libuv counts timers in whole milliseconds from a time read at the start of a
// loop turn, so a pause may end up to 1 ms early by a finer clock; that is not polling faster.
const TIMER_GRANULARITY_MS = 1

/** Runs figure 4 and returns its rows. */
export async function run(context: BenchContext): Promise<Row[]> {
  const repeats = context.quick ? 2 : 8
  const sdk = (await import(context.distUrl)) as Sdk
  const stub = await startStub()
  try {
    const client = new sdk.Pocketenv({ token: STUB_TOKEN, apiUrl: stub.url })
    const requests: number[] = []
    const settleDelays: number[] = []
    const smallestGaps: number[] = []
    for (let repeat = 0; repeat < repeats; repeat++) {
      await resetStub(stub.controlUrl)
      const runningAt = await becomeRunningIn(stub.controlUrl, CHANGE_AFTER_MS)
      // Starting each wait a little later moves the change across the polling
      // cycle, so that the repeats see it land just after a check as well as just before.
      await new Promise((resolve) => setTimeout(resolve, (repeat * INTERVAL_MS) / repeats))
      const sandbox = await client.sandboxRef(STUB_SANDBOX_ID).waitUntilRunning({ intervalMs: INTERVAL_MS, timeoutMs: 10_000 })
      const settledAt = now()
      if (sandbox.status !== 'running') throw new Error(`waiting: resolved with status ${sandbox.status}`)
      const { getSandboxTimes } = await stubStats(stub.controlUrl)
      requests.push(getSandboxTimes.length)
      settleDelays.push(settledAt - runningAt)
      smallestGaps.push(Math.min(...getSandboxTimes.slice(1).map((time, index) => time - getSandboxTimes[index]!)))
      context.progress(`waiting: repeat ${repeat + 1}/${repeats}`)
    }
    const note = `${repeats} waits, interval ${INTERVAL_MS} ms, RUNNING after ${CHANGE_AFTER_MS} ms`
    return [
      { figure: 'waiting', variant: 'requests made', median: median(requests), spread: range(requests), unit: 'requests', note },
      {
        figure: 'waiting',
        variant: 'settle delay after the change',
        median: median(settleDelays),
        spread: range(settleDelays),
        unit: 'ms',
        target: `≤ ${INTERVAL_MS} ms (one interval), every wait`,
        verdict: verdict(Math.max(...settleDelays) <= INTERVAL_MS),
        note,
      },
      {
        figure: 'waiting',
        variant: 'smallest gap between two checks',
        median: median(smallestGaps),
        spread: range(smallestGaps),
        unit: 'ms',
        target: `≥ ${INTERVAL_MS} ms, every wait`,
        verdict: verdict(Math.min(...smallestGaps) >= INTERVAL_MS - TIMER_GRANULARITY_MS),
        note,
      },
    ]
  } finally {
    await stub.close()
  }
}
