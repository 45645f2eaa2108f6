/**
 * Checks an answer against the lexicons, as the `responseValidation` option
 * asks. The default only warns: a field the server starts sending as `null`
 * tomorrow must not break every program that uses the SDK today.
 */
import type { Lexicons } from '@atproto/lexicon'
import type { ResponseValidation } from './config.js'
import { InvalidResponseError } from './errors.js'
import type { Log } from './logger.js'

/**
 * Validates the parsed body of an answer of `nsid`.
 *
 * In `"warn"` mode the check runs just after the answer has been handed
 * back, off the caller's path: it only ever reports, so there is no reason
 * to make every call wait for it.
 *
 * @throws {InvalidResponseError} in `"strict"` mode when the body does not match.
 */
export function checkResponse(lexicons: Lexicons, nsid: string, body: unknown, mode: ResponseValidation, log: Log): void {
  if (mode === 'off') return
  if (mode === 'strict') {
    const problem = mismatch(lexicons, nsid, body)
    if (problem !== undefined) throw new InvalidResponseError(nsid, `it does not match the API description (${problem.message})`, body, { cause: problem })
    return
  }
  later(() => {
    const problem = mismatch(lexicons, nsid, body)
    if (problem === undefined) return
    log.warnOnce(
      `${nsid}: ${problem.message}`,
      `The answer of ${nsid} does not match the API description (${problem.message}). ` +
        'It is returned as received; set responseValidation: "strict" to reject such answers, or "off" to silence this.',
    )
  })
}

/** The validation error of `body`, or `undefined` when it matches. */
function mismatch(lexicons: Lexicons, nsid: string, body: unknown): Error | undefined {
  try {
    lexicons.assertValidXrpcOutput(nsid, body)
    return undefined
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** Runs `task` after the current work, on the next turn of the event loop. */
function later(task: () => void): void {
  const schedule = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate ?? ((callback: () => void) => setTimeout(callback, 0))
  schedule(task)
}
