/**
 * Which failures are retried, and how long the SDK waits before each retry.
 */
import { describe, expect, test } from 'vitest'
import { ApiError, ConnectionError, RateLimitError, ServerError, TimeoutError, ValidationError } from '../../src/index.js'
import { retryDelay } from '../../src/highlevel/retry-policy.js'

const answer = (status: number, headers: Record<string, string> = {}) => ({ status, error: undefined, message: '', headers })
const api = (status: number, headers?: Record<string, string>) =>
  status === 429 ? new RateLimitError(answer(status, headers), headers?.['retry-after'] ? Number(headers['retry-after']) * 1000 : undefined) : status >= 500 ? new ServerError(answer(status, headers)) : new ApiError(answer(status, headers))

describe('what is retried', () => {
  test.each([
    ['a refused connection', new ConnectionError('x', 'ECONNREFUSED'), true, true],
    ['a reset connection', new ConnectionError('x', 'ECONNRESET'), true, false],
    ['a connection error without a code', new ConnectionError('x'), true, false],
    ['408', api(408), true, false],
    ['429', api(429), true, true],
    ['500', api(500), true, false],
    ['502', api(502), true, false],
    ['503', api(503), true, false],
    ['504', api(504), true, false],
    ['400', api(400), false, false],
    ['401', api(401), false, false],
    ['404', api(404), false, false],
    ['501', api(501), false, false],
    ['a timeout', new TimeoutError('x', 10), false, false],
    ['a validation error', new ValidationError('f', 'r'), false, false],
    ['a plain error', new Error('x'), false, false],
  ])('%s: query retried %s, procedure retried %s', (_what, error, query, procedure) => {
    expect(retryDelay(error, 'GET', 0, 2) !== undefined).toBe(query)
    expect(retryDelay(error, 'POST', 0, 2) !== undefined).toBe(procedure)
  })

  test('never more than maxRetries', () => {
    expect(retryDelay(api(503), 'GET', 1, 2)).toBeDefined()
    expect(retryDelay(api(503), 'GET', 2, 2)).toBeUndefined()
    expect(retryDelay(api(503), 'GET', 0, 0)).toBeUndefined()
  })
})

describe('how long it waits', () => {
  test.each([
    [0, 0, 250],
    [0, 0.999, 500],
    [1, 0, 500],
    [2, 1, 2_000],
    [6, 1, 8_000],
    [10, 0, 4_000],
  ])('after %i retries with jitter %d: %i ms (exponential from 0.5 s, capped at 8 s)', (retries, random, expected) => {
    expect(retryDelay(api(503), 'GET', retries, 20, {}, random)).toBe(expected)
  })

  test('follows Retry-After on 429', () => {
    expect(retryDelay(api(429, { 'retry-after': '3' }), 'POST', 0, 2, {}, 0)).toBe(3_000)
  })

  test('follows Retry-After on a 503 too, as an HTTP date', () => {
    const date = new Date(Date.now() + 5_000).toUTCString()
    const delay = retryDelay(api(503, { 'retry-after': date }), 'GET', 0, 2) as number
    expect(delay).toBeGreaterThan(3_000)
    expect(delay).toBeLessThanOrEqual(5_000)
  })

  test('gives up at once when Retry-After is longer than maxRetryAfterMs', () => {
    expect(retryDelay(api(429, { 'retry-after': '30' }), 'GET', 0, 2, { maxRetryAfterMs: 10_000 })).toBeUndefined()
    expect(retryDelay(api(429, { 'retry-after': '30' }), 'GET', 0, 2)).toBe(30_000)
  })

  test('honours custom base and ceiling', () => {
    expect(retryDelay(api(500), 'GET', 3, 5, { baseDelayMs: 10, maxDelayMs: 50 }, 1)).toBe(50)
  })
})
