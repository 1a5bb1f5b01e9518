import { NEARBY_STATIONS, WARDS, gridToLatLon, roundedGrid } from './lfb-geo.ts';
import type { IncidentKind } from './lfb-kinds.ts';
import { financialYearStart } from './months.ts';
import type { Rng } from './prng.ts';
import { intBetween, normal, pick, weighted } from './random.ts';

const SPECIAL_SERVICE_TYPES = [
	['Lift Release', 25],
	['Effecting entry/exit', 16],
	['Flooding', 18],
	['Assist other agencies', 8],
	['No action (not false alarm)', 8],
	['RTC', 6],
	['Making Safe (not RTC)', 5],
	['Medical Incident', 3],
	['Hazardous Materials incident', 3],
	['Removal of objects from people', 2],
	['Advice Only', 3],
	['Spills and Leaks (not RTC)', 3]
] as const;

// Notional cost per pump-hour (£) by financial year; LFB revises it each April.
const PUMP_HOUR_COST: Readonly<Record<number, number>> = {
	2016: 326,
	2017: 328,
	2018: 333,
	2019: 339,
	2020: 346,
	2021: 352
};

// City UPRNs come in a few long runs; these prefixes mimic them.
const UPRN_PREFIXES = ['1000229', '955', '2000000'];

const POSTCODE_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

const BUILDING_QUALIFIERS = [
	['Correct incident location', 6],
	['Within same building', 4]
] as const;

const OUTSIDE_QUALIFIERS = [
	['In street outside gazetteer location', 5],
	['In street close to gazetteer location', 3],
	['On land associated with building', 2]
] as const;

const NUM_CALLS = [
	[1, 85],
	[2, 11],
	[3, 3],
	[5, 1]
] as const;

const decimal = (n: number) => `${n}.0`;

function syntheticPostcode(rng: Rng, district: string): string {
	const letter = () => pick({ rng, items: POSTCODE_LETTERS });
	return `${district} ${intBetween({ rng, min: 1, max: 9 })}${letter()}${letter()}`;
}

function syntheticUprn(rng: Rng): string {
	const tail = String(intBetween({ rng, min: 0, max: 99_999 })).padStart(5, '0');
	return `${pick({ rng, items: UPRN_PREFIXES })}${tail}`;
}

/** Columns `IncidentGroup`…`NumCalls` of one incident, e.g. `incidentDetail({ rng, kind, month })`. */
export function incidentDetail({
	rng,
	kind,
	month
}: {
	rng: Rng;
	kind: IncidentKind;
	month: string;
}): string[] {
	const specialServiceType =
		kind.group === 'Special Service' ? weighted({ rng, items: SPECIAL_SERVICE_TYPES }) : '';
	const [category, type] =
		specialServiceType === 'RTC'
			? (['Road Vehicle', 'Car '] as const)
			: weighted({ rng, items: kind.properties });
	const building = ['Non Residential', 'Dwelling', 'Other Residential'].includes(category);
	const qualifier = weighted({ rng, items: building ? BUILDING_QUALIFIERS : OUTSIDE_QUALIFIERS });
	const ward = pick({ rng, items: WARDS });
	const district = pick({ rng, items: ward.districts });
	const easting = ward.easting + intBetween({ rng, min: -250, max: 250 });
	const northing = ward.northing + intBetween({ rng, min: -200, max: 200 });
	const { lat, lon } = gridToLatLon({ easting, northing });
	// LFB withholds the exact address of homes: no full postcode, UPRN 0, no exact coordinates.
	const exact = category !== 'Dwelling';
	const uprn = exact ? syntheticUprn(rng) : '0';
	const usrn = String(8_100_000 + intBetween({ rng, min: 1, max: 699 }));

	const pumps = weighted({ rng, items: kind.pumps });
	const stations = pumps === 1 ? 1 : Math.min(pumps, intBetween({ rng, min: 1, max: 3 }));
	const ground = rng.next() < 0.85 ? ward.ground : pick({ rng, items: NEARBY_STATIONS });
	const first = Math.max(90, Math.round(normal({ rng, mean: 300, sd: 75 })));
	const firstFrom = rng.next() < 0.8 ? ground : pick({ rng, items: NEARBY_STATIONS });
	const second = pumps > 1 ? first + intBetween({ rng, min: 20, max: 240 }) : null;
	const secondFrom = second === null ? '' : pick({ rng, items: NEARBY_STATIONS });
	const perPump = intBetween({ rng, min: kind.minutes[0], max: kind.minutes[1] });
	const pumpMinutes = Math.max(60, pumps * perPump);
	const rate = PUMP_HOUR_COST[financialYearStart({ month })] ?? 352;
	const calls = weighted({ rng, items: NUM_CALLS }) + (kind.group === 'Fire' ? pumps - 1 : 0);

	return [
		kind.group,
		kind.stopCode,
		specialServiceType,
		category,
		type,
		qualifier,
		exact ? syntheticPostcode(rng, district) : '',
		district,
		uprn,
		usrn,
		'E09000001',
		'CITY OF LONDON',
		'City of London',
		ward.code,
		ward.name,
		ward.name,
		exact ? decimal(easting) : '',
		exact ? decimal(northing) : '',
		String(roundedGrid({ value: easting })),
		String(roundedGrid({ value: northing })),
		exact ? lat.toFixed(10) : '',
		exact ? lon.toFixed(10) : '',
		'London',
		ground,
		decimal(first),
		firstFrom,
		second === null ? '' : decimal(second),
		secondFrom,
		decimal(stations),
		decimal(pumps),
		String(pumps),
		String(pumpMinutes),
		String(Math.round((pumpMinutes / 60) * rate)),
		decimal(calls)
	];
}
