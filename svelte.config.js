import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withFastPrecompress } from './src/build/precompress.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: withFastPrecompress(adapter({ out: 'build', precompress: true })),
		// Hashes, not nonces, so pages stay cacheable. frame-ancestors is set per route in
		// src/hooks.server.ts (embeds may be framed, nothing else), as a meta tag cannot carry it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB-wasm compiles its WebAssembly module: 'wasm-unsafe-eval', not 'unsafe-eval'.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				// Svelte sets style attributes (chart sizes, positions); no script can come of them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
