/**
 * Copies between the local disk and a sandbox, end to end: a real storage
 * service stub over HTTP, and an API stand-in that does what the sandbox
 * does with `pullDirectory` and `pushDirectory`, on a folder standing for
 * the sandbox's disk.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as tar from 'tar'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { Pocketenv } from '../../src/index.js'
import { downloadFromSandbox, uploadToSandbox } from '../../src/highlevel/copy/local-transfer.js'
import { AbortError, ArchiveError, NotFoundError, SandboxNotRunningError, ServerError } from '../../src/highlevel/errors.js'
import { prepareTransfer, type TransferOptions, type TransferProgress } from '../../src/highlevel/sandbox-transfer.js'
import { TEST_API_URL, TEST_TOKEN } from '../support/client.js'
import { sandboxView } from '../support/scripted-fetch.js'
import { startStorageStub, type StorageStub } from '../support/storage-stub.js'

const SBX = 'sbx_test1'
// Read before any test points TMPDIR elsewhere.
const SYSTEM_TMP = tmpdir()

let stub: StorageStub
let work: string
let sdkTmp: string
let sandboxDisk: string
// Every API stand-in of the running test, checked for unexpected requests after it.
let apis: FakeApi[] = []
const savedTmpdir = process.env.TMPDIR

beforeAll(async () => {
  stub = await startStorageStub()
})

afterAll(async () => {
  await stub.close()
})

beforeEach(() => {
  stub.reset()
  apis = []
  work = mkdtempSync(join(SYSTEM_TMP, 'pocketenv-copy-test-'))
  sdkTmp = join(work, 'tmp')
  sandboxDisk = join(work, 'sandbox')
  mkdirSync(sdkTmp)
  mkdirSync(sandboxDisk)
  process.env.TMPDIR = sdkTmp
})

afterEach(() => {
  for (const api of apis) expect(api.unexpected, 'unexpected API requests').toEqual([])
  if (savedTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmpdir
  rmSync(work, { recursive: true, force: true })
})

/** What the API stand-in was asked, and how it answers. */
interface FakeApi {
  client: Pocketenv
  /** `nsid body` of every API call, in order. */
  calls: string[]
  /** Requests it was not built for; they fail with a network error. */
  unexpected: string[]
  /** The archives `pushDirectory` stored, in order. */
  pushed: Buffer[]
}

/**
 * A client whose API requests are answered here and whose storage requests
 * go to the stub over real HTTP. `pushArchive` replaces the archive the
 * sandbox would pack, for the unsafe-archive tests.
 */
function fakeApi(options: { status?: string; pushArchive?: Buffer } = {}): FakeApi {
  const calls: string[] = []
  const unexpected: string[] = []
  const pushed: Buffer[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    if (url.origin !== TEST_API_URL) return globalThis.fetch(input, init)
    const nsid = url.pathname.replace('/xrpc/', '')
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, string>) : {}
    calls.push(`${nsid} ${JSON.stringify(request.method === 'GET' ? Object.fromEntries(url.searchParams) : body)}`)
    if (nsid === 'io.pocketenv.sandbox.getSandbox') return json({ sandbox: sandboxView({ status: options.status ?? 'RUNNING' }) })
    if (nsid === 'io.pocketenv.sandbox.pullDirectory' && body.uuid && body.directoryPath) {
      await pull(body.uuid, body.directoryPath)
      return new Response(null, { status: 200 })
    }
    if (nsid === 'io.pocketenv.sandbox.pushDirectory' && body.directoryPath) {
      const archive = options.pushArchive ?? (await push(body.directoryPath))
      pushed.push(archive)
      return json({ uuid: stub.put(archive) })
    }
    unexpected.push(`${request.method} ${url.pathname}`)
    throw new TypeError(`unexpected request ${request.method} ${url.pathname}`)
  }
  const client = new Pocketenv({ token: TEST_TOKEN, apiUrl: TEST_API_URL, storageUrl: stub.url, fetch: fetch as typeof globalThis.fetch })
  const api = { client, calls, unexpected, pushed }
  apis.push(api)
  return api
}

/** What the sandbox does for `pullDirectory`: `curl …/cp/<uuid> | tar xzf -` into the directory. */
async function pull(uuid: string, directoryPath: string): Promise<void> {
  const answer = await globalThis.fetch(`${stub.url}/cp/${uuid}`)
  if (!answer.ok) throw new TypeError(`the sandbox could not fetch ${uuid}: ${answer.status}`)
  const archive = join(work, `pulled-${uuid}.tar.gz`)
  writeFileSync(archive, Buffer.from(await answer.arrayBuffer()))
  const target = join(sandboxDisk, directoryPath)
  mkdirSync(target, { recursive: true })
  await tar.x({ file: archive, cwd: target })
}

/** What the sandbox does for `pushDirectory`: `tar czf - -C $(dirname P) $(basename P)`. */
async function push(directoryPath: string): Promise<Buffer> {
  const source = join(sandboxDisk, directoryPath)
  const archive = join(work, `pushed-${randomUUID()}.tar.gz`)
  await tar.c({ gzip: true, file: archive, cwd: dirname(source) }, [basename(source)])
  return readFileSync(archive)
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
}

/** Writes `files` (path → content) under `root`. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

/** Every file and link under `root`: path → content, or `-> target` for a link. */
function readTree(root: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {}
  for (const name of readdirSync(join(root, prefix)).sort()) {
    const path = prefix ? `${prefix}/${name}` : name
    const stats = lstatSync(join(root, path))
    if (stats.isSymbolicLink()) found[path] = `-> ${readlinkSync(join(root, path))}`
    else if (stats.isDirectory()) Object.assign(found, readTree(root, path))
    else found[path] = readFileSync(join(root, path), 'utf8')
  }
  return found
}

/** Records every progress report. */
function progressLog(): { onProgress: (progress: TransferProgress) => void; events: TransferProgress[] } {
  const events: TransferProgress[] = []
  return { events, onProgress: (progress) => events.push(progress) }
}

/** Progress only grows, always against `totalBytes`, and ends there. */
function expectProgressUpTo(events: TransferProgress[], totalBytes: number): void {
  expect(events.length).toBeGreaterThan(0)
  for (const [index, event] of events.entries()) {
    expect(event.totalBytes).toBe(totalBytes)
    if (index > 0) expect(event.bytes).toBeGreaterThan(events[index - 1]!.bytes)
  }
  expect(events.at(-1)?.bytes).toBe(totalBytes)
}

async function transfer(api: FakeApi, options: TransferOptions = {}) {
  return prepareTransfer(api.client, SBX, options)
}

const contentOf = (path: string) => `content of ${path}\n`

describe('upload', () => {
  // Each ignore file and where it sits; `included` is what must arrive.
  const ignoreFiles = {
    '.gitignore': '*.log\nnode_modules/\n.env.local\n',
    '.pocketenvignore': 'secrets/\n',
    '.npmignore': '*.tgz\n',
    '.dockerignore': 'Dockerfile.dev\n',
    'src/.gitignore': '!keep.log\n*.tmp\n',
    'src/.pocketenvignore': 'generated/\n!important.tmp\n',
  }
  const included = [
    '.config/x',
    '.env',
    'Dockerfile',
    'README.md',
    'src/important.tmp',
    'src/index.ts',
    'src/keep.log',
    'src/lib/util.ts',
  ]
  const excluded = [
    '.env.local',
    'app.log',
    'keep.log',
    'pkg.tgz',
    'Dockerfile.dev',
    'node_modules/left-pad/index.js',
    'node_modules/left-pad/keep.log',
    'secrets/key.pem',
    'src/debug.log',
    'src/scratch.tmp',
    'src/generated/out.js',
    'src/lib/trace.log',
  ]

  function writeProject(): string {
    const project = join(work, 'project')
    writeTree(project, ignoreFiles)
    writeTree(project, Object.fromEntries([...included, ...excluded].map((path) => [path, contentOf(path)])))
    mkdirSync(join(work, 'outside'))
    writeFileSync(join(work, 'outside', 'private.txt'), 'not for upload')
    symlinkSync('../outside', join(project, 'link-to-outside'))
    symlinkSync('README.md', join(project, 'readme-link'))
    return project
  }

  test('sends exactly the files the ignore rules keep, with their contents, and cleans up', async () => {
    const project = writeProject()
    const api = fakeApi()
    const { onProgress, events } = progressLog()
    await uploadToSandbox(await transfer(api), project, '/workspace/project', { onProgress })

    expect(readTree(join(sandboxDisk, 'workspace/project'))).toEqual({
      ...ignoreFiles,
      ...Object.fromEntries(included.map((path) => [path, contentOf(path)])),
    })
    const [upload] = stub.uploads
    expect(upload).toMatchObject({ fileName: 'archive.tar.gz', fileType: 'application/gzip' })
    expect(upload?.contentLength).toBe(String(upload?.receivedBytes))
    expectProgressUpTo(events, upload!.bytes.byteLength)
    expect(stub.requests).toEqual([
      { method: 'POST', path: '/cp', authorization: `Bearer ${TEST_TOKEN}` },
      { method: 'GET', path: `/cp/${upload?.uuid}`, authorization: undefined },
    ])
    expect(api.calls).toEqual([
      `io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`,
      `io.pocketenv.sandbox.pullDirectory {"sandboxId":"${SBX}","directoryPath":"/workspace/project","uuid":"${upload?.uuid}"}`,
    ])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('sends a single file under its own name', async () => {
    const project = writeProject()
    const api = fakeApi()
    await uploadToSandbox(await transfer(api), join(project, 'src/debug.log'), '/workspace/logs', {})
    // Ignore rules are for folders: a file named on purpose is sent.
    expect(readTree(join(sandboxDisk, 'workspace/logs'))).toEqual({ 'debug.log': contentOf('src/debug.log') })
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('an empty folder still creates the destination', async () => {
    mkdirSync(join(work, 'empty'))
    await uploadToSandbox(await transfer(fakeApi()), join(work, 'empty'), '/workspace/empty', {})
    expect(readdirSync(join(sandboxDisk, 'workspace/empty'))).toEqual([])
  })

  test('a storage failure leaves no temporary file and never asks the sandbox to pull', async () => {
    const project = writeProject()
    const api = fakeApi()
    stub.answerNext(500)
    await expect(uploadToSandbox(await transfer(api), project, '/workspace/project', {})).rejects.toBeInstanceOf(ServerError)
    expect(api.calls).toEqual([`io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('an answer without a uuid is an InvalidResponseError and leaves nothing behind', async () => {
    const project = writeProject()
    const api = fakeApi()
    stub.answerNext(200, JSON.stringify({ id: 'not-a-uuid' }))
    await expect(uploadToSandbox(await transfer(api), project, '/workspace/project', {})).rejects.toMatchObject({
      name: 'InvalidResponseError',
      method: 'storage upload',
    })
    expect(api.calls).toEqual([`io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('a missing local path is a ValidationError and leaves nothing behind', async () => {
    await expect(uploadToSandbox(await transfer(fakeApi()), join(work, 'nope'), '/workspace', {})).rejects.toMatchObject({
      name: 'ValidationError',
      field: 'localPath',
    })
    expect(stub.requests).toEqual([])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('aborting while bytes go out rejects with AbortError and leaves no temporary file', async () => {
    // Incompressible, so the archive is sent in many chunks.
    mkdirSync(join(work, 'big'))
    writeFileSync(join(work, 'big/noise.bin'), Buffer.from(Array.from({ length: 2 * 1024 * 1024 }, () => Math.floor(Math.random() * 256))))
    const api = fakeApi()
    const controller = new AbortController()
    const context = await transfer(api, { signal: controller.signal })
    const upload = uploadToSandbox(context, join(work, 'big'), '/workspace/big', { signal: controller.signal, onProgress: () => controller.abort() })
    await expect(upload).rejects.toBeInstanceOf(AbortError)
    expect(api.calls).toEqual([`io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('an aborted signal rejects at once, before anything is packed or sent', async () => {
    const project = writeProject()
    const api = fakeApi()
    const context = await transfer(api)
    const signal = AbortSignal.abort()
    await expect(uploadToSandbox(context, project, '/workspace/project', { signal })).rejects.toBeInstanceOf(AbortError)
    await expect(downloadFromSandbox(context, '/app', join(work, 'out'), { signal })).rejects.toBeInstanceOf(AbortError)
    expect(stub.requests).toEqual([])
    expect(api.calls).toEqual([`io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`])
    expect(readdirSync(sdkTmp)).toEqual([])
  })
})

describe('download', () => {
  test('unpacks the folder under its own name, links included, and reports progress', async () => {
    writeTree(join(sandboxDisk, 'app/dist'), {
      'index.html': '<h1>hi</h1>',
      '.hidden': 'dotfile',
      'assets/app.js': 'console.log(1)',
    })
    symlinkSync('assets', join(sandboxDisk, 'app/dist/latest'))
    const api = fakeApi()
    const { onProgress, events } = progressLog()
    await downloadFromSandbox(await transfer(api), '/app/dist', join(work, 'out'), { onProgress })

    expect(readTree(join(work, 'out'))).toEqual({
      'dist/.hidden': 'dotfile',
      'dist/assets/app.js': 'console.log(1)',
      'dist/index.html': '<h1>hi</h1>',
      'dist/latest': '-> assets',
    })
    const uuid = stub.requests[0]?.path.replace('/cp/', '')
    expect(stub.requests).toEqual([{ method: 'GET', path: `/cp/${uuid}`, authorization: `Bearer ${TEST_TOKEN}` }])
    expectProgressUpTo(events, api.pushed[0]!.byteLength)
    // The service hands an archive out once.
    expect((await globalThis.fetch(`${stub.url}/cp/${uuid}`)).status).toBe(404)
    expect(api.calls.slice(1)).toEqual([`io.pocketenv.sandbox.pushDirectory {"sandboxId":"${SBX}","directoryPath":"/app/dist"}`])
    expect(readdirSync(sdkTmp)).toEqual([])
  })

  test('a failed download leaves no temporary file', async () => {
    writeTree(join(sandboxDisk, 'app'), { 'a.txt': 'a' })
    stub.answerNext(404)
    await expect(downloadFromSandbox(await transfer(fakeApi()), '/app', join(work, 'out'), {})).rejects.toBeInstanceOf(NotFoundError)
    expect(existsSync(join(work, 'out'))).toBe(false)
    expect(readdirSync(sdkTmp)).toEqual([])
  })
})

describe('a sandbox that is not running', () => {
  test('fails with SandboxNotRunningError before any storage request', async () => {
    const api = fakeApi({ status: 'STOPPED' })
    const failure = transfer(api)
    await expect(failure).rejects.toBeInstanceOf(SandboxNotRunningError)
    await expect(failure).rejects.toMatchObject({ sandbox: SBX, status: 'stopped' })
    expect(api.calls).toEqual([`io.pocketenv.sandbox.getSandbox {"id":"${SBX}"}`])
    expect(stub.requests).toEqual([])
  })
})

describe('unsafe archives', () => {
  interface RawEntry {
    path: string
    type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory'
    linkpath?: string
    body?: string
  }

  /** A `.tar.gz` written header by header, so that node-tar cannot clean its paths up. */
  function rawArchive(entries: RawEntry[]): Buffer {
    const blocks: Buffer[] = []
    for (const entry of entries) {
      const body = Buffer.from(entry.body ?? '')
      const header = new tar.Header({
        path: entry.path,
        type: entry.type ?? 'File',
        linkpath: entry.linkpath,
        size: body.byteLength,
        mode: 0o644,
        mtime: new Date(0),
      })
      header.encode()
      blocks.push(header.block!, body, Buffer.alloc((512 - (body.byteLength % 512)) % 512))
    }
    blocks.push(Buffer.alloc(1024))
    return gzipSync(Buffer.concat(blocks))
  }

  const absoluteTarget = join(SYSTEM_TMP, `pocketenv-evil-${randomUUID()}.txt`)

  test.each([
    ['a path that climbs out', [{ path: 'ok.txt', body: 'fine' }, { path: '../evil.txt', body: 'pwned' }], '../evil.txt'],
    ['an absolute path', [{ path: 'ok.txt', body: 'fine' }, { path: absoluteTarget, body: 'pwned' }], absoluteTarget],
    [
      'a file written through a link that points out',
      [
        { path: 'ok.txt', body: 'fine' },
        { path: 'link', type: 'SymbolicLink', linkpath: '../../outside' },
        { path: 'link/file', body: 'pwned' },
      ],
      'link',
    ],
    [
      'a link that climbs out through another link',
      [
        { path: 'here', type: 'SymbolicLink', linkpath: '.' },
        { path: 'up', type: 'SymbolicLink', linkpath: 'here/..' },
      ],
      'up',
    ],
    ['a hard link to a file outside', [{ path: 'hard', type: 'Link', linkpath: '../../outside/secret.txt' }], 'hard'],
  ] satisfies [string, RawEntry[], string][])('refuses %s and writes nothing', async (_case, entries, culprit) => {
    const outside = join(work, 'outside')
    mkdirSync(outside)
    writeFileSync(join(outside, 'secret.txt'), 'secret')
    const parent = join(work, 'x')
    mkdirSync(parent)
    const api = fakeApi({ pushArchive: rawArchive(entries) })

    const download = downloadFromSandbox(await transfer(api), '/app', join(parent, 'dest'), {})
    await expect(download).rejects.toBeInstanceOf(ArchiveError)
    await expect(download).rejects.toMatchObject({ entry: culprit })

    expect(readdirSync(parent)).toEqual([])
    expect(readTree(outside)).toEqual({ 'secret.txt': 'secret' })
    expect(existsSync(join(work, 'evil.txt'))).toBe(false)
    expect(existsSync(absoluteTarget)).toBe(false)
    expect(readdirSync(sdkTmp)).toEqual([])
  })
})
