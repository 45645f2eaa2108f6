/**
 * Generating SSH key pairs for sandboxes.
 */
import { PocketenvError } from './errors.js'

/** An SSH key pair in OpenSSH formats. */
export interface SshKeyPair {
  /** The private key, `-----BEGIN OPENSSH PRIVATE KEY-----` … */
  privateKey: string
  /** The public key line, `ssh-ed25519 AAAA… comment`. */
  publicKey: string
}

/**
 * Generates a new Ed25519 key pair (with the `sshpk` library), unencrypted,
 * in the formats `ssh` and `ssh-keygen` read. Node.js only: the library is
 * loaded on first use.
 *
 * @example
 * ```ts
 * const pair = await generateSshKeyPair('me@laptop')
 * await sandbox.sshKeys.put(pair)
 * ```
 * @throws {PocketenvError} where Node.js's crypto is not available
 */
export async function generateSshKeyPair(comment = 'user@pocketenv'): Promise<SshKeyPair> {
  let sshpk: typeof import('sshpk')
  try {
    sshpk = (await import('sshpk')).default
  } catch (cause) {
    throw new PocketenvError('Generating SSH keys needs Node.js (the sshpk library could not be loaded here).', { cause })
  }
  const key = sshpk.generatePrivateKey('ed25519')
  key.comment = comment
  return { privateKey: key.toString('openssh'), publicKey: key.toPublic().toString('ssh').trim() }
}
