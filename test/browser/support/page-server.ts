/**
 * Serves the test page and its bundle on the loopback interface, and records
 * any other path the browser asks for.
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A running page server. */
export interface PageServer {
  /** Origin such as `http://127.0.0.1:41234`. */
  origin: string
  /** Paths asked for that the server does not have (answered with 404). */
  unknownPaths: string[]
  close(): Promise<void>
}

// The empty icon keeps Chromium from asking for /favicon.ico.
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>pocketenv in the browser</title>
    <link rel="icon" href="data:,">
    <script type="module" src="/readme-flow.js"></script>
  </head>
  <body></body>
</html>
`

/** Serves `index.html` at `/` and the bundle at `/readme-flow.js`, on 127.0.0.1 and a free port. */
export async function startPageServer(bundleFile: string): Promise<PageServer> {
  const unknownPaths: string[] = []
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(INDEX_HTML)
    } else if (path === '/readme-flow.js') {
      readFile(bundleFile).then(
        (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
        (error: unknown) => response.writeHead(500).end(String(error)),
      )
    } else {
      unknownPaths.push(path)
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    unknownPaths,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive connections would otherwise hold `close` open.
        server.closeAllConnections()
      }),
  }
}
