import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	ssr: { external: ['@duckdb/node-api'] },
	// The records worker imports shared modules (papaparse, arquero): ES workers can share chunks.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// The chart palette is read as text (?raw) for exported SVGs.
		css: { include: [/chart-palette\.css/] }
	}
});
