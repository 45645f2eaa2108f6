/**
 * A test bed for resources that seal values: a sandbox handle on a scripted
 * client whose public key belongs to a recipient the test can open with.
 */
import { beforeAll } from 'vitest'
import type { Sandbox } from '../../src/index.js'
import { clientWith } from './client.js'
import type { Step } from './scripted-fetch.js'
import { testRecipient, type TestRecipient } from './sodium.js'

/** The id of the sandbox every handle of the test bed points at. */
export const TEST_SANDBOX_ID = 'sbx_test1'

/** What {@link sealingTestBed} gives a test file. */
export interface SealingTestBed {
  /** The key pair the client seals for; available once `beforeAll` has run. */
  recipient(): TestRecipient
  /** A client scripted with `steps`, and a handle on {@link TEST_SANDBOX_ID}. */
  sandboxWith(steps: Step[]): ReturnType<typeof clientWith> & { sandbox: Sandbox }
}

/** Registers a `beforeAll` that makes the recipient; call it at the top of a test file. */
export function sealingTestBed(): SealingTestBed {
  let current: TestRecipient | undefined
  beforeAll(async () => {
    current = await testRecipient()
  })
  const recipient = (): TestRecipient => {
    if (current === undefined) throw new Error('The recipient is made in beforeAll; use it inside a test.')
    return current
  }
  return {
    recipient,
    sandboxWith(steps) {
      const scripted = clientWith(steps, { publicKey: recipient().publicKeyHex })
      return { ...scripted, sandbox: scripted.client.sandboxRef(TEST_SANDBOX_ID) }
    },
  }
}
