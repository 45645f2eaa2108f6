/**
 * Sends one HTTP request to the API and reads the whole answer: adds the
 * token, enforces the timeout and the caller's `AbortSignal`, and turns every
 * failure into a typed error. Both the generated XRPC client and the path
 * client send through here, so they behave the same.
 */
import { missingTokenMessage, resolveApiUrl, resolveToken, type PocketenvOptions } from './config.js'
import { errorFromResponse } from './error-from-response.js'
import { AbortError, AuthenticationError, ConnectionError, PocketenvError, TimeoutError, type ResponseHeaders } from './errors.js'
import type { Log } from './logger.js'

/** The default limit for one request, answer body included. */
export const DEFAULT_TIMEOUT_MS = 60_000

/** Whether a call may, must or must not carry a token. */
export type TokenRequirement = 'required' | 'optional'

/** One request, before the token and the base URL are added. */
export interface TransportRequest {
  /** `GET` for queries, `POST` for procedures. */
  method: 'GET' | 'POST'
  /** Path and query, such as `/xrpc/io.pocketenv.sandbox.getSandbox?id=sbx_1`. */
  path: string
  /** The base URL `path` is relative to. @default the API URL */
  baseUrl?: string
  /** Request headers; an `authorization` header given here wins over the configured token. */
  headers: Headers
  /** The encoded body, for requests that carry one. A stream is sent as it is read. */
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
  /** Limit for this call, in milliseconds. */
  timeoutMs?: number | undefined
  /** `required`: fail before sending when no token is found. @default "optional" */
  tokenRequirement?: TokenRequirement | undefined
}

/** A successful answer, body fully read. */
export interface TransportResponse {
  /** HTTP status (2xx). */
  status: number
  /** Headers, with lower-case names. */
  headers: ResponseHeaders
  /** The raw body. */
  body: Uint8Array<ArrayBuffer>
}

/** The HTTP layer shared by every client of one {@link Pocketenv} instance. */
export class Transport {
  // Private so that inspecting a client never shows the token.
  readonly #options: PocketenvOptions

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

  /**
   * Sends `request` and resolves with the whole answer.
   *
   * @throws {AuthenticationError} when a token is required and none is found (nothing is sent), or on 401/403
   * @throws {ApiError} (or a subclass) for any other error answer
   * @throws {TimeoutError} when the answer is not complete within the timeout
   * @throws {AbortError} when the caller's signal aborts
   * @throws {ConnectionError} when the network fails
   */
  async send(request: TransportRequest, settings: TransportCallSettings = {}): Promise<TransportResponse> {
    return this.exchange(request, settings, async (response, url) => {
      const body = new Uint8Array(await response.arrayBuffer())
      this.log.debug(`← ${response.status} ${request.method} ${url} (${body.byteLength} bytes)`)
      return { status: response.status, headers: headersToRecord(response.headers), body }
    })
  }

  /**
   * Sends `request` and hands a successful answer to `read`, which may stream
   * its body; the timeout and the signal cover `read` too. Error answers are
   * thrown as typed errors before `read` is called.
   *
   * @throws the same errors as {@link Transport.send}, and whatever `read` throws
   */
  async exchange<T>(
    request: TransportRequest,
    settings: TransportCallSettings,
    read: (response: Response, url: string) => Promise<T>,
  ): Promise<T> {
    throwIfAborted(settings.signal)
    if (!request.headers.has('authorization')) {
      const { token, tokenFileProblem } = await resolveToken(settings.token, this.#options.token)
      if (token !== undefined) request.headers.set('authorization', `Bearer ${token}`)
      else if (settings.tokenRequirement === 'required') throw new AuthenticationError(missingTokenMessage(tokenFileProblem))
    }
    const url = (request.baseUrl ?? this.apiUrl()) + request.path
    const timeoutMs = settings.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const deadline = new Deadline(timeoutMs, settings.signal, request.operation)
    const fetchImpl = this.#options.fetch ?? globalThis.fetch
    this.log.debug(`→ ${request.method} ${url}`)
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
      if (response.status < 200 || response.status >= 300) {
        const body = await response.text()
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
}

/** Combines the caller's signal with the timeout, and says which of them fired. */
class Deadline {
  private readonly controller = new AbortController()
  private readonly timer: ReturnType<typeof setTimeout>
  private readonly onAbort: () => void

  constructor(
    private readonly timeoutMs: number,
    private readonly callerSignal: AbortSignal | undefined,
    private readonly what: string,
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
    if (cause instanceof PocketenvError) return cause
    const reason: unknown = this.controller.signal.reason
    if (this.controller.signal.aborted && reason instanceof PocketenvError) return reason
    return new ConnectionError(`${request} failed before an answer arrived: ${describeCause(cause)}`, { cause })
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

function headersToRecord(headers: Headers): ResponseHeaders {
  const record: ResponseHeaders = {}
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value
  })
  return record
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code
    return typeof code === 'string' ? `${cause.message} (${code})` : cause.message
  }
  return String(cause)
}
