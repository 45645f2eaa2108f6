/**
 * The low-level clients: `client.xrpc` (the generated methods) and
 * `client.get` / `client.post` (by path), with the same base URL,
 * credentials and errors as the rest.
 */
import { describe, expect, expectTypeOf, test } from 'vitest'
import { NotFoundError, Pocketenv, ValidationError } from '../../src/index.js'
import { clientWith, TEST_API_URL, TEST_TOKEN } from '../support/client.js'
import { sandboxView } from '../support/scripted-fetch.js'

describe('client.xrpc', () => {
  test('calls a generated method with the client URL and token', async () => {
    const { client, wire } = clientWith([
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', query: { id: 'sbx_1' }, answer: { body: { sandbox: sandboxView() } } },
    ])
    const { data } = await client.xrpc.io.pocketenv.sandbox.getSandbox({ id: 'sbx_1' })
    expect(data.sandbox?.status).toBe('RUNNING')
    expect(wire.requests[0]?.url.origin).toBe(new URL(TEST_API_URL).origin)
    expect(wire.requests[0]?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`)
    wire.verify()
  })

  test('sends procedures without input with no body and no content type', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.service.startService', query: { serviceId: 'svc_1' }, body: null, answer: {} },
    ])
    const response = await client.xrpc.io.pocketenv.service.startService(undefined, { qp: { serviceId: 'svc_1' } })
    expect(response.success).toBe(true)
    expect((response as unknown as { data?: unknown }).data).toBeUndefined()
    expect(wire.requests[0]?.headers.get('content-type')).toBeNull()
    wire.verify()
  })

  test('throws the SDK errors, not XRPCError', async () => {
    const { client, wire } = clientWith([{ method: 'POST', nsid: 'io.pocketenv.sandbox.stopSandbox', answer: { status: 404, body: { error: 'SandboxNotFound', message: 'Sandbox not found' } } }])
    await expect(client.xrpc.io.pocketenv.sandbox.stopSandbox(undefined, { qp: { id: 'x' } })).rejects.toBeInstanceOf(NotFoundError)
    wire.verify()
  })

  test('checks parameters before sending', async () => {
    const { client, wire } = clientWith([])
    // @ts-expect-error the id parameter is required
    await expect(client.xrpc.io.pocketenv.sandbox.getSandbox({})).rejects.toMatchObject({ name: 'ValidationError', field: 'id', rule: 'is required' })
    wire.verify()
  })

  test('a header given for one call wins over the configured token', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.actor.getTerminalToken', answer: { body: { token: 'jwt' } } }])
    await client.xrpc.io.pocketenv.actor.getTerminalToken({}, { headers: { authorization: 'Bearer other' } })
    expect(wire.requests[0]?.headers.get('authorization')).toBe('Bearer other')
    wire.verify()
  })
})

describe('client.get and client.post', () => {
  test('get sends the query parameters and returns the parsed body', async () => {
    const { client, wire } = clientWith([
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', query: { id: 'my-sandbox' }, answer: { body: { sandbox: sandboxView() } } },
    ])
    const body = await client.get('/xrpc/io.pocketenv.sandbox.getSandbox', { params: { id: 'my-sandbox' }, token: 'override-token' })
    expectTypeOf(body.sandbox).toMatchTypeOf<{ id?: string } | null | undefined>()
    expect(body.sandbox?.id).toBe('sbx_test1')
    expect(wire.requests[0]?.headers.get('authorization')).toBe('Bearer override-token')
    wire.verify()
  })

  test('post sends the JSON body and the query parameters', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.startSandbox', query: { id: 'my-sandbox' }, body: { keepAlive: true }, answer: { body: {} } },
    ])
    await expect(client.post('/xrpc/io.pocketenv.sandbox.startSandbox', { keepAlive: true }, { params: { id: 'my-sandbox' } })).resolves.toEqual({})
    expect(wire.requests[0]?.headers.get('content-type')).toMatch(/application\/json/)
    wire.verify()
  })

  test('post to a procedure without input sends no body and resolves undefined for an empty answer', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.unexposePort', query: { id: 'x' }, body: { port: 3000 }, answer: {} },
      { method: 'POST', nsid: 'io.pocketenv.file.deleteFile', query: { id: 'file_1' }, body: null, answer: {} },
    ])
    await expect(client.post('/xrpc/io.pocketenv.sandbox.unexposePort', { port: 3000 }, { params: { id: 'x' } })).resolves.toBeUndefined()
    await expect(client.post('/xrpc/io.pocketenv.file.deleteFile', undefined, { params: { id: 'file_1' } })).resolves.toBeUndefined()
    wire.verify()
  })

  test('throws the same typed errors', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getExposedPorts', answer: { status: 401, body: { error: 'AuthenticationRequired', message: 'Unauthorized' } } }])
    await expect(client.get('/xrpc/io.pocketenv.sandbox.getExposedPorts', { params: { id: 'x' } })).rejects.toMatchObject({ name: 'AuthenticationError', status: 401 })
    wire.verify()
  })

  test('validates before sending', async () => {
    const { client, wire } = clientWith([])
    await expect(client.post('/xrpc/io.pocketenv.sandbox.exposePort', { port: 22 }, { params: { id: 'x' } })).rejects.toBeInstanceOf(ValidationError)
    // @ts-expect-error not a path of the API
    await expect(client.get('/xrpc/io.pocketenv.sandbox.nope')).rejects.toMatchObject({ field: 'path' })
    // @ts-expect-error a procedure is not a query
    await expect(client.get('/xrpc/io.pocketenv.sandbox.startSandbox', { params: { id: 'x' } })).rejects.toMatchObject({ field: 'path' })
    wire.verify()
  })

  test('Pocketenv.Client is the shared client, with get and post', async () => {
    const { wire } = clientWith([])
    expect(Pocketenv.Client).toBeInstanceOf(Pocketenv)
    expect(Pocketenv.Client).toBe(Pocketenv.Client)
    expect(typeof Pocketenv.Client.get).toBe('function')
    expect(typeof Pocketenv.Client.post).toBe('function')
    wire.verify()
  })
})

describe('what the fuzzer found', () => {
  test('an unknown parameter is refused before sending, not a crash', async () => {
    const { client, wire } = clientWith([])
    const params = { id: 'sbx_1', unexpected: 'x' } as { id: string }
    await expect(client.xrpc.io.pocketenv.sandbox.getSandbox(params)).rejects.toMatchObject({ name: 'ValidationError', field: 'unexpected' })
    await expect(client.xrpc.io.pocketenv.sandbox.getSandboxes('sbx_1' as never)).rejects.toMatchObject({ name: 'ValidationError', field: 'parameters' })
    wire.verify()
  })

  test('large integers are sent as they are, not wrapped to 32 bits', async () => {
    const { client, wire } = clientWith([
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandboxes', query: { limit: String(2 ** 32 + 5), offset: String(2 ** 53 - 1) }, answer: { body: { sandboxes: [] } } },
    ])
    await client.xrpc.io.pocketenv.sandbox.getSandboxes({ limit: 2 ** 32 + 5, offset: 2 ** 53 - 1 })
    wire.verify()
  })

  test('an array body for an object input is refused before sending', async () => {
    const { client, wire } = clientWith([])
    await expect(client.xrpc.io.pocketenv.sandbox.startSandbox([] as never, { qp: { id: 'sbx_1' } })).rejects.toMatchObject({ field: 'body' })
    wire.verify()
  })

  test('an empty identifier is refused before sending', async () => {
    const { client, wire } = clientWith([])
    await expect(client.xrpc.io.pocketenv.sandbox.getSandbox({ id: '' })).rejects.toMatchObject({ field: 'id' })
    wire.verify()
  })

  test('a body JSON cannot carry is a ValidationError', async () => {
    const { client, wire } = clientWith([])
    const input = { repo: 'x', extra: 10n } as never
    await expect(client.xrpc.io.pocketenv.sandbox.startSandbox(input, { qp: { id: 'sbx_1' } })).rejects.toMatchObject({ name: 'ValidationError', field: 'body' })
    wire.verify()
  })
})
