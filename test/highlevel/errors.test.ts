/**
 * Each failure rejects with its own subclass of PocketenvError, never a bare
 * Error or an XRPCError, and never shows the token.
 */
import { inspect } from 'node:util'
import { describe, expect, test } from 'vitest'
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  PocketenvError,
  RateLimitError,
  ServerError,
  Pocketenv,
  TimeoutError,
} from '../../src/index.js'
import { clientWith, TEST_TOKEN } from '../support/client.js'
import type { ScriptedAnswer, Step } from '../support/scripted-fetch.js'

const calls: [string, 'GET' | 'POST', string, (client: Pocketenv) => Promise<unknown>][] = [
  ['a query (listSandboxes)', 'GET', 'io.pocketenv.sandbox.getSandboxes', (client) => client.listSandboxes()],
  ['a procedure (createSandbox)', 'POST', 'io.pocketenv.sandbox.createSandbox', (client) => client.createSandbox('x')],
]

const statuses: [number, ScriptedAnswer, new (...args: never[]) => PocketenvError][] = [
  [400, { body: { error: 'InvalidRequest', message: 'Error: Params must have the property "id"' } }, BadRequestError],
  [401, { body: { error: 'AuthenticationRequired', message: 'Unauthorized' } }, AuthenticationError],
  [403, { body: { error: 'SandboxProviderError', message: 'Provider not allowed' } }, AuthenticationError],
  [404, { body: { error: 'XRPCNotSupported', message: 'Not found' } }, NotFoundError],
  [409, { body: { error: 'Conflict', message: 'conflict' } }, ApiError],
  [413, { body: { error: 'PayloadTooLargeError', message: 'request entity too large' } }, ApiError],
  [429, { body: { error: 'Too many requests, please try again later.' }, headers: { 'retry-after': '30' } }, RateLimitError],
  [500, { body: { error: 'InternalServerError', message: 'Internal Server Error' } }, ServerError],
  [502, { body: { error: 'SandboxProviderError', message: 'Internal Server Error' } }, ServerError],
  [503, { body: 'Service Unavailable' }, ServerError],
]

async function failure(call: (client: Pocketenv) => Promise<unknown>, method: 'GET' | 'POST', nsid: string, answer: Step['answer']) {
  const { client, wire } = clientWith([{ method, nsid, answer }])
  const error = await call(client).then(
    () => undefined,
    (e: unknown) => e,
  )
  wire.verify()
  return error
}

describe.each(calls)('an error answer to %s', (_what, method, nsid, call) => {
  test.each(statuses)('%i becomes the matching class', async (status, answer, kind) => {
    const error = await failure(call, method, nsid, { ...answer, status })
    expect(error).toBeInstanceOf(kind)
    expect(error).toBeInstanceOf(PocketenvError)
    expect((error as { status: number }).status).toBe(status)
    const headers = (error as { headers: Record<string, string> }).headers
    expect(headers).toEqual(expect.objectContaining({ 'content-type': expect.any(String) }))
    expect(String(error)).not.toContain(TEST_TOKEN)
    expect(inspect(error, { depth: 5 })).not.toContain(TEST_TOKEN)
  })
})

describe('error details', () => {
  const [, method, nsid, call] = calls[0]!

  test('an API error carries the XRPC name and the message', async () => {
    const error = (await failure(call, method, nsid, { status: 404, body: { error: 'SandboxNotFound', message: 'Sandbox not found' } })) as NotFoundError
    expect(error.error).toBe('SandboxNotFound')
    expect(error.message).toBe('Pocketenv API answered 404 SandboxNotFound: Sandbox not found')
  })

  test('429 carries retryAfterMs from Retry-After in seconds', async () => {
    const error = (await failure(call, method, nsid, { status: 429, body: { error: 'Too many requests, please try again later.' }, headers: { 'retry-after': '30' } })) as RateLimitError
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.message).toMatch(/Retry in 30 s/)
  })

  test('429 carries retryAfterMs from Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 10_000).toUTCString()
    const error = (await failure(call, method, nsid, { status: 429, body: {}, headers: { 'retry-after': date } })) as RateLimitError
    expect(error.retryAfterMs).toBeGreaterThan(8_000)
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000)
  })

  test('a 401 says how to fix the token', async () => {
    const error = (await failure(call, method, nsid, { status: 401, body: { error: 'AuthenticationRequired', message: 'Unauthorized' } })) as AuthenticationError
    expect(error.message).toMatch(/POCKETENV_TOKEN/)
    expect(error.error).toBe('AuthenticationRequired')
  })

  test('a 500 mentions that a malformed token also causes it', async () => {
    const error = await failure(call, method, nsid, { status: 500, body: { error: 'InternalServerError', message: 'Internal Server Error' } })
    expect((error as Error).message).toMatch(/malformed or wrongly signed/)
  })

  test('an HTML error page gives the status and a short excerpt', async () => {
    const page = `<!DOCTYPE html><html><head><title>Error</title></head><body><pre>Cannot GET /xrpc/io.pocketenv.sandbox.getSandboxes</pre>${'x'.repeat(1000)}</body></html>`
    const error = (await failure(call, method, nsid, { status: 404, body: page })) as NotFoundError
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error.error).toBeUndefined()
    expect(error.message).toContain('Cannot GET /xrpc/io.pocketenv.sandbox.getSandboxes')
    expect(error.message).not.toContain('<pre>')
    expect(error.message.length).toBeLessThan(300)
  })

  test('a network failure is a ConnectionError with the cause', async () => {
    const error = await failure(call, method, nsid, () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    })
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toMatch(/ECONNREFUSED/)
  })

  test('a request slower than timeoutMs is a TimeoutError', async () => {
    const neverAnswers: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
    const client = new Pocketenv({ token: TEST_TOKEN, fetch: neverAnswers, timeoutMs: 50 })
    const error = await client.listSandboxes().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).timeoutMs).toBe(50)
  })

  test('a 200 whose body is not JSON is an InvalidResponseError', async () => {
    const error = await failure(call, method, nsid, { status: 200, body: '{"sandboxes": [', headers: { 'content-type': 'application/json' } })
    expect(error).toBeInstanceOf(InvalidResponseError)
  })
})
