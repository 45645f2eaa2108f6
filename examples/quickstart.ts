import { Pocketenv } from 'pocketenv'

const sandbox = await Pocketenv.createSandbox('my-sandbox').start().waitUntilRunning()
console.log(`1. sandbox ${sandbox.name} (${sandbox.id}) is ${sandbox.status}`)

const result = await sandbox.exec('echo', ['hello'])
console.log(`2. echo hello → ${JSON.stringify(result.stdout)}, exit code ${result.exitCode}`)

const url = await sandbox.expose(3000, { description: 'web' })
console.log(`3. port 3000 is public at ${url}`)

const vscode = await sandbox.vscode()
console.log(`4. VS Code runs at ${vscode}`)

await sandbox.stop().delete()
console.log('5. sandbox stopped and deleted')
