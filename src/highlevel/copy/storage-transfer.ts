/**
 * Moving archives to and from the storage service that directory copies go
 * through: `POST /cp` stores one and answers its key; `GET /cp/{key}` hands
 * it back once, after which the service deletes it.
 *
 * Both stream from and to the disk, so an archive is never held in memory
 * whole, and both report progress as the bytes move.
 */
import { randomUUID } from 'node:crypto'
import { createReadStream, type ReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { ArchiveError, InvalidResponseError } from '../errors.js'
import type { TransferContext, TransferProgress } from '../sandbox-transfer.js'
import { createTempFolder } from './archive.js'

/** An archive downloaded to a temporary folder of its own. */
export interface DownloadedArchive {
  /** Where the archive is. */
  archivePath: string
  /** Removes the archive and its folder. Never throws. */
  cleanup(): Promise<void>
}

/**
 * Uploads an archive to the storage service as the `file` field of a
 * `multipart/form-data` body, streamed from the disk.
 *
 * @example
 * ```ts
 * const uuid = await uploadArchive(context, archive.archivePath, archive.sizeBytes, ({ bytes, totalBytes }) =>
 *   console.log(`${bytes} / ${totalBytes}`),
 * )
 * ```
 * @param sizeBytes the archive's size, which `content-length` is computed from
 * @param onProgress called as archive bytes go out, up to `sizeBytes`
 * @returns the key the service stored the archive under, for `pullDirectory`
 * @throws {InvalidResponseError} when the answer holds no string `uuid`
 * @throws {ApiError} (or a subclass) when the service answers with an error status
 * @throws {AbortError}, {TimeoutError} or {ConnectionError} as every request does
 */
export async function uploadArchive(
  context: TransferContext,
  archivePath: string,
  sizeBytes: number,
  onProgress?: (progress: TransferProgress) => void,
): Promise<string> {
  const boundary = `pocketenv-${randomUUID()}`
  const encoder = new TextEncoder()
  const head = encoder.encode(
    `--${boundary}\r\n` +
      'Content-Disposition: form-data; name="file"; filename="archive.tar.gz"\r\n' +
      'Content-Type: application/gzip\r\n\r\n',
  )
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`)
  let file: ReadStream | undefined
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield head
    file = createReadStream(archivePath)
    let bytes = 0
    for await (const chunk of file as AsyncIterable<Buffer>) {
      yield chunk
      bytes += chunk.byteLength
      onProgress?.({ bytes, totalBytes: sizeBytes })
    }
    yield tail
  }
  const headers = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'content-length': String(head.byteLength + sizeBytes + tail.byteLength),
  }
  try {
    return await context.transport.exchange(
      { method: 'POST', path: '/cp', baseUrl: context.storageUrl, headers, body: streamOf(parts()), operation: 'upload to the storage service' },
      context.settings,
      async (response) => uuidOf(await response.text()),
    )
  } finally {
    // fetch does not always cancel a body it gave up on, and an open file
    // would keep the temporary folder from being removed on Windows.
    file?.destroy()
  }
}

/**
 * Downloads the archive stored under `uuid` into a new temporary folder,
 * streamed to the disk. The service deletes the archive once it is read, so
 * this works once per key.
 *
 * @example
 * ```ts
 * const archive = await downloadArchive(context, uuid)
 * try {
 *   await extractArchive(archive.archivePath, './out')
 * } finally {
 *   await archive.cleanup()
 * }
 * ```
 * @param onProgress called as bytes arrive; `totalBytes` comes from `content-length` when the service sends it
 * @throws {NotFoundError} when nothing (or nothing any more) is stored under `uuid`
 * @throws {ArchiveError} when the archive cannot be written to the disk
 * @throws {AbortError}, {TimeoutError} or {ConnectionError} as every request does; the temporary folder is removed
 */
export async function downloadArchive(
  context: TransferContext,
  uuid: string,
  onProgress?: (progress: TransferProgress) => void,
): Promise<DownloadedArchive> {
  const folder = await createTempFolder('pocketenv-download-')
  const archivePath = join(folder.path, 'archive.tar.gz')
  try {
    await context.transport.exchange(
      {
        method: 'GET',
        path: `/cp/${encodeURIComponent(uuid)}`,
        baseUrl: context.storageUrl,
        headers: {},
        operation: 'download from the storage service',
      },
      context.settings,
      (response) => saveBody(response, archivePath, onProgress),
    )
    return { archivePath, cleanup: folder.remove }
  } catch (error) {
    await folder.remove()
    throw error
  }
}

async function saveBody(response: Response, archivePath: string, onProgress: ((progress: TransferProgress) => void) | undefined) {
  // With a content-encoding, content-length counts the encoded bytes, not
  // the ones the body yields.
  const length = response.headers.get('content-encoding') ? null : response.headers.get('content-length')
  const totalBytes = length !== null && /^\d+$/.test(length) ? Number(length) : undefined
  const handle = await open(archivePath, 'w').catch((cause: unknown) => {
    throw new ArchiveError(`Could not create ${archivePath}`, undefined, { cause })
  })
  try {
    const reader = response.body?.getReader()
    let bytes = 0
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      await handle.write(chunk.value).catch((cause: unknown) => {
        throw new ArchiveError(`Could not write the archive to ${archivePath}`, undefined, { cause })
      })
      bytes += chunk.value.byteLength
      onProgress?.({ bytes, totalBytes })
    }
  } finally {
    await handle.close()
  }
}

/** The key from the upload's answer, `{ "uuid": "…" }`. */
function uuidOf(text: string): string {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (cause) {
    throw new InvalidResponseError('storage upload', 'the body is not JSON', text, { cause })
  }
  const uuid = (body as { uuid?: unknown } | null)?.uuid
  if (typeof uuid !== 'string' || uuid === '') throw new InvalidResponseError('storage upload', 'it holds no string "uuid"', body)
  return uuid
}

/** A web stream that reads `chunks` only as the consumer pulls, so the file is read as fast as it is sent. */
function streamOf(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })
}
