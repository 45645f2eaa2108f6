/**
 * Figure 5, size: the browser bundle of the README quick start, and what
 * installing the package brings along.
 */
import { execFile } from 'node:child_process'
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { verdict, type BenchContext, type Row } from './measure.js'

const execFileAsync = promisify(execFile)
const BUNDLE_BUDGET_KB = 40
/** Sizes are in kB of 1,000 bytes (the stricter reading of "40 KB"), and MB of 1,000,000. */
const KB = 1_000
const MB = 1_000_000

/** Runs figure 5 and returns its rows. */
export async function run(context: BenchContext): Promise<Row[]> {
  return [...(await quickStartBundle(context)), ...(await installedSize(context))]
}

/**
 * Bundles `examples/quickstart.ts` for the browser, as an application would,
 * and counts what loads before the quick start runs: the entry chunk and the
 * chunks it imports statically. Chunks reached only through `import()` (the
 * Node-only directory copy, the sealing code) load when used, so they are
 * reported apart.
 *
 * The package is resolved as a browser bundler would (see {@link browserEntry}).
 * Besides `node:*`, the bare names of Node's built-in modules are left
 * external too: Node-only dependencies behind `import()` (such as `tar`)
 * require `fs`, `stream`, `zlib` … without the prefix, and esbuild refuses
 * to bundle for the browser until they resolve. That is harmless only while
 * no eager chunk imports one, which is checked: if one does, the quick start
 * would not run in a browser, and the row says so.
 */
async function quickStartBundle(context: BenchContext): Promise<Row[]> {
  const entry = await browserEntry(context)
  const outdir = await mkdtemp(join(tmpdir(), 'pocketenv-bundle-'))
  try {
    const result = await esbuild.build({
      absWorkingDir: context.root,
      entryPoints: ['examples/quickstart.ts'],
      platform: 'browser',
      format: 'esm',
      bundle: true,
      minify: true,
      splitting: true,
      outdir,
      metafile: true,
      alias: { pocketenv: entry.path },
      external: ['node:*', ...builtinModules],
      logLevel: 'silent',
    })
    const outputs = result.metafile.outputs
    const main = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === 'examples/quickstart.ts')
    if (!main) throw new Error('size: esbuild produced no output for examples/quickstart.ts')

    const eager = new Set<string>()
    const visit = (path: string) => {
      if (eager.has(path)) return
      eager.add(path)
      for (const imported of outputs[path]!.imports) {
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path)
      }
    }
    visit(main)
    const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path))
    const builtinsOf = (paths: Iterable<string>, kinds: string[]) =>
      [
        ...new Set(
          [...paths].flatMap((path) =>
            outputs[path]!.imports.filter((imported) => imported.external && kinds.includes(imported.kind)).map((imported) => imported.path),
          ),
        ),
      ].sort()
    // A static import of a built-in fails in a browser at load time; an `import()` only if it is reached.
    const eagerBuiltins = builtinsOf(eager, ['import-statement'])
    context.detail('Quick-start bundle: Node built-ins left external', [
      `imported statically by the eager chunks: ${eagerBuiltins.join(', ') || 'none'}`,
      `imported with import() by the eager chunks: ${builtinsOf(eager, ['dynamic-import']).join(', ') || 'none'}`,
      `imported by the lazy chunks: ${builtinsOf(lazy, ['import-statement', 'dynamic-import', 'require-call']).join(', ') || 'none'}`,
    ])

    // Each chunk is a separate download, so each is compressed on its own.
    const sizes = async (paths: string[]) => {
      let minified = 0
      let gzipped = 0
      for (const path of paths) {
        const bytes = await readFile(join(context.root, path))
        minified += bytes.byteLength
        gzipped += gzipSync(bytes).byteLength
      }
      return { minified, gzipped }
    }
    const eagerSize = await sizes([...eager])
    const lazySize = await sizes(lazy)

    const byPackage = new Map<string, number>()
    for (const path of eager) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path]!.inputs)) {
        byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput)
      }
    }
    const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8)
    context.detail(
      'Quick-start bundle: top contributors to the eager chunks (minified bytes, before gzip)',
      top.map(([name, bytes]) => `${(bytes / KB).toFixed(1).padStart(7)} kB  ${name}`),
    )

    const note =
      `pocketenv → ${entry.declared}; ${eager.size} eager chunk(s); gzip at zlib's default level, each chunk apart` +
      (eagerBuiltins.length > 0 ? `; does NOT run in a browser: eager code imports ${eagerBuiltins.join(', ')}` : '')
    return [
      {
        figure: 'size',
        variant: 'quick-start bundle, min+gzip',
        median: eagerSize.gzipped / KB,
        spread: null,
        unit: 'kB',
        target: `≤ ${BUNDLE_BUDGET_KB} kB`,
        verdict: verdict(eagerSize.gzipped / KB <= BUNDLE_BUDGET_KB && eagerBuiltins.length === 0),
        note,
      },
      { figure: 'size', variant: 'quick-start bundle, minified', median: eagerSize.minified / KB, spread: null, unit: 'kB', note },
      {
        figure: 'size',
        variant: 'lazy chunks (import() only), min+gzip',
        median: lazySize.gzipped / KB,
        spread: null,
        unit: 'kB',
        note: `${lazy.length} chunk(s), loaded only when used`,
      },
    ]
  } finally {
    await rm(outdir, { recursive: true, force: true })
  }
}

/**
 * The file a browser bundler would load for `import 'pocketenv'`: the browser
 * entry the package declares (`exports["."].browser`, or `browser`), else
 * `dist/index.js`. Either is taken from the snapshot of `dist/`.
 */
async function browserEntry(context: BenchContext): Promise<{ declared: string; path: string }> {
  type Target = string | { import?: string; default?: string } | undefined
  const manifest = JSON.parse(await readFile(join(context.root, 'package.json'), 'utf8')) as {
    exports?: { '.'?: { browser?: Target } } & { browser?: Target }
    browser?: unknown
  }
  const conditions = manifest.exports?.['.'] ?? manifest.exports
  const browser = conditions?.browser
  const declared =
    (typeof browser === 'string' ? browser : (browser?.import ?? browser?.default)) ??
    (typeof manifest.browser === 'string' ? manifest.browser : './dist/index.js')
  const snapshot = dirname(fileURLToPath(context.distUrl))
  const insideDist = relative(join(context.root, 'dist'), join(context.root, declared))
  const path = insideDist.startsWith('..') ? join(context.root, declared) : join(snapshot, insideDist)
  return { declared, path }
}

/** The npm package an input of the bundle belongs to, or the file for the package's own code. */
function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
  return match ? match[1]! : `pocketenv (own code) ${basename(input)}`
}

/** Production dependencies as npm installed them, and the package's own tarball. */
async function installedSize(context: BenchContext): Promise<Row[]> {
  // `npm ls` exits non-zero on any tree problem while still listing the tree; the list is what matters here.
  const listing = await execFileAsync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: context.root, maxBuffer: 64 * MB }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  )
  const folders = [...new Set(listing.stdout.split('\n').map((line) => line.trim()))].filter((line) => line !== '' && line !== context.root)
  let bytes = 0
  for (const folder of folders) bytes += await folderSize(folder)

  const packed = await execFileAsync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: context.root, maxBuffer: 64 * MB })
  const [tarball] = JSON.parse(packed.stdout) as { size: number; unpackedSize: number; entryCount: number }[]
  if (!tarball) throw new Error('size: npm pack --dry-run --json listed nothing')

  const names = folders.map((folder) => relative(context.root, folder).replace(/^node_modules\//, '')).sort()
  context.detail(`Production dependencies (npm ls --omit=dev --all): ${names.length}`, [names.join(', ')])
  return [
    { figure: 'size', variant: 'production dependencies', median: folders.length, spread: null, unit: 'packages' },
    { figure: 'size', variant: 'production dependencies, installed', median: bytes / MB, spread: null, unit: 'MB', note: 'apparent size of every file' },
    {
      figure: 'size',
      variant: 'package tarball, unpacked',
      median: tarball.unpackedSize / MB,
      spread: null,
      unit: 'MB',
      note: `${tarball.entryCount} files, ${(tarball.size / MB).toFixed(2)} MB packed`,
    },
  ]
}

/** Apparent size of a package folder, without the packages nested in its `node_modules` (they are listed on their own). */
async function folderSize(folder: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') total += await folderSize(path)
    } else {
      total += (await lstat(path)).size
    }
  }
  return total
}
