/**
 * `npm run bench`: prepares the built package, starts the XRPC stub in its
 * own process, runs each figure in a fresh plain-Node process, prints one
 * table and writes it as JSON.
 *
 * Options:
 * - `--quick`: few iterations, to prove the benchmarks still work (CI);
 *   the numbers then mean little. Writes to the OS temp folder.
 * - `--out <file>`: where to write the JSON. @default `bench/results.json`
 *
 * These are benchmarks, not tests: a MISS is reported, and the exit code is 0.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as esbuild from 'esbuild'
import { childEnvironment, FIGURE_NAMES, formatTable, now, type BenchContext, type Row } from './measure.js'

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } })
const quick = flags.quick ?? false
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = flags.out ? resolve(flags.out) : quick ? join(tmpdir(), 'pocketenv-bench-results.json') : join(root, 'bench', 'results.json')
// Inside the repository, so that the copies resolve their dependencies from its node_modules. Git-ignored.
const work = join(root, 'bench', '.build')
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first (`npm run bench` does).')
  process.exit(1)
}

const started = now()
await rm(work, { recursive: true, force: true })
const dist = await snapshotDist(join(work, 'dist'))
const child = await compileChild(join(work, 'child.mjs'))
const stub = await startStubProcess(child)
const rows: Row[] = []
const details: { title: string; lines: string[] }[] = []
const timings: Record<string, number> = {}
try {
  const context = { quick, root, distUrl: pathToFileURL(join(dist, 'index.js')).href, stub: stub.urls }
  for (const name of FIGURE_NAMES) {
    process.stderr.write(`${name}…\n`)
    const figureStarted = now()
    const result = JSON.parse(await runFigure(child, name, context)) as { rows: Row[]; details: typeof details }
    timings[name] = (now() - figureStarted) / 1000
    rows.push(...result.rows)
    details.push(...result.details)
  }
} finally {
  stub.process.kill()
  await rm(work, { recursive: true, force: true })
}

const durationSeconds = (now() - started) / 1000
console.log(`\npocketenv benchmarks${quick ? ' (--quick: too few iterations to judge speed)' : ''}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`)
console.log(formatTable(rows))
for (const { title, lines } of details) console.log(`\n${title}:\n${lines.map((line) => `  ${line}`).join('\n')}`)
console.log(`\n${Object.entries(timings).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}; total ${durationSeconds.toFixed(1)} s`)
const machine = { node: process.version, platform: process.platform, arch: process.arch, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem() }
await writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), quick, machine, durationSeconds, figureSeconds: timings, rows, details }, null, 2)}\n`)
console.log(`Results written to ${out}`)

/**
 * Copies the JavaScript of `dist/` to `folder` and checks that every chunk it
 * names is there: the figures then measure one consistent build, even if
 * `dist/` is rebuilt while they run.
 */
async function snapshotDist(folder: string): Promise<string> {
  await cp(join(root, 'dist'), folder, { recursive: true, filter: (source) => !/\.(map|d\.ts|d\.cts)$/.test(source) })
  const files = await readdir(folder, { recursive: true })
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    for (const [, chunk] of (await readFile(join(folder, file), 'utf8')).matchAll(/["'](\.\/[^"']+\.js)["']/g)) {
      if (!existsSync(join(folder, dirname(file), chunk!))) {
        throw new Error(`dist/ is incomplete (${file} imports ${chunk}, which is missing): was it rebuilt meanwhile? Run again.`)
      }
    }
  }
  return folder
}

/** Compiles `bench/child.ts` to one plain ES module; see there for why. */
async function compileChild(outfile: string): Promise<string> {
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  return outfile
}

/** Starts the stub in a child process and reads the ports it prints. */
async function startStubProcess(script: string): Promise<{ process: ChildProcess; urls: BenchContext['stub'] }> {
  const child = spawn(process.execPath, [script, 'stub'], { stdio: ['ignore', 'pipe', 'inherit'], env: childEnvironment() })
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the stub exited with ${code} before it printed its ports`))))
  const firstLine = new Promise<string>((resolveLine) => createInterface({ input: child.stdout! }).once('line', resolveLine))
  const { port, controlPort } = JSON.parse(await Promise.race([firstLine, exited])) as { port: number; controlPort: number }
  return { process: child, urls: { url: `http://127.0.0.1:${port}`, controlUrl: `http://127.0.0.1:${controlPort}` } }
}

/** Runs one figure in a fresh Node process; resolves with what it prints. */
function runFigure(script: string, name: string, context: Omit<BenchContext, 'progress' | 'detail'>): Promise<string> {
  return new Promise((resolveOutput, reject) => {
    const figure = spawn(process.execPath, [script, 'figure', name, JSON.stringify(context)], { stdio: ['ignore', 'pipe', 'inherit'], env: childEnvironment() })
    let output = ''
    figure.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    figure.on('error', reject)
    figure.on('exit', (code) => (code === 0 ? resolveOutput(output) : reject(new Error(`figure "${name}" exited with ${code}`))))
  })
}
