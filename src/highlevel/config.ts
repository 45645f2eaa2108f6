/**
 * Client options and where each setting comes from.
 *
 * Precedence, highest first: a per-call `{ token }`; the options of
 * `new Pocketenv(...)` or `Pocketenv.configure(...)`; the environment
 * (`POCKETENV_TOKEN`, `POCKETENV_API_URL`); the token file written by
 * `pocketenv login`. Everything is read when a call is made.
 */
import { readEnvironment } from './environment.js'
import type { Logger, LogLevel } from './logger.js'
import type { RetryEvent, RetryOptions } from './retry-policy.js'
import { readTokenFile } from './token-file.js'

/** Where `pocketenv login` stores the token, for messages. */
export const TOKEN_FILE_DISPLAY_PATH = '~/.pocketenv/token.json'

/** The production API. */
export const DEFAULT_API_URL = 'https://api.pocketenv.io'

/** The production storage service that directory copies go through. */
export const DEFAULT_STORAGE_URL = 'https://sandbox.pocketenv.io'

/** The production public key (X25519, hex) that secrets, files and keys are sealed with. */
export const DEFAULT_PUBLIC_KEY = '2bf96e12d109e6948046a7803ef1696e12c11f04f20a6ce64dbd4bcd93db9341'

/** How answers that do not match the API description are treated. */
export type ResponseValidation = 'warn' | 'strict' | 'off'

/** Options of a {@link Pocketenv} client. */
export interface PocketenvOptions {
  /**
   * Bearer token sent with every call.
   * @default the `POCKETENV_TOKEN` environment variable, then `~/.pocketenv/token.json`
   */
  token?: string
  /**
   * Base URL of the API.
   * @default the `POCKETENV_API_URL` environment variable, then `https://api.pocketenv.io`
   */
  apiUrl?: string
  /**
   * Public key (X25519, 64 hex characters) that secret values, file contents,
   * private keys and provider credentials are sealed with before they leave
   * the process. Change it only to talk to another Pocketenv deployment.
   * @default the `POCKETENV_PUBLIC_KEY` environment variable, then the production key
   */
  publicKey?: string
  /**
   * Base URL of the storage service that directory copies go through.
   * @default the `POCKETENV_STORAGE_URL` environment variable, then `https://sandbox.pocketenv.io`
   */
  storageUrl?: string
  /**
   * The `fetch` to send requests with: pass one to go through a proxy, to
   * record traffic, or to test without a network.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch
  /**
   * Longest time one request may take, reading the answer included, in milliseconds.
   * @default 60000
   */
  timeoutMs?: number
  /**
   * How many times a failed request is sent again. Queries are retried on
   * connection errors, 408, 429 and 5xx; procedures only on 429 and on a
   * refused connection, so nothing is ever done twice.
   * @default 2
   */
  maxRetries?: number
  /** The waits between retries (exponential backoff with jitter, or `Retry-After`). */
  retry?: RetryOptions
  /** Called before each retry, with what failed and how long the SDK waits. */
  onRetry?: (event: RetryEvent) => void
  /**
   * What to do with an answer that does not match the API description:
   * `"warn"` returns it and reports the mismatch once through the logger,
   * `"strict"` throws an {@link InvalidResponseError}, `"off"` skips the check.
   * @default "warn"
   */
  responseValidation?: ResponseValidation
  /**
   * Where the SDK reports warnings and, with `logLevel: "debug"`, every request.
   * Credentials are redacted from everything it receives.
   * @default console
   */
  logger?: Logger
  /**
   * The least important messages the logger receives.
   * @default "warn" (or the `POCKETENV_LOG` environment variable)
   */
  logLevel?: LogLevel
}

/** Options every call accepts. */
export interface CallOptions {
  /** Token for this call only, instead of the configured one. */
  token?: string
  /** Cancels the call: it rejects at once with an `AbortError`. */
  signal?: AbortSignal
  /** Timeout of each request of this call, in milliseconds, instead of the configured one. */
  timeoutMs?: number
  /** Retries of each request of this call, instead of the configured number. */
  maxRetries?: number
}

/** The token to send, and where it came from. */
export interface ResolvedToken {
  /** The token, or `undefined` when none was found. */
  token: string | undefined
  /** Why the token file was not used, when it exists but could not be read. */
  tokenFileProblem?: string
}

/** Finds the token for one call, following the documented precedence. */
export async function resolveToken(perCall: string | undefined, configured: string | undefined): Promise<ResolvedToken> {
  const explicit = explicitToken(perCall, configured)
  if (explicit !== undefined) return { token: explicit }
  const file = await readTokenFile()
  if (file.kind === 'found') return { token: file.token }
  if (file.kind === 'unreadable') return { token: undefined, tokenFileProblem: `${TOKEN_FILE_DISPLAY_PATH} exists but ${file.reason}` }
  return { token: undefined }
}

/** The token given by the call, the client options or `POCKETENV_TOKEN`, without reading the token file. */
export function explicitToken(perCall: string | undefined, configured: string | undefined): string | undefined {
  return nonEmpty(perCall) ?? nonEmpty(configured) ?? readEnvironment('POCKETENV_TOKEN')
}

/** The API base URL for one call, without a trailing slash. */
export function resolveApiUrl(configured: string | undefined): string {
  const url = nonEmpty(configured) ?? readEnvironment('POCKETENV_API_URL') ?? DEFAULT_API_URL
  return url.replace(/\/+$/, '')
}

/** The storage service base URL for one call, without a trailing slash. */
export function resolveStorageUrl(configured: string | undefined): string {
  const url = nonEmpty(configured) ?? readEnvironment('POCKETENV_STORAGE_URL') ?? DEFAULT_STORAGE_URL
  return url.replace(/\/+$/, '')
}

/** The public key secrets are sealed with, for one call. */
export function resolvePublicKey(configured: string | undefined): string {
  return nonEmpty(configured) ?? readEnvironment('POCKETENV_PUBLIC_KEY') ?? DEFAULT_PUBLIC_KEY
}

/** The message of the error thrown when a call needs a token and none was found. */
export function missingTokenMessage(tokenFileProblem: string | undefined): string {
  const file = tokenFileProblem ? ` (${tokenFileProblem})` : ''
  return (
    'This call needs a Pocketenv token and none was found. Pass { token } to the call or to new Pocketenv(), ' +
    `call Pocketenv.configure({ token }), set POCKETENV_TOKEN, or run \`pocketenv login\` to write ${TOKEN_FILE_DISPLAY_PATH}${file}.`
  )
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
