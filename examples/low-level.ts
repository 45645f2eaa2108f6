/**
 * Calling API methods directly, for anything the `Sandbox` methods do not
 * cover. Two low-level clients share the high-level one's token, base URL,
 * timeouts, retries and error classes; both check parameters and bodies
 * against the API description before sending, and return the server's
 * answers as they are on the wire (`status: "RUNNING"`, dates as strings).
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples`.
 */
import { DEFAULT_BASE, Pocketenv } from 'pocketenv'

// An isolated client (token and URL from the environment, as usual).
// `Pocketenv.Client` is the shared one that `Pocketenv.createSandbox(...)`
// and the other static methods use; both have `xrpc`, `get` and `post`.
const client = new Pocketenv()

// By path, like the Elixir SDK's Pocketenv.Client: `post(path, body, options)`.
// Paths, bodies and answers are typed from the API description, so a typo
// in the path or a wrong field does not compile.
const created = await client.post('/xrpc/io.pocketenv.sandbox.createSandbox', { base: DEFAULT_BASE, provider: 'cloudflare' })
// The answer is typed as the API describes it, where every field of a
// sandbox is optional, so check the id before relying on it.
const id = created.id
if (id === undefined) throw new Error('createSandbox answered without an id')
console.log(`1. post createSandbox → ${created.name} (${id})`)

try {
  // The client generated from the lexicons: one method per API method,
  // `client.xrpc.<namespace>.<method>(params)` for queries. It answers
  // `{ data, headers }`.
  const { data } = await client.xrpc.io.pocketenv.sandbox.getSandbox({ id })
  console.log(`2. xrpc getSandbox → ${data.sandbox?.name} is ${data.sandbox?.status}`)

  // The same query by path with the shared client: query parameters go in
  // `params`, and the answer is the body itself.
  const body = await Pocketenv.Client.get('/xrpc/io.pocketenv.sandbox.getSandbox', { params: { id } })
  console.log(`3. Pocketenv.Client.get getSandbox → ${body.sandbox?.name}, created ${body.sandbox?.createdAt}`)

  // A procedure with a body and a query parameter.
  const started = await client.post('/xrpc/io.pocketenv.sandbox.startSandbox', { keepAlive: true }, { params: { id } })
  console.log(`4. post startSandbox { keepAlive: true } → ${JSON.stringify(started)}`)

  // A procedure that takes no input: the body is `undefined`.
  const stopped = await client.post('/xrpc/io.pocketenv.sandbox.stopSandbox', undefined, { params: { id } })
  console.log(`5. post stopSandbox (no body) → ${JSON.stringify(stopped)}`)
} finally {
  // Delete the sandbox even when a step above failed.
  await client.post('/xrpc/io.pocketenv.sandbox.deleteSandbox', undefined, { params: { id } })
  console.log('6. post deleteSandbox (no body) → deleted')
}
