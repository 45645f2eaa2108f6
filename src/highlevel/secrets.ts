/**
 * The secrets of a sandbox: environment variables whose values are sealed
 * before they leave the process and never come back from the server.
 */
import type { IoPocketenvSecretDefs } from '../generated/xrpc/index.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import { redactSecret } from './redaction.js'
import type { RawPage } from './paginate.js'
import { requireId, requireString, SandboxCollection } from './sandbox-collection.js'
import { sealerFor } from './sealing.js'
import type { TransportCallSettings } from './transport.js'
import { dateOrNull } from './wire-values.js'

/** A stored secret. Its value is never returned. */
export interface Secret {
  /** Identifier, for `get`, `update` and `delete`. */
  id: string
  /** Name of the environment variable. */
  name: string
  /** When it was stored. */
  createdAt: Date | null
}

/** The new name and value of a secret. */
export interface SecretChange {
  /** Name of the environment variable. */
  name: string
  /** The value, sealed before sending. */
  value: string
}

/**
 * The secrets of a sandbox, as `sandbox.secrets`. Values are sealed with the
 * server's public key before sending, on creation and on update alike, and a
 * masked form (for display) goes with them.
 *
 * @example
 * ```ts
 * await sandbox.secrets.put('OPENAI_API_KEY', 'sk-…')
 * for await (const secret of sandbox.secrets.all()) console.log(secret.name)
 * ```
 */
export class Secrets extends SandboxCollection<Secret> {
  /** Stores a secret. Resolves once stored (the server answers nothing). */
  async put(name: string, value: string, options: CallOptions = {}): Promise<void> {
    requireString('name', name)
    requireString('value', value, true)
    await this.client.xrpc.io.pocketenv.secret.addSecret(
      { secret: { sandboxId: this.sandboxId, name, value: await this.seal(value) }, redacted: redactSecret(value) },
      callSettings(options, 'required'),
    )
  }

  /** Replaces the name and the value of a secret. Resolves once done (the server answers nothing). */
  async update(id: string, change: SecretChange, options: CallOptions = {}): Promise<void> {
    requireId(id)
    requireString('name', change?.name)
    requireString('value', change.value, true)
    await this.client.xrpc.io.pocketenv.secret.updateSecret(
      { id, secret: { sandboxId: this.sandboxId, name: change.name, value: await this.seal(change.value) }, redacted: redactSecret(change.value) },
      callSettings(options, 'required'),
    )
  }

  protected async fetchPage(paging: { limit: number; offset: number }, settings: TransportCallSettings): Promise<RawPage<Secret>> {
    const { data } = await this.client.xrpc.io.pocketenv.secret.getSecrets({ sandboxId: this.sandboxId, ...paging }, settings)
    return { items: (data.secrets ?? []).map(secretFromView), total: data.total }
  }

  protected async fetchOne(id: string, settings: TransportCallSettings): Promise<Secret | null> {
    const { data } = await this.client.xrpc.io.pocketenv.secret.getSecret({ id }, settings)
    return data.secret ? secretFromView(data.secret) : null
  }

  protected async remove(id: string, settings: TransportCallSettings): Promise<void> {
    await this.client.xrpc.io.pocketenv.secret.deleteSecret(undefined, { qp: { id }, ...settings })
  }

  private async seal(value: string): Promise<string> {
    return (await sealerFor(this.client))(value)
  }
}

function secretFromView(view: IoPocketenvSecretDefs.SecretView): Secret {
  return { id: view.id ?? '', name: view.name ?? '', createdAt: dateOrNull(view.createdAt) }
}
