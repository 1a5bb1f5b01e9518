/**
 * Writes the synthetic sample data set: `npm run sample` (into data/sample) or
 * `tsx src/cli/generate-sample.ts --out /tmp/sample --seed 7`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_SEED, generateSample } from '../lib/sample/generate';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'data/sample' },
		seed: { type: 'string', default: String(SAMPLE_SEED) }
	}
});

const out = resolve(values.out);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);

const files = generateSample({ seed });
let bytes = 0;
for (const file of files) {
	const target = join(out, file.path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, file.content, 'utf8');
	bytes += Buffer.byteLength(file.content);
}
console.log(`Wrote ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}`);
