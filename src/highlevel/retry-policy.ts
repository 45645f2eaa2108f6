/**
 * When a failed request is sent again, and after how long.
 *
 * Queries (GET) change nothing, so they are retried on connection errors and
 * on 408, 429, 500, 502, 503 and 504. Procedures (POST) may have acted even
 * when the answer was an error, so they are retried only when the server
 * cannot have acted: on 429 (the rate limiter answers before any handler
 * runs) and on a connection refused before anything was sent. A timeout or
 * a 5xx on a procedure is never retried: a `createSandbox` is never sent twice.
 */
import { ApiError, ConnectionError, RateLimitError } from './errors.js'
import { parseRetryAfter } from './retry-after.js'

/** Tuning of the waits between attempts. */
export interface RetryOptions {
  /**
   * First backoff wait, doubled at each retry, with jitter.
   * @default 500
   */
  baseDelayMs?: number
  /**
   * Longest backoff wait.
   * @default 8000
   */
  maxDelayMs?: number
  /**
   * Longest `Retry-After` the SDK waits for; a longer one ends the retries
   * at once with the {@link RateLimitError}.
   * @default 60000
   */
  maxRetryAfterMs?: number
}

/** What happened before a retry, for the `onRetry` hook and the logger. */
export interface RetryEvent {
  /** The method or operation, such as `io.pocketenv.sandbox.getSandbox`. */
  operation: string
  /** The retry about to be made: 1 for the first. */
  retry: number
  /** How long the SDK waits before it, in milliseconds. */
  delayMs: number
  /** The failure that caused it. */
  error: Error
}

/** The default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 2

const RETRYABLE_QUERY_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/**
 * How long to wait before retrying `error`, or `undefined` to give up.
 *
 * @param retriesDone how many retries were already made
 * @param random a number in [0, 1) for the jitter
 */
export function retryDelay(
  error: unknown,
  method: 'GET' | 'POST',
  retriesDone: number,
  maxRetries: number,
  options: RetryOptions = {},
  random: number = Math.random(),
): number | undefined {
  if (retriesDone >= maxRetries || !isRetryable(error, method)) return undefined
  const retryAfterMs = error instanceof RateLimitError ? error.retryAfterMs : error instanceof ApiError ? parseRetryAfter(error.headers['retry-after']) : undefined
  if (retryAfterMs !== undefined) {
    return retryAfterMs <= (options.maxRetryAfterMs ?? 60_000) ? retryAfterMs : undefined
  }
  const base = options.baseDelayMs ?? 500
  const ceiling = Math.min(base * 2 ** retriesDone, options.maxDelayMs ?? 8_000)
  // Half fixed, half random: spread out, but never much sooner than planned.
  return Math.round(ceiling / 2 + (ceiling / 2) * random)
}

function isRetryable(error: unknown, method: 'GET' | 'POST'): boolean {
  if (error instanceof ConnectionError) return method === 'GET' || error.code === 'ECONNREFUSED'
  if (error instanceof ApiError) return method === 'GET' ? RETRYABLE_QUERY_STATUSES.has(error.status) : error.status === 429
  return false
}
