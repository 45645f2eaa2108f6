/**
 * The browser build in headless Chromium: a page bundled against
 * `dist/browser/index.js` runs the README quick start against the Prism mock.
 * Needs Debian's chromium (`apt-get install chromium`) or `CHROMIUM_PATH`;
 * without it the suite fails rather than skips.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import type { PageResult } from './page/readme-flow.js'
import { bundleForBrowser, nodeBuiltinsReached, type BrowserBundle } from './support/browser-bundle.js'
import { startPageServer, type PageServer } from './support/page-server.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const TOKEN = 'browser-token'
const PAGE_ENTRY = fileURLToPath(new URL('./page/readme-flow.ts', import.meta.url))

let workDir: string | undefined
let bundle: BrowserBundle
let server: PageServer | undefined
let browser: Browser | undefined

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's chromium (\`apt-get install chromium\`) or set CHROMIUM_PATH to a Chromium binary.`,
    )
  }
  workDir = await mkdtemp(join(tmpdir(), 'pocketenv-browser-'))
  bundle = await bundleForBrowser(PAGE_ENTRY, workDir)
  server = await startPageServer(bundle.file)
  // A plain launch runs on a fresh temporary profile that Playwright removes.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('the browser build in Chromium', () => {
  test('bundles for the browser without reaching a Node.js built-in', () => {
    const inputs = Object.keys(bundle.metafile.inputs)
    expect(inputs, 'the page must be bundled against the browser build').toContain('dist/browser/index.js')
    expect(inputs.filter((input) => input.startsWith('src/')), 'the sources must not be bundled in place of the build').toEqual([])
    expect(nodeBuiltinsReached(bundle.metafile)).toEqual([])
  })

  test('runs the README quick start against the mock', async () => {
    const apiUrl = inject('apiBaseUrl')
    const context = await browser!.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`)
    })
    const requests: Request[] = []
    context.on('request', (request) => requests.push(request))
    context.on('requestfailed', (request) => problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`))

    const query = new URLSearchParams({ apiUrl, token: TOKEN })
    await page.goto(`${server!.origin}/?${query}`)
    await page.waitForFunction(() => window.__pocketenvResult !== undefined, undefined, { timeout: 30_000 })
    const result: PageResult = await page.evaluate(() => window.__pocketenvResult!)

    expect(result).toEqual({
      status: 'running',
      exec: { stdout: 'hello\n', stderr: '', exitCode: 0 },
      previewUrl: 'https://3000-brave-otter-42.sbx.pocketenv.io',
      deletedId: 'sbx_4Fq9ZkT2mN8pXw',
      uploadError: { name: 'PocketenvError', message: expect.stringContaining('needs Node.js'), isPocketenvError: true },
      error: null,
    })
    expect(problems).toEqual([])
    expect(server!.unknownPaths).toEqual([])

    expect(requests.map((request) => new URL(request.url()).hostname).filter((host) => host !== '127.0.0.1')).toEqual([])
    const apiOrigin = new URL(apiUrl).origin
    const apiRequests = requests.filter((request) => new URL(request.url()).origin === apiOrigin)
    const calls = apiRequests.map((request) => `${request.method()} ${new URL(request.url()).pathname}`)
    for (const nsid of ['createSandbox', 'startSandbox', 'getSandbox', 'exec', 'exposePort', 'deleteSandbox']) {
      expect(calls, `the page should have called ${nsid}`).toContainEqual(expect.stringMatching(new RegExp(`/xrpc/io\\.pocketenv\\.sandbox\\.${nsid}$`)))
    }
    const authorizations = await Promise.all(apiRequests.map(async (request) => `${request.method()} ${new URL(request.url()).pathname}: ${(await request.allHeaders()).authorization}`))
    expect(authorizations).toEqual(calls.map((call) => `${call}: Bearer ${TOKEN}`))

    await context.close()
  })
})
