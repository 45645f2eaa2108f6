/**
 * `npm run examples`: runs every program in `examples/` as a newcomer would
 * (`tsx examples/<name>.ts`, in a process of its own), against a Prism mock
 * of the API and a local stand-in for the storage service that directory
 * copies go through, and prints each one's output under a heading. Exits
 * with 1 when any example fails.
 *
 * `test/contract/examples.test.ts` uses the exported pieces to run the
 * examples in the same conditions.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as tar from 'tar'
import { Pocketenv } from '../src/index.js'
import { startStorageStub } from '../test/support/storage-stub.js'
import { startPrism } from './prism.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const tsx = createRequire(import.meta.url).resolve('tsx/cli')

/** The token the examples run with: the mock accepts any. */
export const EXAMPLE_TOKEN = 'examples-token'

/**
 * The name of the sandbox folder `examples/upload-download.ts` downloads
 * (`/home/user/app`). The real service packs a folder under its own name, so
 * the archive the storage stub hands back holds `app/…`.
 */
export const DOWNLOADED_FOLDER_NAME = 'app'

/** How long one example may run before it is stopped and counted as failed. */
const EXAMPLE_TIMEOUT_MS = 120_000

/** The example programs, as paths relative to the repository root, in name order. */
export async function listExamples(): Promise<string[]> {
  const names = await readdir(join(root, 'examples'))
  return names
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `examples/${name}`)
}

/**
 * The key the mock's `pushDirectory` answers: the storage stub must hold the
 * archive under it for a download to find it. Asked rather than assumed, so
 * a new example answer in the API description cannot silently break the copy.
 */
export async function pushDirectoryKey(apiUrl: string): Promise<string> {
  const client = new Pocketenv({ apiUrl, token: EXAMPLE_TOKEN, responseValidation: 'strict' })
  const { data } = await client.xrpc.io.pocketenv.sandbox.pushDirectory({ sandboxId: 'sbx_examples', directoryPath: `/home/user/${DOWNLOADED_FOLDER_NAME}` })
  return data.uuid
}

/**
 * The `.tar.gz` the sandbox would make of `/home/user/app` after the upload
 * of `examples/upload-download.ts`: the files that upload keeps, under `app/`.
 */
export async function downloadedFolderArchive(): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'pocketenv-examples-archive-'))
  try {
    const folder = join(work, DOWNLOADED_FOLDER_NAME)
    await mkdir(join(folder, 'src'), { recursive: true })
    await writeFile(join(folder, '.gitignore'), 'node_modules/\n*.log\n')
    await writeFile(join(folder, 'package.json'), '{ "name": "app", "type": "module" }\n')
    await writeFile(join(folder, 'src', 'index.js'), 'console.log("hello from the sandbox")\n')
    const archivePath = join(work, 'archive.tar.gz')
    await tar.c({ gzip: true, portable: true, cwd: work, file: archivePath }, [DOWNLOADED_FOLDER_NAME])
    return await readFile(archivePath)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** Where an example sends its requests. */
export interface ExampleTargets {
  /** Base URL of the API (the mock). */
  apiUrl: string
  /** Base URL of the storage service (the stub). */
  storageUrl: string
  /**
   * Home folder of the example's process. An empty one keeps a real
   * `~/.pocketenv/token.json` (from `pocketenv login`) out of the run, so
   * the examples print the same lines on every machine.
   */
  home: string
}

/** How an example ended, and what it printed. */
export interface ExampleRun {
  /** Exit code; `null` when it was stopped by a signal (or for taking too long). */
  exitCode: number | null
  stdout: string
  stderr: string
}

/**
 * Runs one example with tsx in a child process. Asynchronous on purpose: a
 * storage stub in the calling process must keep answering while it runs.
 */
export function runExample(file: string, targets: ExampleTargets): Promise<ExampleRun> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  // Settings from the developer's shell (another public key, a log level)
  // would change what the examples print.
  for (const name of Object.keys(env)) if (name.startsWith('POCKETENV_')) delete env[name]
  Object.assign(env, {
    POCKETENV_API_URL: targets.apiUrl,
    POCKETENV_TOKEN: EXAMPLE_TOKEN,
    POCKETENV_STORAGE_URL: targets.storageUrl,
    HOME: targets.home,
    USERPROFILE: targets.home,
  })
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [tsx, file], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      stderr += `\n(stopped after ${EXAMPLE_TIMEOUT_MS} ms)\n`
      child.kill()
    }, EXAMPLE_TIMEOUT_MS)
    child.once('error', (error) => {
      clearTimeout(timer)
      rejectRun(error)
    })
    child.once('close', (exitCode) => {
      clearTimeout(timer)
      resolveRun({ exitCode, stdout, stderr })
    })
  })
}

async function main(): Promise<number> {
  const mock = await startPrism()
  const storage = await startStorageStub()
  const home = await mkdtemp(join(tmpdir(), 'pocketenv-examples-home-'))
  try {
    const uuid = await pushDirectoryKey(mock.url)
    const archive = await downloadedFolderArchive()
    console.log(`Mock Pocketenv API on ${mock.url}, storage stub on ${storage.url} (holding "${uuid}")`)
    const failed: string[] = []
    for (const file of await listExamples()) {
      // The stub hands an archive out once, as the real service does: reload
      // it so that every example finds it, whichever runs first.
      storage.reset()
      storage.put(archive, uuid)
      console.log(`\n=== ${file} ===`)
      const run = await runExample(file, { apiUrl: mock.url, storageUrl: storage.url, home })
      process.stdout.write(run.stdout)
      if (run.stderr !== '') process.stdout.write(`--- stderr ---\n${run.stderr}`)
      if (run.exitCode !== 0) {
        failed.push(file)
        console.log(`✗ ${file} exited with ${run.exitCode ?? 'a signal'}`)
      }
    }
    const count = (await listExamples()).length
    console.log(failed.length === 0 ? `\nAll ${count} examples ran.` : `\n${failed.length} of ${count} examples failed: ${failed.join(', ')}`)
    return failed.length === 0 ? 0 : 1
  } finally {
    await storage.close()
    await mock.stop()
    await rm(home, { recursive: true, force: true })
  }
}

// Run only as `npm run examples`, not when the contract test imports the helpers above.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main()
}
