import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node
    // refuses; inlined, Vite loads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
