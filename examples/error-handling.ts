/**
 * What goes wrong, and how to tell: every failure is an instance of one of
 * the SDK's error classes, so `instanceof` says what happened and which
 * fields there are to read. Also: a time limit and a cancel button for one
 * call.
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples`. The mock has one sandbox and finds it under any name,
 * so steps 3 and 4 find it there; against the real API they show the
 * "no such sandbox" answers.
 */
import {
  AbortError,
  ApiError,
  AuthenticationError,
  NotFoundError,
  Pocketenv,
  PocketenvError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from 'pocketenv'

/** One line on what went wrong, from the most specific class to the most general. */
function explain(error: unknown): string {
  // Caught before anything was sent: `field` and `rule` say what to fix.
  if (error instanceof ValidationError) return `ValidationError on ${error.field}: ${error.rule}`
  // No token was found (`status` is undefined: nothing was sent), or the
  // server refused the one sent (401, 403). The message says how to give one.
  if (error instanceof AuthenticationError) {
    return error.status === undefined ? `AuthenticationError, no token found: ${error.message}` : `AuthenticationError, token refused (${error.status})`
  }
  if (error instanceof NotFoundError) return `NotFoundError: ${error.message}`
  // 429 after the SDK's own retries: the API allows 500 requests per 30 seconds
  // per IP address. `retryAfterMs` is how long the server asked to wait
  // (undefined when it did not say); wait that long before trying again.
  if (error instanceof RateLimitError) return `RateLimitError: retry in ${error.retryAfterMs ?? 30_000} ms`
  // Slower than `timeoutMs` (the client's, or the one given to the call).
  if (error instanceof TimeoutError) return `TimeoutError after ${error.timeoutMs} ms`
  // The caller's AbortSignal fired.
  if (error instanceof AbortError) return `AbortError: ${error.message}`
  // Any other error answer of the API: 400, 409, 5xx…
  if (error instanceof ApiError) return `${error.name} (status ${error.status}, ${error.error ?? 'no error name'}): ${error.message}`
  // Connection failures, unusable answers, archive problems…
  if (error instanceof PocketenvError) return `${error.name}: ${error.message}`
  // Not from the SDK: a bug in this program, most likely.
  throw error
}

const sandbox = await Pocketenv.createSandbox('errors-example').start().waitUntilRunning()
console.log(`1. sandbox ${sandbox.name} is ${sandbox.status}`)

try {
  // Arguments are checked against the API description before any request:
  // ports below 1025 are reserved, so nothing is sent here.
  try {
    await sandbox.expose(80)
    console.log('2. expose(80) succeeded')
  } catch (error) {
    console.log(`2. expose(80) → ${explain(error)}`)
  }

  // Looking a sandbox up never throws NotFoundError: `getSandbox` answers
  // null when there is no such sandbox, however the server says so.
  const missing = await Pocketenv.getSandbox('no-such-sandbox')
  console.log(`3. getSandbox('no-such-sandbox') → ${missing === null ? 'null' : `found ${missing.name}`}`)

  // Acting on a sandbox that does not exist (or is not yours) does throw it.
  try {
    const refreshed = await Pocketenv.sandboxRef('sbx_no_such_sandbox').refresh()
    console.log(`4. refresh() of sbx_no_such_sandbox → found ${refreshed.name}`)
  } catch (error) {
    console.log(`4. refresh() of sbx_no_such_sandbox → ${explain(error)}`)
  }

  // Every call takes `{ timeoutMs, signal }` as its last argument: a time
  // limit for this call only (TimeoutError when it runs out), and an
  // AbortSignal to cancel it from elsewhere, such as a Cancel button.
  const controller = new AbortController()
  const sleeping = sandbox.exec('sleep', ['30'], { timeoutMs: 60_000, signal: controller.signal })
  controller.abort()
  try {
    await sleeping
    console.log('5. sleep 30 finished')
  } catch (error) {
    console.log(`5. sleep 30, cancelled → ${explain(error)}`)
  }

  // With no token anywhere (no { token }, no POCKETENV_TOKEN, no
  // ~/.pocketenv/token.json), a call that needs one fails before sending.
  // `token: undefined` is the same as leaving it out, so the environment
  // variable is removed for this step and put back afterwards.
  const environmentToken = process.env.POCKETENV_TOKEN
  delete process.env.POCKETENV_TOKEN
  try {
    const profile = await new Pocketenv({ token: undefined }).me()
    console.log(`6. me() without a token → @${profile.handle}: a token was found in ~/.pocketenv/token.json`)
  } catch (error) {
    console.log(`6. me() without a token → ${explain(error)}`)
  } finally {
    if (environmentToken !== undefined) process.env.POCKETENV_TOKEN = environmentToken
  }
} finally {
  // Stop and delete the sandbox even when a step above failed.
  await sandbox.stop().delete()
  console.log('7. sandbox stopped and deleted')
}
