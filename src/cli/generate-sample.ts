/**
 * Writes the synthetic sample data set: `npm run sample` (into data/sample) or
 * `tsx src/cli/generate-sample.ts --out /tmp/sample --seed 7`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_SEED, generateSample } from '../lib/sample/generate';
import { sampleHashesModule } from '../lib/sample/sample-hashes-module';

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
// The committed list of sample fingerprints follows the committed sample, not a trial --out.
if (out === resolve('data/sample') && seed === SAMPLE_SEED) {
	const hashes = files.map((f) => createHash('sha256').update(f.content, 'utf8').digest('hex'));
	writeFileSync('src/lib/sample/sample-hashes.ts', sampleHashesModule({ hashes }), 'utf8');
}
console.log(`Wrote ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}`);
