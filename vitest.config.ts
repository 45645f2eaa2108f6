import { defineConfig } from 'vitest/config'

// Tests run in tiers; each can run alone with `npx vitest run --project <name>`.
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
