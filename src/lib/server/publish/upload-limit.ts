/**
 * The largest upload the server takes, in bytes: `SAFER_CITY_UPLOAD_LIMIT_MB` megabytes
 * (1 MB = 1,048,576 bytes), default 500.
 * @example uploadLimitBytes({ SAFER_CITY_UPLOAD_LIMIT_MB: '2' }) // 2097152
 */
export function uploadLimitBytes(env: Record<string, string | undefined> = process.env): number {
	const text = env.SAFER_CITY_UPLOAD_LIMIT_MB;
	if (text === undefined || text === '') return 500 * 1_048_576;
	const mb = Number(text);
	if (!Number.isFinite(mb) || mb <= 0)
		throw new Error(
			`SAFER_CITY_UPLOAD_LIMIT_MB takes the largest upload in megabytes, e.g. 500; got "${text}".`
		);
	return Math.floor(mb * 1_048_576);
}

/** A size in words for a refusal. @example sizeInWords(524288000) // '500 MB' */
export function sizeInWords(bytes: number): string {
	const mb = bytes / 1_048_576;
	if (mb >= 1) return `${Number(mb.toFixed(1)).toLocaleString('en-GB')} MB`;
	return `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;
}
