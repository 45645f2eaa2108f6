/**
 * Running commands in a sandbox: `exec` for one program and its arguments,
 * `sh` for shell scripts.
 *
 * Run it with `POCKETENV_TOKEN` set, or try it against the mock API with
 * `npm run examples` (the mock answers every command with "hello\n" and
 * exit code 0; the comments say what a real sandbox prints).
 */
import { Pocketenv } from 'pocketenv'

const sandbox = await Pocketenv.createSandbox('exec-example').start().waitUntilRunning()
console.log(`1. sandbox ${sandbox.name} is ${sandbox.status}`)

try {
  // `exec(command, args)` quotes every argument for the shell, so each one
  // reaches the program as a single word, exactly as written: the space, the
  // quotes, `$HOME` and `;` below are all plain text, never shell syntax.
  // A real sandbox prints: two words / it's "quoted" / $HOME; echo oops
  const printed = await sandbox.exec('printf', ['%s\n', 'two words', `it's "quoted"`, '$HOME; echo oops'])
  console.log(`2. printf with three tricky arguments → ${JSON.stringify(printed.stdout)}`)

  // The command itself (the first argument) is sent as written, so a whole
  // shell line works too: pipes, redirections, `&&`. Only use this form with
  // text you wrote yourself, never with input from users.
  const counted = await sandbox.exec('ls -la /etc | wc -l')
  console.log(`3. ls -la /etc | wc -l → ${JSON.stringify(counted.stdout)}`)

  // `sh` as a tagged template: the script is yours, and every `${value}` is
  // quoted, so it stays data. Pasted into a plain string, this folder name
  // would create a folder called "notes" and then delete the home folder.
  // A real sandbox creates one oddly named folder and prints: notes; rm -rf ~
  const folder = 'notes; rm -rf ~'
  const made = await sandbox.sh`mkdir -p ${folder} && ls -d ${folder}`
  console.log(`4. sh with folder = ${JSON.stringify(folder)} → ${JSON.stringify(made.stdout)}`)

  // A command that fails does not throw: read `exitCode` (0 means success)
  // and `stderr`. Errors are thrown only when the command could not be run.
  const git = await sandbox.exec('git', ['--version'])
  if (git.exitCode === 0) console.log('5. git --version exited with 0: git is installed')
  else console.log(`5. git --version exited with ${git.exitCode}: ${git.stderr.trim()}`)
} finally {
  // Stop and delete the sandbox even when a step above failed.
  await sandbox.stop().delete()
  console.log('6. sandbox stopped and deleted')
}
