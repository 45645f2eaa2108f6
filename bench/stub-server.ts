/**
 * A minimal XRPC stub of the Pocketenv API for the benchmarks: four routes
 * with fixed, lexicon-valid answers, keep-alive on, nothing else. Prism is
 * far too slow to benchmark a client against; this answers in microseconds.
 *
 * `bench/run.ts` starts it in a separate process (through `bench/child.ts`),
 * so that its work is not charged to the client being measured; that process
 * prints one JSON line, `{"port":…,"controlPort":…}`, and serves until killed.
 *
 * Control endpoints live on a second port, so that the benchmark's own
 * bookkeeping never shows up in the socket and request counts:
 * - `POST /control/reset`: zero the counters, forget timestamps, status RUNNING.
 * - `POST /control/running-in?ms=N`: getSandbox answers INITIALIZING until N ms from now.
 * - `GET /control/stats`: counters, getSandbox arrival times, change time, last request per route.
 * Times are `performance.now()` of the stub process, in milliseconds.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

/** The id of the one sandbox the stub knows. */
export const STUB_SANDBOX_ID = 'sbx_01jq7bench8m2k4c6e9f0h3n5p'

/** The token the benchmarks send; the stub only records it. */
export const STUB_TOKEN = 'bench-token-0123456789abcdef'

/** What the stub saw of one request, to check that every variant sends the same thing. */
export interface RecordedRequest {
  method: string
  url: string
  contentType: string | undefined
  authorization: string | undefined
  body: string
}

/** What `GET /control/stats` answers. */
export interface StubStats {
  /** Sockets opened on the XRPC port since the last reset. */
  sockets: number
  /** XRPC requests since the last reset. */
  requests: number
  /** Arrival time of every getSandbox request since the last reset. */
  getSandboxTimes: number[]
  /** When the sandbox becomes (or became) RUNNING; `null` when it always was. */
  runningAt: number | null
  /** The last request of each route, by path. */
  lastRequests: Record<string, RecordedRequest>
}

/** A running stub. */
export interface StubHandle {
  /** Base URL of the XRPC port, to give the SDK as `apiUrl`. */
  url: string
  /** Base URL of the control port. */
  controlUrl: string
  /** Stops both servers. */
  close(): Promise<void>
}

const owner = {
  id: 'usr_01jq7bench0owner0000000000',
  did: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr',
  handle: 'alice.bsky.social',
  displayName: 'Alice',
  avatar: 'https://cdn.bsky.app/img/avatar/plain/did:plc:7vdlgi2bflelz7mmuxoqjfcr/bafkreih4x2c@jpeg',
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-04-15T09:00:00.000Z',
}

function sandboxView(status: 'INITIALIZING' | 'RUNNING') {
  return {
    id: STUB_SANDBOX_ID,
    uri: 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a',
    name: 'brave-otter-42',
    displayName: 'Brave otter',
    provider: 'cloudflare',
    description: 'Node.js 22 with pnpm and git, for the benchmark.',
    topics: ['node', 'typescript'],
    repo: 'https://github.com/pocketenv-io/starter',
    logo: null,
    readme: null,
    vcpus: 2,
    memory: 8,
    disk: 16,
    installs: 3,
    createdAt: '2026-04-15T09:30:00.000Z',
    baseSandbox: 'openclaw',
    status,
    startedAt: status === 'RUNNING' ? '2026-04-15T09:31:00.000Z' : null,
    owner,
  }
}

// Serialised once: the stub should cost as little as possible per request.
const answers = {
  running: JSON.stringify({ sandbox: sandboxView('RUNNING') }),
  initializing: JSON.stringify({ sandbox: sandboxView('INITIALIZING') }),
  created: JSON.stringify({
    id: STUB_SANDBOX_ID,
    name: 'brave-otter-42',
    provider: 'cloudflare',
    uri: 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a',
    createdAt: '2026-04-15T09:30:00.000Z',
  }),
  exec: JSON.stringify({ stdout: 'hi\n', stderr: '', exitCode: 0 }),
  empty: '{}',
}

/** Starts the stub on two free ports of 127.0.0.1. */
export async function startStub(): Promise<StubHandle> {
  let stats: StubStats = freshStats()

  const xrpc = createServer((request, response) => {
    const arrivedAt = performance.now()
    void readBody(request).then((body) => {
      stats.requests++
      const path = (request.url ?? '').split('?')[0] ?? ''
      stats.lastRequests[path] = {
        method: request.method ?? '',
        url: request.url ?? '',
        contentType: request.headers['content-type'],
        authorization: request.headers.authorization,
        body,
      }
      if (request.method === 'GET' && path === '/xrpc/io.pocketenv.sandbox.getSandbox') {
        stats.getSandboxTimes.push(arrivedAt)
        const running = stats.runningAt === null || arrivedAt >= stats.runningAt
        return send(response, 200, running ? answers.running : answers.initializing)
      }
      if (request.method === 'POST' && path === '/xrpc/io.pocketenv.sandbox.createSandbox') return send(response, 200, answers.created)
      if (request.method === 'POST' && path === '/xrpc/io.pocketenv.sandbox.exec') return send(response, 200, answers.exec)
      if (request.method === 'POST' && path === '/xrpc/io.pocketenv.sandbox.startSandbox') return send(response, 200, answers.empty)
      send(response, 404, JSON.stringify({ error: 'MethodNotImplemented', message: `No route for ${request.method} ${path}` }))
    })
  })
  xrpc.on('connection', () => stats.sockets++)
  // HTTP/1.1 keep-alive is on by default; the idle timeout is raised past any pause in the
  // benchmarks, so that a socket is never closed under a client between two waves of calls.
  xrpc.keepAliveTimeout = 60_000

  const control = createServer((request, response) => {
    void readBody(request).then(() => {
      const url = new URL(request.url ?? '/', 'http://stub')
      if (request.method === 'POST' && url.pathname === '/control/reset') {
        stats = freshStats()
        return send(response, 200, '{}')
      }
      if (request.method === 'POST' && url.pathname === '/control/running-in') {
        stats.runningAt = performance.now() + Number(url.searchParams.get('ms') ?? 0)
        return send(response, 200, JSON.stringify({ runningAt: stats.runningAt }))
      }
      if (request.method === 'GET' && url.pathname === '/control/stats') return send(response, 200, JSON.stringify(stats))
      send(response, 404, '{"error":"NotFound"}')
    })
  })

  // 1,000 sockets may connect at once: a backlog of Node's default 511 would make some retry the SYN a second later.
  const listen = (server: typeof xrpc) =>
    new Promise<number>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => resolve((server.address() as AddressInfo).port)))
  const [port, controlPort] = await Promise.all([listen(xrpc), listen(control)])
  return {
    url: `http://127.0.0.1:${port}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    async close() {
      for (const server of [xrpc, control]) {
        server.closeAllConnections()
        await new Promise((resolve) => server.close(resolve))
      }
    },
  }
}

function freshStats(): StubStats {
  return { sockets: 0, requests: 0, getSandboxTimes: [], runningAt: null, lastRequests: {} }
}

/** Reads the whole body: an unread body would stall the keep-alive socket for the next request. */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body)
}

/** Zeroes the stub's counters and makes the sandbox RUNNING. */
export async function resetStub(controlUrl: string): Promise<void> {
  await controlCall(controlUrl, 'POST', '/control/reset')
}

/** Makes the sandbox INITIALIZING until `ms` from now; resolves with the change time, on the stub's clock. */
export async function becomeRunningIn(controlUrl: string, ms: number): Promise<number> {
  const { runningAt } = (await controlCall(controlUrl, 'POST', `/control/running-in?ms=${ms}`)) as { runningAt: number }
  return runningAt
}

/** What the stub saw since the last reset. */
export async function stubStats(controlUrl: string): Promise<StubStats> {
  return (await controlCall(controlUrl, 'GET', '/control/stats')) as StubStats
}

async function controlCall(controlUrl: string, method: 'GET' | 'POST', path: string): Promise<unknown> {
  const response = await fetch(controlUrl + path, { method })
  if (!response.ok) throw new Error(`stub control ${method} ${path} answered ${response.status}`)
  return response.json()
}
