import {
	asyncBufferFromUrl,
	cachedAsyncBuffer,
	parquetMetadataAsync,
	parquetReadObjects
} from 'hyparquet';

/** One incident as the export holds it (dates as JS Dates, as hyparquet reads them). */
export type IncidentRow = Record<string, unknown>;

/** `YYYY-MM` of a month value as hyparquet gives it (a Date, or days since 1970). */
function monthOf(value: unknown): string {
	const date = value instanceof Date ? value : new Date(Number(value) * 86_400_000);
	return date.toISOString().slice(0, 7);
}

/**
 * Reads the incidents of some months from a version's `incidents.parquet` by HTTP range
 * requests only: the footer, then just the row groups whose month statistics can hold a wanted
 * month (the export is ordered by month). Pass `byteLength` (from `/data/latest`'s `bytes`) to
 * spare the HEAD request.
 * @example const rows = await readIncidentMonths({ url: '/data/v3/incidents.parquet', months: ['2024-01'] });
 */
export async function readIncidentMonths(opts: {
	url: string;
	months: string[];
	columns?: string[];
	byteLength?: number;
	fetch?: typeof fetch;
}): Promise<IncidentRow[]> {
	const wanted = new Set(opts.months);
	const remote = await asyncBufferFromUrl({
		url: opts.url,
		byteLength: opts.byteLength,
		fetch: opts.fetch
	});
	const file = cachedAsyncBuffer(remote);
	const metadata = await parquetMetadataAsync(file);
	// The month is read too, to drop the rows of other months a row group holds.
	const columns = opts.columns && [...new Set([...opts.columns, 'month'])];
	const rows: IncidentRow[] = [];
	let start = 0;
	for (const group of metadata.row_groups) {
		const end = start + Number(group.num_rows);
		const month = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === 'month');
		const stats = month?.meta_data?.statistics;
		const low = stats?.min_value == null ? null : monthOf(stats.min_value);
		const high = stats?.max_value == null ? null : monthOf(stats.max_value);
		const overlaps = !low || !high || [...wanted].some((m) => m >= low && m <= high);
		if (overlaps) {
			const read = await parquetReadObjects({
				file,
				metadata,
				rowStart: start,
				rowEnd: end,
				columns
			});
			for (const row of read) if (wanted.has(monthOf(row.month))) rows.push(row);
		}
		start = end;
	}
	return rows;
}
