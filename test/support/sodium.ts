/**
 * libsodium, the reference implementation, to open what the SDK seals.
 */
import sodium from 'libsodium-wrappers'

/** A test key pair and a function that opens boxes sealed for it. */
export interface TestRecipient {
  publicKeyHex: string
  open(sealed: string): Uint8Array
  openText(sealed: string): string
}

/** Creates a fresh recipient key pair. */
export async function testRecipient(): Promise<TestRecipient> {
  await sodium.ready
  const pair = sodium.crypto_box_keypair()
  const open = (sealed: string) =>
    sodium.crypto_box_seal_open(sodium.from_base64(sealed, sodium.base64_variants.URLSAFE_NO_PADDING), pair.publicKey, pair.privateKey)
  return { publicKeyHex: sodium.to_hex(pair.publicKey), open, openText: (sealed) => sodium.to_string(open(sealed)) }
}
