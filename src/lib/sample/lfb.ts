import { toCsv } from './csv.ts';
import { incidentDetail } from './lfb-incident.ts';
import { INCIDENT_KINDS, expectedIncidents } from './lfb-kinds.ts';
import { dayOfYear, daysInMonth, splitMonth } from './months.ts';
import { streamFor, type Rng } from './prng.ts';
import { intBetween, poisson, weighted } from './random.ts';

export const LFB_HEADER = [
	'IncidentNumber',
	'DateOfCall',
	'CalYear',
	'TimeOfCall',
	'HourOfCall',
	'IncidentGroup',
	'StopCodeDescription',
	'SpecialServiceType',
	'PropertyCategory',
	'PropertyType',
	'AddressQualifier',
	'Postcode_full',
	'Postcode_district',
	'UPRN',
	'USRN',
	'IncGeo_BoroughCode',
	'IncGeo_BoroughName',
	'ProperCase',
	'IncGeo_WardCode',
	'IncGeo_WardName',
	'IncGeo_WardNameNew',
	'Easting_m',
	'Northing_m',
	'Easting_rounded',
	'Northing_rounded',
	'Latitude',
	'Longitude',
	'FRS',
	'IncidentStationGround',
	'FirstPumpArriving_AttendanceTime',
	'FirstPumpArriving_DeployedFromStation',
	'SecondPumpArriving_AttendanceTime',
	'SecondPumpArriving_DeployedFromStation',
	'NumStationsWithPumpsAttending',
	'NumPumpsAttending',
	'PumpCount',
	'PumpMinutesRounded',
	'Notional Cost (£)',
	'NumCalls'
] as const;

// Calls by hour of day: office alarms follow the working day.
const HOURS = [2, 2, 1, 1, 1, 1, 2, 4, 7, 9, 9, 9, 9, 9, 9, 9, 9, 8, 7, 5, 4, 4, 3, 3].map(
	(w, hour) => [hour, w] as const
);

// London-wide incidents a day, so City incident numbers sit where they would in the LFB sequence.
const LONDON_PER_DAY = 330;

const two = (n: number) => String(n).padStart(2, '0');

interface Call {
	day: number;
	seconds: number;
	detail: string[];
}

function monthCalls(rng: Rng, month: string): Call[] {
	const calls: Call[] = [];
	const days = daysInMonth({ month });
	for (const kind of INCIDENT_KINDS) {
		const count = poisson({ rng, mean: expectedIncidents({ kind, month }) });
		for (let i = 0; i < count; i++) {
			const day = intBetween({ rng, min: 1, max: days });
			const seconds =
				weighted({ rng, items: HOURS }) * 3600 + intBetween({ rng, min: 0, max: 3599 });
			calls.push({ day, seconds, detail: incidentDetail({ rng, kind, month }) });
		}
	}
	return calls.sort((a, b) => a.day - b.day || a.seconds - b.seconds);
}

/** The City's LFB incidents for the given months, oldest first, e.g. `lfbCsv({ seed: 1, months })`. */
export function lfbCsv({ seed, months }: { seed: number; months: readonly string[] }): string {
	const rows: string[][] = [];
	let lastYear = 0;
	let lastNumber = 0;
	for (const month of months) {
		const { year } = splitMonth({ month });
		if (year !== lastYear) [lastYear, lastNumber] = [year, 0];
		for (const call of monthCalls(streamFor({ seed, label: `lfb:${month}` }), month)) {
			const dayIndex = dayOfYear({ month, day: call.day }) - 1;
			const estimate = Math.floor((dayIndex + call.seconds / 86_400) * LONDON_PER_DAY) + 1;
			lastNumber = Math.max(estimate, lastNumber + 1);
			const date = `${two(call.day)}${month.slice(5)}${year}`;
			const h = Math.floor(call.seconds / 3600);
			const time = `${two(h)}:${two(Math.floor((call.seconds % 3600) / 60))}:${two(call.seconds % 60)}`;
			rows.push([
				`${String(lastNumber).padStart(6, '0')}-${date}`,
				`${month}-${two(call.day)}`,
				String(year),
				time,
				String(h),
				...call.detail
			]);
		}
	}
	return toCsv({ header: LFB_HEADER, rows });
}
