/**
 * `npm run demo`: starts the mock API and runs the quick start against it,
 * so the main job can be tried on a fresh clone with no account.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPrism } from './prism.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const mock = await startPrism()
console.log(`Mock Pocketenv API on ${mock.url}; running examples/quickstart.ts against it:\n`)
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const run = spawnSync(process.execPath, [tsx, resolve(root, 'examples/quickstart.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, POCKETENV_API_URL: mock.url, POCKETENV_TOKEN: 'demo-token' },
})
await mock.stop()
process.exit(run.status ?? 1)
