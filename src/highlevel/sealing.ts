/**
 * Sealing values for the API, with the crypto code loaded on first use: most
 * programs never seal anything, and the curve arithmetic costs time to load.
 */
import { resolvePublicKey } from './config.js'
import { internalsOf, type Pocketenv } from './pocketenv.js'

/** Seals one value with the key chosen for a client. */
export type Seal = (value: string | Uint8Array) => string

/**
 * A function sealing values with `client`'s public key (the `publicKey`
 * option, else `POCKETENV_PUBLIC_KEY`, else the production key).
 *
 * The returned function throws a {@link ValidationError} when that key is
 * not 64 hexadecimal characters.
 */
export async function sealerFor(client: Pocketenv): Promise<Seal> {
  const { sealBox } = await import('./sealed-box.js')
  const publicKey = resolvePublicKey(internalsOf(client).options.publicKey)
  return (value) => sealBox(value, publicKey)
}

/**
 * Seals `message` for the owner of `recipientPublicKeyHex` (libsodium's
 * `crypto_box_seal`) and encodes it as unpadded base64url, the form the
 * Pocketenv API stores. The SDK does this itself for every value that needs
 * it; this is for values you send through the low-level clients.
 *
 * @example
 * ```ts
 * const sealed = await encrypt('s3cr3t', DEFAULT_PUBLIC_KEY)
 * ```
 * @throws {ValidationError} when the key is not 64 hexadecimal characters
 */
export async function encrypt(message: string | Uint8Array, recipientPublicKeyHex: string): Promise<string> {
  const { sealBox } = await import('./sealed-box.js')
  return sealBox(message, recipientPublicKeyHex)
}
