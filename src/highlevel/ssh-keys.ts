/**
 * The SSH key pair of a sandbox, used to reach it over SSH.
 */
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { nullWhenNotFound } from './not-found.js'
import type { Pocketenv } from './pocketenv.js'
import { redactPrivateKey } from './redaction.js'
import { requireString } from './sandbox-collection.js'
import { sealerFor } from './sealing.js'
import { generateSshKeyPair, type SshKeyPair } from './ssh-key-pair.js'
import { dateOrNull } from './wire-values.js'

/** The key pair stored for a sandbox, as the server returns it. */
export interface StoredSshKeys {
  /** Identifier of the stored pair. */
  id: string
  /** The public key line. */
  publicKey: string
  /** The masked private key sent with it (never the key itself). */
  privateKey: string
  /** When it was stored. */
  createdAt: Date | null
}

/**
 * The SSH keys of a sandbox, as `sandbox.sshKeys`. The private key is sealed
 * before it leaves the process; a masked copy (armour, first 10 and last 5
 * characters) goes with it for display.
 *
 * @example
 * ```ts
 * await sandbox.sshKeys.put(await sandbox.sshKeys.generate())
 * ```
 */
export class SandboxSshKeys {
  /** @param sandboxId the sandbox's internal id (`sbx_…`) */
  constructor(
    private readonly sandboxId: string,
    private readonly client: Pocketenv,
  ) {}

  /** The stored key pair, or `null` when there is none. */
  async get(options: CallOptions = {}): Promise<StoredSshKeys | null> {
    const answer = await nullWhenNotFound(this.client.xrpc.io.pocketenv.sandbox.getSshKeys({ id: this.sandboxId }, callSettings(options, 'required')))
    const data = answer?.data
    if (typeof data?.publicKey !== 'string') return null
    return { id: data.id ?? '', publicKey: data.publicKey, privateKey: data.privateKey ?? '', createdAt: dateOrNull(data.createdAt) }
  }

  /** Stores a key pair, replacing the previous one. Resolves once stored. */
  async put(pair: SshKeyPair, options: CallOptions = {}): Promise<void> {
    requireString('privateKey', pair?.privateKey)
    requireString('publicKey', pair.publicKey)
    await this.client.xrpc.io.pocketenv.sandbox.putSshKeys(
      {
        id: this.sandboxId,
        privateKey: (await sealerFor(this.client))(pair.privateKey),
        publicKey: pair.publicKey,
        redacted: redactPrivateKey(pair.privateKey),
      },
      callSettings(options, 'required'),
    )
  }

  /** Generates a new Ed25519 key pair locally (nothing is sent); store it with {@link SandboxSshKeys.put}. */
  generate(comment?: string): Promise<SshKeyPair> {
    return generateSshKeyPair(comment)
  }
}
