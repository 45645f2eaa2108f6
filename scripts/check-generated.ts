/**
 * `npm run check:generated`: regenerates everything and fails when the result
 * differs from what is committed, so generated code never drifts from the
 * lexicons or from the generators.
 */
import { execFileSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate, GENERATED_PATHS } from '../codegen/generate.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
await generate(root)
const watched = [GENERATED_PATHS.xrpcClient, GENERATED_PATHS.openapiDocument, GENERATED_PATHS.openapiTypes, GENERATED_PATHS.lexicons, 'src/generated']
const changes = execFileSync('git', ['status', '--porcelain', '--', ...watched], { cwd: root, encoding: 'utf8' })
if (changes.trim() !== '') {
  console.error('Generated files differ from the committed ones. Run `npm run generate` and commit the result:')
  console.error(changes)
  process.exit(1)
}
console.log('Generated files match the lexicons.')
