const HEADER =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/**
 * A police.uk street file of one month of the City of London: `counts` crimes of each type, each
 * its own row (ids differ with `tag`, so two downloads of a month can differ in content alone).
 * @example policeMonthFile({ month: '2021-06', counts: { Burglary: 3 } })
 */
export function policeMonthFile(opts: {
	month: string;
	counts: Record<string, number>;
	tag?: string;
	/** A line written as is after the rows (e.g. a malformed one). */
	extraLine?: string;
}): { name: string; bytes: Uint8Array } {
	const rows = Object.entries(opts.counts).flatMap(([type, n]) =>
		Array.from(
			{ length: n },
			(_, i) =>
				`${opts.tag ?? 'id'}-${type.replace(/\W/g, '')}-${i},${opts.month},City of London Police,City of London Police,-0.09,51.51,On or near X,E01000001,City of London 001A,${type},,`
		)
	);
	const lines = [HEADER, ...rows, ...(opts.extraLine ? [opts.extraLine] : [])];
	return {
		name: `${opts.month}-city-of-london-street.csv`,
		bytes: new TextEncoder().encode(lines.join('\n') + '\n')
	};
}
