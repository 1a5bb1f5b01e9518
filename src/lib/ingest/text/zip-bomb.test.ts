import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../validation/ingest-error';
import { unzipCsvs } from './unzip-csvs';

const MB = 1_048_576;

/** Sets every declared uncompressed size in a zip (local and central headers) to `size`. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	for (let i = 0; i + 4 <= out.length; i++) {
		const sig = view.getUint32(i, true);
		if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
		if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
	}
	return out;
}

const issueOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof IngestError) return e.issue;
		throw e;
	}
	throw new Error('expected an IngestError');
};

describe('unzipCsvs caps what a zip expands to', () => {
	// 64 MB of one repeated line deflates to about 60 KB: a small zip bomb.
	const line = strToU8('Crime ID,Month\n');
	const big = new Uint8Array(64 * MB);
	for (let i = 0; i < big.length; i += line.length) big.set(line.subarray(0, big.length - i), i);
	const bomb = zipSync({ 'a.csv': big, 'b.csv': big, 'c.csv': big }, { level: 9 });

	it('builds a bomb far smaller than what it expands to', () => {
		expect(bomb.length).toBeLessThan(2 * MB);
	});

	it.each([
		[
			'one entry over the entry cap',
			{ totalBytes: 1024 * MB, entryBytes: 32 * MB },
			'a.csv expands to 64 MB'
		],
		[
			'entries over the total cap',
			{ totalBytes: 100 * MB, entryBytes: 512 * MB },
			'its CSV files expand to over 128 MB'
		]
	])('refuses %s before expanding it', (_, limits, value) => {
		const issue = issueOf(() => unzipCsvs({ bytes: bomb, fileName: 'bomb.zip', limits }));
		expect(issue).toMatchObject({ rule: 'zip-too-large', file: 'bomb.zip', value });
		expect(issue.expected).toBe(
			`CSV files of at most ${(limits.entryBytes / MB).toLocaleString('en-GB')} MB each and ${(limits.totalBytes / MB).toLocaleString('en-GB')} MB in all`
		);
		expect(issue.action).toContain('SAFER_CITY_ZIP_LIMIT_MB');
	});

	it('expands the same archive within the caps', () => {
		const entries = unzipCsvs({
			bytes: bomb,
			limits: { totalBytes: 200 * MB, entryBytes: 64 * MB }
		});
		expect(entries.map((e) => e.bytes.length)).toEqual([64 * MB, 64 * MB, 64 * MB]);
	});

	it('refuses an entry declaring 4 GB with the default caps, allocating nothing', () => {
		const forged = declareSize(zipSync({ 'x.csv': strToU8('a\n1\n') }), 0xffff_fff0);
		const before = process.memoryUsage().arrayBuffers;
		const issue = issueOf(() => unzipCsvs({ bytes: forged, fileName: 'forged.zip' }));
		expect(issue).toMatchObject({ rule: 'zip-too-large', value: 'x.csv expands to 4,096 MB' });
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
	});

	it('keeps only the base name of an entry that climbs out of the archive', () => {
		const bytes = zipSync({
			'../../x.csv': strToU8('a\n1\n'),
			'/etc/x.csv': strToU8('a\n2\n'),
			'2021-06/ok.csv': strToU8('a\n3\n')
		});
		expect(unzipCsvs({ bytes }).map((e) => e.name)).toEqual([
			'2021-06/ok.csv',
			'x (2).csv',
			'x.csv'
		]);
	});
});
