/**
 * Reaching a sandbox from the internet: exposing a port, listing what is
 * exposed, closing it again, and opening VS Code in the browser.
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples`.
 */
import { Pocketenv } from 'pocketenv'

const sandbox = await Pocketenv.createSandbox('ports-example').start().waitUntilRunning()
console.log(`1. sandbox ${sandbox.name} is ${sandbox.status}`)

try {
  // Gives a public HTTPS address that forwards to port 3000 inside the
  // sandbox, whatever listens there (start your server with `exec` or a
  // service). Ports 1025 to 65535 can be exposed; the description is a note
  // for you, shown by `listPorts`. `null` means the platform gave no address.
  const url = await sandbox.expose(3000, { description: 'web' })
  console.log(`2. port 3000 is public at ${url}`)

  // Everything exposed right now. VS Code shows up here as port 1024.
  const ports = await sandbox.listPorts()
  console.log(`3. ${ports.length} exposed port(s):`)
  for (const port of ports) console.log(`   ${port.port} (${port.description ?? 'no description'}) → ${port.previewUrl}`)

  // The address stops working; the server inside keeps running.
  await sandbox.unexpose(3000)
  console.log('4. port 3000 is private again')

  // VS Code Server, in the browser. Calling it again gives the same address.
  const vscode = await sandbox.vscode()
  console.log(`5. VS Code runs at ${vscode}`)
} finally {
  // Stop and delete the sandbox even when a step above failed.
  await sandbox.stop().delete()
  console.log('6. sandbox stopped and deleted')
}
