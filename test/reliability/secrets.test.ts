/**
 * Tokens and secret values never show up in clear: not in an error message
 * or stack, not in a log line (even at debug level), not in what
 * `console.log` / `util.inspect` / `JSON.stringify` show of a client, a
 * sandbox or an error. Every method that takes one is driven with a marker
 * value, through success, validation failures, error answers and network
 * failures, and the marker is searched for everywhere.
 */
import { inspect } from 'node:util'
import { afterAll, describe, expect, test } from 'vitest'
import { encrypt, Pocketenv, type Logger, type PocketenvOptions } from '../../src/index.js'
import { testRecipient } from '../support/sodium.js'

const MARKER = 'MARKER-7f3a9c2e-do-not-leak'
const TOKEN_MARKER = `eyJ.${MARKER}.sig`
const seen: string[] = []

const logger: Logger = {
  error: (...args: unknown[]) => void seen.push(args.map(String).join(' ')),
  warn: (...args: unknown[]) => void seen.push(args.map(String).join(' ')),
  info: (...args: unknown[]) => void seen.push(args.map(String).join(' ')),
  debug: (...args: unknown[]) => void seen.push(args.map(String).join(' ')),
}

type Answer = 'ok' | 'empty' | 401 | 500 | 'network'
const answers: Answer[] = ['ok', 'empty', 401, 500, 'network']

/** A fetch that answers every request the same way, and records what it saw. */
function fetchAnswering(answer: Answer): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init)
    // What travels on the wire may hold the token only in the Authorization header.
    expect(request.url).not.toContain(MARKER)
    if (answer === 'network') throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } })
    if (answer === 'empty') return new Response(null, { status: 200 })
    if (answer === 'ok') return Response.json({ sandbox: { id: 'sbx_1', status: 'RUNNING' }, sandboxes: [], secrets: [] })
    return Response.json({ error: answer === 401 ? 'AuthenticationRequired' : 'InternalServerError', message: 'nope' }, { status: answer })
  }
}

async function record(run: () => unknown): Promise<void> {
  try {
    const result = await run()
    seen.push(inspect(result, { depth: 10, showHidden: true }))
  } catch (error) {
    seen.push(String(error), (error as Error).stack ?? '', inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error))
  }
}

const recipient = await testRecipient()
const clients = (answer: Answer, extra: PocketenvOptions = {}) =>
  new Pocketenv({
    token: TOKEN_MARKER,
    apiUrl: 'https://api.pocketenv.test',
    fetch: fetchAnswering(answer),
    logger,
    logLevel: 'debug',
    maxRetries: 1,
    retry: { baseDelayMs: 1 },
    publicKey: recipient.publicKeyHex,
    ...extra,
  })

const drivers: [string, (client: Pocketenv) => unknown][] = [
  ['the client token (getSandbox)', (client) => client.getSandbox('sbx_1')],
  ['a per-call token (me)', (client) => client.me({ token: TOKEN_MARKER })],
  ['a per-call token (low-level get)', (client) => client.get('/xrpc/io.pocketenv.sandbox.getSandbox', { params: { id: 'x' }, token: TOKEN_MARKER })],
  ['secrets.put', (client) => client.sandboxRef('sbx_1').secrets.put('API_KEY', MARKER)],
  ['secrets.put with a bad name', (client) => client.sandboxRef('sbx_1').secrets.put('', MARKER)],
  ['secrets.update', (client) => client.sandboxRef('sbx_1').secrets.update('secret_1', { name: 'API_KEY', value: MARKER })],
  ['files.write', (client) => client.sandboxRef('sbx_1').files.write('/app/.env', `TOKEN=${MARKER}`)],
  ['files.write too large', (client) => client.sandboxRef('sbx_1').files.write('/app/.env', MARKER.repeat(4000))],
  ['files.update', (client) => client.sandboxRef('sbx_1').files.update('file_1', { path: '/app/.env', content: MARKER })],
  ['sshKeys.put', (client) => client.sandboxRef('sbx_1').sshKeys.put({ privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${MARKER}${MARKER}\n-----END OPENSSH PRIVATE KEY-----\n`, publicKey: 'ssh-ed25519 AAAA x' })],
  ['tailscale.setAuthKey', (client) => client.sandboxRef('sbx_1').tailscale.setAuthKey(`tskey-auth-${MARKER}`)],
  ['tailscale.setAuthKey with a bad key', (client) => client.sandboxRef('sbx_1').tailscale.setAuthKey(MARKER)],
  ['createSandbox credentials', (client) => client.createSandbox('x', { daytonaApiKey: MARKER, vercelApiToken: MARKER, e2bApiKey: MARKER, modalTokenSecret: MARKER })],
  ['createSandbox secrets', (client) => client.createSandbox('x', { secrets: { API_KEY: MARKER } })],
  ['preferences.setProvider', (client) => client.sandboxRef('sbx_1').preferences.setProvider({ provider: 'daytona', apiKey: MARKER })],
  ['encrypt with a bad key', () => encrypt(MARKER, 'not-a-key')],
]

afterAll(() => {
  const leaks = seen.filter((text) => text.includes(MARKER))
  expect(leaks).toEqual([])
  expect(seen.length).toBeGreaterThan(drivers.length * answers.length)
})

describe.each(answers)('when the server answers %s', (answer) => {
  test.each(drivers)('%s leaks nothing', async (_what, drive) => {
    const client = clients(answer)
    await record(() => drive(client))
    for (const text of [inspect(client, { depth: 10, showHidden: true }), String(client), JSON.stringify(client), inspect(client.xrpc, { depth: 10 })]) {
      expect(text).not.toContain(MARKER)
      seen.push(text)
    }
    expect(seen.filter((text) => text.includes(MARKER))).toEqual([])
  })
})

test('the debug log shows requests with the credentials redacted', async () => {
  const lines: string[] = []
  const client = clients('ok', { logger: { ...logger, debug: (line: string) => void lines.push(line) } })
  await client.getSandbox('sbx_1')
  expect(lines.some((line) => line.startsWith('[pocketenv] → GET https://api.pocketenv.test/xrpc/io.pocketenv.sandbox.getSandbox?id=sbx_1'))).toBe(true)
  expect(lines.some((line) => line.includes('authorization: [REDACTED]'))).toBe(true)
  expect(lines.join('\n')).not.toContain(MARKER)
})

test('a sandbox shows its data but not its client', async () => {
  const sandbox = await clients('ok').getSandbox('sbx_1')
  const shown = inspect(sandbox, { depth: 10, showHidden: true })
  expect(shown).toContain('sbx_1')
  expect(shown).not.toContain(MARKER)
})
