// Module hooks for `core-without-node.test.ts`: records every Node.js
// built-in that a module of the SDK or of its dependencies asks for, and the
// module that asked. The importing test script's own requests are not counted.
import { isBuiltin } from 'node:module'

/** @type {MessagePort | undefined} */
let port

/** Receives the port that the recorded requests are posted to. */
export async function initialize(data) {
  port = data.port
}

/** Resolves as usual, reporting built-ins asked for from inside the package. */
export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL ?? ''
  if (isBuiltin(specifier) && /\/(dist|node_modules)\//.test(parent)) {
    port?.postMessage(`${specifier} <- ${parent.replace(/^.*\/(dist|node_modules)\//, '$1/')}`)
  }
  return nextResolve(specifier, context)
}
