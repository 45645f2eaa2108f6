/**
 * Where the token and the base URL come from, in order: per call, client
 * options (`new Pocketenv` or `Pocketenv.configure`), environment, token file.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { AuthenticationError, Pocketenv, ValidationError } from '../../src/index.js'
import { scriptedFetch, type ScriptedFetch, type Step } from '../support/scripted-fetch.js'

const tokenFile = () => join(process.env.HOME as string, '.pocketenv', 'token.json')

function writeTokenFile(content: string): void {
  mkdirSync(join(process.env.HOME as string, '.pocketenv'), { recursive: true })
  writeFileSync(tokenFile(), content)
}

const getProfile: Step = { method: 'GET', nsid: 'io.pocketenv.actor.getProfile', answer: { body: { did: 'did:plc:abc', handle: 'alice.test' } } }
const getSandbox: Step = { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: {} } }

function authorizationOf(wire: ScriptedFetch, index = 0): string | null {
  return wire.requests[index]?.headers.get('authorization') ?? null
}

beforeEach(() => {
  rmSync(join(process.env.HOME as string, '.pocketenv'), { recursive: true, force: true })
})

afterEach(() => {
  vi.unstubAllEnvs()
  Pocketenv.configure({ token: undefined, apiUrl: undefined, fetch: undefined })
})

describe('token precedence', () => {
  test('a per-call token beats the client token', async () => {
    const wire = scriptedFetch([getProfile])
    await new Pocketenv({ token: 'client-token', fetch: wire.fetch }).me({ token: 'call-token' })
    expect(authorizationOf(wire)).toBe('Bearer call-token')
    wire.verify()
  })

  test('the client token beats the environment', async () => {
    vi.stubEnv('POCKETENV_TOKEN', 'env-token')
    const wire = scriptedFetch([getProfile])
    await new Pocketenv({ token: 'client-token', fetch: wire.fetch }).me()
    expect(authorizationOf(wire)).toBe('Bearer client-token')
    wire.verify()
  })

  test('Pocketenv.configure beats the environment', async () => {
    vi.stubEnv('POCKETENV_TOKEN', 'env-token')
    const wire = scriptedFetch([getProfile])
    Pocketenv.configure({ token: 'configured-token', fetch: wire.fetch })
    await Pocketenv.me()
    expect(authorizationOf(wire)).toBe('Bearer configured-token')
    wire.verify()
  })

  test('the environment beats the token file', async () => {
    writeTokenFile(JSON.stringify({ token: 'file-token' }))
    vi.stubEnv('POCKETENV_TOKEN', 'env-token')
    const wire = scriptedFetch([getProfile])
    await new Pocketenv({ fetch: wire.fetch }).me()
    expect(authorizationOf(wire)).toBe('Bearer env-token')
    wire.verify()
  })

  test('the token file is used last', async () => {
    writeTokenFile(JSON.stringify({ token: 'file-token' }))
    const wire = scriptedFetch([getProfile])
    await new Pocketenv({ fetch: wire.fetch }).me()
    expect(authorizationOf(wire)).toBe('Bearer file-token')
    wire.verify()
  })

  test('the environment is read at call time, not at import or construction', async () => {
    const wire = scriptedFetch([getProfile])
    const client = new Pocketenv({ fetch: wire.fetch })
    vi.stubEnv('POCKETENV_TOKEN', 'set-later')
    await client.me()
    expect(authorizationOf(wire)).toBe('Bearer set-later')
    wire.verify()
  })

  test('configure keeps earlier options and replaces the shared client', async () => {
    const wire = scriptedFetch([getProfile, getProfile])
    Pocketenv.configure({ token: 'first', fetch: wire.fetch })
    await Pocketenv.me()
    Pocketenv.configure({ apiUrl: 'https://other.example' })
    await Pocketenv.me()
    expect(authorizationOf(wire, 1)).toBe('Bearer first')
    expect(wire.requests[1]?.url.origin).toBe('https://other.example')
    wire.verify()
  })
})

describe('no token', () => {
  test('a call that needs one fails before sending, saying how to provide one', async () => {
    const wire = scriptedFetch([])
    const error = await new Pocketenv({ fetch: wire.fetch }).me().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthenticationError)
    expect((error as AuthenticationError).status).toBeUndefined()
    expect((error as Error).message).toMatch(/POCKETENV_TOKEN/)
    expect((error as Error).message).toMatch(/pocketenv login/)
    expect(wire.requests).toEqual([])
    wire.verify()
  })

  test('a malformed token file is named in the message', async () => {
    writeTokenFile('{not json')
    const wire = scriptedFetch([])
    await expect(new Pocketenv({ fetch: wire.fetch }).createSandbox('x')).rejects.toThrow(/token\.json exists but it is not valid JSON/)
    wire.verify()
  })

  test.each([
    ['getSandbox', (client: Pocketenv) => client.getSandbox('x'), getSandbox],
    ['listSandboxes', (client: Pocketenv) => client.listSandboxes(), { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandboxes', answer: { body: { sandboxes: [] } } } as Step],
    [
      'listSandboxesByActor',
      (client: Pocketenv) => client.listSandboxesByActor('alice.bsky.social'),
      { method: 'GET', nsid: 'io.pocketenv.actor.getActorSandboxes', answer: { body: { sandboxes: [] } } } as Step,
    ],
  ])('the public call %s works and sends no Authorization header', async (_name, call, step) => {
    const wire = scriptedFetch([step])
    await call(new Pocketenv({ fetch: wire.fetch }))
    expect(authorizationOf(wire)).toBeNull()
    wire.verify()
  })
})

describe('API URL', () => {
  test('defaults to https://api.pocketenv.io', async () => {
    const wire = scriptedFetch([getSandbox])
    await new Pocketenv({ fetch: wire.fetch }).getSandbox('x')
    expect(wire.requests[0]?.url.href).toBe('https://api.pocketenv.io/xrpc/io.pocketenv.sandbox.getSandbox?id=x')
    wire.verify()
  })

  test('POCKETENV_API_URL overrides the default', async () => {
    vi.stubEnv('POCKETENV_API_URL', 'http://127.0.0.1:9999/')
    const wire = scriptedFetch([getSandbox])
    await new Pocketenv({ fetch: wire.fetch }).getSandbox('x')
    expect(wire.requests[0]?.url.origin).toBe('http://127.0.0.1:9999')
    wire.verify()
  })

  test('an explicit apiUrl beats POCKETENV_API_URL, and a path prefix is kept', async () => {
    vi.stubEnv('POCKETENV_API_URL', 'http://127.0.0.1:9999')
    const wire = scriptedFetch([getSandbox])
    await new Pocketenv({ apiUrl: 'https://proxy.example/pocketenv/', fetch: wire.fetch }).getSandbox('x')
    expect(wire.requests[0]?.url.href).toBe('https://proxy.example/pocketenv/xrpc/io.pocketenv.sandbox.getSandbox?id=x')
    wire.verify()
  })

  test.each([
    [{ apiUrl: 'not a url' }, 'apiUrl'],
    [{ token: 42 }, 'token'],
    [{ timeoutMs: -1 }, 'timeoutMs'],
    [{ responseValidation: 'loud' }, 'responseValidation'],
    [{ fetch: 'nope' }, 'fetch'],
  ])('the option %j is refused with a ValidationError', (options, field) => {
    expect(() => new Pocketenv(options as never)).toThrow(ValidationError)
    expect(() => new Pocketenv(options as never)).toThrow(expect.objectContaining({ field }))
  })
})
