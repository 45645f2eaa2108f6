/**
 * Answers that do not match the API description, the rate-limit headers,
 * and retries seen from the caller's side.
 */
import { describe, expect, test } from 'vitest'
import { InvalidResponseError, type Logger } from '../../src/index.js'
import { clientWith } from '../support/client.js'
import { sandboxView } from '../support/scripted-fetch.js'

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (message: string) => void lines.push(message)
  return { lines, error: push, warn: push, info: push, debug: push }
}

const nullInsteadOfString = { body: { sandbox: sandboxView({ name: null, status: 'RUNNING' }) } }

describe('responseValidation', () => {
  test('"warn" (the default) returns the data and reports the mismatch once', async () => {
    const logger = collectingLogger()
    const step = { method: 'GET' as const, nsid: 'io.pocketenv.sandbox.getSandbox', answer: nullInsteadOfString }
    const { client, wire } = clientWith([step, step], { logger })
    const first = await client.getSandbox('x')
    await client.getSandbox('x')
    expect(first).toMatchObject({ name: null, status: 'running' })
    // The check runs just after the answer is handed back, off the caller's path.
    await new Promise((resolve) => setImmediate(resolve))
    expect(logger.lines).toHaveLength(1)
    expect(logger.lines[0]).toMatch(/does not match the API description \(Output\/sandbox\/name must be a string\)/)
    wire.verify()
  })

  test('"strict" throws an InvalidResponseError carrying the body', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: nullInsteadOfString }], { responseValidation: 'strict' })
    const error = await client.getSandbox('x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect((error as InvalidResponseError).method).toBe('io.pocketenv.sandbox.getSandbox')
    expect((error as InvalidResponseError).body).toMatchObject({ sandbox: { name: null } })
    wire.verify()
  })

  test('"off" neither checks nor logs', async () => {
    const logger = collectingLogger()
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: nullInsteadOfString }], { responseValidation: 'off', logger })
    await expect(client.getSandbox('x')).resolves.toMatchObject({ name: null })
    expect(logger.lines).toEqual([])
    wire.verify()
  })

  test('a field the server starts sending as null does not break the mapped types', async () => {
    const { client, wire } = clientWith([
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: { sandbox: sandboxView({ provider: null, installs: null, createdAt: null, status: null }) } } },
    ], { logLevel: 'off' })
    await expect(client.getSandbox('x')).resolves.toMatchObject({ provider: null, installs: 0, createdAt: null, status: 'unknown' })
    wire.verify()
  })
})

describe('rate-limit headers', () => {
  test('the last values seen are readable from the client', async () => {
    const { client, wire } = clientWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.sandbox.getSandboxes',
        answer: { body: { sandboxes: [], total: 0 }, headers: { 'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '487', 'x-ratelimit-reset': '1776245430' } },
      },
    ])
    expect(client.rateLimit).toBeUndefined()
    await client.listSandboxes()
    expect(client.rateLimit).toEqual({ limit: 500, remaining: 487, resetAt: new Date(1776245430 * 1000) })
    wire.verify()
  })

  test('a 429 after the retries carries retryAfterMs, and the headers are kept', async () => {
    const limited = {
      method: 'GET' as const,
      nsid: 'io.pocketenv.sandbox.getSandboxes',
      answer: { status: 429, body: { error: 'Too many requests, please try again later.' }, headers: { 'retry-after': '0', 'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '0' } },
    }
    const { client, wire } = clientWith([limited, limited, limited], { maxRetries: 2 })
    await expect(client.listSandboxes()).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 0 })
    expect(client.rateLimit).toMatchObject({ remaining: 0, resetAt: null })
    wire.verify()
  })
})

describe('retries seen by the caller', () => {
  test('a query is retried after a 503, each retry reported to onRetry and the logger', async () => {
    const events: unknown[] = []
    const logger = collectingLogger()
    const { client, wire } = clientWith(
      [
        { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandboxes', answer: { status: 503, body: { error: 'NotEnoughResources', message: 'busy' } } },
        { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandboxes', answer: { body: { sandboxes: [], total: 0 } } },
      ],
      { maxRetries: 2, retry: { baseDelayMs: 1 }, onRetry: (event) => events.push(event), logger, logLevel: 'info' },
    )
    await expect(client.listSandboxes()).resolves.toEqual({ sandboxes: [], total: 0 })
    expect(events).toEqual([expect.objectContaining({ operation: 'io.pocketenv.sandbox.getSandboxes', retry: 1, error: expect.objectContaining({ status: 503 }) })])
    expect(logger.lines.some((line) => /retry 1\/2 of io\.pocketenv\.sandbox\.getSandboxes/.test(line))).toBe(true)
    wire.verify()
  })

  test('a procedure is never sent twice after a 503', async () => {
    const { client, wire } = clientWith(
      [{ method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { status: 503, body: { error: 'NotEnoughResources', message: 'busy' } } }],
      { maxRetries: 5, retry: { baseDelayMs: 1 } },
    )
    await expect(client.createSandbox('x')).rejects.toMatchObject({ name: 'ServerError', status: 503 })
    expect(wire.requests).toHaveLength(1)
    wire.verify()
  })

  test('the per-call maxRetries wins over the client option', async () => {
    const busy = { method: 'GET' as const, nsid: 'io.pocketenv.sandbox.getSandboxes', answer: { status: 502, body: { error: 'UpstreamFailure', message: 'x' } } }
    const { client, wire } = clientWith([busy], { maxRetries: 4, retry: { baseDelayMs: 1 } })
    await expect(client.listSandboxes({ maxRetries: 0 })).rejects.toMatchObject({ status: 502 })
    wire.verify()
  })
})
