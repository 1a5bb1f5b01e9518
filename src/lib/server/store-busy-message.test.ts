import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreBusyError } from '../db/store-busy-error';
import { storeBusyMessage } from './store-busy-message';
import { noteStoreHolder } from './store-holder';

const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-busy-'));
mkdirSync(join(dataDir, 'store'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('storeBusyMessage', () => {
	it.each([
		{
			pid: process.pid,
			retry: undefined,
			message: `The store is busy: an import (PID ${process.pid}) is writing to it; try again when it has finished.`
		},
		{
			pid: 1,
			retry: 'reload the page',
			message:
				'The store is busy: another program (PID 1) has it open; reload the page when it has finished.'
		},
		{
			pid: null,
			retry: undefined,
			message: 'The store is busy: another program has it open; try again when it has finished.'
		}
	])('holder $pid', ({ pid, retry, message }) => {
		const done = noteStoreHolder({ dataDir, what: 'an import' });
		const error = new StoreBusyError({ path: 'x', pid });
		expect(storeBusyMessage({ dataDir, error, retry })).toBe(message);
		done();
		expect(storeBusyMessage({ dataDir, error })).not.toContain('an import');
	});
});
