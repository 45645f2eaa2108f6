/**
 * Creating, starting, stopping, deleting and waiting for a sandbox, checked
 * on the wire with a fetch that refuses any request it was not told about.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { AbortError, DEFAULT_BASE, NotFoundError, Sandbox, SandboxPromise, ServerError, WaitTimeoutError } from '../../src/index.js'
import { clientWith, TEST_TOKEN } from '../support/client.js'
import { sandboxView, type Step } from '../support/scripted-fetch.js'

const SBX = 'sbx_test1'
const getSandbox = (status: string | undefined, extra: Partial<Step> = {}): Step => ({
  method: 'GET',
  nsid: 'io.pocketenv.sandbox.getSandbox',
  query: { id: SBX },
  answer: { body: { sandbox: sandboxView(status === undefined ? {} : { status }) } },
  ...extra,
})

afterEach(() => {
  vi.useRealTimers()
})

describe('createSandbox', () => {
  test('sends the default base and provider, with the name, and maps the answer', async () => {
    const { client, wire } = clientWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.createSandbox',
        body: { base: DEFAULT_BASE, name: 'my-sandbox', provider: 'cloudflare' },
        answer: { body: { id: SBX, name: 'server-chose-this', provider: 'cloudflare', uri: null, createdAt: '2026-04-15T09:30:00.000Z' } },
      },
    ])
    const sandbox = await client.createSandbox('my-sandbox')
    expect(sandbox).toBeInstanceOf(Sandbox)
    expect(sandbox.id).toBe(SBX)
    expect(sandbox.name).toBe('server-chose-this')
    expect(sandbox.status).toBe('unknown')
    expect(sandbox.uri).toBeNull()
    expect(sandbox.createdAt).toEqual(new Date('2026-04-15T09:30:00.000Z'))
    expect(wire.requests[0]?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`)
    expect(wire.requests[0]?.headers.get('content-type')).toBe('application/json')
    wire.verify()
  })

  test('sends base, provider, repo and keepAlive when given', async () => {
    const { client, wire } = clientWith([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.createSandbox',
        body: { base: 'openclaw', name: 'x', provider: 'daytona', repo: 'https://github.com/a/b', keepAlive: true },
        answer: { body: { id: SBX } },
      },
    ])
    await client.createSandbox('x', { base: 'openclaw', provider: 'daytona', repo: 'https://github.com/a/b', keepAlive: true })
    wire.verify()
  })

  test('one await covers create, start and wait', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: SBX } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.startSandbox', query: { id: SBX }, body: {}, answer: { body: {} } },
      getSandbox('INITIALIZING'),
      getSandbox('RUNNING'),
    ])
    const sandbox = await client.createSandbox('my-sandbox').start().waitUntilRunning({ intervalMs: 1 })
    expect(sandbox.status).toBe('running')
    wire.verify()
  })
})

describe('start, stop and delete', () => {
  const created = async (steps: Step[]) => {
    const { client, wire } = clientWith([getSandbox('STOPPED'), ...steps])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    return { sandbox, wire }
  }

  test('start sends {} when there are no options, then re-fetches', async () => {
    const { sandbox, wire } = await created([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.startSandbox', query: { id: SBX }, body: {}, answer: { body: {} } },
      getSandbox('RUNNING'),
    ])
    const started = await sandbox.start()
    expect(started.status).toBe('running')
    expect(sandbox.status).toBe('stopped')
    wire.verify()
  })

  test('start sends repo and keepAlive', async () => {
    const { sandbox, wire } = await created([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.startSandbox',
        query: { id: SBX },
        body: { repo: 'https://github.com/a/b', keepAlive: true },
        answer: { body: {} },
      },
      getSandbox('RUNNING'),
    ])
    await sandbox.start({ repo: 'https://github.com/a/b', keepAlive: true })
    wire.verify()
  })

  test('stop sends no body, then re-fetches', async () => {
    const { sandbox, wire } = await created([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.stopSandbox', query: { id: SBX }, body: null, answer: { body: {} } },
      getSandbox('STOPPED'),
    ])
    expect((await sandbox.stop()).status).toBe('stopped')
    expect(wire.requests[1]?.headers.get('content-type')).toBeNull()
    wire.verify()
  })

  test('delete sends no body and returns the last known state', async () => {
    const { sandbox, wire } = await created([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.deleteSandbox', query: { id: SBX }, body: null, answer: { body: {} } },
    ])
    const deleted = await sandbox.delete()
    expect(deleted).toBe(sandbox)
    wire.verify()
  })

  test('stop().delete() chains on the promise', async () => {
    const { sandbox, wire } = await created([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.stopSandbox', query: { id: SBX }, body: null, answer: { body: {} } },
      getSandbox('STOPPED'),
      { method: 'POST', nsid: 'io.pocketenv.sandbox.deleteSandbox', query: { id: SBX }, body: null, answer: { body: {} } },
    ])
    const result = await sandbox.stop().delete()
    expect(result.status).toBe('stopped')
    wire.verify()
  })

  test('a sandbox that vanished after start is a NotFoundError', async () => {
    const { sandbox, wire } = await created([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.startSandbox', query: { id: SBX }, body: {}, answer: { body: {} } },
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: {} } },
    ])
    await expect(sandbox.start()).rejects.toBeInstanceOf(NotFoundError)
    wire.verify()
  })

  test('starting an unknown sandbox rejects with NotFoundError', async () => {
    const { sandbox, wire } = await created([
      {
        method: 'POST',
        nsid: 'io.pocketenv.sandbox.startSandbox',
        answer: { status: 404, body: { error: 'SandboxNotFound', message: 'Sandbox not found' } },
      },
    ])
    const error = await sandbox.start().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect(error).toMatchObject({ status: 404, error: 'SandboxNotFound' })
    wire.verify()
  })
})

describe('every method also as a function of a sandbox or a promise of one', () => {
  test('Sandbox.exec takes a promise', async () => {
    const { client, wire } = clientWith([
      getSandbox('RUNNING'),
      { method: 'POST', nsid: 'io.pocketenv.sandbox.exec', body: { command: 'ls -la' }, answer: { body: { stdout: 'x', stderr: '', exitCode: 0 } } },
    ])
    const promise = client.getSandbox(SBX) as Promise<Sandbox>
    await expect(Sandbox.exec(promise, 'ls', ['-la'])).resolves.toEqual({ stdout: 'x', stderr: '', exitCode: 0 })
    wire.verify()
  })

  test('Sandbox.start and Sandbox.stop return chainable promises', async () => {
    const { client, wire } = clientWith([
      getSandbox('STOPPED'),
      { method: 'POST', nsid: 'io.pocketenv.sandbox.startSandbox', body: {}, answer: { body: {} } },
      getSandbox('RUNNING'),
      { method: 'POST', nsid: 'io.pocketenv.sandbox.stopSandbox', body: null, answer: { body: {} } },
      getSandbox('STOPPED'),
    ])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    const started = Sandbox.start(sandbox)
    expect(started).toBeInstanceOf(SandboxPromise)
    expect((await Sandbox.stop(started)).status).toBe('stopped')
    wire.verify()
  })

  test('a rejection early in a chain rejects the whole chain', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { status: 403, body: { error: 'SandboxProviderError', message: 'no' } } },
    ])
    await expect(client.createSandbox('x').start().waitUntilRunning()).rejects.toMatchObject({ status: 403 })
    wire.verify()
  })
})

describe('waitUntilRunning', () => {
  test('polls STOPPED → INITIALIZING → RUNNING, one interval apart', async () => {
    vi.useFakeTimers()
    const times: number[] = []
    const timed = (status: string): Step => getSandbox(status, { answer: () => (times.push(Date.now()), { body: { sandbox: sandboxView({ status }) } }) })
    const { client, wire } = clientWith([getSandbox('STOPPED'), timed('STOPPED'), timed('INITIALIZING'), timed('RUNNING')])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    const waiting = sandbox.waitUntilRunning({ intervalMs: 2_000 })
    await vi.advanceTimersByTimeAsync(4_000)
    const running = await waiting
    expect(running.status).toBe('running')
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(2_000)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(2_000)
    wire.verify()
  })

  test('times out with the last status seen', async () => {
    vi.useFakeTimers()
    const polls = Array.from({ length: 3 }, () => getSandbox('INITIALIZING'))
    const { client, wire } = clientWith([getSandbox('STOPPED'), ...polls])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    const waiting = sandbox.waitUntilRunning({ timeoutMs: 5_000, intervalMs: 2_000 }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(5_000)
    const error = await waiting
    expect(error).toBeInstanceOf(WaitTimeoutError)
    expect(error).toMatchObject({ lastStatus: 'initializing', timeoutMs: 5_000 })
    wire.verify()
  })

  test('an aborted signal stops polling at once', async () => {
    vi.useFakeTimers()
    const { client, wire } = clientWith([getSandbox('STOPPED'), getSandbox('STOPPED')])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    const controller = new AbortController()
    const waiting = sandbox.waitUntilRunning({ intervalMs: 10_000, signal: controller.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(100)
    controller.abort()
    const error = await waiting
    expect(error).toBeInstanceOf(AbortError)
    expect(vi.getTimerCount()).toBe(0)
    wire.verify()
  })

  test('a signal aborted before the wait sends nothing', async () => {
    const { client, wire } = clientWith([getSandbox('STOPPED')])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    await expect(sandbox.waitUntilRunning({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError)
    wire.verify()
  })

  test('keeps polling while the sandbox is not visible yet', async () => {
    const { client, wire } = clientWith([
      getSandbox('STOPPED'),
      { method: 'GET', nsid: 'io.pocketenv.sandbox.getSandbox', answer: { body: {} } },
      getSandbox('RUNNING'),
    ])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    expect((await sandbox.waitUntilRunning({ intervalMs: 1 })).status).toBe('running')
    wire.verify()
  })

  test('rejects a non-positive interval before polling', async () => {
    const { client, wire } = clientWith([getSandbox('STOPPED')])
    const sandbox = (await client.getSandbox(SBX)) as Sandbox
    await expect(sandbox.waitUntilRunning({ intervalMs: 0 })).rejects.toMatchObject({ name: 'ValidationError', field: 'intervalMs' })
    wire.verify()
  })
})

describe('await using', () => {
  const clientWhoseDeletionFails = () =>
    clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: SBX } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.deleteSandbox', answer: { status: 500, body: { error: 'InternalServerError', message: 'Internal Server Error' } } },
    ])

  test('deletes the sandbox when the scope ends', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: SBX } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.exec', answer: { body: { stdout: 'x', stderr: '', exitCode: 0 } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.deleteSandbox', query: { id: SBX }, body: null, answer: { body: {} } },
    ])
    {
      await using sandbox = await client.createSandbox('scratch')
      await sandbox.exec('ls')
      expect(wire.requests).toHaveLength(2)
    }
    expect(wire.requests.map((request) => request.nsid)).toEqual([
      'io.pocketenv.sandbox.createSandbox',
      'io.pocketenv.sandbox.exec',
      'io.pocketenv.sandbox.deleteSandbox',
    ])
    wire.verify()
  })

  test('deletes it also when the scope ends with an error, and keeps that error', async () => {
    const { client, wire } = clientWith([
      { method: 'POST', nsid: 'io.pocketenv.sandbox.createSandbox', answer: { body: { id: SBX } } },
      { method: 'POST', nsid: 'io.pocketenv.sandbox.deleteSandbox', answer: { status: 404, body: { error: 'SandboxNotFound', message: 'gone' } } },
    ])
    const run = async () => {
      await using sandbox = await client.createSandbox('scratch')
      void sandbox
      throw new Error('work failed')
    }
    await expect(run()).rejects.toThrow('work failed')
    wire.verify()
  })

  test('throws a failed deletion from the end of the scope', async () => {
    const { client, wire } = clientWhoseDeletionFails()
    const run = async () => {
      await using sandbox = await client.createSandbox('scratch')
      void sandbox
    }
    await expect(run()).rejects.toBeInstanceOf(ServerError)
    wire.verify()
  })

  test('reports both errors when the scope and the deletion fail', async () => {
    const { client, wire } = clientWhoseDeletionFails()
    const workFailed = new Error('work failed')
    const run = async () => {
      await using sandbox = await client.createSandbox('scratch')
      void sandbox
      throw workFailed
    }
    const failure = (await run().then(
      () => undefined,
      (error: unknown) => error,
    )) as { name: string; error: unknown; suppressed: unknown }
    expect(failure.name).toBe('SuppressedError')
    expect(failure.error).toBeInstanceOf(ServerError)
    expect(failure.suppressed).toBe(workFailed)
    wire.verify()
  })
})
