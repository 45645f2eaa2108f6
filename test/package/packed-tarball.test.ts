/**
 * The package as users get it: `npm pack`, installed into an empty project,
 * then loaded with `require` and with `import`, and type-checked by a
 * TypeScript consumer in both module systems.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let project: string

const run = (command: string, args: string[], cwd = project) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' })

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm run test:package` does).')
  project = mkdtempSync(join(tmpdir(), 'pocketenv-consumer-'))
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', project], root)) as { filename: string }[]
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed!.filename)])
}, 180_000)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

const probe = `
  const client = new Pocketenv({ token: 'secret-token', apiUrl: 'https://api.example' })
  const shown = JSON.stringify(client)
  console.log(JSON.stringify({
    classes: [typeof Pocketenv, typeof Sandbox, typeof PocketenvError, typeof ValidationError].join(','),
    hidesToken: !shown.includes('secret-token'),
    apiUrl: client.toJSON().apiUrl,
  }))
`

describe('the packed package', () => {
  test('holds only what users need', () => {
    const files = (JSON.parse(run(npm, ['pack', '--dry-run', '--json'], root)) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path)
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/browser/index.js']))
    expect(files.filter((file) => !/^(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(file))).toEqual([])
  })

  test('loads with require (CommonJS)', () => {
    writeFileSync(join(project, 'probe.cjs'), `const { Pocketenv, Sandbox, PocketenvError, ValidationError } = require('pocketenv')\n${probe}`)
    expect(JSON.parse(run(process.execPath, ['probe.cjs']))).toEqual({ classes: 'function,function,function,function', hidesToken: true, apiUrl: 'https://api.example' })
  })

  test('loads with import (ESM)', () => {
    writeFileSync(join(project, 'probe.mjs'), `import { Pocketenv, Sandbox, PocketenvError, ValidationError } from 'pocketenv'\n${probe}`)
    expect(JSON.parse(run(process.execPath, ['probe.mjs']))).toEqual({ classes: 'function,function,function,function', hidesToken: true, apiUrl: 'https://api.example' })
  })

  test('both module systems get the same classes from one copy of the code', () => {
    writeFileSync(
      join(project, 'same.mjs'),
      `import { createRequire } from 'node:module'\nimport * as esm from 'pocketenv'\nconst cjs = createRequire(import.meta.url)('pocketenv')\nconsole.log(Object.keys(esm).filter((k) => k !== 'default').sort().join(',') === Object.keys(cjs).sort().join(','))`,
    )
    expect(run(process.execPath, ['same.mjs']).trim()).toBe('true')
  })

  test.each(['nodenext', 'bundler'] as const)('type-checks in a TypeScript consumer (moduleResolution %s)', (resolution) => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { Pocketenv, type Sandbox, type ExecResult, RateLimitError } from 'pocketenv'
const client = new Pocketenv({ token: 't' })
export async function main(): Promise<ExecResult> {
  const sandbox: Sandbox = await client.createSandbox('x').start().waitUntilRunning()
  try {
    return await sandbox.exec('echo', ['hello'])
  } catch (error) {
    if (error instanceof RateLimitError) console.log(error.retryAfterMs)
    throw error
  }
}
// @ts-expect-error exec takes its arguments as an array of strings
export const wrong = () => client.sandboxRef('x').exec('echo', 'hello')
`,
    )
    const module = resolution === 'nodenext' ? 'nodenext' : 'esnext'
    // Libraries' own declarations are not checked (skipLibCheck), as in most projects:
    // some of the @atproto packages' declarations do not compile on their own.
    run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--lib', 'es2023,esnext.disposable,dom', '--module', module, '--moduleResolution', resolution, 'consumer.ts'])
  }, 60_000)
})
