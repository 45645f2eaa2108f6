/**
 * The documents in `lexicons/`: they load with `@atproto/lexicon`, every
 * reference resolves, and they cover exactly the methods the server has.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { Lexicons, type LexiconDoc } from '@atproto/lexicon'
import { loadLexicons } from '../../codegen/load-lexicons.js'

const files = loadLexicons('lexicons')
const docs = files.map((file) => file.doc)
const methods = docs.filter((doc) => doc.defs.main?.type === 'query' || doc.defs.main?.type === 'procedure')

/** Every `ref` and union member in a document, resolved to a full `nsid#def`. */
function referencesOf(doc: LexiconDoc): string[] {
  const found: string[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    const node = value as Record<string, unknown>
    const refs = node.type === 'ref' ? [node.ref] : node.type === 'union' ? (node.refs as unknown[]) : []
    for (const ref of refs as string[]) {
      found.push(ref.startsWith('#') ? `${doc.id}${ref}` : ref.includes('#') ? ref : `${ref}#main`)
    }
    Object.values(node).forEach(visit)
  }
  visit(doc.defs)
  return found
}

describe('lexicons/', () => {
  test('every document loads into one Lexicons set', () => {
    const lexicons = new Lexicons()
    for (const doc of docs) expect(() => lexicons.add(structuredClone(doc))).not.toThrow()
    expect([...lexicons]).toHaveLength(docs.length)
  })

  test('every reference resolves', () => {
    const lexicons = new Lexicons(structuredClone(docs))
    const unresolved = docs.flatMap((doc) =>
      referencesOf(doc).filter((ref) => lexicons.getDef(ref) === undefined).map((ref) => `${doc.id} → ${ref}`),
    )
    expect(unresolved).toEqual([])
    expect(docs.flatMap(referencesOf).length).toBeGreaterThan(30)
  })

  test('they describe the 55 methods the server implements', () => {
    const byNamespace: Record<string, number> = {}
    for (const doc of methods) {
      const namespace = doc.id.split('.')[2] as string
      byNamespace[namespace] = (byNamespace[namespace] ?? 0) + 1
    }
    expect(byNamespace).toEqual({ actor: 3, sandbox: 25, file: 5, secret: 5, variable: 5, volume: 5, service: 7 })
    expect(methods).toHaveLength(55)
  })

  test('methods without a server handler and record documents are left out', () => {
    const ids = new Set<string>(docs.map((doc) => doc.id))
    for (const absent of [
      'io.pocketenv.sandbox.getTailscaleToken',
      'io.pocketenv.sandbox.putTailscaleToken',
      'io.pocketenv.sandbox.updateSandboxSettings',
      'io.pocketenv.sandbox',
      'io.pocketenv.publicKey',
      'app.bsky.actor.profile',
    ]) {
      expect(ids.has(absent), absent).toBe(false)
    }
    expect(docs.filter((doc) => Object.values(doc.defs).some((def) => def.type === 'record'))).toEqual([])
  })

  test('DEVIATIONS.md gives the reason for every left-out document', () => {
    const deviations = readFileSync('lexicons/DEVIATIONS.md', 'utf8')
    for (const name of ['getTailscaleToken', 'putTailscaleToken', 'updateSandboxSettings', 'io.pocketenv.sandbox', 'io.pocketenv.publicKey', 'app.bsky.actor.profile']) {
      expect(deviations).toContain(`\`${name}\``)
    }
  })

  test('every method and every shared definition is described', () => {
    const missing: string[] = []
    for (const doc of docs) {
      for (const [name, def] of Object.entries(doc.defs)) {
        if (!def.description) missing.push(`${doc.id}#${name}`)
      }
    }
    expect(missing).toEqual([])
  })

  test('each file sits at the path of its NSID', () => {
    for (const file of files) {
      expect(file.path.replaceAll('\\', '/')).toBe(`${file.doc.id.replaceAll('.', '/')}.json`)
    }
  })
})

describe('wire facts the lexicons must keep', () => {
  const lexicons = new Lexicons(structuredClone(docs))
  const accepts = (nsid: string, body: unknown) => () => lexicons.assertValidXrpcOutput(nsid, body)

  test('getSandbox answers a wrapped sandbox, {} or {sandbox: null}', () => {
    expect(accepts('io.pocketenv.sandbox.getSandbox', { sandbox: { id: 'sbx_1', uri: null, status: 'RUNNING' } })).not.toThrow()
    expect(accepts('io.pocketenv.sandbox.getSandbox', {})).not.toThrow()
    expect(accepts('io.pocketenv.sandbox.getSandbox', { sandbox: null })).not.toThrow()
  })

  test('sandbox views accept the nulls the server sends', () => {
    const nulls = { description: null, logo: null, readme: null, vcpus: null, memory: null, disk: null, uri: null, topics: null, repo: null, displayName: null, baseSandbox: null, startedAt: null, owner: null }
    expect(accepts('io.pocketenv.actor.getActorSandboxes', { sandboxes: [{ id: 'sbx_1', name: 'a', ...nulls }], total: 1 })).not.toThrow()
  })

  test('an unknown sandbox status is accepted', () => {
    expect(accepts('io.pocketenv.sandbox.getSandbox', { sandbox: { id: 'sbx_1', status: 'HIBERNATING' } })).not.toThrow()
  })

  test('start, stop and delete answer {}', () => {
    for (const nsid of ['startSandbox', 'stopSandbox', 'deleteSandbox']) {
      expect(accepts(`io.pocketenv.sandbox.${nsid}`, {})).not.toThrow()
    }
  })

  test('getExposedPorts accepts port 1024 (VS Code)', () => {
    expect(accepts('io.pocketenv.sandbox.getExposedPorts', { ports: [{ port: 1024, description: null, previewUrl: 'https://x.example' }] })).not.toThrow()
  })

  test('getBackups items resolve and expiresAt is a datetime string', () => {
    expect(accepts('io.pocketenv.sandbox.getBackups', { backups: [{ id: 'b', directory: '/a', description: null, expiresAt: '2026-04-18T09:30:00.000Z', createdAt: '2026-04-15T09:30:00.000Z' }] })).not.toThrow()
    expect(accepts('io.pocketenv.sandbox.getBackups', { backups: [{ id: 'b', expiresAt: 1776245430 }] })).toThrow()
  })

  test('getPreferences answers a bare array of typed preferences', () => {
    expect(accepts('io.pocketenv.sandbox.getPreferences', [])).not.toThrow()
    expect(accepts('io.pocketenv.sandbox.getPreferences', [{ $type: 'io.pocketenv.sandbox.defs#sandboxProviderPref', name: 'sprites', redactedApiKey: 'spr_***' }])).not.toThrow()
  })

  test('getSecrets tolerates the wrong key the server uses on failure', () => {
    expect(accepts('io.pocketenv.secret.getSecrets', { sandboxes: [] })).not.toThrow()
  })

  test('the profile answers {} when it cannot be loaded', () => {
    expect(accepts('io.pocketenv.actor.getProfile', {})).not.toThrow()
  })

  test('createSandbox rejects the secrets and envs fields the server cannot take', () => {
    const createInput = (lexicons.getDef('io.pocketenv.sandbox.createSandbox') as unknown as { input: { schema: { properties: Record<string, unknown> } } }).input.schema.properties
    expect(Object.keys(createInput)).not.toContain('secrets')
    expect(Object.keys(createInput)).not.toContain('envs')
  })
})
