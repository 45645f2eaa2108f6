/**
 * Giving a sandbox its configuration: secrets (sealed, write-only),
 * environment variables (in clear), and small files written into it when it
 * starts.
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples` (the mock lists the same example items whatever was
 * stored).
 */
import { Pocketenv } from 'pocketenv'

// Secrets, variables and files belong to a sandbox; it does not need to be
// running to receive them.
const sandbox = await Pocketenv.createSandbox('config-example')
console.log(`1. sandbox ${sandbox.name} (${sandbox.id}) created`)

try {
  // The value is sealed with the server's public key before it leaves this
  // process, and never comes back: a listed secret has a name, not a value.
  await sandbox.secrets.put('OPENAI_API_KEY', 'sk-example-not-a-real-key')
  console.log('2. secret OPENAI_API_KEY stored (sealed)')

  // `list` returns one page (20 items unless you pass { limit, offset }) and
  // the total across all pages.
  const { items: secrets, total } = await sandbox.secrets.list()
  console.log(`3. secrets.list() → ${total} in total: ${secrets.map((secret) => secret.name).join(', ')}`)

  // `all()` walks every page for you, fetching the next one as the loop needs it.
  console.log('4. every secret, page after page:')
  for await (const secret of sandbox.secrets.all()) console.log(`   ${secret.name} (id ${secret.id})`)

  // Variables are for values that are not secret: they are stored, and
  // returned, in clear.
  await sandbox.variables.put('NODE_ENV', 'production')
  const { items: variables } = await sandbox.variables.list()
  console.log(`5. variables: ${variables.map((variable) => `${variable.name}=${variable.value}`).join(', ')}`)

  // A small file (up to about 75 KB) the platform writes into the sandbox
  // when it starts. Its content is sealed like a secret's value. For whole
  // folders, use sandbox.upload (see upload-download.ts).
  const envPath = '/home/user/app/.env'
  await sandbox.files.write(envPath, 'PORT=3000\n')
  console.log(`6. file ${envPath} stored (content sealed)`)

  const { items: files } = await sandbox.files.list()
  console.log(`7. files: ${files.map((file) => file.path).join(', ')}`)

  // `write` answers nothing, so find the file's id in the list to delete it.
  const written = files.find((file) => file.path === envPath)
  if (written) {
    await sandbox.files.delete(written.id)
    console.log(`8. file ${written.path} (id ${written.id}) deleted`)
  } else {
    console.log(`8. ${envPath} is not listed, nothing to delete`)
  }
} finally {
  // Delete the sandbox even when a step above failed.
  await sandbox.delete()
  console.log('9. sandbox deleted')
}
