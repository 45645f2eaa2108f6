/**
 * Covering a new endpoint means adding a lexicon and regenerating. This test
 * does exactly that in a copy of the project: it adds a query, runs the
 * generator, and type-checks a call to the new method.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generate } from '../../codegen/generate.js'

const projectRoot = resolve(import.meta.dirname, '../..')
const NEW_METHOD = 'io.pocketenv.sandbox.getSandboxUsage'

const newLexicon = {
  lexicon: 1,
  id: NEW_METHOD,
  defs: {
    main: {
      type: 'query',
      description: 'How much of its resources a sandbox uses right now.',
      parameters: { type: 'params', required: ['id'], properties: { id: { type: 'string' } } },
      output: {
        encoding: 'application/json',
        schema: {
          type: 'object',
          required: ['cpuPercent'],
          properties: { cpuPercent: { type: 'integer', minimum: 0, maximum: 100 } },
        },
      },
    },
  },
}

const callSite = `
import { AtpBaseClient } from './src/generated/xrpc/index.js'
import type { paths } from './src/generated/openapi.js'

const client = new AtpBaseClient({ service: 'http://127.0.0.1:1' })

export async function usage(): Promise<number> {
  const response = await client.io.pocketenv.sandbox.getSandboxUsage({ id: 'sbx_1' })
  return response.data.cpuPercent
}

// @ts-expect-error the new method requires its id parameter
export const missingId = () => client.io.pocketenv.sandbox.getSandboxUsage({})

type UsageResponse = paths['/xrpc/${NEW_METHOD}']['get']['responses'][200]['content']['application/json']
export const percent: UsageResponse['cpuPercent'] = 42
`

describe('adding an endpoint', () => {
  let copy: string

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'pocketenv-regeneration-'))
    for (const entry of ['package.json', 'tsconfig.json', 'lexicons', 'codegen', 'src']) {
      cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true })
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir')
    writeFileSync(join(copy, 'lexicons/io/pocketenv/sandbox/getSandboxUsage.json'), JSON.stringify(newLexicon, null, 2) + '\n')
    await generate(copy)
  }, 120_000)

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true })
  })

  test('puts the new path in the OpenAPI document', () => {
    const document = JSON.parse(readFileSync(join(copy, 'openapi/pocketenv.json'), 'utf8'))
    expect(Object.keys(document.paths[`/xrpc/${NEW_METHOD}`])).toEqual(['get'])
    expect(document.paths[`/xrpc/${NEW_METHOD}`].get.parameters[0]).toMatchObject({ name: 'id', required: true })
  })

  test('adds the method to the generated client, and a call to it type-checks', () => {
    expect(readFileSync(join(copy, 'src/generated/xrpc/index.ts'), 'utf8')).toContain('getSandboxUsage(')
    writeFileSync(join(copy, 'call-site.ts'), callSite)
    writeFileSync(
      join(copy, 'tsconfig.call-site.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['call-site.ts'] }),
    )
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    expect(() =>
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.call-site.json'], { cwd: copy, encoding: 'utf8', stdio: 'pipe' }),
    ).not.toThrow()
  }, 120_000)

  test('leaves the real project untouched', () => {
    expect(readFileSync(join(projectRoot, 'openapi/pocketenv.json'), 'utf8')).not.toContain(NEW_METHOD)
  })
})
