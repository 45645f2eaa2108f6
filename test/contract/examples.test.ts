/**
 * The examples run, unchanged, against the mock: the README's quick start
 * keeps working.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, inject, test } from 'vitest'

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
