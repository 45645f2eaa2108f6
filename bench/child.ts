/**
 * The entry of the processes `bench/run.ts` starts. It compiles this file to
 * plain JavaScript first, so that they run in bare Node: under tsx, every
 * `import()` goes through its loader hooks on another thread (about 250 µs a
 * call on this machine, against 11 µs without), which would be charged to
 * the package, whose high-level calls import lazy chunks.
 *
 * - `child.mjs stub`: starts the stub, prints `{"port":…,"controlPort":…}` and serves until killed.
 * - `child.mjs figure <name> <context JSON>`: runs one figure and prints `{"rows":…,"details":…}`.
 *
 * Progress goes to stderr; stdout carries nothing but the JSON.
 */
import * as coldStart from './cold-start.js'
import * as concurrency from './concurrency.js'
import { FIGURE_NAMES, type BenchContext, type FigureName, type Row } from './measure.js'
import * as perCall from './per-call.js'
import * as size from './size.js'
import { startStub } from './stub-server.js'
import * as waiting from './waiting.js'

const FIGURES: Record<FigureName, (context: BenchContext) => Promise<Row[]>> = {
  'per-call': perCall.run,
  'cold start': coldStart.run,
  concurrency: concurrency.run,
  waiting: waiting.run,
  size: size.run,
}

const [command, name, contextJson] = process.argv.slice(2)
if (command === 'stub') {
  const stub = await startStub()
  process.stdout.write(`${JSON.stringify({ port: Number(new URL(stub.url).port), controlPort: Number(new URL(stub.controlUrl).port) })}\n`)
} else if (command === 'figure' && isFigure(name) && contextJson) {
  const details: { title: string; lines: string[] }[] = []
  const context: BenchContext = {
    ...(JSON.parse(contextJson) as Pick<BenchContext, 'quick' | 'root' | 'distUrl' | 'stub'>),
    progress: (message) => process.stderr.write(`  ${message}\n`),
    detail: (title, lines) => details.push({ title, lines }),
  }
  const rows = await FIGURES[name](context)
  process.stdout.write(JSON.stringify({ rows, details }))
} else {
  process.stderr.write(`usage: child.mjs stub | child.mjs figure <${FIGURE_NAMES.join('|')}> <context JSON>\n`)
  process.exitCode = 2
}

function isFigure(name: string | undefined): name is FigureName {
  return (FIGURE_NAMES as readonly (string | undefined)[]).includes(name)
}
