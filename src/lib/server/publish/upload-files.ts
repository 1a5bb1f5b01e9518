import { join } from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;

/** Where uploaded files are kept, beside the store: `<data dir>/uploads`. @example uploadsDir({ dataDir: 'data' }) // 'data/uploads' */
export function uploadsDir(opts: { dataDir: string }): string {
	return join(opts.dataDir, 'uploads');
}

/**
 * The kept file with these bytes, named by their SHA-256 (lower-case hex), or null for a name
 * that is not one (so a request can never name a path of its own).
 * @example uploadPath({ dataDir: 'data', sha256: 'ab…' }) // 'data/uploads/ab…'
 */
export function uploadPath(opts: { dataDir: string; sha256: string }): string | null {
	return SHA256.test(opts.sha256) ? join(uploadsDir(opts), opts.sha256) : null;
}

/** The prefix of a file still being received; the PID says whose it is. */
export const PARTIAL_PREFIX = '.partial-';
