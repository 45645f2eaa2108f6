/**
 * Sealed boxes made by the SDK open with libsodium's crypto_box_seal_open,
 * for any message; the key comes from the option, the environment or the
 * production default, in that order.
 */
import fc from 'fast-check'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { DEFAULT_PUBLIC_KEY, encrypt, ValidationError } from '../../src/index.js'
import { testRecipient, type TestRecipient } from '../support/sodium.js'
import { clientWith } from '../support/client.js'

let recipient: TestRecipient
beforeAll(async () => {
  recipient = await testRecipient()
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('encrypt', () => {
  test('libsodium opens it, for 500 random texts (empty and multi-byte included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant('')), async (message) => {
        expect(recipient.openText(await encrypt(message, recipient.publicKeyHex))).toBe(message)
      }),
      { numRuns: 500 },
    )
  })

  test('libsodium opens it, for 200 random byte arrays', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(recipient.open(await encrypt(bytes, recipient.publicKeyHex))).toEqual(bytes)
      }),
      { numRuns: 200 },
    )
  })

  test('the output is unpadded base64url, 48 bytes longer than the message', async () => {
    const sealed = await encrypt('hello', recipient.publicKeyHex)
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(Buffer.from(sealed, 'base64url')).toHaveLength(32 + 16 + 5)
  })

  test('two seals of the same message differ (a fresh ephemeral key each time)', async () => {
    expect(await encrypt('same', recipient.publicKeyHex)).not.toBe(await encrypt('same', recipient.publicKeyHex))
  })

  test.each(['', 'abc', 'zz'.repeat(32), DEFAULT_PUBLIC_KEY.slice(2)])('refuses the public key %j', async (key) => {
    await expect(encrypt('x', key)).rejects.toThrow(ValidationError)
  })
})

describe('which key seals', () => {
  const putSecret = async (options: { publicKey?: string }) => {
    let sealed = ''
    const { client, wire } = clientWith(
      [
        {
          method: 'POST',
          nsid: 'io.pocketenv.secret.addSecret',
          answer: (request) => {
            sealed = JSON.parse(request.body as string).secret.value
            return {}
          },
        },
      ],
      options,
    )
    await client.sandboxRef('sbx_test1').secrets.put('API_KEY', 'value-123')
    wire.verify()
    return sealed
  }

  test('the publicKey option', async () => {
    expect(recipient.openText(await putSecret({ publicKey: recipient.publicKeyHex }))).toBe('value-123')
  })

  test('POCKETENV_PUBLIC_KEY when no option is given', async () => {
    vi.stubEnv('POCKETENV_PUBLIC_KEY', recipient.publicKeyHex)
    expect(recipient.openText(await putSecret({}))).toBe('value-123')
  })

  test('the option beats POCKETENV_PUBLIC_KEY', async () => {
    const other = await testRecipient()
    vi.stubEnv('POCKETENV_PUBLIC_KEY', other.publicKeyHex)
    expect(recipient.openText(await putSecret({ publicKey: recipient.publicKeyHex }))).toBe('value-123')
  })

  test('the production key by default (so a test key cannot open it)', async () => {
    const sealed = await putSecret({})
    expect(Buffer.from(sealed, 'base64url')).toHaveLength(48 + 'value-123'.length)
    expect(() => recipient.open(sealed)).toThrow()
  })
})
