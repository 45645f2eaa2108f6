/**
 * Starts and stops a Prism mock of the Pocketenv API, served from the
 * generated OpenAPI document. Used by the test setup and by `npm run mock`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The OpenAPI document the mock serves by default. */
export const OPENAPI_DOCUMENT = resolve(dirname(fileURLToPath(import.meta.url)), '../openapi/pocketenv.json')

/** Options of {@link startPrism}. */
export interface PrismOptions {
  /** Path of the OpenAPI document. @default the generated `openapi/pocketenv.json` */
  document?: string
  /** Port to listen on. @default a free port chosen at start */
  port?: number
  /** How long to wait for Prism to listen. @default 60000 */
  startTimeoutMs?: number
}

/** A running Prism mock. */
export interface PrismMock {
  /** Base URL of the mock, such as `http://127.0.0.1:41234`. */
  url: string
  /** Everything Prism printed before it listened: warnings about the document show up here. */
  startupLog: string
  /** Stops the mock and waits for its process to exit. */
  stop(): Promise<void>
}

/** Thrown when Prism exits or stays silent instead of listening. */
export class PrismStartError extends Error {
  override name = 'PrismStartError'
}

/**
 * Starts `prism mock` on the loopback interface and resolves once it listens.
 *
 * Prism runs with `--errors`: a request that breaks the document is answered
 * with a 422 describing the violation, and an example that breaks its own
 * response schema is reported instead of served, so the mock checks the
 * document as well as the client.
 *
 * @throws {PrismStartError} when Prism exits or does not listen in time.
 */
export async function startPrism(options: PrismOptions = {}): Promise<PrismMock> {
  const document = options.document ?? OPENAPI_DOCUMENT
  const port = options.port ?? (await freePort())
  const prismCli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js')
  const child = spawn(
    process.execPath,
    [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', document],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let log = ''
  const onOutput = (chunk: Buffer) => {
    log += chunk.toString()
  }
  child.stdout?.on('data', onOutput)
  child.stderr?.on('data', onOutput)

  await new Promise<void>((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill()
      rejectStart(new PrismStartError(`Prism did not listen within ${options.startTimeoutMs ?? 60_000} ms:\n${log}`))
    }, options.startTimeoutMs ?? 60_000)
    const check = () => {
      if (log.includes('Prism is listening')) {
        cleanup()
        resolveStart()
      }
    }
    const onExit = (code: number | null) => {
      cleanup()
      rejectStart(new PrismStartError(`Prism exited with code ${code} before listening:\n${log}`))
    }
    const cleanup = () => {
      clearTimeout(timer)
      child.stdout?.off('data', check)
      child.off('exit', onExit)
    }
    child.stdout?.on('data', check)
    child.once('exit', onExit)
  })

  const startupLog = log
  // Keep draining Prism's output so a full pipe never blocks it.
  child.stdout?.resume()
  child.stderr?.resume()
  return { url: `http://127.0.0.1:${port}`, startupLog, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop())
    child.kill('SIGTERM')
  })
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer()
    server.unref()
    server.once('error', rejectPort)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port)
        else rejectPort(new Error('no port was assigned'))
      })
    })
  })
}
