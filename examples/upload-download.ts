/**
 * Copying folders between this computer and a sandbox (Node.js only):
 * `upload` a local project, leaving out what its `.gitignore` excludes, and
 * `download` a folder of the sandbox.
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples` (which also serves a local stand-in for the storage
 * service that copies go through, and has it hand back a small archive).
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { Pocketenv } from 'pocketenv'

// Copies need a running sandbox: upload and download check first, and throw
// SandboxNotRunningError before sending anything otherwise.
const sandbox = await Pocketenv.createSandbox('copy-example').start().waitUntilRunning()
console.log(`1. sandbox ${sandbox.name} is ${sandbox.status}`)

// Two fresh folders in the OS temp folder: a project to upload, and a place
// to download into.
const project = await mkdtemp(join(tmpdir(), 'pocketenv-example-project-'))
const downloads = await mkdtemp(join(tmpdir(), 'pocketenv-example-downloads-'))

try {
  // A small project whose .gitignore leaves out node_modules/ and log files.
  // Upload respects it, as well as .pocketenvignore, .npmignore and
  // .dockerignore, each applying to its folder and below.
  await mkdir(join(project, 'src'))
  await mkdir(join(project, 'node_modules', 'left-pad'), { recursive: true })
  await writeFile(join(project, '.gitignore'), 'node_modules/\n*.log\n')
  await writeFile(join(project, 'package.json'), '{ "name": "app", "type": "module" }\n')
  await writeFile(join(project, 'src', 'index.js'), 'console.log("hello from the sandbox")\n')
  await writeFile(join(project, 'debug.log'), 'not worth uploading\n')
  await writeFile(join(project, 'node_modules', 'left-pad', 'index.js'), 'module.exports = () => {}\n')
  console.log('2. made a project of 5 files in a temp folder; its .gitignore leaves out node_modules/ and *.log')

  // The folder's contents land in /home/user/app. The archive is built in
  // the OS temp folder and removed afterwards; onProgress follows it out.
  await sandbox.upload(project, '/home/user/app', {
    onProgress: ({ bytes, totalBytes }) => console.log(`   sent ${bytes} of ${totalBytes} bytes`),
  })
  console.log('3. uploaded the project to /home/user/app, without node_modules/ and debug.log')

  // A downloaded folder keeps its own name: /home/user/app arrives as
  // <downloads>/app. Archive entries that would land outside <downloads>
  // are refused (ArchiveError) before anything is written.
  await sandbox.download('/home/user/app', downloads)
  console.log('4. downloaded /home/user/app, which arrived as:')
  for (const file of await filesIn(downloads)) console.log(`   ${file}`)
} finally {
  // Remove both temp folders and the sandbox, even when a step above failed.
  await rm(project, { recursive: true, force: true })
  await rm(downloads, { recursive: true, force: true })
  await sandbox.stop().delete()
  console.log('5. temp folders removed, sandbox stopped and deleted')
}

/** Every file under `folder`, as sorted paths relative to it, with `/` between names. */
async function filesIn(folder: string): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(folder, { recursive: true })) {
    if ((await stat(join(folder, entry))).isFile()) files.push(entry.split(sep).join('/'))
  }
  return files.sort()
}
