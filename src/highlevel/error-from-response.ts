/**
 * Turns an error answer of the API into the matching {@link PocketenvError}.
 * Every error answer goes through here, whichever client made the request.
 */
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
  ServerError,
  type ApiErrorDetails,
  type PocketenvError,
  type ResponseHeaders,
} from './errors.js'
import { parseRetryAfter } from './retry-after.js'

/** The longest excerpt of a non-JSON body kept in an error message. */
export const BODY_EXCERPT_LENGTH = 200

/** An error answer as it came off the wire. */
export interface ErrorAnswer {
  /** HTTP status. */
  status: number
  /** Response headers, with lower-case names. */
  headers: ResponseHeaders
  /** The body as text (possibly empty). */
  body: string
}

/** Maps an error answer to the error class of its status. */
export function errorFromResponse(answer: ErrorAnswer): PocketenvError {
  const details = readDetails(answer)
  const { status } = details
  if (status === 401 || status === 403) {
    return new AuthenticationError(
      `The Pocketenv API refused the credentials (${status}${details.error ? ` ${details.error}` : ''}: ${details.message}). ` +
        'Check the token you pass, POCKETENV_TOKEN, or log in again with `pocketenv login`.',
      details,
    )
  }
  if (status === 400) return new BadRequestError(details)
  if (status === 404) return new NotFoundError(details)
  if (status === 429) return new RateLimitError(details, parseRetryAfter(answer.headers['retry-after']))
  if (status >= 500) {
    const hint =
      status === 500
        ? '. Pocketenv hides the cause of every 500; it also answers 500 when the token is malformed or wrongly signed'
        : ''
    return new ServerError(details, `Pocketenv API answered ${status}${details.error ? ` ${details.error}` : ''}: ${details.message}${hint}`)
  }
  return new ApiError(details)
}

function readDetails(answer: ErrorAnswer): ApiErrorDetails {
  const parsed = parseJsonObject(answer.body)
  if (parsed) {
    const error = typeof parsed.error === 'string' ? parsed.error : undefined
    const message = typeof parsed.message === 'string' ? parsed.message : ''
    return { status: answer.status, error, message, headers: answer.headers }
  }
  return { status: answer.status, error: undefined, message: excerpt(answer.body), headers: answer.headers }
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{')) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** A short, single-line excerpt of a body that is not JSON, such as an HTML error page. */
function excerpt(body: string): string {
  const text = body
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (text === '') return '(empty body)'
  return text.length > BODY_EXCERPT_LENGTH ? `${text.slice(0, BODY_EXCERPT_LENGTH)}…` : text
}
