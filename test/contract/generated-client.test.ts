/**
 * Contract tests: every generated method, called through the generated
 * client with valid arguments, is accepted by the mock (which rejects any
 * request that breaks the OpenAPI document), and the answer passes the
 * client's own Lexicon validation. Requests that break the document are
 * refused with a 4xx, which shows the mock really checks them.
 */
import { describe, expect, inject, test } from 'vitest'
import { AtpBaseClient } from '../../src/generated/xrpc/index.js'
import { schemas } from '../../src/generated/xrpc/lexicons.js'
import { Lexicons, type LexiconDoc } from '@atproto/lexicon'

const baseUrl = inject('apiBaseUrl')
const client = new AtpBaseClient({ service: baseUrl, headers: { authorization: 'Bearer contract-test-token' } })
const lexicons = new Lexicons(schemas)

const SANDBOX = 'sbx_4Fq9ZkT2mN8pXw'
const q = { qp: { id: SANDBOX } }
const svc = { qp: { serviceId: 'svc_1' } }
const sandbox = client.io.pocketenv.sandbox
const service = client.io.pocketenv.service

/** One valid call for each method, typed by the generated signatures. */
const calls: Record<string, () => Promise<{ success: boolean; data?: unknown }>> = {
  'io.pocketenv.actor.getActorSandboxes': () =>
    client.io.pocketenv.actor.getActorSandboxes({ did: 'alice.bsky.social', limit: 10, offset: 0, isRunning: true }),
  'io.pocketenv.actor.getProfile': () => client.io.pocketenv.actor.getProfile({ did: 'did:plc:7vdlgi2bflelz7mmuxoqjfcr' }),
  'io.pocketenv.actor.getTerminalToken': () => client.io.pocketenv.actor.getTerminalToken(),

  'io.pocketenv.sandbox.getSandbox': () => sandbox.getSandbox({ id: SANDBOX }),
  'io.pocketenv.sandbox.getSandboxes': () => sandbox.getSandboxes({ limit: 30, offset: 0 }),
  'io.pocketenv.sandbox.createSandbox': () =>
    sandbox.createSandbox({
      base: 'at://did:plc:aturpi2ls3yvsmhc6wybomun/io.pocketenv.sandbox/openclaw',
      provider: 'cloudflare',
      keepAlive: true,
    }),
  'io.pocketenv.sandbox.claimSandbox': () => sandbox.claimSandbox(undefined, q),
  'io.pocketenv.sandbox.deleteSandbox': () => sandbox.deleteSandbox(undefined, q),
  'io.pocketenv.sandbox.startSandbox': () => sandbox.startSandbox({}, q),
  'io.pocketenv.sandbox.stopSandbox': () => sandbox.stopSandbox(undefined, q),
  'io.pocketenv.sandbox.exec': () => sandbox.exec({ command: "echo 'hello'" }, q),
  'io.pocketenv.sandbox.exposePort': () => sandbox.exposePort({ port: 3000, description: 'web' }, q),
  'io.pocketenv.sandbox.unexposePort': () => sandbox.unexposePort({ port: 3000 }, q),
  'io.pocketenv.sandbox.getExposedPorts': () => sandbox.getExposedPorts({ id: SANDBOX }),
  'io.pocketenv.sandbox.exposeVscode': () => sandbox.exposeVscode(undefined, q),
  'io.pocketenv.sandbox.createBackup': () => sandbox.createBackup({ directory: '/app', description: 'nightly', ttl: 86_400 }, q),
  'io.pocketenv.sandbox.getBackups': () => sandbox.getBackups({ id: SANDBOX }),
  'io.pocketenv.sandbox.restoreBackup': () => sandbox.restoreBackup({ backupId: 'bkp_1' }),
  'io.pocketenv.sandbox.pushDirectory': () => sandbox.pushDirectory({ sandboxId: SANDBOX, directoryPath: '/app' }),
  'io.pocketenv.sandbox.pullDirectory': () =>
    sandbox.pullDirectory({ sandboxId: SANDBOX, directoryPath: '/app', uuid: '0b5f1c52-1f7a-4c55-9a51-1c1f3c1f2f10' }),
  'io.pocketenv.sandbox.getPreferences': () => sandbox.getPreferences({ id: SANDBOX }),
  'io.pocketenv.sandbox.putPreferences': () =>
    sandbox.putPreferences({
      sandboxId: SANDBOX,
      preferences: [{ $type: 'io.pocketenv.sandbox.defs#sandboxDetailsPref', name: 'renamed', description: null }],
    }),
  'io.pocketenv.sandbox.getSshKeys': () => sandbox.getSshKeys({ id: SANDBOX }),
  'io.pocketenv.sandbox.putSshKeys': () =>
    sandbox.putSshKeys({ id: SANDBOX, privateKey: 'sealed', publicKey: 'ssh-ed25519 AAAA user@pocketenv', redacted: 'masked' }),
  'io.pocketenv.sandbox.getTailscaleAuthKey': () => sandbox.getTailscaleAuthKey({ id: SANDBOX }),
  'io.pocketenv.sandbox.putTailscaleAuthKey': () => sandbox.putTailscaleAuthKey({ id: SANDBOX, authKey: 'sealed', redacted: 'tskey-auth-***' }),
  'io.pocketenv.sandbox.getIntegrations': () => sandbox.getIntegrations({ id: SANDBOX }),
  'io.pocketenv.sandbox.createIntegration': () => sandbox.createIntegration({ id: SANDBOX, name: 'github' }),

  'io.pocketenv.file.addFile': () => client.io.pocketenv.file.addFile({ file: { sandboxId: SANDBOX, path: '/app/.env', content: 'sealed' } }),
  'io.pocketenv.file.getFile': () => client.io.pocketenv.file.getFile({ id: 'file_1' }),
  'io.pocketenv.file.getFiles': () => client.io.pocketenv.file.getFiles({ sandboxId: SANDBOX, limit: 20, offset: 0 }),
  'io.pocketenv.file.updateFile': () => client.io.pocketenv.file.updateFile({ id: 'file_1', file: { path: '/app/.env', content: 'sealed' } }),
  'io.pocketenv.file.deleteFile': () => client.io.pocketenv.file.deleteFile(undefined, { qp: { id: 'file_1' } }),

  'io.pocketenv.secret.addSecret': () =>
    client.io.pocketenv.secret.addSecret({ secret: { sandboxId: SANDBOX, name: 'API_KEY', value: 'sealed' }, redacted: 'sk-***' }),
  'io.pocketenv.secret.getSecret': () => client.io.pocketenv.secret.getSecret({ id: 'secret_1' }),
  'io.pocketenv.secret.getSecrets': () => client.io.pocketenv.secret.getSecrets({ sandboxId: SANDBOX }),
  'io.pocketenv.secret.updateSecret': () =>
    client.io.pocketenv.secret.updateSecret({ id: 'secret_1', secret: { name: 'API_KEY', value: 'sealed' } }),
  'io.pocketenv.secret.deleteSecret': () => client.io.pocketenv.secret.deleteSecret(undefined, { qp: { id: 'secret_1' } }),

  'io.pocketenv.variable.addVariable': () =>
    client.io.pocketenv.variable.addVariable({ variable: { sandboxId: SANDBOX, name: 'NODE_ENV', value: 'production' } }),
  'io.pocketenv.variable.getVariable': () => client.io.pocketenv.variable.getVariable({ id: 'var_1' }),
  'io.pocketenv.variable.getVariables': () => client.io.pocketenv.variable.getVariables({ sandboxId: SANDBOX, limit: 5 }),
  'io.pocketenv.variable.updateVariable': () =>
    client.io.pocketenv.variable.updateVariable({ id: 'var_1', variable: { name: 'NODE_ENV', value: 'test' } }),
  'io.pocketenv.variable.deleteVariable': () => client.io.pocketenv.variable.deleteVariable(undefined, { qp: { id: 'var_1' } }),

  'io.pocketenv.volume.addVolume': () =>
    client.io.pocketenv.volume.addVolume({ volume: { sandboxId: SANDBOX, name: 'data', path: '/data' } }),
  'io.pocketenv.volume.getVolume': () => client.io.pocketenv.volume.getVolume({ id: 'vol_1' }),
  'io.pocketenv.volume.getVolumes': () => client.io.pocketenv.volume.getVolumes({ sandboxId: SANDBOX }),
  'io.pocketenv.volume.updateVolume': () =>
    client.io.pocketenv.volume.updateVolume({ id: 'vol_1', volume: { name: 'data', path: '/mnt/data' } }),
  'io.pocketenv.volume.deleteVolume': () => client.io.pocketenv.volume.deleteVolume(undefined, { qp: { id: 'vol_1' } }),

  'io.pocketenv.service.addService': () =>
    service.addService({ service: { name: 'web', command: 'npm start', ports: [3000] } }, { qp: { sandboxId: SANDBOX } }),
  'io.pocketenv.service.getServices': () => service.getServices({ sandboxId: SANDBOX }),
  'io.pocketenv.service.updateService': () => service.updateService({ service: { name: 'web', command: 'npm run serve' } }, svc),
  'io.pocketenv.service.startService': () => service.startService(undefined, svc),
  'io.pocketenv.service.stopService': () => service.stopService(undefined, svc),
  'io.pocketenv.service.restartService': () => service.restartService(undefined, svc),
  'io.pocketenv.service.deleteService': () => service.deleteService(undefined, svc),
}

const methodIds = (schemas as LexiconDoc[])
  .filter((doc) => doc.defs.main?.type === 'query' || doc.defs.main?.type === 'procedure')
  .map((doc) => doc.id)
  .sort()

describe('generated client against the mock', () => {
  test('every generated method has a contract case', () => {
    expect(Object.keys(calls).sort()).toEqual(methodIds)
    expect(methodIds).toHaveLength(55)
  })

  test.each(methodIds)('%s: the mock accepts the request and the answer passes Lexicon validation', async (nsid) => {
    const call = calls[nsid]
    expect(call, `no contract case for ${nsid}`).toBeDefined()
    const response: { success: boolean; data?: unknown } = await call!()
    expect(response.success).toBe(true)
    const main = lexicons.getDefOrThrow(nsid, ['query', 'procedure'])
    if (main.output?.schema) {
      expect(response.data).toBeDefined()
      expect(() => lexicons.assertValidXrpcOutput(nsid, response.data)).not.toThrow()
    } else {
      // The server answers these with an empty body and no Content-Type;
      // the stock client hands that over as empty bytes.
      expect(response.data).toEqual(new Uint8Array(0))
    }
  })

  test('the mock loaded the document without complaint', () => {
    const log = inject('mockStartupLog')
    // Prism's own lines carry their level after the source tag; it also lists
    // every route with random sample values, which can be a word like "error".
    const prismLine = /^\[[^\]]*\] › \[[A-Z]+\]\s+\S+\s+(\w+)\b/
    const complaints = log.split('\n').filter((line) => {
      const level = prismLine.exec(line)?.[1]
      return level === undefined ? /\b(warn|warning|error|fatal)\b/i.test(line) : /^(warn|warning|error|fatal)$/i.test(level)
    })
    expect(complaints).toEqual([])
  })
})

describe('the mock enforces the document', () => {
  const url = (nsid: string, query = '') => `${baseUrl}/xrpc/${nsid}${query}`
  const json = { 'content-type': 'application/json' }

  test.each([
    ['a missing required parameter', url('io.pocketenv.sandbox.getSandbox'), { method: 'GET' }],
    ['a parameter of the wrong type', url('io.pocketenv.sandbox.getSandboxes', '?limit=many'), { method: 'GET' }],
    ['a parameter below its minimum', url('io.pocketenv.sandbox.getSandboxes', '?limit=0'), { method: 'GET' }],
    ['an identifier that is neither a DID nor a handle', url('io.pocketenv.actor.getActorSandboxes', '?did=not%20an%20id'), { method: 'GET' }],
    ['a body sent to a procedure without input', url('io.pocketenv.sandbox.stopSandbox', `?id=${SANDBOX}`), { method: 'POST', headers: json, body: '{}' }],
    ['no body for a procedure with input', url('io.pocketenv.sandbox.startSandbox', `?id=${SANDBOX}`), { method: 'POST' }],
    ['a body missing a required field', url('io.pocketenv.sandbox.exec', `?id=${SANDBOX}`), { method: 'POST', headers: json, body: '{}' }],
    ['a field of the wrong type', url('io.pocketenv.sandbox.exec', `?id=${SANDBOX}`), { method: 'POST', headers: json, body: '{"command":42}' }],
    ['a port outside its range', url('io.pocketenv.sandbox.exposePort', `?id=${SANDBOX}`), { method: 'POST', headers: json, body: '{"port":80}' }],
    ['a value outside an enum', url('io.pocketenv.sandbox.createSandbox'), { method: 'POST', headers: json, body: '{"base":"openclaw","provider":"aws"}' }],
    ['a query sent as POST', url('io.pocketenv.sandbox.getSandbox', `?id=${SANDBOX}`), { method: 'POST' }],
  ] as const)('%s is refused with a 4xx', async (_case, target, init) => {
    const response = await fetch(target, init as RequestInit)
    await response.body?.cancel()
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  test('a valid request to the same endpoint is accepted', async () => {
    const response = await fetch(url('io.pocketenv.sandbox.exec', `?id=${SANDBOX}`), { method: 'POST', headers: json, body: '{"command":"ls"}' })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 })
  })
})
