/**
 * Sends one HTTP request to the API and reads the whole answer: adds the
 * token, enforces the timeout and the caller's `AbortSignal`, retries what
 * can safely be retried, remembers the rate-limit headers, and turns every
 * failure into a typed error. Both the generated XRPC client and the path
 * client send through here, so they behave the same.
 */
import { explicitToken, missingTokenMessage, resolveApiUrl, resolveToken, type PocketenvOptions } from './config.js'
import { errorFromResponse } from './error-from-response.js'
import {
  AbortError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  PocketenvError,
  TimeoutError,
  type ResponseHeaders,
} from './errors.js'
import type { Log } from './logger.js'
import { DEFAULT_MAX_RETRIES, retryDelay } from './retry-policy.js'
import { sleep } from './sleep.js'

/** The default limit for one request, answer body included. */
export const DEFAULT_TIMEOUT_MS = 60_000

/** The largest answer body read into memory; a larger one is refused rather than exhaust memory. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024

const utf8 = new TextDecoder()

/** How much of an error answer's body is read: enough for any message, not a whole HTML page. */
const MAX_ERROR_BODY_BYTES = 64 * 1024

/** Whether a call must carry a token (`"required"`: it fails before sending without one) or may. */
export type TokenRequirement = 'required' | 'optional'

/** One request, before the token and the base URL are added. */
export interface TransportRequest {
  /** `GET` for queries, `POST` for procedures. */
  method: 'GET' | 'POST'
  /** Path and query, relative to `baseUrl`. */
  path: string
  /** The base URL `path` is relative to. @default the API URL */
  baseUrl?: string
  /** Request headers, with lower-case names; an `authorization` header given here wins over the configured token. */
  headers: Record<string, string>
  /** The encoded body, for requests that carry one. A stream is sent as it is read, and never retried. */
  body?: BodyInit | undefined
  /** What is being done, for messages: the method NSID, or a short description. */
  operation: string
}

/** Per-call settings of the transport. */
export interface TransportCallSettings {
  /** Token for this call only. */
  token?: string | undefined
  /** Cancels the call. */
  signal?: AbortSignal | undefined
  /** Limit for each attempt of this call, in milliseconds. */
  timeoutMs?: number | undefined
  /** Retries for this call. */
  maxRetries?: number | undefined
  /** `required`: fail before sending when no token is found. @default "optional" */
  tokenRequirement?: TokenRequirement | undefined
}

/** A successful answer, body fully read. */
export interface TransportResponse {
  /** HTTP status (2xx). */
  status: number
  /** Headers, with lower-case names. */
  headers: ResponseHeaders
  /** The body, as text (every answer of the API is JSON or empty). */
  body: string
}

/** The rate-limit headers of the last answer that carried them. */
export interface RateLimitState {
  /** Requests allowed per window (`X-RateLimit-Limit`). */
  limit: number
  /** Requests left in the window (`X-RateLimit-Remaining`). */
  remaining: number
  /** When the window resets, as the server announces it (`X-RateLimit-Reset`). */
  resetAt: Date | null
}

/** The HTTP layer shared by every client of one {@link Pocketenv} instance. */
export class Transport {
  // Private so that inspecting a client never shows the token.
  readonly #options: PocketenvOptions
  #rateLimit: RateLimitState | undefined

  constructor(
    options: PocketenvOptions,
    readonly log: Log,
  ) {
    this.#options = options
  }

  /** The base URL requests go to right now. */
  apiUrl(): string {
    return resolveApiUrl(this.#options.apiUrl)
  }

  /** The rate-limit headers of the last answer, or `undefined` before any arrived. */
  get rateLimit(): RateLimitState | undefined {
    return this.#rateLimit
  }

  /**
   * Sends `request` and resolves with the whole answer.
   *
   * @throws {AuthenticationError} when a token is required and none is found (nothing is sent), or on 401/403
   * @throws {ApiError} (or a subclass) for any other error answer, after the retries allowed
   * @throws {TimeoutError} when an attempt is not complete within the timeout
   * @throws {AbortError} when the caller's signal aborts
   * @throws {ConnectionError} when the network fails
   * @throws {InvalidResponseError} when the answer is larger than {@link MAX_RESPONSE_BYTES}
   */
  async send(request: TransportRequest, settings: TransportCallSettings = {}): Promise<TransportResponse> {
    return this.exchange(request, settings, async (response, url) => {
      const body = await readCapped(response, MAX_RESPONSE_BYTES, request.operation)
      this.log.debug(`← ${response.status} ${request.method} ${url} (${body.length} characters)`)
      return { status: response.status, headers: headersToRecord(response.headers), body }
    })
  }

  /**
   * Sends `request` and hands a successful answer to `read`, which may stream
   * its body; the timeout and the signal cover `read` too. Error answers are
   * thrown as typed errors before `read` is called, after the retries the
   * retry policy allows.
   *
   * @throws the same errors as {@link Transport.send}, and whatever `read` throws
   */
  async exchange<T>(request: TransportRequest, settings: TransportCallSettings, read: (response: Response, url: string) => Promise<T>): Promise<T> {
    throwIfAborted(settings.signal)
    if (request.headers.authorization === undefined) {
      // Only a missing token costs a look at the token file.
      const explicit = explicitToken(settings.token, this.#options.token)
      const { token, tokenFileProblem } = explicit !== undefined ? { token: explicit, tokenFileProblem: undefined } : await resolveToken(undefined, undefined)
      if (token !== undefined) request.headers.authorization = `Bearer ${token}`
      else if (settings.tokenRequirement === 'required') throw new AuthenticationError(missingTokenMessage(tokenFileProblem))
    }
    const url = (request.baseUrl ?? this.apiUrl()) + request.path
    // A stream is consumed by the first attempt and cannot be sent again.
    const maxRetries = request.body instanceof ReadableStream ? 0 : (settings.maxRetries ?? this.#options.maxRetries ?? DEFAULT_MAX_RETRIES)
    for (let retriesDone = 0; ; retriesDone++) {
      try {
        return await this.attempt(request, url, settings, read)
      } catch (error) {
        const delayMs = retryDelay(error, request.method, retriesDone, maxRetries, this.#options.retry)
        if (delayMs === undefined) throw error
        const failure = error as Error
        this.log.info(`retry ${retriesDone + 1}/${maxRetries} of ${request.operation} in ${delayMs} ms after: ${failure.message}`)
        this.#options.onRetry?.({ operation: request.operation, retry: retriesDone + 1, delayMs, error: failure })
        await sleep(delayMs, settings.signal)
      }
    }
  }

  private async attempt<T>(
    request: TransportRequest,
    url: string,
    settings: TransportCallSettings,
    read: (response: Response, url: string) => Promise<T>,
  ): Promise<T> {
    const timeoutMs = settings.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const deadline = new Deadline(timeoutMs, settings.signal, request.operation)
    const fetchImpl = this.#options.fetch ?? globalThis.fetch
    if (this.log.enabled('debug')) this.log.debug(`→ ${request.method} ${url} ${describeHeaders(request.headers)}`)
    try {
      const init: RequestInit & { duplex?: 'half' } = {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: deadline.signal,
      }
      // fetch needs `duplex` to send a stream as it is read.
      if (request.body instanceof ReadableStream) init.duplex = 'half'
      const response = await fetchImpl(url, init)
      this.remember(response.headers)
      if (response.status < 200 || response.status >= 300) {
        const body = await readCapped(response, MAX_ERROR_BODY_BYTES, request.operation, true)
        this.log.debug(`← ${response.status} ${request.method} ${url}`)
        throw errorFromResponse({ status: response.status, headers: headersToRecord(response.headers), body })
      }
      return await read(response, url)
    } catch (cause) {
      throw deadline.explain(cause, `${request.method} ${request.path.split('?')[0]}`)
    } finally {
      deadline.clear()
    }
  }

  private remember(headers: Headers): void {
    const limit = Number(headers.get('x-ratelimit-limit'))
    const remaining = Number(headers.get('x-ratelimit-remaining'))
    if (!headers.has('x-ratelimit-limit') || !Number.isFinite(limit) || !Number.isFinite(remaining)) return
    const reset = Number(headers.get('x-ratelimit-reset'))
    this.#rateLimit = { limit, remaining, resetAt: headers.has('x-ratelimit-reset') && Number.isFinite(reset) ? new Date(reset * 1000) : null }
  }
}

/** Combines the caller's signal with the timeout, and says which of them fired. */
class Deadline {
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setTimeout>
  private readonly onAbort: () => void

  constructor(
    timeoutMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    what: string,
  ) {
    this.timer = setTimeout(
      () => this.controller.abort(new TimeoutError(`${what} did not complete within ${timeoutMs} ms.`, timeoutMs)),
      timeoutMs,
    )
    this.onAbort = () => this.controller.abort(new AbortError(`${what} was aborted.`, { cause: callerSignal?.reason }))
    callerSignal?.addEventListener('abort', this.onAbort, { once: true })
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** The typed error for whatever interrupted the request. */
  explain(cause: unknown, request: string): PocketenvError {
    const reason: unknown = this.controller.signal.reason
    if (this.controller.signal.aborted && reason instanceof PocketenvError) return reason
    if (cause instanceof PocketenvError) return cause
    const code = errorCode(cause)
    return new ConnectionError(`${request} failed before an answer arrived: ${describeCause(cause, code)}`, code, { cause })
  }

  clear(): void {
    clearTimeout(this.timer)
    this.callerSignal?.removeEventListener('abort', this.onAbort)
  }
}

/** Throws an {@link AbortError} when `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError('The operation was aborted before it started.', { cause: signal.reason })
}

/**
 * Reads a body up to `limit` bytes. Past the limit it stops reading and
 * either keeps what it has (`truncate`, for error pages) or refuses the answer.
 */
async function readCapped(response: Response, limit: number, operation: string, truncate = false): Promise<string> {
  if (!response.body) return ''
  // The usual answer announces a small length: read it in one go.
  const length = response.headers.get('content-length')
  if (length !== null && !response.headers.has('content-encoding') && /^\d+$/.test(length) && Number(length) <= limit) {
    return response.text()
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (size + value.byteLength > limit) {
      await reader.cancel()
      if (truncate) {
        chunks.push(value.subarray(0, limit - size))
        size = limit
        break
      }
      throw new InvalidResponseError(operation, `the answer is larger than ${limit} bytes`, undefined)
    }
    chunks.push(value)
    size += value.byteLength
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return utf8.decode(body)
}

function headersToRecord(headers: Headers): ResponseHeaders {
  const record: ResponseHeaders = {}
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value
  })
  return record
}

/** Request headers for the debug log, credentials redacted. */
function describeHeaders(headers: Record<string, string>): string {
  const shown = Object.entries(headers).map(([name, value]) => `${name}: ${/^(authorization|cookie|x-challenge)$/i.test(name) ? '[REDACTED]' : value}`)
  return `{${shown.join(', ')}}`
}

function errorCode(cause: unknown): string | undefined {
  let current: unknown = cause
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

function describeCause(cause: unknown, code: string | undefined): string {
  const message = cause instanceof Error ? cause.message : String(cause)
  return code ? `${message} (${code})` : message
}
