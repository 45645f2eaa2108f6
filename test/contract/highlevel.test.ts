/**
 * The high-level SDK against the mock: every method sends a request the mock
 * accepts (it rejects anything that breaks the API description) and maps the
 * mock's answer to the SDK's types.
 */
import { describe, expect, inject, test } from 'vitest'
import { Pocketenv, Sandbox } from '../../src/index.js'

const client = new Pocketenv({ apiUrl: inject('apiBaseUrl'), token: 'contract-test-token', responseValidation: 'strict' })

describe('Pocketenv against the mock', () => {
  test('createSandbox → start → waitUntilRunning', async () => {
    const sandbox = await client.createSandbox('my-sandbox').start().waitUntilRunning({ intervalMs: 10 })
    expect(sandbox).toBeInstanceOf(Sandbox)
    expect(sandbox).toMatchObject({ id: 'sbx_4Fq9ZkT2mN8pXw', name: 'brave-otter-42', status: 'running', provider: 'cloudflare' })
    expect(sandbox.owner).toMatchObject({ handle: 'alice.bsky.social' })
    expect(sandbox.startedAt).toEqual(new Date('2026-04-15T09:31:12.000Z'))
  })

  test('createSandbox with every option', async () => {
    const sandbox = await client.createSandbox('x', { base: 'openclaw', provider: 'daytona', repo: 'https://github.com/a/b', keepAlive: true })
    expect(sandbox.id).toBe('sbx_4Fq9ZkT2mN8pXw')
  })

  test('getSandbox', async () => {
    const sandbox = await client.getSandbox('brave-otter-42')
    expect(sandbox?.status).toBe('running')
    expect(sandbox?.topics).toEqual(['node', 'demo'])
    expect(sandbox?.logo).toBeNull()
  })

  test('listSandboxes and listSandboxesByActor', async () => {
    const catalog = await client.listSandboxes({ limit: 30, offset: 0 })
    expect(catalog.sandboxes).toHaveLength(1)
    expect(catalog.total).toBe(1)
    const mine = await client.listSandboxesByActor('did:plc:7vdlgi2bflelz7mmuxoqjfcr', { limit: 10, isRunning: false })
    expect(mine.sandboxes[0]?.status).toBe('running')
  })

  test('me and getProfile', async () => {
    await expect(client.me()).resolves.toMatchObject({ did: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr', handle: 'alice.bsky.social', displayName: 'Alice' })
    await expect(client.getProfile('alice.bsky.social')).resolves.toMatchObject({ handle: 'alice.bsky.social' })
  })

  describe('on a sandbox', () => {
    const sandbox = () => client.getSandbox('brave-otter-42') as Promise<Sandbox>

    test('start with options, stop, delete', async () => {
      const started = await (await sandbox()).start({ repo: 'https://github.com/a/b', keepAlive: false })
      expect(started.status).toBe('running')
      await expect(started.stop().delete()).resolves.toBeInstanceOf(Sandbox)
    })

    test('exec', async () => {
      await expect((await sandbox()).exec('echo', ['hello'])).resolves.toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 })
    })

    test('expose, listPorts, unexpose, vscode', async () => {
      const s = await sandbox()
      await expect(s.expose(3000, { description: 'web' })).resolves.toBe('https://3000-brave-otter-42.sbx.pocketenv.io')
      await expect(s.listPorts()).resolves.toEqual([{ port: 3000, description: 'web', previewUrl: 'https://3000-brave-otter-42.sbx.pocketenv.io' }])
      await expect(s.unexpose(3000)).resolves.toBe(s)
      await expect(s.vscode()).resolves.toBe('https://1024-brave-otter-42.sbx.pocketenv.io')
    })

    test('the functional forms', async () => {
      await expect(Sandbox.exec(sandbox(), 'ls', ['-la'])).resolves.toMatchObject({ exitCode: 0 })
      await expect(Sandbox.listPorts(sandbox())).resolves.toHaveLength(1)
    })
  })

  test('the low-level get and post', async () => {
    const body = await client.get('/xrpc/io.pocketenv.sandbox.getSandbox', { params: { id: 'my-sandbox' } })
    expect(body.sandbox?.name).toBe('brave-otter-42')
    await expect(client.post('/xrpc/io.pocketenv.sandbox.startSandbox', { keepAlive: true }, { params: { id: 'my-sandbox' } })).resolves.toEqual({})
    await expect(client.post('/xrpc/io.pocketenv.sandbox.stopSandbox', undefined, { params: { id: 'my-sandbox' } })).resolves.toEqual({})
  })
})
