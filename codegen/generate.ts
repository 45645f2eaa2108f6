/**
 * `npm run generate`: rebuilds everything derived from `lexicons/`.
 *
 * 1. `@atproto/lex-cli gen-api` writes the typed XRPC client to `src/generated/xrpc/`.
 * 2. Our converter writes the OpenAPI 3.1 document to `openapi/pocketenv.json`.
 * 3. `openapi-typescript` turns that document into `src/generated/openapi.ts`.
 *
 * Every step is deterministic: running it twice leaves `git status` clean.
 * Pass `--root <folder>` to generate inside another copy of the project.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { loadLexicons } from './load-lexicons.js'
import { lexiconsToOpenApi } from './lexicon-to-openapi.js'
import { stableJson } from './stable-json.js'

const OPENAPI_TYPES_BANNER = `/**
 * GENERATED CODE - DO NOT MODIFY
 *
 * Path types of the Pocketenv XRPC API, made by openapi-typescript from
 * openapi/pocketenv.json. Regenerate with \`npm run generate\`.
 */
`

/** Where the generator reads and writes, relative to the project root. */
export const GENERATED_PATHS = {
  lexicons: 'lexicons',
  xrpcClient: 'src/generated/xrpc',
  openapiDocument: 'openapi/pocketenv.json',
  openapiTypes: 'src/generated/openapi.ts',
} as const

/** Regenerates the XRPC client, the OpenAPI document and its path types under `root`. */
export async function generate(root: string): Promise<void> {
  const lexiconFolder = join(root, GENERATED_PATHS.lexicons)
  const lexicons = loadLexicons(lexiconFolder)

  const lexCli = createRequire(import.meta.url).resolve('@atproto/lex-cli/dist/index.js')
  execFileSync(
    process.execPath,
    [lexCli, 'gen-api', '--yes', GENERATED_PATHS.xrpcClient, ...lexicons.map((file) => join(GENERATED_PATHS.lexicons, file.path))],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )

  const document = lexiconsToOpenApi(lexicons.map((file) => file.doc))
  writeFile(join(root, GENERATED_PATHS.openapiDocument), stableJson(document))

  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true })
  writeFile(join(root, GENERATED_PATHS.openapiTypes), OPENAPI_TYPES_BANNER + astToString(ast))
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

function rootFromArguments(argv: string[]): string {
  const index = argv.indexOf('--root')
  const given = index >= 0 ? argv[index + 1] : undefined
  return given ? resolve(given) : resolve(dirname(fileURLToPath(import.meta.url)), '..')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await generate(rootFromArguments(process.argv.slice(2)))
}
