/**
 * The persistent volumes of a sandbox: disks (20 GB) that outlive it,
 * mounted at a path.
 */
import type { IoPocketenvVolumeDefs } from '../generated/xrpc/index.js'
import { callSettings } from './call-settings.js'
import type { CallOptions } from './config.js'
import type { RawPage } from './paginate.js'
import { requireId, requireString, SandboxCollection } from './sandbox-collection.js'
import type { TransportCallSettings } from './transport.js'
import { dateOrNull, stringOrNull } from './wire-values.js'

/** A volume attached to a sandbox. */
export interface Volume {
  /** Identifier of the attachment, for `get`, `update` and `delete`. */
  id: string
  /** Name of the volume. */
  name: string | null
  /** Mount point in the sandbox. */
  path: string
  /** When it was attached. */
  createdAt: Date | null
  /** When the attachment last changed. */
  updatedAt: Date | null
}

/** Options of {@link Volumes.create}. */
export interface CreateVolumeOptions extends CallOptions {
  /** Mount point in the sandbox, such as `/data`. Required: without it the server creates the volume but attaches it to nothing. */
  path: string
}

/** The new name and mount point of a volume. */
export interface VolumeChange {
  /** Name of the volume. */
  name: string
  /** Mount point in the sandbox. */
  path: string
}

/**
 * The volumes of a sandbox, as `sandbox.volumes`. The server does not
 * support read-only volumes (it ignores the flag), so the SDK offers none.
 *
 * @example
 * ```ts
 * await sandbox.volumes.create('data', { path: '/data' })
 * ```
 */
export class Volumes extends SandboxCollection<Volume> {
  /** Creates a volume and mounts it at `options.path`. Resolves once done (the server answers nothing). */
  async create(name: string, options: CreateVolumeOptions): Promise<void> {
    requireString('name', name)
    requireString('path', options?.path)
    await this.client.xrpc.io.pocketenv.volume.addVolume(
      { volume: { sandboxId: this.sandboxId, name, path: options.path } },
      callSettings(options, 'required'),
    )
  }

  /** Renames a volume or moves its mount point. Resolves once done (the server answers nothing). */
  async update(id: string, change: VolumeChange, options: CallOptions = {}): Promise<void> {
    requireId(id)
    requireString('name', change?.name)
    requireString('path', change.path)
    await this.client.xrpc.io.pocketenv.volume.updateVolume(
      { id, volume: { sandboxId: this.sandboxId, name: change.name, path: change.path } },
      callSettings(options, 'required'),
    )
  }

  protected async fetchPage(paging: { limit: number; offset: number }, settings: TransportCallSettings): Promise<RawPage<Volume>> {
    const { data } = await this.client.xrpc.io.pocketenv.volume.getVolumes({ sandboxId: this.sandboxId, ...paging }, settings)
    return { items: (data.volumes ?? []).map(volumeFromView), total: data.total }
  }

  protected async fetchOne(id: string, settings: TransportCallSettings): Promise<Volume | null> {
    const { data } = await this.client.xrpc.io.pocketenv.volume.getVolume({ id }, settings)
    return data.volume ? volumeFromView(data.volume) : null
  }

  protected async remove(id: string, settings: TransportCallSettings): Promise<void> {
    await this.client.xrpc.io.pocketenv.volume.deleteVolume(undefined, { qp: { id }, ...settings })
  }
}

function volumeFromView(view: IoPocketenvVolumeDefs.VolumeView): Volume {
  return {
    id: view.id ?? '',
    name: stringOrNull(view.name),
    path: view.path ?? '',
    createdAt: dateOrNull(view.createdAt),
    updatedAt: dateOrNull(view.updatedAt),
  }
}
