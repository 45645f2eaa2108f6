/**
 * A client wired to a scripted fetch, for tests of the high-level SDK.
 */
import { Pocketenv, type PocketenvOptions } from '../../src/index.js'
import { scriptedFetch, type ScriptedFetch, type Step } from './scripted-fetch.js'

/** The token the test clients use. */
export const TEST_TOKEN = 'test-token-4f2a9c'

/** The base URL the test clients use. */
export const TEST_API_URL = 'https://api.pocketenv.test'

/**
 * A client whose every request must follow `steps`. It makes no retries
 * unless `options` asks for some, so each step is one request.
 */
export function clientWith(steps: Step[], options: PocketenvOptions = {}): { client: Pocketenv; wire: ScriptedFetch } {
  const wire = scriptedFetch(steps)
  const client = new Pocketenv({ token: TEST_TOKEN, apiUrl: TEST_API_URL, fetch: wire.fetch, maxRetries: 0, ...options })
  return { client, wire }
}
