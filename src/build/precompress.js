import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|wasm|txt|csv|map)$/i;
const BIG = 1024 * 1024;

/** Every compressible file below a folder. @param {string} dir */
function files(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => COMPRESSIBLE.test(path) && statSync(path).isFile());
}

/** Writes .br and .gz beside each file; big files (the DuckDB wasm) get brotli 9, which is 10× faster than 11 and as small. @param {string} dir */
async function precompress(dir) {
	await Promise.all(
		files(dir).map(async (path) => {
			const size = statSync(path).size;
			const quality = size > BIG ? 9 : 11;
			const br = zlib.createBrotliCompress({
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			});
			await pipeline(createReadStream(path), br, createWriteStream(`${path}.br`));
			await pipeline(createReadStream(path), zlib.createGzip({ level: 9 }), createWriteStream(`${path}.gz`));
		})
	);
}

/**
 * Wraps a SvelteKit adapter so its precompression uses `precompress` above.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withFastPrecompress(adapter) {
	return {
		...adapter,
		/** @param {import('@sveltejs/kit').Builder} builder */
		adapt(builder) {
			const proxy = new Proxy(builder, {
				get(target, key) {
					if (key === 'compress') return precompress;
					return Reflect.get(target, key);
				}
			});
			return adapter.adapt(proxy);
		}
	};
}
