/**
 * Fetching one sandbox, listing sandboxes, and profiles: what is sent, and
 * how every shape the server answers with is mapped.
 */
import { describe, expect, test } from 'vitest'
import { NotFoundError, Sandbox } from '../../src/index.js'
import { clientWith } from '../support/client.js'
import { sandboxView } from '../support/scripted-fetch.js'

const owner = {
  id: 'rec_1',
  did: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr',
  handle: 'alice.bsky.social',
  displayName: null,
  avatar: null,
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-04-15T09:00:00.000Z',
}

describe('getSandbox', () => {
  test('maps every field, with null for missing and null values', async () => {
    const { client, wire } = clientWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.sandbox.getSandbox',
        query: { id: 'brave-otter-42' },
        answer: { body: { sandbox: sandboxView({ status: 'INITIALIZING', topics: ['a'], startedAt: '2026-04-15T09:31:00.000Z', owner }) } },
      },
    ])
    const sandbox = await client.getSandbox('brave-otter-42')
    expect(sandbox).toBeInstanceOf(Sandbox)
    expect({ ...sandbox }).toEqual({
      id: 'sbx_test1',
      name: 'brave-otter-42',
      provider: 'cloudflare',
      baseSandbox: 'openclaw',
      displayName: null,
      uri: 'at://did:plc:7vdlgi2bflelz7mmuxoqjfcr/io.pocketenv.sandbox/3lzmyqbwi2k2a',
      description: null,
      topics: ['a'],
      logo: null,
      readme: null,
      repo: null,
      vcpus: 2,
      memory: 8,
      disk: 16,
      installs: 3,
      status: 'initializing',
      startedAt: new Date('2026-04-15T09:31:00.000Z'),
      createdAt: new Date('2026-04-15T09:30:00.000Z'),
      owner: {
        id: 'rec_1',
        did: owner.did,
        handle: owner.handle,
        displayName: null,
        avatar: null,
        createdAt: new Date(owner.createdAt),
        updatedAt: new Date(owner.updatedAt),
      },
    })
    wire.verify()
  })

  test.each([
    ['RUNNING', 'running'],
    ['STOPPED', 'stopped'],
    ['INITIALIZING', 'initializing'],
    ['HIBERNATING', 'unknown'],
    [undefined, 'unknown'],
  ])('status %s maps to %s', async (wireStatus, status) => {
    const view = sandboxView({ status: wireStatus })
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: { sandbox: view } } }])
    expect((await client.getSandbox('x'))?.status).toBe(status)
    wire.verify()
  })

  test.each([
    ['an empty object', { body: {} }],
    ['a null sandbox', { body: { sandbox: null } }],
    ['a 404', { status: 404, body: { error: 'XRPCNotSupported', message: 'Sandbox not found' } }],
    ['an empty body', {}],
  ])('returns null for %s', async (_shape, answer) => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer }])
    await expect(client.getSandbox('nope')).resolves.toBeNull()
    wire.verify()
  })

  test('refuses an empty id before sending', async () => {
    const { client, wire } = clientWith([])
    await expect(client.getSandbox('')).rejects.toMatchObject({ name: 'ValidationError', field: 'id' })
    wire.verify()
  })
})

describe('listings', () => {
  test('listSandboxes sends limit 30 and offset 0 by default and maps the page', async () => {
    const { client, wire } = clientWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.sandbox.getSandboxes',
        query: { limit: '30', offset: '0' },
        answer: { body: { sandboxes: [sandboxView({ id: 'sbx_a' }), sandboxView({ id: 'sbx_b' })], total: 12 } },
      },
    ])
    const page = await client.listSandboxes()
    expect(page.total).toBe(12)
    expect(page.sandboxes.map((s) => s.id)).toEqual(['sbx_a', 'sbx_b'])
    expect(page.sandboxes[0]).toBeInstanceOf(Sandbox)
    wire.verify()
  })

  test('listSandboxesByActor sends the actor, paging and the running filter', async () => {
    const { client, wire } = clientWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.actor.getActorSandboxes',
        query: { did: 'did:plc:abc', limit: '5', offset: '10', isRunning: 'true' },
        answer: { body: { sandboxes: [sandboxView()], total: 11 } },
      },
    ])
    const page = await client.listSandboxesByActor('did:plc:abc', { limit: 5, offset: 10, isRunning: true })
    expect(page).toMatchObject({ total: 11 })
    wire.verify()
  })

  test('a page without total counts what was seen', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.sandbox.getSandboxes', answer: { body: { sandboxes: [] } } }])
    await expect(client.listSandboxes({ offset: 60 })).resolves.toEqual({ sandboxes: [], total: 60 })
    wire.verify()
  })

  test.each([{ limit: 0 }, { offset: -1 }, { limit: 2.5 }])('refuses %j before sending', async (paging) => {
    const { client, wire } = clientWith([])
    await expect(client.listSandboxes(paging)).rejects.toMatchObject({ name: 'ValidationError' })
    wire.verify()
  })

  test('refuses an actor that is neither a DID nor a handle', async () => {
    const { client, wire } = clientWith([])
    await expect(client.listSandboxesByActor('not an actor')).rejects.toMatchObject({ name: 'ValidationError', field: 'did' })
    wire.verify()
  })
})

describe('profiles', () => {
  test('me asks for the token owner (no did parameter)', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.actor.getProfile', query: {}, answer: { body: owner } }])
    await expect(client.me()).resolves.toMatchObject({ did: owner.did, handle: owner.handle, displayName: null, createdAt: new Date(owner.createdAt) })
    wire.verify()
  })

  test('getProfile sends the handle', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.actor.getProfile', query: { did: 'alice.bsky.social' }, answer: { body: owner } }])
    await expect(client.getProfile('alice.bsky.social')).resolves.toMatchObject({ handle: 'alice.bsky.social' })
    wire.verify()
  })

  test('the empty answer the server gives on failure is a NotFoundError', async () => {
    const { client, wire } = clientWith([{ method: 'GET', nsid: 'io.pocketenv.actor.getProfile', answer: { body: {} } }])
    await expect(client.getProfile('ghost.bsky.social')).rejects.toBeInstanceOf(NotFoundError)
    wire.verify()
  })
})
