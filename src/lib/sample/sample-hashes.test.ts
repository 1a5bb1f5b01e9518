import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HASHES } from './sample-hashes';
import { sampleHashesModule } from './sample-hashes-module';

const files = readdirSync('data/sample', { recursive: true, withFileTypes: true })
	.filter((d) => d.isFile())
	.map((d) => join(d.parentPath, d.name))
	.sort();
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('SAMPLE_HASHES', () => {
	it('lists the sha256 of every file under data/sample, and nothing else (run `npm run sample` after changing the sample)', () => {
		const stale = files.filter((f) => !SAMPLE_HASHES.includes(hashOf(f)));
		expect(stale).toEqual([]);
		expect(SAMPLE_HASHES.length).toBe(files.length);
	});

	it('is the file generate-sample writes', () => {
		const text = readFileSync('src/lib/sample/sample-hashes.ts', 'utf8');
		expect(sampleHashesModule({ hashes: files.map(hashOf) })).toBe(text);
	});

	it.each([
		[
			['b', 'a', 'b'],
			["\t'a',", "\t'b'"]
		],
		[['c'], ["\t'c'"]]
	])('writes %j sorted, once each', (hashes, lines) => {
		const body = sampleHashesModule({ hashes }).split('\n').slice(4, -2);
		expect(body).toEqual(lines);
	});
});
