/**
 * Anonymous sealed boxes, the encryption Pocketenv expects for secrets, file
 * contents, private keys and provider credentials: libsodium's
 * `crypto_box_seal`, built from audited primitives that run in Node.js and
 * in browsers without native code (`@noble/curves`, `@noble/ciphers`,
 * `@noble/hashes`).
 *
 * sealed = ephemeralPublicKey ‖ box(message), where box is X25519 +
 * XSalsa20-Poly1305 with nonce = BLAKE2b-24(ephemeralPublicKey ‖ recipientPublicKey).
 * Only the holder of the recipient's private key (the Pocketenv server) can open it.
 */
import { hsalsa, xsalsa20poly1305 } from '@noble/ciphers/salsa'
import { u32 } from '@noble/ciphers/utils'
import { x25519 } from '@noble/curves/ed25519'
import { blake2b } from '@noble/hashes/blake2b'
import { ValidationError } from './errors.js'

const KEY_BYTES = 32
const NONCE_BYTES = 24
const utf8 = new TextEncoder()
const SALSA_SIGMA = u32(utf8.encode('expand 32-byte k'))

/**
 * Seals `message` for the owner of `recipientPublicKeyHex` and encodes it as
 * unpadded base64url, the form the Pocketenv API stores. Loaded on demand:
 * use {@link sealerFor} or the public `encrypt`.
 *
 * @throws {ValidationError} when the key is not 64 hexadecimal characters
 */
export function sealBox(message: string | Uint8Array, recipientPublicKeyHex: string): string {
  const recipient = publicKeyBytes(recipientPublicKeyHex)
  const plaintext = typeof message === 'string' ? utf8.encode(message) : message
  const ephemeralSecret = x25519.utils.randomSecretKey()
  const ephemeralPublic = x25519.getPublicKey(ephemeralSecret)
  const nonce = blake2b(concat(ephemeralPublic, recipient), { dkLen: NONCE_BYTES })
  const key = boxKey(x25519.getSharedSecret(ephemeralSecret, recipient))
  const boxed = xsalsa20poly1305(key, nonce).encrypt(plaintext)
  ephemeralSecret.fill(0)
  key.fill(0)
  return toBase64Url(concat(ephemeralPublic, boxed))
}

/** NaCl's `crypto_box_beforenm`: HSalsa20 of the X25519 shared secret with a zero input. */
function boxKey(sharedSecret: Uint8Array): Uint8Array {
  const out = new Uint32Array(8)
  hsalsa(SALSA_SIGMA, u32(sharedSecret.slice()), new Uint32Array(4), out)
  sharedSecret.fill(0)
  return new Uint8Array(out.buffer)
}

function publicKeyBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new ValidationError('publicKey', `must be ${KEY_BYTES * 2} hexadecimal characters (an X25519 public key)`)
  }
  const bytes = new Uint8Array(KEY_BYTES)
  for (let index = 0; index < KEY_BYTES; index++) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16)
  return bytes
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
