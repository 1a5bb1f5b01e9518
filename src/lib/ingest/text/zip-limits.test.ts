import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, zipLimitsFromEnv } from './zip-limits';

describe('zipLimitsFromEnv', () => {
	it.each([
		[{}, DEFAULT_ZIP_LIMITS],
		[{ SAFER_CITY_ZIP_LIMIT_MB: '' }, DEFAULT_ZIP_LIMITS],
		[{ SAFER_CITY_ZIP_LIMIT_MB: '2' }, { totalBytes: 2_097_152, entryBytes: 536_870_912 }],
		[{ SAFER_CITY_ZIP_ENTRY_LIMIT_MB: '0.5' }, { totalBytes: 1_073_741_824, entryBytes: 524_288 }]
	])('%j gives %j', (env, limits) => {
		expect(zipLimitsFromEnv(env)).toEqual(limits);
	});

	it.each(['0', '-1', 'lots'])('refuses %j with a message naming the setting', (value) => {
		expect(() => zipLimitsFromEnv({ SAFER_CITY_ZIP_ENTRY_LIMIT_MB: value })).toThrow(
			`SAFER_CITY_ZIP_ENTRY_LIMIT_MB takes a size in megabytes, e.g. 512; got "${value}".`
		);
	});
});
