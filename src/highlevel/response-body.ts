/**
 * Reads the body of a successful answer.
 */
import { InvalidResponseError } from './errors.js'

/**
 * The parsed body of a successful answer of `nsid`. The server answers some
 * methods with an empty body: that is `undefined` for methods without output,
 * and `{}` (the server's other way of saying "nothing") for methods with one.
 *
 * @throws {InvalidResponseError} when the body is not JSON.
 */
export function parseResponseBody(nsid: string, hasOutput: boolean, text: string): unknown {
  if (text === '') return hasOutput ? {} : undefined
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw new InvalidResponseError(nsid, 'the body is not valid JSON', text.slice(0, 200), { cause })
  }
}
