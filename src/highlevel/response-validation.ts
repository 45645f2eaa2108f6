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
 * @throws {InvalidResponseError} in `"strict"` mode when the body does not match.
 */
export function checkResponse(lexicons: Lexicons, nsid: string, body: unknown, mode: ResponseValidation, log: Log): void {
  if (mode === 'off') return
  try {
    lexicons.assertValidXrpcOutput(nsid, body)
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    if (mode === 'strict') throw new InvalidResponseError(nsid, `it does not match the API description (${problem})`, body, { cause: error })
    log.warnOnce(
      `${nsid}: ${problem}`,
      `The answer of ${nsid} does not match the API description (${problem}). ` +
        'It is returned as received; set responseValidation: "strict" to reject such answers, or "off" to silence this.',
    )
  }
}
