/**
 * A real HTTP server on 127.0.0.1 that behaves like the storage service
 * directory copies go through: `POST /cp` stores the `file` field of a
 * multipart body under a new key and answers `{ uuid }`; `GET /cp/:uuid`
 * answers the bytes once, then 404, as the real service deletes them.
 *
 * Anything else is answered 404 and recorded, so a test can assert that
 * nothing unexpected was asked.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A request as the stub saw it. */
export interface StorageRequest {
  method: string
  path: string
  /** The `authorization` header, or `undefined` when there was none. */
  authorization: string | undefined
}

/** One upload the stub accepted. */
export interface StoredUpload {
  uuid: string
  /** The `content-length` header of the request. */
  contentLength: string | undefined
  /** The number of bytes the request body really held. */
  receivedBytes: number
  /** Name and type of the `file` part. */
  fileName: string
  fileType: string
  bytes: Buffer
}

/** The stub, what it saw, and how to steer it. */
export interface StorageStub {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  url: string
  /** Every request, in order. */
  requests: StorageRequest[]
  /** Every accepted upload, in order. */
  uploads: StoredUpload[]
  /** Stores `bytes` as an upload would, and returns the key (a new one unless given). */
  put(bytes: Buffer, uuid?: string): string
  /** Answers the next request with `status` and `body` (none by default), whatever it asks. */
  answerNext(status: number, body?: string): void
  /** Forgets every request, upload, stored archive and planned answer. */
  reset(): void
  close(): Promise<void>
}

/** Starts a stub on a free port. */
export async function startStorageStub(): Promise<StorageStub> {
  const stored = new Map<string, Buffer>()
  const requests: StorageRequest[] = []
  const uploads: StoredUpload[] = []
  const planned: { status: number; body: string | undefined }[] = []

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://stub').pathname
    requests.push({ method: request.method ?? '', path, authorization: request.headers.authorization })
    const body = await readBody(request)
    const answer = planned.shift()
    if (answer) {
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
      return
    }
    if (request.method === 'POST' && path === '/cp') {
      const form = await new Request(`http://stub${path}`, {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? '' },
        body: new Uint8Array(body),
      }).formData()
      const file = form.get('file')
      if (!(file instanceof File)) {
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no file field' }))
        return
      }
      const uuid = randomUUID()
      const bytes = Buffer.from(await file.arrayBuffer())
      stored.set(uuid, bytes)
      uploads.push({
        uuid,
        contentLength: request.headers['content-length'],
        receivedBytes: body.byteLength,
        fileName: file.name,
        fileType: file.type,
        bytes,
      })
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uuid }))
      return
    }
    const download = /^\/cp\/([^/]+)$/.exec(path)
    const bytes = request.method === 'GET' && download?.[1] ? stored.get(decodeURIComponent(download[1])) : undefined
    if (bytes && download?.[1]) {
      stored.delete(decodeURIComponent(download[1]))
      response.writeHead(200, { 'content-type': 'application/gzip', 'content-length': String(bytes.byteLength) }).end(bytes)
      return
    }
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }))
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    uploads,
    put(bytes, uuid = randomUUID()) {
      stored.set(uuid, bytes)
      return uuid
    },
    answerNext(status, body) {
      planned.push({ status, body })
    },
    reset() {
      stored.clear()
      requests.length = 0
      uploads.length = 0
      planned.length = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
