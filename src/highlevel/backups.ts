/**
 * Backups of a sandbox's directories (Cloudflare sandboxes only).
 */
import type { IoPocketenvSandboxDefs } from '../generated/xrpc/index.js'
import { callSettings, definedFields } from './call-settings.js'
import type { CallOptions } from './config.js'
import { ValidationError } from './errors.js'
import type { Pocketenv } from './pocketenv.js'
import { requireId, requireString } from './sandbox-collection.js'
import { dateOrNull, stringOrNull } from './wire-values.js'

/** A saved copy of a directory. */
export interface Backup {
  /** Identifier, for `restore`. */
  id: string
  /** The directory that was saved. */
  directory: string
  /** The note given when it was made. */
  description: string | null
  /** When it will be removed; `null` when it does not expire. */
  expiresAt: Date | null
  /** When it was made. */
  createdAt: Date | null
}

/** Options of {@link SandboxBackups.create}. */
export interface CreateBackupOptions extends CallOptions {
  /** A note to recognise the backup by. */
  description?: string
  /**
   * How long to keep the backup: a number of seconds, or a duration such as
   * `"30m"`, `"12h"` or `"3d"` (the Pocketenv CLI's default is `"3d"`).
   */
  ttl?: number | string
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 }

/**
 * The backups of a sandbox, as `sandbox.backups`. The server supports them
 * for Cloudflare sandboxes only and answers 400 for the others.
 *
 * @example
 * ```ts
 * await sandbox.backups.create('/app', { description: 'before upgrade', ttl: '3d' })
 * const [latest] = await sandbox.backups.list()
 * await sandbox.backups.restore(latest.id)
 * ```
 */
export class SandboxBackups {
  /** @param sandboxId the sandbox's id */
  constructor(
    private readonly sandboxId: string,
    private readonly client: Pocketenv,
  ) {}

  /** Saves `directory`. Resolves once the server has made the backup (it answers nothing). */
  async create(directory: string, options: CreateBackupOptions = {}): Promise<void> {
    requireString('directory', directory)
    const input = definedFields({ directory, description: options.description, ttl: ttlSeconds(options.ttl) })
    await this.client.xrpc.io.pocketenv.sandbox.createBackup(input as { directory: string }, { qp: { id: this.sandboxId }, ...callSettings(options, 'required') })
  }

  /** Lists the backups of the sandbox (the API does not page them). */
  async list(options: CallOptions = {}): Promise<Backup[]> {
    const { data } = await this.client.xrpc.io.pocketenv.sandbox.getBackups({ id: this.sandboxId }, callSettings(options, 'required'))
    return (data.backups ?? []).map(backupFromView)
  }

  /** Writes a backup back into its sandbox. Resolves once done. */
  restore(backupId: string, options: CallOptions = {}): Promise<void> {
    return restoreBackup(this.client, backupId, options)
  }
}

/** Restores a backup by id; the server knows which sandbox it belongs to. */
export async function restoreBackup(client: Pocketenv, backupId: string, options: CallOptions = {}): Promise<void> {
  requireId(backupId, 'backupId')
  await client.xrpc.io.pocketenv.sandbox.restoreBackup({ backupId }, callSettings(options, 'required'))
}

/** A TTL option as seconds. */
export function ttlSeconds(ttl: number | string | undefined): number | undefined {
  if (ttl === undefined) return undefined
  if (typeof ttl === 'number' && Number.isInteger(ttl) && ttl > 0) return ttl
  const match = typeof ttl === 'string' ? /^\s*(\d+)\s*([smhd])\s*$/.exec(ttl) : null
  if (match && Number(match[1]) > 0) return Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number)
  throw new ValidationError('ttl', 'must be a positive whole number of seconds, or a duration such as "30m", "12h" or "3d"')
}

function backupFromView(view: IoPocketenvSandboxDefs.BackupViewBasic): Backup {
  return {
    id: view.id ?? '',
    directory: view.directory ?? '',
    description: stringOrNull(view.description),
    expiresAt: dateOrNull(view.expiresAt),
    createdAt: dateOrNull(view.createdAt),
  }
}
