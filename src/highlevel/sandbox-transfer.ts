/**
 * Moving directories between sandboxes, and what every directory copy
 * shares: the running check and the settings of the transfer requests.
 *
 * Copies go through the storage service: `pushDirectory` packs a directory
 * of a sandbox into it and answers a key; `pullDirectory` unpacks the archive
 * under a key into a sandbox. Copies to and from the local disk live in
 * `copy/local-transfer.ts`, loaded only when used (they need Node.js).
 */
import { callSettings } from './call-settings.js'
import { resolveStorageUrl, type CallOptions } from './config.js'
import { SandboxNotRunningError, ValidationError } from './errors.js'
import { internalsOf, type Pocketenv } from './pocketenv.js'
import type { Sandbox } from './sandbox.js'
import { fetchSandbox } from './sandbox.js'
import type { Transport, TransportCallSettings } from './transport.js'

/** The default limit for one transfer request: archives can be large. */
export const TRANSFER_TIMEOUT_MS = 600_000

/** How far a transfer has got. */
export interface TransferProgress {
  /** Bytes sent or received so far. */
  bytes: number
  /** The total, when it is known in advance. */
  totalBytes: number | undefined
}

/** Options of `upload`, `download` and `copyTo`. */
export interface TransferOptions extends CallOptions {
  /** Called as bytes are sent or received. */
  onProgress?: (progress: TransferProgress) => void
}

/** Everything a transfer to or from one sandbox needs. */
export interface TransferContext {
  /** The sandbox's id. */
  sandboxId: string
  /** The client, for `pushDirectory` and `pullDirectory`. */
  client: Pocketenv
  /** The client's HTTP layer, for the storage service. */
  transport: Transport
  /** Base URL of the storage service. */
  storageUrl: string
  /** Settings of every request of the transfer. */
  settings: TransportCallSettings
}

/**
 * Checks that the sandbox is running and gathers what a transfer needs.
 *
 * @throws {SandboxNotRunningError} when it is not running (or does not exist)
 */
export async function prepareTransfer(client: Pocketenv, sandboxId: string, options: TransferOptions): Promise<TransferContext> {
  const settings = callSettings({ ...options, timeoutMs: options.timeoutMs ?? TRANSFER_TIMEOUT_MS }, 'required')
  const { transport, options: clientOptions } = internalsOf(client)
  const current = await fetchSandbox(client, sandboxId, options)
  if (current?.status !== 'running') throw new SandboxNotRunningError(sandboxId, current?.status ?? 'not found')
  return { sandboxId, client, transport, storageUrl: resolveStorageUrl(clientOptions.storageUrl), settings }
}

/**
 * Copies `sourcePath` of one sandbox to `targetPath` of another, through the
 * storage service, without touching the local disk. Both must be running.
 *
 * @throws {SandboxNotRunningError} when either is not running
 */
export async function copyBetweenSandboxes(
  source: Sandbox,
  client: Pocketenv,
  target: Sandbox | string,
  sourcePath: string,
  targetPath: string,
  options: TransferOptions,
): Promise<void> {
  requirePath('sourcePath', sourcePath)
  requirePath('targetPath', targetPath)
  const targetId = typeof target === 'string' ? target : target.id
  const from = await prepareTransfer(client, source.id, options)
  await prepareTransfer(client, targetId, options)
  const api = client.xrpc.io.pocketenv.sandbox
  const { data } = await api.pushDirectory({ sandboxId: from.sandboxId, directoryPath: sourcePath }, from.settings)
  await api.pullDirectory({ sandboxId: targetId, directoryPath: targetPath, uuid: data.uuid }, from.settings)
}

/** @throws {ValidationError} unless `path` is a non-empty string */
export function requirePath(field: string, path: string): void {
  if (typeof path !== 'string' || path.trim() === '') throw new ValidationError(field, 'must be a non-empty path')
}
