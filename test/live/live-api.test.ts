/**
 * Opt-in tests against the real Pocketenv API. They need POCKETENV_TOKEN,
 * create one sandbox and delete it again. Run them with `npm run test:live`;
 * CI never does.
 */
import { describe, expect, test } from 'vitest'
import { Pocketenv, type Sandbox } from '../../src/index.js'

const token = process.env.POCKETENV_TOKEN
if (!token) {
  console.warn('Live tests skipped: set POCKETENV_TOKEN to run them against the real API (they create and delete one sandbox).')
}

describe.skipIf(!token)('the real Pocketenv API', () => {
  const client = new Pocketenv({ token })

  test('me returns the account of the token', async () => {
    const profile = await client.me()
    expect(profile.did).toMatch(/^did:/)
  })

  test('the public catalogue lists templates', async () => {
    const page = await client.listSandboxes({ limit: 5 })
    expect(page.sandboxes.length).toBeGreaterThan(0)
  })

  test('a sandbox can be created, started, used and deleted', async () => {
    let sandbox: Sandbox | undefined
    try {
      sandbox = await client.createSandbox('sdk-live-test')
      console.log(`live test sandbox: ${sandbox.id}`)
      sandbox = await sandbox.start().waitUntilRunning({ timeoutMs: 180_000 })
      expect(sandbox.status).toBe('running')
      const result = await sandbox.exec('echo', ['a b', '$HOME'])
      expect(result.stdout).toBe('a b $HOME\n')
      expect(await sandbox.listPorts()).toBeInstanceOf(Array)
      sandbox = await sandbox.stop()
      expect(sandbox.status).toBe('stopped')
    } finally {
      if (sandbox) await sandbox.delete().catch((error: unknown) => console.error(`could not delete ${sandbox?.id}:`, error))
    }
  }, 300_000)
})
