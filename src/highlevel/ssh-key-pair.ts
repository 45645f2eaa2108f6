/**
 * Generating SSH key pairs for sandboxes: an Ed25519 key from
 * `@noble/curves`, written in the OpenSSH formats (`openssh-key-v1` for the
 * private key, `ssh-ed25519 …` for the public one) that `ssh` and
 * `ssh-keygen` read. Works wherever the SDK does, browsers included.
 */

/** An SSH key pair in OpenSSH formats. */
export interface SshKeyPair {
  /** The private key, `-----BEGIN OPENSSH PRIVATE KEY-----` … */
  privateKey: string
  /** The public key line, `ssh-ed25519 AAAA… comment`. */
  publicKey: string
}

const KEY_TYPE = 'ssh-ed25519'
// The unencrypted format pads its private section to the cipher block size of "none".
const BLOCK_SIZE = 8
const PEM_LINE_LENGTH = 70

/**
 * Generates a new Ed25519 key pair, unencrypted.
 *
 * @example
 * ```ts
 * const pair = await generateSshKeyPair('me@laptop')
 * await sandbox.sshKeys.put(pair)
 * ```
 */
export async function generateSshKeyPair(comment = 'user@pocketenv'): Promise<SshKeyPair> {
  const { ed25519 } = await import('@noble/curves/ed25519')
  const seed = ed25519.utils.randomSecretKey()
  const publicKey = ed25519.getPublicKey(seed)
  const publicBlob = concat(sshString(ascii(KEY_TYPE)), sshString(publicKey))
  const check = crypto.getRandomValues(new Uint8Array(4))
  const unpadded = concat(check, check, publicBlob, sshString(concat(seed, publicKey)), sshString(utf8(comment)))
  const padding = Uint8Array.from({ length: (BLOCK_SIZE - (unpadded.length % BLOCK_SIZE)) % BLOCK_SIZE }, (_, index) => index + 1)
  const file = concat(
    ascii('openssh-key-v1\0'),
    sshString(ascii('none')),
    sshString(ascii('none')),
    sshString(new Uint8Array(0)),
    uint32(1),
    sshString(publicBlob),
    sshString(concat(unpadded, padding)),
  )
  seed.fill(0)
  const body = base64(file).match(new RegExp(`.{1,${PEM_LINE_LENGTH}}`, 'g'))?.join('\n') ?? ''
  return {
    privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`,
    publicKey: `${KEY_TYPE} ${base64(publicBlob)} ${comment}`,
  }
}

/** The SSH wire `string`: a 32-bit big-endian length, then the bytes. */
function sshString(...parts: Uint8Array[]): Uint8Array {
  const content = concat(...parts)
  return concat(uint32(content.length), content)
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4)
  new DataView(bytes.buffer).setUint32(0, value)
  return bytes
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0))
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
