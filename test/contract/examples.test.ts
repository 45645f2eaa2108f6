/**
 * The examples run, unchanged, against the mock: the README's quick start
 * keeps working, and every program in examples/ prints what it says it does.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest'
import { downloadedFolderArchive, listExamples, pushDirectoryKey, runExample, type ExampleRun } from '../../scripts/run-examples.js'
import { startStorageStub, type StorageStub } from '../support/storage-stub.js'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

test('examples/quickstart.ts prints each step', () => {
  const output = execFileSync(process.execPath, [tsx, 'examples/quickstart.ts'], {
    encoding: 'utf8',
    env: { ...process.env, POCKETENV_API_URL: inject('apiBaseUrl'), POCKETENV_TOKEN: 'example-token' },
  })
  expect(output.trim().split('\n')).toEqual([
    '1. sandbox brave-otter-42 (sbx_4Fq9ZkT2mN8pXw) is running',
    '2. echo hello → "hello\\n", exit code 0',
    '3. port 3000 is public at https://3000-brave-otter-42.sbx.pocketenv.io',
    '4. VS Code runs at https://1024-brave-otter-42.sbx.pocketenv.io',
    '5. sandbox stopped and deleted',
  ])
}, 60_000)

test('the README quick start is examples/quickstart.ts, word for word', () => {
  const readme = readFileSync('README.md', 'utf8')
  const example = readFileSync('examples/quickstart.ts', 'utf8')
  expect(readme).toContain('```ts\n' + example + '```')
})

/** What each example prints against the mock, line by line. */
const expectedOutput: Record<string, unknown[]> = {
  'examples/exec-and-sh.ts': [
    '1. sandbox brave-otter-42 is running',
    '2. printf with three tricky arguments → "hello\\n"',
    '3. ls -la /etc | wc -l → "hello\\n"',
    '4. sh with folder = "notes; rm -rf ~" → "hello\\n"',
    '5. git --version exited with 0: git is installed',
    '6. sandbox stopped and deleted',
  ],
  'examples/ports-and-vscode.ts': [
    '1. sandbox brave-otter-42 is running',
    '2. port 3000 is public at https://3000-brave-otter-42.sbx.pocketenv.io',
    '3. 1 exposed port(s):',
    '   3000 (web) → https://3000-brave-otter-42.sbx.pocketenv.io',
    '4. port 3000 is private again',
    '5. VS Code runs at https://1024-brave-otter-42.sbx.pocketenv.io',
    '6. sandbox stopped and deleted',
  ],
  'examples/secrets-and-files.ts': [
    '1. sandbox brave-otter-42 (sbx_4Fq9ZkT2mN8pXw) created',
    '2. secret OPENAI_API_KEY stored (sealed)',
    '3. secrets.list() → 1 in total: OPENAI_API_KEY',
    '4. every secret, page after page:',
    '   OPENAI_API_KEY (id secret_7Hc2Lq9Vx1)',
    '5. variables: NODE_ENV=production',
    '6. file /home/user/app/.env stored (content sealed)',
    '7. files: /home/user/app/.env',
    '8. file /home/user/app/.env (id file_9Qm4Tn6Yb2) deleted',
    '9. sandbox deleted',
  ],
  'examples/upload-download.ts': [
    '1. sandbox brave-otter-42 is running',
    '2. made a project of 5 files in a temp folder; its .gitignore leaves out node_modules/ and *.log',
    // The archive's size depends on the files' modification times.
    expect.stringMatching(/^ {3}sent (\d+) of \1 bytes$/),
    '3. uploaded the project to /home/user/app, without node_modules/ and debug.log',
    '4. downloaded /home/user/app, which arrived as:',
    '   app/.gitignore',
    '   app/package.json',
    '   app/src/index.js',
    '5. temp folders removed, sandbox stopped and deleted',
  ],
  'examples/error-handling.ts': [
    '1. sandbox brave-otter-42 is running',
    '2. expose(80) → ValidationError on port: can not be less than 1025',
    // The mock finds its one sandbox under any name.
    "3. getSandbox('no-such-sandbox') → found brave-otter-42",
    '4. refresh() of sbx_no_such_sandbox → found brave-otter-42',
    '5. sleep 30, cancelled → AbortError: io.pocketenv.sandbox.exec was aborted.',
    expect.stringMatching(/^6\. me\(\) without a token → AuthenticationError, no token found: .*POCKETENV_TOKEN/),
    '7. sandbox stopped and deleted',
  ],
  'examples/low-level.ts': [
    '1. post createSandbox → brave-otter-42 (sbx_4Fq9ZkT2mN8pXw)',
    '2. xrpc getSandbox → brave-otter-42 is RUNNING',
    '3. Pocketenv.Client.get getSandbox → brave-otter-42, created 2026-04-15T09:30:00.000Z',
    '4. post startSandbox { keepAlive: true } → {}',
    '5. post stopSandbox (no body) → {}',
    '6. post deleteSandbox (no body) → deleted',
  ],
}

test('every file in examples/ has a test', async () => {
  expect(await listExamples()).toEqual(['examples/quickstart.ts', ...Object.keys(expectedOutput)].sort())
})

describe('each example against the mock and a storage stub', () => {
  let storage: StorageStub
  let archive: Buffer
  let uuid: string

  beforeAll(async () => {
    storage = await startStorageStub()
    archive = await downloadedFolderArchive()
    uuid = await pushDirectoryKey(inject('apiBaseUrl'))
  })

  afterAll(() => storage.close())

  // The stub hands an archive out once, as the real storage service does.
  beforeEach(() => {
    storage.reset()
    storage.put(archive, uuid)
  })

  function run(file: string): Promise<ExampleRun> {
    // HOME is the empty folder of test/setup/isolated-environment.ts: no token file.
    return runExample(file, { apiUrl: inject('apiBaseUrl'), storageUrl: storage.url, home: process.env.HOME ?? '' })
  }

  test.each(Object.entries(expectedOutput))('%s prints each step', async (file, lines) => {
    const result = await run(file)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout.trimEnd().split('\n')).toEqual(lines)
  }, 60_000)

  test('examples/upload-download.ts uploads what .gitignore keeps and downloads through the storage service', async () => {
    expect((await run('examples/upload-download.ts')).exitCode).toBe(0)
    expect(storage.uploads).toHaveLength(1)
    const uploaded = (await entriesOf(storage.uploads[0]!.bytes)).filter((path) => !path.endsWith('/'))
    expect(uploaded.sort()).toEqual(['.gitignore', 'package.json', 'src/index.js'])
    expect(storage.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /cp', `GET /cp/${uuid}`])
  }, 60_000)
})

/** The paths in a `.tar.gz`, with any leading `./` removed. */
async function entriesOf(bytes: Buffer): Promise<string[]> {
  const paths: string[] = []
  await pipeline(Readable.from([bytes]), tar.t({ onReadEntry: (entry) => paths.push(entry.path.replace(/^\.\//, '')) }))
  return paths
}
