/**
 * Every failure of the SDK is a {@link PocketenvError}. The subclasses say
 * what went wrong, so callers can branch with `instanceof`:
 *
 * | Situation | Class |
 * |---|---|
 * | the API answered with an error status | {@link ApiError} (and the subclasses below) |
 * | 400: the server refused the request | {@link BadRequestError} |
 * | no token was found, or the server refused it (401, 403) | {@link AuthenticationError} |
 * | 404, or an empty answer that means "no such thing" | {@link NotFoundError} |
 * | 429: too many requests | {@link RateLimitError} |
 * | 5xx: the server failed | {@link ServerError} |
 * | an argument is invalid; nothing was sent | {@link ValidationError} |
 * | a request or a wait took too long | {@link TimeoutError}, {@link WaitTimeoutError} |
 * | the caller aborted | {@link AbortError} |
 * | the network failed before an answer arrived | {@link ConnectionError} |
 * | an answer did not match the API description (strict mode) | {@link InvalidResponseError} |
 * | a directory copy needs a running sandbox | {@link SandboxNotRunningError} |
 * | an archive is unsafe or unreadable | {@link ArchiveError} |
 *
 * No message, property or `inspect` output ever contains the token.
 */

/** Response headers, with lower-case names. */
export type ResponseHeaders = Record<string, string>

/** The root of every error the SDK throws. */
export class PocketenvError extends Error {
  /** The class name, `'PocketenvError'`, as shown in stack traces and logs. */
  override name = 'PocketenvError'
}

/** Everything known about an error answer of the API. */
export interface ApiErrorDetails {
  /** HTTP status of the answer. */
  status: number
  /** The XRPC error name, such as `InvalidRequest` or `SandboxNotFound`; `undefined` when the body had none. */
  error: string | undefined
  /** The server's explanation, or a short excerpt of a body that was not JSON. */
  message: string
  /** Headers of the answer, with lower-case names. */
  headers: ResponseHeaders
  /** What caused the error, when it was not the answer alone. */
  cause?: unknown
}

/**
 * The API answered with an error status. Subclasses narrow it down by status;
 * this class itself covers the statuses they do not (for example 409 or 413).
 */
export class ApiError extends PocketenvError {
  /** The class name, `'ApiError'`, as shown in stack traces and logs. */
  override name = 'ApiError'
  /** HTTP status of the answer. */
  readonly status: number
  /** The XRPC error name, such as `InvalidRequest` or `SandboxNotFound`. */
  readonly error: string | undefined
  /** Headers of the answer, with lower-case names. */
  readonly headers: ResponseHeaders

  constructor(details: ApiErrorDetails, summary?: string) {
    super(summary ?? describeAnswer(details), details.cause === undefined ? undefined : { cause: details.cause })
    this.status = details.status
    this.error = details.error
    this.headers = details.headers
  }
}

/** 400: the server refused the parameters or the body. */
export class BadRequestError extends ApiError {
  /** The class name, `'BadRequestError'`, as shown in stack traces and logs. */
  override name = 'BadRequestError'
}

/** 404, or a 200 answer that the API uses to say the thing does not exist. */
export class NotFoundError extends ApiError {
  /** The class name, `'NotFoundError'`, as shown in stack traces and logs. */
  override name = 'NotFoundError'
}

/** 429: the API allows 500 requests per 30 seconds per IP address. */
export class RateLimitError extends ApiError {
  /** The class name, `'RateLimitError'`, as shown in stack traces and logs. */
  override name = 'RateLimitError'
  /** How long the server asked to wait (`Retry-After`), in milliseconds; `undefined` when it did not say. */
  readonly retryAfterMs: number | undefined

  constructor(details: ApiErrorDetails, retryAfterMs: number | undefined) {
    const wait = retryAfterMs === undefined ? '' : ` Retry in ${Math.ceil(retryAfterMs / 1000)} s.`
    super(details, `Pocketenv API answered 429: too many requests (the limit is 500 per 30 seconds per IP address).${wait}`)
    this.retryAfterMs = retryAfterMs
  }
}

/** 5xx: the server failed. Pocketenv hides the message of every 500. */
export class ServerError extends ApiError {
  /** The class name, `'ServerError'`, as shown in stack traces and logs. */
  override name = 'ServerError'
}

/**
 * No token was found before sending (`status` is `undefined` and nothing was
 * sent), or the server refused the one that was sent (401 or 403).
 */
export class AuthenticationError extends PocketenvError {
  /** The class name, `'AuthenticationError'`, as shown in stack traces and logs. */
  override name = 'AuthenticationError'
  /** 401 or 403 when the server refused the token; `undefined` when none was found. */
  readonly status: number | undefined
  /** The XRPC error name of the answer, when there was one. */
  readonly error: string | undefined
  /** Headers of the answer, when there was one. */
  readonly headers: ResponseHeaders

  constructor(message: string, details?: ApiErrorDetails) {
    super(message, details?.cause === undefined ? undefined : { cause: details.cause })
    this.status = details?.status
    this.error = details?.error
    this.headers = details?.headers ?? {}
  }
}

/** An argument was invalid. It was caught before anything was sent. */
export class ValidationError extends PocketenvError {
  /** The class name, `'ValidationError'`, as shown in stack traces and logs. */
  override name = 'ValidationError'
  /** The argument or field at fault, as a dotted path such as `port` or `file.content`. */
  readonly field: string
  /** The rule it broke, such as `can not be less than 1025`. */
  readonly rule: string

  constructor(field: string, rule: string, options?: ErrorOptions) {
    super(`Invalid ${field}: it ${rule}.`, options)
    this.field = field
    this.rule = rule
  }
}

/** A request took longer than its timeout. */
export class TimeoutError extends PocketenvError {
  /** The class name, `'TimeoutError'`, as shown in stack traces and logs. */
  override name = 'TimeoutError'
  /** The limit that was reached, in milliseconds. */
  readonly timeoutMs: number

  constructor(message: string, timeoutMs: number, options?: ErrorOptions) {
    super(message, options)
    this.timeoutMs = timeoutMs
  }
}

/** `waitUntilRunning` gave up before the sandbox was running. */
export class WaitTimeoutError extends TimeoutError {
  /** The class name, `'WaitTimeoutError'`, as shown in stack traces and logs. */
  override name = 'WaitTimeoutError'
  /** The last status seen before giving up. */
  readonly lastStatus: string

  constructor(sandbox: string, timeoutMs: number, lastStatus: string) {
    super(
      `Sandbox ${sandbox} was not running after ${timeoutMs} ms (last status: ${lastStatus}). ` +
        'Start it with sandbox.start(), or wait longer with { timeoutMs }.',
      timeoutMs,
    )
    this.lastStatus = lastStatus
  }
}

/** The caller aborted the operation through its `AbortSignal`. */
export class AbortError extends PocketenvError {
  /** The class name, `'AbortError'`, as shown in stack traces and logs. */
  override name = 'AbortError'
}

/** The network failed: the connection was refused, reset or dropped before an answer arrived. */
export class ConnectionError extends PocketenvError {
  /** The class name, `'ConnectionError'`, as shown in stack traces and logs. */
  override name = 'ConnectionError'
  /** The system or fetch error code, such as `ECONNREFUSED` or `UND_ERR_SOCKET` (a reset connection), when there is one. */
  readonly code: string | undefined

  constructor(message: string, code?: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}

/**
 * An answer could not be used: its body is not JSON, it is larger than the
 * SDK reads, or (with `responseValidation: "strict"`) it does not match the
 * API description.
 */
export class InvalidResponseError extends PocketenvError {
  /** The class name, `'InvalidResponseError'`, as shown in stack traces and logs. */
  override name = 'InvalidResponseError'
  /** The method whose answer was invalid. */
  readonly method: string
  /** The parsed body that failed validation. */
  readonly body: unknown

  constructor(method: string, problem: string, body: unknown, options?: ErrorOptions) {
    super(`The answer of ${method} cannot be used: ${problem}.`, options)
    this.method = method
    this.body = body
  }
}

function describeAnswer(details: ApiErrorDetails): string {
  const name = details.error ? ` ${details.error}` : ''
  const message = details.message ? `: ${details.message}` : ''
  return `Pocketenv API answered ${details.status}${name}${message}`
}

/** A directory copy needs a running sandbox, and this one is not. Nothing was sent. */
export class SandboxNotRunningError extends PocketenvError {
  /** The class name, `'SandboxNotRunningError'`, as shown in stack traces and logs. */
  override name = 'SandboxNotRunningError'
  /** The sandbox. */
  readonly sandbox: string
  /** Its status when it was checked. */
  readonly status: string

  constructor(sandbox: string, status: string) {
    super(`Sandbox ${sandbox} is ${status}, and copying files needs it running. Start it first: await sandbox.start().waitUntilRunning().`)
    this.sandbox = sandbox
    this.status = status
  }
}

/** An archive could not be made or unpacked, or holds an entry that would land outside its destination. */
export class ArchiveError extends PocketenvError {
  /** The class name, `'ArchiveError'`, as shown in stack traces and logs. */
  override name = 'ArchiveError'
  /** The entry at fault, when one is. */
  readonly entry: string | undefined

  constructor(message: string, entry?: string, options?: ErrorOptions) {
    super(message, options)
    this.entry = entry
  }
}
