/**
 * 5,000 calls, 200 at a time, against a local server that answers a share
 * of them with 503 or 429: every call ends with a result or a typed error,
 * none is lost, and memory returns to where it was.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { Pocketenv, PocketenvError } from '../../src/index.js'

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

const CALLS = 5_000
const CONCURRENCY = 200
let server: Server
let url = ''
let requests = 0
let seed = 42

/** A small deterministic generator, so that the share of faults is the same on every run. */
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++
    request.resume()
    const roll = random()
    if (roll < 0.1) {
      response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"NotEnoughResources","message":"busy"}')
    } else if (roll < 0.15) {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"error":"Too many requests, please try again later."}')
    } else if (request.method === 'POST') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"stdout":"ok\\n","stderr":"","exitCode":0}')
    } else {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"sandbox":{"id":"sbx_1","name":"load","status":"RUNNING"}}')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function heapMb(): number {
  collectGarbage()
  collectGarbage()
  return process.memoryUsage().heapUsed / 2 ** 20
}

async function runLoad(client: Pocketenv) {
  const sandbox = client.sandboxRef('sbx_1')
  const outcomes = { results: 0, errors: new Map<string, number>() }
  let next = 0
  const worker = async () => {
    while (next < CALLS) {
      const index = next++
      try {
        // Three queries for each procedure; procedures are retried only on 429.
        if (index % 4 === 3) await sandbox.exec('echo', ['ok'])
        else await client.getSandbox('sbx_1')
        outcomes.results++
      } catch (error) {
        expect(error).toBeInstanceOf(PocketenvError)
        const name = (error as Error).name
        outcomes.errors.set(name, (outcomes.errors.get(name) ?? 0) + 1)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return outcomes
}

test(`${CALLS} calls at a concurrency of ${CONCURRENCY} all end, typed, and memory returns to its baseline`, async () => {
  const client = new Pocketenv({ apiUrl: url, token: 'load-test', retry: { baseDelayMs: 1, maxDelayMs: 5 }, logLevel: 'off' })
  await runLoad(client) // warm-up: the first run loads code and fills caches
  requests = 0
  const baseline = heapMb()
  const started = performance.now()
  const outcomes = await runLoad(client)
  const seconds = (performance.now() - started) / 1000
  const after = heapMb()
  const errors = [...outcomes.errors.values()].reduce((sum, count) => sum + count, 0)
  const figures = {
    calls: CALLS,
    concurrency: CONCURRENCY,
    results: outcomes.results,
    typedErrors: Object.fromEntries(outcomes.errors),
    requests,
    retries: requests - CALLS,
    seconds: Number(seconds.toFixed(2)),
    callsPerSecond: Math.round(CALLS / seconds),
    heapBaselineMb: Number(baseline.toFixed(1)),
    heapAfterMb: Number(after.toFixed(1)),
  }
  console.log('load figures', JSON.stringify(figures))
  expect(outcomes.results + errors).toBe(CALLS)
  expect(outcomes.results).toBeGreaterThan(CALLS * 0.9)
  expect(requests).toBeGreaterThan(CALLS)
  expect(after - baseline).toBeLessThan(8)
})
