/**
 * A real HTTP server on the loopback interface that misbehaves on purpose,
 * for the fault tests: each request gets the next scripted answer (a reset
 * socket, a slow or stalled answer, an error status, a body that is not JSON
 * or too large…), and every request is recorded.
 *
 * A request that arrives after the script is used up is answered 500
 * `UnscriptedRequest` and listed in `unexpected`, so a test can never pass
 * on requests it did not plan for.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net'

/** One scripted answer. Build them with {@link answer}. */
export type FaultAnswer =
  | { kind: 'reset' }
  | { kind: 'slow'; delayMs: number; body: unknown }
  | { kind: 'stall' }
  | { kind: 'status'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'rateLimited'; retryAfter: string | (() => string) }
  | { kind: 'malformedJson' }
  | { kind: 'html404' }
  | { kind: 'empty200' }
  | { kind: 'oversized'; sizeBytes: number }
  | { kind: 'ok'; body: unknown }

/** The body the rate limiter of the API sends with a 429. */
export const RATE_LIMIT_BODY = { error: 'Too many requests, please try again later.' }

/** The size of the `oversized` answer: 33 MiB, one more than the SDK accepts. */
export const OVERSIZED_BYTES = 33 * 1024 * 1024

/** The answers the server can give. */
export const answer = {
  /** Destroys the socket as soon as the request arrives: no status, no headers. */
  reset: (): FaultAnswer => ({ kind: 'reset' }),
  /** A valid JSON 200, sent only after `delayMs`. */
  slow: (delayMs: number, body: unknown = {}): FaultAnswer => ({ kind: 'slow', delayMs, body }),
  /** Headers and half of a JSON body, then nothing, until the client gives up. */
  stall: (): FaultAnswer => ({ kind: 'stall' }),
  /** Any status; an object body is sent as JSON, a string as `text/plain`. */
  status: (status: number, body: unknown = {}, headers: Record<string, string> = {}): FaultAnswer => ({ kind: 'status', status, body, headers }),
  /** A 429 with `Retry-After` as given (seconds, or an HTTP date); a function is called at answer time. */
  rateLimited: (retryAfter: string | (() => string)): FaultAnswer => ({ kind: 'rateLimited', retryAfter }),
  /** A 200 that says it is JSON and is not. */
  malformedJson: (): FaultAnswer => ({ kind: 'malformedJson' }),
  /** The HTML page a proxy or Express sends for an unknown route. */
  html404: (): FaultAnswer => ({ kind: 'html404' }),
  /** A 200 with no body and no content type. */
  empty200: (): FaultAnswer => ({ kind: 'empty200' }),
  /** A 200 JSON body of {@link OVERSIZED_BYTES}, streamed in chunks. */
  oversized: (sizeBytes: number = OVERSIZED_BYTES): FaultAnswer => ({ kind: 'oversized', sizeBytes }),
  /** A JSON 200. */
  ok: (body: unknown): FaultAnswer => ({ kind: 'ok', body }),
}

/** A request as the server saw it. */
export interface RecordedRequest {
  method: string
  /** The path without the query, such as `/xrpc/io.pocketenv.sandbox.getSandboxes`. */
  path: string
  /** The query string, without `?`. */
  query: string
  /** The body as text; `undefined` when the socket was reset before it was read. */
  body: string | undefined
  /** The answer it got. */
  answer: FaultAnswer['kind'] | 'unscripted'
}

/** A running fault server. */
export interface FaultServer {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  url: string
  /** Every request since the last {@link FaultServer.reset}, in order. */
  requests: readonly RecordedRequest[]
  /** Requests that arrived after the script was used up. */
  unexpected: readonly RecordedRequest[]
  /** Appends answers to the script. */
  script(...answers: FaultAnswer[]): void
  /** How many requests reached `path` (without the query). */
  count(path: string): number
  /** Requests per path. */
  counts(): Record<string, number>
  /** Resolves when the next request arrives (before it is answered). */
  nextRequest(): Promise<RecordedRequest>
  /** Forgets the script and the recorded requests. */
  reset(): void
  /** Destroys every socket, then stops listening. */
  close(): Promise<void>
}

/** Starts a fault server on 127.0.0.1, on a free port. */
export async function startFaultServer(): Promise<FaultServer> {
  const pending: FaultAnswer[] = []
  let requests: RecordedRequest[] = []
  let unexpected: RecordedRequest[] = []
  let waiters: ((request: RecordedRequest) => void)[] = []
  const sockets = new Set<Socket>()

  const server = createServer((request, response) => {
    const scripted = pending.shift()
    const url = new URL(request.url ?? '/', 'http://fault.invalid')
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      body: undefined,
      answer: scripted?.kind ?? 'unscripted',
    }
    requests.push(recorded)
    if (!scripted) unexpected.push(recorded)
    for (const notify of waiters) notify(recorded)
    waiters = []
    if (scripted?.kind === 'reset') {
      request.socket.destroy()
      return
    }
    readBody(request).then(
      (body) => {
        recorded.body = body
        if (!scripted) {
          sendJson(response, 500, { error: 'UnscriptedRequest', message: `${recorded.method} ${recorded.path} was not in the script` })
          return
        }
        give(scripted, response)
      },
      () => response.destroy(),
    )
  })
  // The client decides when an idle connection ends: a server-side idle
  // timeout could close a socket just as the client reuses it, and turn a
  // fault under test into a different one.
  server.keepAliveTimeout = 0
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests
    },
    get unexpected() {
      return unexpected
    },
    script(...answers) {
      pending.push(...answers)
    },
    count(path) {
      return requests.filter((request) => request.path === path).length
    },
    counts() {
      const counts: Record<string, number> = {}
      for (const request of requests) counts[request.path] = (counts[request.path] ?? 0) + 1
      return counts
    },
    nextRequest() {
      return new Promise((resolve) => waiters.push(resolve))
    },
    reset() {
      pending.length = 0
      requests = []
      unexpected = []
      waiters = []
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}

/**
 * A base URL on which nothing listens: a port is bound, then released, so
 * a connection to it is refused (`ECONNREFUSED`).
 */
export async function refusedUrl(): Promise<string> {
  const probe = createNetServer()
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function give(scripted: Exclude<FaultAnswer, { kind: 'reset' }>, response: ServerResponse): void {
  switch (scripted.kind) {
    case 'slow': {
      const timer = setTimeout(() => sendJson(response, 200, scripted.body), scripted.delayMs)
      // The client gave up (timeout or abort): no timer may outlive the request.
      response.on('close', () => clearTimeout(timer))
      return
    }
    case 'stall': {
      const text = JSON.stringify({ sandboxes: [], total: 0, padding: 'x'.repeat(64) })
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
      response.write(text.slice(0, Math.floor(text.length / 2)))
      return
    }
    case 'status': {
      if (typeof scripted.body === 'string') {
        response.writeHead(scripted.status, { 'content-type': 'text/plain', ...scripted.headers })
        response.end(scripted.body)
      } else {
        sendJson(response, scripted.status, scripted.body, scripted.headers)
      }
      return
    }
    case 'rateLimited': {
      const retryAfter = typeof scripted.retryAfter === 'function' ? scripted.retryAfter() : scripted.retryAfter
      sendJson(response, 429, RATE_LIMIT_BODY, { 'retry-after': retryAfter })
      return
    }
    case 'malformedJson': {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end('{"sandboxes": [{"id": "sbx_1",')
      return
    }
    case 'html404': {
      const page = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot GET /xrpc</pre>\n</body>\n</html>\n'
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)) })
      response.end(page)
      return
    }
    case 'empty200': {
      response.writeHead(200)
      response.end()
      return
    }
    case 'oversized': {
      streamOversized(response, scripted.sizeBytes)
      return
    }
    case 'ok': {
      sendJson(response, 200, scripted.body)
      return
    }
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers })
  response.end(text)
}

/**
 * Streams `{"sandboxes":["aaa…","aaa…",…,""]}` of at least `sizeBytes`, in
 * 64 KiB chunks, following backpressure, and stops as soon as the client
 * hangs up.
 */
function streamOversized(response: ServerResponse, sizeBytes: number): void {
  const element = `"${'a'.repeat(64 * 1024 - 3)}",`
  const prefix = '{"sandboxes":['
  const suffix = '""]}'
  let chunksLeft = Math.ceil((sizeBytes - prefix.length - suffix.length) / element.length)
  let closed = false
  response.on('close', () => {
    closed = true
  })
  response.writeHead(200, { 'content-type': 'application/json' })
  response.write(prefix)
  const pump = (): void => {
    while (!closed && chunksLeft > 0) {
      chunksLeft--
      if (!response.write(element)) {
        response.once('drain', pump)
        return
      }
    }
    if (!closed) response.end(suffix)
  }
  pump()
}
