import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withFastPrecompress } from './src/build/precompress.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: withFastPrecompress(adapter({ out: 'build', precompress: true }))
	}
};

export default config;
