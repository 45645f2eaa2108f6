/**
 * Secrets, variables, files and volumes on the wire: what each operation
 * sends (sealed where it must be), and how every answer shape is read.
 */
import { describe, expect, test } from 'vitest'
import type { Step } from '../support/scripted-fetch.js'
import { sealingTestBed, TEST_SANDBOX_ID } from '../support/sealing-sandbox.js'

const SBX = TEST_SANDBOX_ID
const { recipient, sandboxWith } = sealingTestBed()

/** Captures the JSON body of the request a step answers. */
function capture(step: Omit<Step, 'answer'>, answer: Step['answer'] = {}): { step: Step; body: () => Record<string, any> } {
  let seen: Record<string, any> = {}
  return {
    step: {
      ...step,
      answer: async (request) => {
        seen = JSON.parse(request.body ?? 'null')
        return typeof answer === 'function' ? answer(request) : answer
      },
    },
    body: () => seen,
  }
}

describe('secrets', () => {
  test('put seals the value, sends the masked form and the sandbox id', async () => {
    const put = capture({ method: 'POST', nsid: 'io.pocketenv.secret.addSecret' })
    const { sandbox, wire } = sandboxWith([put.step])
    await expect(sandbox.secrets.put('OPENAI_API_KEY', 'sk-proj-abcdefghijklmnop')).resolves.toBeUndefined()
    const body = put.body()
    expect(body.secret).toMatchObject({ sandboxId: SBX, name: 'OPENAI_API_KEY' })
    expect(body.secret.value).not.toContain('sk-proj')
    expect(recipient().openText(body.secret.value)).toBe('sk-proj-abcdefghijklmnop')
    expect(body.redacted).toBe('sk-********op')
    wire.verify()
  })

  test('update seals the new value too', async () => {
    const update = capture({ method: 'POST', nsid: 'io.pocketenv.secret.updateSecret' })
    const { sandbox, wire } = sandboxWith([update.step])
    await sandbox.secrets.update('secret_1', { name: 'TOKEN', value: 'new-value' })
    const body = update.body()
    expect(body).toMatchObject({ id: 'secret_1', secret: { name: 'TOKEN', sandboxId: SBX }, redacted: '********' })
    expect(recipient().openText(body.secret.value)).toBe('new-value')
    wire.verify()
  })

  test('list sends the sandbox id and paging, and maps the page', async () => {
    const { sandbox, wire } = sandboxWith([
      {
        method: 'GET',
        nsid: 'io.pocketenv.secret.getSecrets',
        query: { sandboxId: SBX, limit: '20', offset: '0' },
        answer: { body: { secrets: [{ id: 'secret_1', name: 'A', createdAt: '2026-04-15T09:30:00.000Z' }], total: 7 } },
      },
    ])
    await expect(sandbox.secrets.list()).resolves.toEqual({
      items: [{ id: 'secret_1', name: 'A', createdAt: new Date('2026-04-15T09:30:00.000Z') }],
      total: 7,
    })
    wire.verify()
  })

  test('get unwraps { secret }', async () => {
    const { sandbox, wire } = sandboxWith([
      { method: 'GET', nsid: 'io.pocketenv.secret.getSecret', query: { id: 'secret_1' }, answer: { body: { secret: { id: 'secret_1', name: 'A' } } } },
    ])
    await expect(sandbox.secrets.get('secret_1')).resolves.toEqual({ id: 'secret_1', name: 'A', createdAt: null })
    wire.verify()
  })

  test.each([
    ['{}', { body: {} }],
    ['404', { status: 404, body: { error: 'XRPCNotSupported', message: 'Not found' } }],
  ])('get returns null for %s', async (_shape, answer) => {
    const { sandbox, wire } = sandboxWith([{ method: 'GET', nsid: 'io.pocketenv.secret.getSecret', answer }])
    await expect(sandbox.secrets.get('secret_x')).resolves.toBeNull()
    wire.verify()
  })

  test('delete sends the id and no body', async () => {
    const { sandbox, wire } = sandboxWith([{ method: 'POST', nsid: 'io.pocketenv.secret.deleteSecret', query: { id: 'secret_1' }, body: null, answer: {} }])
    await expect(sandbox.secrets.delete('secret_1')).resolves.toBeUndefined()
    wire.verify()
  })

  test('the wrong key the server answers with on failure reads as an empty page', async () => {
    const { sandbox, wire } = sandboxWith([{ method: 'GET', nsid: 'io.pocketenv.secret.getSecrets', answer: { body: { sandboxes: [] } } }])
    await expect(sandbox.secrets.list({ offset: 40 })).resolves.toEqual({ items: [], total: 40 })
    wire.verify()
  })

  test.each([
    ['an empty name', () => ['', 'v']],
    ['a value that is not a string', () => ['NAME', 42]],
  ])('put refuses %s before sending', async (_case, args) => {
    const { sandbox, wire } = sandboxWith([])
    const [name, value] = args() as [string, string]
    await expect(sandbox.secrets.put(name, value)).rejects.toMatchObject({ name: 'ValidationError' })
    wire.verify()
  })
})

describe('all() walks every page', () => {
  const page = (offset: string, names: string[], total?: number): Step => ({
    method: 'GET',
    nsid: 'io.pocketenv.variable.getVariables',
    query: { sandboxId: SBX, limit: '2', offset },
    answer: { body: { variables: names.map((name) => ({ id: `var_${name}`, name, value: name })), ...(total === undefined ? {} : { total }) } },
  })

  test('and stops at the reported total', async () => {
    const { sandbox, wire } = sandboxWith([page('0', ['a', 'b'], 3), page('2', ['c'], 3)])
    const names: string[] = []
    for await (const variable of sandbox.variables.all({ pageSize: 2 })) names.push(variable.name)
    expect(names).toEqual(['a', 'b', 'c'])
    wire.verify()
  })

  test('and stops at an empty page when the server reports no total', async () => {
    const { sandbox, wire } = sandboxWith([page('0', ['a', 'b']), page('2', ['c', 'd']), page('4', [])])
    const names: string[] = []
    for await (const variable of sandbox.variables.all({ pageSize: 2 })) names.push(variable.name)
    expect(names).toEqual(['a', 'b', 'c', 'd'])
    wire.verify()
  })

  test('breaking out of the loop stops fetching', async () => {
    const { sandbox, wire } = sandboxWith([page('0', ['a', 'b'], 100)])
    for await (const variable of sandbox.variables.all({ pageSize: 2 })) {
      if (variable.name === 'a') break
    }
    wire.verify()
  })
})

describe('variables', () => {
  test('put sends the value in clear', async () => {
    const { sandbox, wire } = sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.variable.addVariable', body: { variable: { sandboxId: SBX, name: 'NODE_ENV', value: 'production' } }, answer: {} },
    ])
    await sandbox.variables.put('NODE_ENV', 'production')
    wire.verify()
  })

  test('update, get, delete', async () => {
    const { sandbox, wire } = sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.variable.updateVariable', body: { id: 'var_1', variable: { sandboxId: SBX, name: 'A', value: '2' } }, answer: {} },
      {
        method: 'GET',
        nsid: 'io.pocketenv.variable.getVariable',
        query: { id: 'var_1' },
        answer: { body: { variable: { id: 'var_1', name: 'A', value: '2', createdAt: '2026-04-15T09:30:00.000Z' } } },
      },
      { method: 'POST', nsid: 'io.pocketenv.variable.deleteVariable', query: { id: 'var_1' }, body: null, answer: {} },
    ])
    await sandbox.variables.update('var_1', { name: 'A', value: '2' })
    await expect(sandbox.variables.get('var_1')).resolves.toEqual({ id: 'var_1', name: 'A', value: '2', createdAt: new Date('2026-04-15T09:30:00.000Z'), updatedAt: null })
    await sandbox.variables.delete('var_1')
    wire.verify()
  })
})

describe('files', () => {
  test('write seals the content, text or bytes', async () => {
    const text = capture({ method: 'POST', nsid: 'io.pocketenv.file.addFile' })
    const bytes = capture({ method: 'POST', nsid: 'io.pocketenv.file.addFile' })
    const { sandbox, wire } = sandboxWith([text.step, bytes.step])
    await sandbox.files.write('/app/.env', 'PORT=3000\n')
    await sandbox.files.write('/app/logo.bin', new Uint8Array([0, 255, 1]))
    expect(text.body().file).toMatchObject({ sandboxId: SBX, path: '/app/.env' })
    expect(recipient().openText(text.body().file.content)).toBe('PORT=3000\n')
    expect(recipient().open(bytes.body().file.content)).toEqual(new Uint8Array([0, 255, 1]))
    wire.verify()
  })

  test('update sends the sandbox id and the sealed content', async () => {
    const update = capture({ method: 'POST', nsid: 'io.pocketenv.file.updateFile' })
    const { sandbox, wire } = sandboxWith([update.step])
    await sandbox.files.update('file_1', { path: '/app/.env', content: 'PORT=4000\n' })
    expect(update.body()).toMatchObject({ id: 'file_1', file: { sandboxId: SBX, path: '/app/.env' } })
    expect(recipient().openText(update.body().file.content)).toBe('PORT=4000\n')
    wire.verify()
  })

  test('list, get and delete', async () => {
    const view = { id: 'file_1', path: '/app/.env', createdAt: '2026-04-15T09:30:00.000Z', updatedAt: '2026-04-15T09:31:00.000Z' }
    const { sandbox, wire } = sandboxWith([
      { method: 'GET', nsid: 'io.pocketenv.file.getFiles', query: { sandboxId: SBX, limit: '5', offset: '10' }, answer: { body: { files: [view], total: 11 } } },
      { method: 'GET', nsid: 'io.pocketenv.file.getFile', query: { id: 'file_1' }, answer: { body: { file: view } } },
      { method: 'POST', nsid: 'io.pocketenv.file.deleteFile', query: { id: 'file_1' }, body: null, answer: {} },
    ])
    const listed = await sandbox.files.list({ limit: 5, offset: 10 })
    expect(listed.total).toBe(11)
    expect(listed.items[0]).toEqual({ id: 'file_1', path: '/app/.env', createdAt: new Date(view.createdAt), updatedAt: new Date(view.updatedAt) })
    await expect(sandbox.files.get('file_1')).resolves.toMatchObject({ path: '/app/.env' })
    await sandbox.files.delete('file_1')
    wire.verify()
  })

  test('a content too large for the API is refused before sending', async () => {
    const { sandbox, wire } = sandboxWith([])
    await expect(sandbox.files.write('/big', 'x'.repeat(90_000))).rejects.toMatchObject({ name: 'ValidationError', field: 'body' })
    wire.verify()
  })
})

describe('volumes', () => {
  test('create sends the name, the mount point and the sandbox id', async () => {
    const { sandbox, wire } = sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.volume.addVolume', body: { volume: { sandboxId: SBX, name: 'data', path: '/data' } }, answer: {} },
    ])
    await sandbox.volumes.create('data', { path: '/data' })
    wire.verify()
  })

  test('create refuses a volume without a mount point (the server would attach it to nothing)', async () => {
    const { sandbox, wire } = sandboxWith([])
    await expect(sandbox.volumes.create('data', {} as { path: string })).rejects.toMatchObject({ name: 'ValidationError', field: 'path' })
    wire.verify()
  })

  test('update, list (with a null name), get, delete', async () => {
    const { sandbox, wire } = sandboxWith([
      { method: 'POST', nsid: 'io.pocketenv.volume.updateVolume', body: { id: 'vol_1', volume: { sandboxId: SBX, name: 'logs', path: '/logs' } }, answer: {} },
      { method: 'GET', nsid: 'io.pocketenv.volume.getVolumes', answer: { body: { volumes: [{ id: 'vol_1', name: null, path: '/logs' }], total: 1 } } },
      { method: 'GET', nsid: 'io.pocketenv.volume.getVolume', answer: { body: {} } },
      { method: 'POST', nsid: 'io.pocketenv.volume.deleteVolume', query: { id: 'vol_1' }, body: null, answer: {} },
    ])
    await sandbox.volumes.update('vol_1', { name: 'logs', path: '/logs' })
    await expect(sandbox.volumes.list()).resolves.toEqual({ items: [{ id: 'vol_1', name: null, path: '/logs', createdAt: null, updatedAt: null }], total: 1 })
    await expect(sandbox.volumes.get('vol_1')).resolves.toBeNull()
    await sandbox.volumes.delete('vol_1')
    wire.verify()
  })
})
