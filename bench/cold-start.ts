/**
 * Figure 2, cold start: fresh Node processes, timed from spawn to exit.
 * (a) `node -e ''`, (b) import the package, (c) import it and complete one
 * getSandbox against the stub, (d) one getSandbox with raw fetch. The four
 * alternate, so that whatever else the machine does is shared among them.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { childEnvironment, interquartile, median, now, verdict, type BenchContext, type Row } from './measure.js'
import { STUB_SANDBOX_ID, STUB_TOKEN } from './stub-server.js'

const IMPORT_BUDGET_MS = 60
const TARGET_RATIO = 1.3

type Variant = 'bare' | 'import' | 'sdkCall' | 'rawCall'

/** Runs figure 2 and returns its rows. */
export async function run(context: BenchContext): Promise<Row[]> {
  const runs = context.quick ? 3 : 20
  const folder = await mkdtemp(join(tmpdir(), 'pocketenv-cold-start-'))
  try {
    const scripts = await writeScripts(folder, context)
    const commands: Record<Variant, string[]> = {
      bare: ['-e', ''],
      import: [scripts.import],
      sdkCall: [scripts.sdkCall],
      rawCall: [scripts.rawCall],
    }
    const order: Variant[] = ['bare', 'import', 'sdkCall', 'rawCall']
    const times: Record<Variant, number[]> = { bare: [], import: [], sdkCall: [], rawCall: [] }
    // One unrecorded round, so that the first measured runs do not pay for a cold disk cache.
    for (const variant of order) await timeProcess(commands[variant])
    for (let round = 0; round < runs; round++) {
      for (let step = 0; step < order.length; step++) {
        const variant = order[(round + step) % order.length]!
        times[variant].push(await timeProcess(commands[variant]))
      }
      context.progress(`cold start: round ${round + 1}/${runs}`)
    }

    // Differences and ratios are taken within a round, then the median over rounds.
    const importCost = times.import.map((value, round) => value - times.bare[round]!)
    const callRatios = times.sdkCall.map((value, round) => value / times.rawCall[round]!)
    const note = `${runs} processes each, spawn to exit`
    const row = (variant: string, values: number[]): Row => ({
      figure: 'cold start',
      variant,
      median: median(values),
      spread: interquartile(values),
      unit: 'ms',
      note,
    })
    const importRow = row('import − bare node', importCost)
    importRow.target = `< ${IMPORT_BUDGET_MS} ms`
    importRow.verdict = verdict(importRow.median < IMPORT_BUDGET_MS)
    const callRow = row('SDK: import + getSandbox', times.sdkCall)
    callRow.ratio = median(callRatios)
    callRow.target = `≤ ${TARGET_RATIO}× raw fetch`
    callRow.verdict = verdict(callRow.ratio <= TARGET_RATIO)
    return [
      row("bare: node -e ''", times.bare),
      row('SDK: import only', times.import),
      importRow,
      callRow,
      row('raw fetch: getSandbox', times.rawCall),
    ]
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** The scripts each fresh process runs. They import `dist/` by absolute URL, as an installed package would load. */
async function writeScripts(folder: string, context: BenchContext): Promise<Record<'import' | 'sdkCall' | 'rawCall', string>> {
  const target = `${context.stub.url}/xrpc/io.pocketenv.sandbox.getSandbox?id=${STUB_SANDBOX_ID}`
  const sources = {
    import: `import { Pocketenv } from ${JSON.stringify(context.distUrl)}\nif (typeof Pocketenv !== 'function') process.exit(1)\n`,
    sdkCall: [
      `import { Pocketenv } from ${JSON.stringify(context.distUrl)}`,
      `const client = new Pocketenv({ token: ${JSON.stringify(STUB_TOKEN)}, apiUrl: ${JSON.stringify(context.stub.url)} })`,
      `const sandbox = await client.getSandbox(${JSON.stringify(STUB_SANDBOX_ID)})`,
      `if (sandbox?.status !== 'running') process.exit(1)`,
    ].join('\n'),
    rawCall: [
      `const response = await fetch(${JSON.stringify(target)}, { headers: { authorization: ${JSON.stringify(`Bearer ${STUB_TOKEN}`)} } })`,
      `if (!response.ok) process.exit(1)`,
      `const { sandbox } = await response.json()`,
      `if (sandbox?.status !== 'RUNNING') process.exit(1)`,
    ].join('\n'),
  }
  const paths = { import: join(folder, 'import.mjs'), sdkCall: join(folder, 'sdk-call.mjs'), rawCall: join(folder, 'raw-call.mjs') }
  for (const name of ['import', 'sdkCall', 'rawCall'] as const) await writeFile(paths[name], sources[name])
  return paths
}

/**
 * Milliseconds from spawn to exit of `node <args>`. Nothing forces the exit: a
 * timer or socket the package leaves behind would show here, as a user would see it.
 */
function timeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = now()
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: childEnvironment() })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      const elapsed = now() - started
      if (code === 0) resolve(elapsed)
      else reject(new Error(`cold start: node ${args.join(' ')} exited with ${code}\n${errors}`))
    })
  })
}
