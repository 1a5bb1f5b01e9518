import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false,
		// DuckDB-wasm answers in well under a second, but a loaded 2-core CI machine can take longer.
		expect: { poll: { timeout: 20_000, interval: 100 } }
	}
});
