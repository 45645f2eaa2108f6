/**
 * `npm run mock`: serves a Prism mock of the Pocketenv API for development
 * without an account. Point the SDK at the printed URL with
 * `POCKETENV_API_URL`. Stop it with Ctrl-C.
 */
import { startPrism } from './prism.js'

const portArgument = process.argv.indexOf('--port')
const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 4010
const mock = await startPrism({ port })
console.log(`Pocketenv mock API listening on ${mock.url}`)
console.log(`Try: POCKETENV_API_URL=${mock.url} POCKETENV_TOKEN=any-token node your-script.js`)

const shutdown = async () => {
  await mock.stop()
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
