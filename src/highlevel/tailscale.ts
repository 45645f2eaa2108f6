/**
 * The Tailscale auth key of a sandbox, which joins it to a tailnet.
 */
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { ValidationError } from './errors.js'
import { nullWhenNotFound } from './not-found.js'
import type { Pocketenv } from './pocketenv.js'
import { redactTailscaleKey } from './redaction.js'
import { sealerFor } from './sealing.js'
import { dateOrNull } from './wire-values.js'

/** The auth key stored for a sandbox, as the server returns it. */
export interface StoredTailscaleAuthKey {
  /** Identifier of the stored key. */
  id: string
  /** The masked key (never the key itself). */
  authKey: string
  /** When it was stored. */
  createdAt: Date | null
}

const AUTH_KEY_PREFIX = 'tskey-auth-'

/**
 * The Tailscale settings of a sandbox, as `sandbox.tailscale`.
 *
 * @example
 * ```ts
 * await sandbox.tailscale.setAuthKey('tskey-auth-…')
 * ```
 */
export class SandboxTailscale {
  /** @param sandboxId the sandbox's internal id (`sbx_…`) */
  constructor(
    private readonly sandboxId: string,
    private readonly client: Pocketenv,
  ) {}

  /** The stored auth key, masked, or `null` when there is none. */
  async getAuthKey(options: CallOptions = {}): Promise<StoredTailscaleAuthKey | null> {
    const answer = await nullWhenNotFound(this.client.xrpc.io.pocketenv.sandbox.getTailscaleAuthKey({ id: this.sandboxId }, callSettings(options, 'required')))
    const data = answer?.data
    if (typeof data?.authKey !== 'string') return null
    return { id: data.id ?? '', authKey: data.authKey, createdAt: dateOrNull(data.createdAt) }
  }

  /**
   * Stores an auth key: sealed, with a masked copy for display.
   *
   * @throws {ValidationError} before sending, unless the key starts with `tskey-auth-`
   */
  async setAuthKey(authKey: string, options: CallOptions = {}): Promise<void> {
    if (typeof authKey !== 'string' || !authKey.startsWith(AUTH_KEY_PREFIX) || authKey.length <= AUTH_KEY_PREFIX.length) {
      throw new ValidationError('authKey', `must be a Tailscale auth key, starting with "${AUTH_KEY_PREFIX}"`)
    }
    await this.client.xrpc.io.pocketenv.sandbox.putTailscaleAuthKey(
      { id: this.sandboxId, authKey: (await sealerFor(this.client))(authKey), redacted: redactTailscaleKey(authKey) },
      callSettings(options, 'required'),
    )
  }
}
