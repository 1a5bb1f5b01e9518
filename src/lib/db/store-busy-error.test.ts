import { describe, expect, it } from 'vitest';
import { lockHolder } from './store-busy-error';

describe('lockHolder', () => {
	it.each([
		{
			message:
				'IO Error: Could not set lock on file "/d/store/safer-city.duckdb": Conflicting lock is held in /usr/bin/node (PID 27575). See also https://duckdb.org/docs/stable/connect/concurrency',
			holder: { pid: 27575 }
		},
		{
			message: 'IO Error: Could not set lock on file "/d/x.duckdb": Resource busy',
			holder: { pid: null }
		},
		{ message: 'Catalog Error: Table with name uploads does not exist!', holder: null },
		{ message: 'IO Error: Cannot open file "/d/x.duckdb": No such file or directory', holder: null }
	])('$message', ({ message, holder }) => {
		expect(lockHolder(new Error(message))).toEqual(holder);
	});
});
