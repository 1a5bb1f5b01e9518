/** How far a zip archive may expand: in total, and any one entry, in bytes. */
export interface ZipLimits {
	totalBytes: number;
	entryBytes: number;
}

const MB = 1_048_576;

/** Room for a 500 MB upload's worth of CSV in one entry, and two of them in one archive. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { totalBytes: 1024 * MB, entryBytes: 512 * MB };

function megabytes(env: Record<string, string | undefined>, key: string, fallback: number) {
	const text = env[key];
	if (text === undefined || text === '') return fallback;
	const mb = Number(text);
	if (!Number.isFinite(mb) || mb <= 0)
		throw new Error(`${key} takes a size in megabytes, e.g. ${fallback / MB}; got "${text}".`);
	return Math.floor(mb * MB);
}

/**
 * The zip limits set by `SAFER_CITY_ZIP_LIMIT_MB` (total) and `SAFER_CITY_ZIP_ENTRY_LIMIT_MB`
 * (each entry), in megabytes; the defaults where unset. A bad value throws a message naming it.
 * @example zipLimitsFromEnv({ SAFER_CITY_ZIP_LIMIT_MB: '2' }).totalBytes // 2097152
 */
export function zipLimitsFromEnv(env: Record<string, string | undefined>): ZipLimits {
	return {
		totalBytes: megabytes(env, 'SAFER_CITY_ZIP_LIMIT_MB', DEFAULT_ZIP_LIMITS.totalBytes),
		entryBytes: megabytes(env, 'SAFER_CITY_ZIP_ENTRY_LIMIT_MB', DEFAULT_ZIP_LIMITS.entryBytes)
	};
}
