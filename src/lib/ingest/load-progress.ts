/** How far a file's bulk load has got, for a progress bar. */
export interface LoadProgress {
	file: string;
	bytesDone: number;
	bytesTotal: number;
	rows: number;
	elapsedMs: number;
}

/** Rows per second and an estimate of the time left, from a progress report. @example loadRates(p) */
export function loadRates(p: LoadProgress): { rowsPerSecond: number; secondsLeft: number | null } {
	const seconds = p.elapsedMs / 1000;
	const rowsPerSecond = seconds > 0 ? p.rows / seconds : 0;
	const bytesPerSecond = seconds > 0 ? p.bytesDone / seconds : 0;
	const secondsLeft = bytesPerSecond > 0 ? (p.bytesTotal - p.bytesDone) / bytesPerSecond : null;
	return { rowsPerSecond, secondsLeft };
}

/** Thrown when the analyst cancels a load; nothing has been stored. */
export class LoadCancelled extends Error {
	constructor(file: string) {
		super(`Loading ${file} was cancelled; nothing was stored.`);
		this.name = 'LoadCancelled';
	}
}
