import { ASB, CRIME_TYPES, expectedCount } from './crime-types.ts';
import { toCsv, type Eol } from './csv.ts';
import type { LocationPicker } from './locations.ts';
import { pickOutcome } from './outcomes.ts';
import { streamFor } from './prng.ts';
import { hexId, poisson } from './random.ts';

export const POLICE_HEADER = [
	'Crime ID',
	'Month',
	'Reported by',
	'Falls within',
	'Longitude',
	'Latitude',
	'Location',
	'LSOA code',
	'LSOA name',
	'Crime type',
	'Last outcome category',
	'Context'
] as const;

export const FORCE = 'City of London Police';

/** Months written with CRLF line endings, to exercise that quirk; all others use LF. */
export const CRLF_MONTHS: readonly string[] = ['2017-11', '2021-03'];

/** File name police.uk gives a force's month, e.g. `policeFileName({ month: '2019-04' })`. */
export function policeFileName({ month }: { month: string }): string {
	return `${month}-city-of-london-street.csv`;
}

/** Every row of one month, in police.uk's order (by LSOA name, `No Location` last, then type). */
export function policeMonthRows({
	seed,
	month,
	places
}: {
	seed: number;
	month: string;
	places: LocationPicker;
}): string[][] {
	const rng = streamFor({ seed, label: `police:${month}` });
	const rows: string[][] = [];
	for (const profile of CRIME_TYPES) {
		const drawn = poisson({ rng, mean: expectedCount({ profile, month }) });
		const count = Math.min(drawn, profile.cap ?? Infinity);
		for (let i = 0; i < count; i++) {
			const place = places.pick({ rng, noLocationShare: profile.noLocation });
			const isAsb = profile.type === ASB;
			rows.push([
				isAsb ? '' : hexId({ rng, length: 64 }),
				month,
				FORCE,
				FORCE,
				place.longitude,
				place.latitude,
				place.location,
				place.lsoaCode,
				place.lsoaName,
				profile.type,
				pickOutcome({ rng, type: profile.type, month }),
				''
			]);
		}
	}
	// Plain code-unit comparison, not localeCompare, so the order never depends on ICU data.
	const key = (row: string[]) => `${row[8] ? `0${row[8]}` : '1'}|${row[9]}`;
	const keyed = rows.map((row) => [key(row), row] as const);
	keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return keyed.map(([, row]) => row);
}

/** One month's street-level CSV, e.g. `policeMonthCsv({ seed: 1, month: '2019-04', places })`. */
export function policeMonthCsv(opts: {
	seed: number;
	month: string;
	places: LocationPicker;
}): string {
	const eol: Eol = CRLF_MONTHS.includes(opts.month) ? '\r\n' : '\n';
	return toCsv({ header: POLICE_HEADER, rows: policeMonthRows(opts), eol });
}
