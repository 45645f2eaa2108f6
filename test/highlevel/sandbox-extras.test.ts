/**
 * The shell template, claiming, terminal tokens, walking the sandbox lists,
 * and provider credentials at creation.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { Sandbox, SandboxPromise } from '../../src/index.js'
import { shellCommand } from '../../src/highlevel/shell-command.js'
import { clientWith } from '../support/client.js'
import { sandboxView, type Step } from '../support/scripted-fetch.js'
import { testRecipient, type TestRecipient } from '../support/sodium.js'

/** The command `sandbox.sh` sends for a tagged template. */
const sh = (strings: TemplateStringsArray, ...values: unknown[]) => shellCommand(strings, values)

let recipient: TestRecipient
beforeAll(async () => {
  recipient = await testRecipient()
})

const execStep = (command: string): Step => ({
  method: 'POST',
  nsid: 'io.pocketenv.sandbox.exec',
  query: { id: 'sbx_test1' },
  body: { command },
  answer: { body: { stdout: '', stderr: '', exitCode: 0 } },
})

describe('sh', () => {
  test('a tagged template quotes every value and runs the script with /bin/sh -c', async () => {
    const dir = 'a b; rm -rf /'
    const { client, wire } = clientWith([execStep(sh`ls ${dir}`)])
    await client.sandboxRef('sbx_test1').sh`ls ${dir}`
    expect(wire.requests[0]?.body).toContain("/bin/sh -c ")
    wire.verify()
  })

  test('a plain string runs unchanged, with call options', async () => {
    const { client, wire } = clientWith([execStep("/bin/sh -c 'ls -la | wc -l'")])
    await client.sandboxRef('sbx_test1').sh('ls -la | wc -l', { token: 'other' })
    expect(wire.requests[0]?.headers.get('authorization')).toBe('Bearer other')
    wire.verify()
  })

  test('works on a promise and as a function too', async () => {
    const { client, wire } = clientWith([execStep(sh`echo ${'hi'}`), execStep('/bin/sh -c pwd')])
    await SandboxPromise.of(client.sandboxRef('sbx_test1')).sh`echo ${'hi'}`
    await Sandbox.sh(client.sandboxRef('sbx_test1'), 'pwd')
    wire.verify()
  })

  test('the injected value lists one oddly named folder and runs nothing else (real /bin/sh)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pocketenv-sh-'))
    mkdirSync(join(cwd, 'a b; rm -rf '))
    writeFileSync(join(cwd, 'a b; rm -rf ', 'inside.txt'), '')
    writeFileSync(join(cwd, 'canary'), 'still here')
    const dir = 'a b; rm -rf /'
    const pwned = 'x; touch pwned'
    const output = execFileSync('/bin/sh', ['-c', sh`ls ${dir}; echo ${pwned}`], { cwd, encoding: 'utf8' })
    expect(output).toBe('inside.txt\nx; touch pwned\n')
    expect(existsSync(join(cwd, 'canary'))).toBe(true)
    expect(existsSync(join(cwd, 'pwned'))).toBe(false)
  })

  test('arrays become one quoted word per element; numbers are words too', () => {
    const output = execFileSync('/bin/sh', ['-c', sh`printf '%s|' ${['a b', '$HOME', "it's"]} ${42}`], { encoding: 'utf8' })
    expect(output).toBe("a b|$HOME|it's|42|")
  })

  test.each([null, undefined, { a: 1 }])('refuses the value %j', (value) => {
    expect(() => sh`echo ${value}`).toThrow(expect.objectContaining({ name: 'ValidationError', field: 'values.0' }))
  })
})

describe('claiming and terminal tokens', () => {
  test('claimSandbox sends the id with no body and returns the sandbox', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.claimSandbox', query: { id: 'sbx_orphan' }, body: null, answer: { body: { id: 'sbx_orphan', name: 'orphan', uri: 'at://did:plc:abc/io.pocketenv.sandbox/3lzmyqbwi2k2a' } } },
    ])
    const claimed = await client.claimSandbox('sbx_orphan')
    expect(claimed).toMatchObject({ id: 'sbx_orphan', name: 'orphan', status: 'unknown' })
    wire.verify()
  })

  test('terminalToken returns the token', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.actor.getTerminalToken', answer: { body: { token: 'eyJ.terminal.jwt' } } }])
    await expect(client.terminalToken()).resolves.toBe('eyJ.terminal.jwt')
    wire.verify()
  })

  test('sandboxRef makes no request', () => {
    const { client, wire } = clientWith([])
    expect(client.sandboxRef('sbx_1')).toMatchObject({ id: 'sbx_1', status: 'unknown', name: null })
    wire.verify()
  })
})

describe('walking the sandbox lists', () => {
  test('sandboxes() walks the catalogue until the total', async () => {
    const page = (offset: string, ids: string[]): Step => ({
      method: 'GET',
      nsid: 'io.pocketenv.sandbox.getSandboxes',
      query: { limit: '2', offset },
      answer: { body: { sandboxes: ids.map((id) => sandboxView({ id })), total: 3 } },
    })
    const { client, wire } = clientWith([page('0', ['a', 'b']), page('2', ['c'])])
    const ids: string[] = []
    for await (const sandbox of client.sandboxes({ pageSize: 2 })) ids.push(sandbox.id)
    expect(ids).toEqual(['a', 'b', 'c'])
    wire.verify()
  })

  test('sandboxesByActor() stops at an empty page when there is no total', async () => {
    const page = (offset: string, ids: string[]): Step => ({
      method: 'GET',
      nsid: 'io.pocketenv.actor.getActorSandboxes',
      query: { did: 'alice.bsky.social', limit: '2', offset },
      answer: { body: { sandboxes: ids.map((id) => sandboxView({ id })) } },
    })
    const { client, wire } = clientWith([page('0', ['a', 'b']), page('2', [])])
    const ids: string[] = []
    for await (const sandbox of client.sandboxesByActor('alice.bsky.social', { pageSize: 2 })) ids.push(sandbox.id)
    expect(ids).toEqual(['a', 'b'])
    wire.verify()
  })
})

describe('provider credentials at creation', () => {
  test('keys and tokens are sealed with masked copies; identifiers go in clear', async () => {
    let body: Record<string, string> = {}
    const { client, wire } = clientWith(
      [
        {
          method: 'POST',
          nsid: 'io.pocketenv.sandbox.createSandbox',
          answer: (request) => ((body = JSON.parse(request.body as string)), { body: { id: 'sbx_new' } }),
        },
      ],
      { publicKey: recipient.publicKeyHex },
    )
    await client.createSandbox('x', {
      provider: 'daytona',
      daytonaApiKey: 'dtn_0123456789abcdef',
      daytonaOrganizationId: 'org_42',
      vercelApiToken: 'vercel_0123456789abcdef',
      vercelProjectId: 'prj_1',
      e2bApiKey: 'e2b_short',
    })
    expect(recipient.openText(body.daytonaApiKey as string)).toBe('dtn_0123456789abcdef')
    expect(body.redactedDaytonaApiKey).toBe(`dtn_0123456${'*'.repeat(24)}def`)
    expect(recipient.openText(body.vercelApiToken as string)).toBe('vercel_0123456789abcdef')
    expect(recipient.openText(body.e2bApiKey as string)).toBe('e2b_short')
    expect(body.redactedE2bApiKey).toBe('********')
    expect(body).toMatchObject({ daytonaOrganizationId: 'org_42', vercelProjectId: 'prj_1', provider: 'daytona' })
    expect(JSON.stringify(body)).not.toContain('0123456789abcdef')
    wire.verify()
  })
})

describe('variables and secrets at creation', () => {
  test('are stored right after the sandbox exists, secrets sealed', async () => {
    let sealed = ''
    const { client, wire } = clientWith(
      [
        { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: 'sbx_new' } } },
        { method: 'POST', nsid: 'io.pocketenv.variable.addVariable', body: { variable: { sandboxId: 'sbx_new', name: 'NODE_ENV', value: 'production' } }, answer: {} },
        {
          method: 'POST',
          nsid: 'io.pocketenv.secret.addSecret',
          answer: (request) => ((sealed = JSON.parse(request.body as string).secret.value), {}),
        },
      ],
      { publicKey: recipient.publicKeyHex },
    )
    const sandbox = await client.createSandbox('x', { variables: { NODE_ENV: 'production' }, secrets: { API_KEY: 'k-123' } })
    expect(sandbox.id).toBe('sbx_new')
    expect(recipient.openText(sealed)).toBe('k-123')
    wire.verify()
  })

  test('a failure names the sandbox that was created', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: 'sbx_new' } } },
      { method: 'POST', nsid: 'io.pocketenv.secret.addSecret', answer: { status: 500, body: { error: 'AgentCreationError', message: 'Internal Server Error' } } },
    ])
    await expect(client.createSandbox('x', { secrets: { API_KEY: 'k' } })).rejects.toThrow(/Sandbox sbx_new was created/)
    wire.verify()
  })
})
