import type { StoreBusyError } from '../db/store-busy-error';
import { findStoreHolder } from './store-holder';

/**
 * One plain sentence for a store another process holds, naming what that process is doing.
 * @example storeBusyMessage({ dataDir: 'data', error }) // 'The store is busy: an import (PID 42) is writing to it; try again when it has finished.'
 */
export function storeBusyMessage(opts: {
	dataDir: string;
	error: StoreBusyError;
	/** What to do once it has finished, default 'try again'. */
	retry?: string;
}): string {
	const { pid } = opts.error;
	const what = findStoreHolder({ dataDir: opts.dataDir, pid });
	const process = pid ? ` (PID ${pid})` : '';
	const retry = opts.retry ?? 'try again';
	return what
		? `The store is busy: ${what}${process} is writing to it; ${retry} when it has finished.`
		: `The store is busy: another program${process} has it open; ${retry} when it has finished.`;
}
