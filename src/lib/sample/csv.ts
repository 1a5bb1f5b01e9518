/** Line ending for a generated file; police.uk downloads come both ways. */
export type Eol = '\n' | '\r\n';

/** Quotes a CSV field only when it needs it, e.g. `csvField({ value: 'a,b' })` → '"a,b"'. */
export function csvField({ value }: { value: string }): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV file with a trailing line ending, e.g. `toCsv({ header: ['a'], rows: [['1']] })`. */
export function toCsv({
	header,
	rows,
	eol = '\n'
}: {
	header: readonly string[];
	rows: readonly (readonly string[])[];
	eol?: Eol;
}): string {
	const lines = [header, ...rows].map((row) => row.map((value) => csvField({ value })).join(','));
	return lines.join(eol) + eol;
}
