import { defineConfig } from 'vitest/config'

// Tests run in tiers; each can run alone with `npx vitest run --project <name>`.
// `npm test` runs codegen, highlevel, reliability and contract. `package` and
// `browser` test the build (`npm run test:package`, `npm run test:browser`);
// `live` talks to the real API and runs only with POCKETENV_TOKEN set
// (`npm run test:live`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'codegen',
          include: ['test/codegen/**/*.test.ts', 'test/lexicons/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'highlevel',
          include: ['test/highlevel/**/*.test.ts'],
          setupFiles: ['test/setup/isolated-environment.ts'],
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          globalSetup: ['test/setup/mock-api.ts'],
          setupFiles: ['test/setup/isolated-environment.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/setup/mock-api.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/mock-api.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'live',
          include: ['test/live/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/setup/mock-api.ts'],
          setupFiles: ['test/setup/isolated-environment.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
