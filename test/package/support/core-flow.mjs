// Child process of `core-without-node.test.ts`. Registers the built-in
// recorder, loads the ESM build, runs the core flow against the API at
// argv[2] and prints one JSON line: the built-ins the core reached, and those
// reached afterwards by `upload`, the Node-only feature.
import { register } from 'node:module'
import { MessageChannel } from 'node:worker_threads'

const [apiUrl, distEntry] = process.argv.slice(2)
const reached = []
const { port1, port2 } = new MessageChannel()
port1.on('message', (line) => reached.push(line))
port1.unref()
register(new URL('./builtin-recorder.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] })

// Messages from the hooks thread arrive asynchronously; give them a turn.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

const { Pocketenv, Sandbox } = await import(distEntry)
const client = new Pocketenv({ token: 'core-flow-token', apiUrl })
const sandbox = await client.createSandbox('core-flow').start().waitUntilRunning({ intervalMs: 20 })
await sandbox.exec('echo', ['hello'])
await sandbox.expose(3000)
await sandbox.listPorts()
await sandbox.vscode()
await Sandbox.unexpose(sandbox, 3000)
await sandbox.secrets.put('API_KEY', 'sealed before sending')
await sandbox.variables.list()
await client.getSandbox(sandbox.id)
await client.listSandboxes({ limit: 5 })
await client.me()
await sandbox.stop().delete()
await settle()
const core = [...reached]

// `upload` needs the file system, so it must load Node built-ins now.
await sandbox.upload('./no-such-directory', '/tmp/x').catch(() => undefined)
await settle()
console.log(JSON.stringify({ core, upload: reached.slice(core.length) }))
