/**
 * The browser build's stand-in for `local-transfer.ts`: there is no local
 * disk to copy from or to, so both directions fail with a clear error
 * instead of dragging Node.js modules into browser bundles.
 */
import { PocketenvError } from '../errors.js'
import type { TransferContext, TransferOptions } from '../sandbox-transfer.js'

const NEEDS_NODE =
  'Copying between the local disk and a sandbox needs Node.js (this is the browser build of pocketenv). ' +
  'In a browser, copy between sandboxes with sandbox.copyTo().'

/** Always rejects: uploads need a local disk. */
export async function uploadToSandbox(_context: TransferContext, _localPath: string, _remotePath: string, _options: TransferOptions): Promise<void> {
  throw new PocketenvError(NEEDS_NODE)
}

/** Always rejects: downloads need a local disk. */
export async function downloadFromSandbox(_context: TransferContext, _remotePath: string, _localPath: string, _options: TransferOptions): Promise<void> {
  throw new PocketenvError(NEEDS_NODE)
}
