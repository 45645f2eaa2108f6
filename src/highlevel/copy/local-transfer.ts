/**
 * Copies between the local disk and a sandbox, through the storage service.
 * Node.js only: the SDK loads this module with `import()` when a copy is
 * made, so the core never reaches `node:` modules in a browser.
 *
 * Every copy works in a temporary folder of its own in the OS temporary
 * folder and removes it when done, whether the copy succeeds, fails or is
 * aborted.
 */
import { InvalidResponseError } from '../errors.js'
import { requirePath, type TransferContext, type TransferOptions } from '../sandbox-transfer.js'
import { throwIfAborted } from '../transport.js'
import { extractArchive, packDirectory } from './archive.js'
import { downloadArchive, uploadArchive } from './storage-transfer.js'

/**
 * Copies a local file or folder into the sandbox at `remotePath`: packs it
 * (leaving out what its ignore files exclude), uploads the archive to the
 * storage service, and has the sandbox unpack it with `pullDirectory`. A
 * folder's contents land in `remotePath`; a file lands in it under its name.
 *
 * @example
 * ```ts
 * const context = await prepareTransfer(client, 'sbx_123', {})
 * await uploadToSandbox(context, './my-project', '/workspace/my-project', {
 *   onProgress: ({ bytes, totalBytes }) => console.log(`${bytes} / ${totalBytes}`),
 * })
 * ```
 * @throws {ValidationError} when a path is empty or nothing is at `localPath`
 * @throws {ArchiveError} when a local file cannot be read
 * @throws {AbortError} when `options.signal` aborts; no temporary file is left
 * @throws {ApiError} (or a subclass) when the storage service or the API answers with an error
 */
export async function uploadToSandbox(context: TransferContext, localPath: string, remotePath: string, options: TransferOptions): Promise<void> {
  requirePath('localPath', localPath)
  requirePath('remotePath', remotePath)
  throwIfAborted(options.signal)
  const archive = await packDirectory(localPath, options.signal)
  try {
    const uuid = await uploadArchive(context, archive.archivePath, archive.sizeBytes, options.onProgress)
    await context.client.xrpc.io.pocketenv.sandbox.pullDirectory({ sandboxId: context.sandboxId, directoryPath: remotePath, uuid }, context.settings)
  } finally {
    await archive.cleanup()
  }
}

/**
 * Copies a folder of the sandbox to `localPath`: has the sandbox pack it
 * with `pushDirectory`, downloads the archive from the storage service, and
 * unpacks it into `localPath` (created when missing). The sandbox packs the
 * folder under its own name, so downloading `/app/dist` into `./out` gives
 * `./out/dist/…`. An archive with an entry that would land outside
 * `localPath` is refused before anything is written.
 *
 * @example
 * ```ts
 * const context = await prepareTransfer(client, 'sbx_123', {})
 * await downloadFromSandbox(context, '/app/dist', './out', {})
 * ```
 * @throws {ValidationError} when a path is empty
 * @throws {ArchiveError} when the archive is unsafe or cannot be unpacked
 * @throws {InvalidResponseError} when `pushDirectory` answers without a key
 * @throws {AbortError} when `options.signal` aborts; no temporary file is left
 * @throws {ApiError} (or a subclass) when the API or the storage service answers with an error
 */
export async function downloadFromSandbox(context: TransferContext, remotePath: string, localPath: string, options: TransferOptions): Promise<void> {
  requirePath('remotePath', remotePath)
  requirePath('localPath', localPath)
  throwIfAborted(options.signal)
  const { data } = await context.client.xrpc.io.pocketenv.sandbox.pushDirectory(
    { sandboxId: context.sandboxId, directoryPath: remotePath },
    context.settings,
  )
  // Checked even when responseValidation is off: a missing key would
  // otherwise become a request for `/cp/undefined`.
  if (typeof data.uuid !== 'string' || data.uuid === '') throw new InvalidResponseError('pushDirectory', 'it holds no string "uuid"', data)
  const archive = await downloadArchive(context, data.uuid, options.onProgress)
  try {
    await extractArchive(archive.archivePath, localPath, options.signal)
  } finally {
    await archive.cleanup()
  }
}
