/**
 * The script of the test page: the README quick start, run by the browser
 * build of pocketenv in Chromium. `pocketenv` resolves to
 * `dist/browser/index.js` when this file is bundled (see `browser-bundle.ts`);
 * the type checker reads `src/` through the tsconfig path instead.
 *
 * The outcome is left on `window.__pocketenvResult` as plain JSON for the
 * test to read; a failure is recorded there rather than thrown, so the test
 * reports what broke instead of timing out.
 */
import { Pocketenv, PocketenvError } from 'pocketenv'

/** An error as it crosses from the page to the test. */
export interface PageError {
  name: string
  message: string
  /** Whether it is a `PocketenvError` of the bundled SDK. */
  isPocketenvError: boolean
}

/** What the page reports on `window.__pocketenvResult`. */
export interface PageResult {
  status?: string
  exec?: { stdout: string; stderr: string; exitCode: number }
  previewUrl?: string | null
  deletedId?: string
  /** The rejection of `upload`, which needs Node.js; `null` if it resolved. */
  uploadError?: PageError | null
  /** Whatever stopped the flow early; `null` when it ran to the end. */
  error: PageError | null
}

declare global {
  interface Window {
    __pocketenvResult?: PageResult
  }
}

function describeError(error: unknown): PageError {
  return error instanceof Error
    ? { name: error.name, message: error.message, isPocketenvError: error instanceof PocketenvError }
    : { name: typeof error, message: String(error), isPocketenvError: false }
}

async function run(result: PageResult): Promise<void> {
  const query = new URLSearchParams(location.search)
  const apiUrl = query.get('apiUrl') ?? undefined
  const token = query.get('token') ?? undefined

  const client = new Pocketenv({ apiUrl, token })
  const sandbox = await client.createSandbox('browser-test').start().waitUntilRunning({ intervalMs: 50 })
  result.status = sandbox.status

  const { stdout, stderr, exitCode } = await sandbox.exec('echo', ['hello'])
  result.exec = { stdout, stderr, exitCode }
  result.previewUrl = await sandbox.expose(3000)

  result.uploadError = await sandbox.upload('./x', '/tmp/x').then(
    () => null,
    (error: unknown) => describeError(error),
  )

  result.deletedId = (await sandbox.delete()).id
}

const result: PageResult = { error: null }
run(result)
  .catch((error: unknown) => {
    result.error = describeError(error)
  })
  .finally(() => {
    window.__pocketenvResult = result
  })
