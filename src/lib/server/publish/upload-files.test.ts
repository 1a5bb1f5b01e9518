import { describe, expect, it } from 'vitest';
import { uploadPath, uploadsDir } from './upload-files';

const SHA = 'ab'.repeat(32);

describe('uploadPath', () => {
	it.each([
		[SHA, `data/uploads/${SHA}`],
		[SHA.toUpperCase(), null],
		['../store/safer-city.duckdb', null],
		[`${SHA}/../x`, null],
		['ab', null]
	])('%s → %s', (sha256, path) => expect(uploadPath({ dataDir: 'data', sha256 })).toBe(path));

	it('keeps files under the data folder', () =>
		expect(uploadsDir({ dataDir: '/srv/data' })).toBe('/srv/data/uploads'));
});
