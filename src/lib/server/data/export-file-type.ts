import { EXPORT_TABLES } from './version-export';

/**
 * The content type of a file name an export may hold (`<table>.parquet`, `manifest.json`), or
 * null for any other name, so that a URL can never name a file outside the export.
 * @example exportFileType('uploads.parquet') // 'application/vnd.apache.parquet'
 */
export function exportFileType(name: string): string | null {
	if (name === 'manifest.json') return 'application/json';
	const table = /^([a-z_]+)\.parquet$/.exec(name)?.[1];
	return table && (EXPORT_TABLES as readonly string[]).includes(table)
		? 'application/vnd.apache.parquet'
		: null;
}
