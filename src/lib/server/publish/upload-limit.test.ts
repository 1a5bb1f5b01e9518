import { describe, expect, it } from 'vitest';
import { sizeInWords, uploadLimitBytes } from './upload-limit';

describe('uploadLimitBytes', () => {
	it.each([
		[undefined, 524_288_000],
		['', 524_288_000],
		['2', 2_097_152],
		['0.5', 524_288]
	])('SAFER_CITY_UPLOAD_LIMIT_MB=%s → %i bytes', (text, bytes) =>
		expect(uploadLimitBytes({ SAFER_CITY_UPLOAD_LIMIT_MB: text })).toBe(bytes)
	);

	it.each(['0', '-1', 'lots'])('refuses %s in a sentence', (text) =>
		expect(() => uploadLimitBytes({ SAFER_CITY_UPLOAD_LIMIT_MB: text })).toThrow(
			`SAFER_CITY_UPLOAD_LIMIT_MB takes the largest upload in megabytes, e.g. 500; got "${text}".`
		)
	);
});

describe('sizeInWords', () => {
	it.each([
		[524_288_000, '500 MB'],
		[1_572_864, '1.5 MB'],
		[524_288, '512 KB'],
		[1000, '1 KB']
	])('%i → %s', (bytes, words) => expect(sizeInWords(bytes)).toBe(words));
});
