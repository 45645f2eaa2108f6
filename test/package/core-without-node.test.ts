/**
 * The core of the Node.js build needs nothing but `fetch`: creating, starting,
 * using and deleting a sandbox loads no Node.js built-in module, so the same
 * code runs in Deno, Bun, edge workers and browsers. Node-only features load
 * theirs on first use. A child process records every built-in the package
 * asks for, through module hooks, while it runs the flow against the mock.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, inject, test } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const distEntry = resolve(root, 'dist/index.js')

interface Reached {
  core: string[]
  upload: string[]
}

let reached: Reached

/**
 * The one built-in Node.js itself picks for a dependency: `@noble/hashes`
 * maps its `crypto` module to a file that imports `node:crypto` under the
 * `node` export condition only; every other runtime gets a file that uses
 * `globalThis.crypto` (checked below).
 */
const NODE_CONDITION_ONLY = 'node:crypto <- node_modules/@noble/hashes/esm/cryptoNode.js'

beforeAll(() => {
  if (!existsSync(distEntry)) throw new Error('dist/ is missing: run `npm run build` first (`npm run test:package` does).')
  const output = execFileSync(process.execPath, [resolve(import.meta.dirname, 'support/core-flow.mjs'), inject('apiBaseUrl'), pathToFileURL(distEntry).href], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  reached = JSON.parse(output.trim().split('\n').at(-1)!) as Reached
}, 90_000)

describe('the ESM build outside the browser', () => {
  test('reaches no Node.js built-in when only Pocketenv and Sandbox are used', () => {
    expect(reached.core.filter((line) => line !== NODE_CONDITION_ONLY)).toEqual([])
  })

  test('leaves the one Node.js-only dependency file to the `node` export condition', () => {
    const nobleHashes = resolve(root, 'node_modules/@noble/hashes')
    const exportsMap = (JSON.parse(readFileSync(resolve(nobleHashes, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports
    expect(exportsMap['./crypto']).toEqual({ node: { import: './esm/cryptoNode.js', default: './cryptoNode.js' }, import: './esm/crypto.js', default: './crypto.js' })
    const elsewhere = readFileSync(resolve(nobleHashes, 'esm/crypto.js'), 'utf8')
    expect(elsewhere).not.toMatch(/\bimport\b|\brequire\(/)
    expect(elsewhere).toContain('globalThis.crypto')
  })

  test('loads built-ins lazily for the Node-only directory copy', () => {
    // Proves the recorder sees built-ins at all, so the empty list above means something.
    expect(reached.upload.some((line) => line.startsWith('node:fs/promises <- dist/'))).toBe(true)
  })
})
