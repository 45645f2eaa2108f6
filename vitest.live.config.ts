import { defineConfig } from 'vitest/config'

// `npm run test:live`: the opt-in tests against the real API (POCKETENV_TOKEN).
export default defineConfig({
  test: {
    include: ['test/live/**/*.test.ts'],
    testTimeout: 60_000,
  },
})
