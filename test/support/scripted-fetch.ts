/**
 * A `fetch` for tests that answers from a script and refuses everything else.
 *
 * Each step names the request it expects (method, NSID, and optionally query
 * and body) and the answer to give. A request that does not match the next
 * step is recorded as unexpected and answered with a network error; `verify()`
 * fails the test when anything was unexpected or a step was never used.
 */
import { expect } from 'vitest'

/** A request as the script saw it. */
export interface SeenRequest {
  method: string
  url: URL
  /** The NSID from the path. */
  nsid: string
  headers: Headers
  /** The raw body text, or `undefined` when there was none. */
  body: string | undefined
}

/** The answer a step gives. */
export interface ScriptedAnswer {
  status?: number
  /** A JSON value (serialised), a string (sent as is), or `undefined` for an empty body. */
  body?: unknown
  headers?: Record<string, string>
}

/** One expected request and its answer. */
export interface Step {
  method: 'GET' | 'POST'
  nsid: string
  /** Query parameters the request must carry exactly. */
  query?: Record<string, string>
  /** The exact JSON body the request must carry; `null` means it must carry none. */
  body?: unknown
  /** The answer, or a function building it (it may also throw to simulate a network failure). */
  answer: ScriptedAnswer | ((request: SeenRequest) => ScriptedAnswer | Promise<ScriptedAnswer>)
}

/** The fetch, what it saw, and the final check. */
export interface ScriptedFetch {
  fetch: typeof globalThis.fetch
  requests: SeenRequest[]
  /** Fails the test when a request was unexpected or a step is left over. */
  verify(): void
}

/** Builds a fetch answering `steps` in order. */
export function scriptedFetch(steps: Step[]): ScriptedFetch {
  const pending = [...steps]
  const requests: SeenRequest[] = []
  const unexpected: string[] = []

  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init)
    const url = new URL(request.url)
    const text = request.body ? await request.text() : undefined
    const seen: SeenRequest = {
      method: request.method,
      url,
      nsid: url.pathname.split('/').pop() ?? '',
      headers: request.headers,
      body: text === '' ? undefined : text,
    }
    requests.push(seen)
    const step = pending[0]
    const mismatch = step ? describeMismatch(step, seen) : 'no more requests were expected'
    if (mismatch || !step) {
      unexpected.push(`${seen.method} ${url.pathname}${url.search}: ${mismatch}`)
      throw new TypeError(`unexpected request: ${mismatch}`)
    }
    pending.shift()
    const answer = typeof step.answer === 'function' ? await step.answer(seen) : step.answer
    return toResponse(answer)
  }

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests,
    verify() {
      expect(unexpected, 'unexpected requests').toEqual([])
      expect(pending.map((step) => `${step.method} ${step.nsid}`), 'expected requests never made').toEqual([])
    },
  }
}

function describeMismatch(step: Step, seen: SeenRequest): string | undefined {
  if (step.method !== seen.method || step.nsid !== seen.nsid) return `expected ${step.method} ${step.nsid}`
  if (step.query) {
    const actual = Object.fromEntries(seen.url.searchParams)
    if (JSON.stringify(sorted(actual)) !== JSON.stringify(sorted(step.query))) {
      return `expected query ${JSON.stringify(step.query)}, got ${JSON.stringify(actual)}`
    }
  }
  if (step.body !== undefined) {
    if (step.body === null) {
      if (seen.body !== undefined) return `expected no body, got ${seen.body}`
    } else if (seen.body === undefined || JSON.stringify(JSON.parse(seen.body)) !== JSON.stringify(step.body)) {
      return `expected body ${JSON.stringify(step.body)}, got ${seen.body}`
    }
  }
  return undefined
}

function sorted(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}

function toResponse(answer: ScriptedAnswer): Response {
  const status = answer.status ?? 200
  if (answer.body === undefined) return new Response(null, { status, headers: answer.headers })
  const isText = typeof answer.body === 'string'
  const headers = { 'content-type': isText ? 'text/html' : 'application/json', ...answer.headers }
  return new Response(isText ? (answer.body as string) : JSON.stringify(answer.body), { status, headers })
}

/** A sandbox view as `getSandbox` sends it. */
export function sandboxView(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sbx_test1',
    uri: 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a',
    name: 'brave-otter-42',
    displayName: null,
    provider: 'cloudflare',
    baseSandbox: 'openclaw',
    status: 'RUNNING',
    description: null,
    topics: null,
    repo: null,
    logo: null,
    readme: null,
    vcpus: 2,
    memory: 8,
    disk: 16,
    installs: 3,
    createdAt: '2026-04-15T09:30:00.000Z',
    ...overrides,
  }
}
