/**
 * Global setup of the tiers that talk HTTP: starts the Prism mock from the
 * generated OpenAPI document, or uses `TEST_API_BASE_URL` when it is set.
 */
import type { TestProject } from 'vitest/node'
import { startPrism } from '../../scripts/prism.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the API the tests call. */
    apiBaseUrl: string
    /** What Prism printed while loading the document; empty when `TEST_API_BASE_URL` is used. */
    mockStartupLog: string
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.TEST_API_BASE_URL
  if (external) {
    project.provide('apiBaseUrl', external)
    project.provide('mockStartupLog', '')
    return
  }
  const mock = await startPrism()
  project.provide('apiBaseUrl', mock.url)
  project.provide('mockStartupLog', mock.startupLog)
  return () => mock.stop()
}
