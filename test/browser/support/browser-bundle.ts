/**
 * Bundles a page script against the package's browser build, the way an
 * application's bundler would, and reports which Node.js built-in modules the
 * bundle reaches.
 */
import { existsSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Metafile, type Plugin } from 'esbuild'

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** The file `exports["."].browser` of package.json points at. */
export const BROWSER_BUILD = resolve(repositoryRoot, 'dist/browser/index.js')

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/** Whether an import path names a Node.js built-in (`fs`, `node:fs`, `fs/promises`, `node:test`…). */
export function isNodeBuiltin(path: string): boolean {
  return path.startsWith('node:') || nodeBuiltins.has(path)
}

/** A bundled page script. */
export interface BrowserBundle {
  /** Path of the single ESM file. */
  file: string
  metafile: Metafile
}

/**
 * `import … from 'pocketenv'` means the browser build, as for an application
 * whose bundler picks the `browser` condition. Without this plugin esbuild
 * would follow the tsconfig path to `src/` and test the sources instead.
 */
const pocketenvIsTheBrowserBuild: Plugin = {
  name: 'pocketenv-is-the-browser-build',
  setup(build) {
    build.onResolve({ filter: /^pocketenv$/ }, () => ({ path: BROWSER_BUILD }))
  },
}

/**
 * Bundles `entry` into one ESM file in `outdir`.
 *
 * Node built-ins are left external rather than failing the build, so that the
 * metafile can name the module that reached one.
 *
 * @throws {Error} when the browser build is missing: run `npm run build`.
 */
export async function bundleForBrowser(entry: string, outdir: string): Promise<BrowserBundle> {
  if (!existsSync(BROWSER_BUILD)) {
    throw new Error(`${BROWSER_BUILD} is missing: run \`npm run build\` first (\`npm run test:browser\` does).`)
  }
  const file = join(outdir, 'readme-flow.js')
  const result = await build({
    entryPoints: [entry],
    outfile: file,
    absWorkingDir: repositoryRoot,
    platform: 'browser',
    format: 'esm',
    bundle: true,
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    external: [...nodeBuiltins, 'node:*'],
    plugins: [pocketenvIsTheBrowserBuild],
  })
  return { file, metafile: result.metafile }
}

/** Every input of the bundle that is a Node built-in or imports one, as `importer → module`. */
export function nodeBuiltinsReached(metafile: Metafile): string[] {
  return Object.entries(metafile.inputs).flatMap(([input, { imports }]) => [
    ...(isNodeBuiltin(input) ? [input] : []),
    ...imports.filter((imported) => isNodeBuiltin(imported.path)).map((imported) => `${input} → ${imported.path}`),
  ])
}
