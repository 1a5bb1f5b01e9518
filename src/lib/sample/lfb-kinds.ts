import { footfall, seasonal } from './footfall.ts';
import { SAMPLE_FROM, monthsBetween } from './months.ts';
import type { Weighted } from './random.ts';

/** A `PropertyCategory` and `PropertyType` pair, types spelt with LFB's trailing spaces. */
export type Property = readonly [category: string, type: string];

/** One `StopCodeDescription` and how often the City sees it. */
export interface IncidentKind {
	group: 'Fire' | 'Special Service' | 'False Alarm';
	stopCode: string;
	/** Mean incidents a month at the start of the sample. */
	base: number;
	/** Yearly multiplicative drift; fires fall. */
	trend: number;
	/** How strongly the count follows office footfall. */
	elasticity: number;
	properties: readonly Weighted<Property>[];
	/** Typical pump-minutes per pump attending. */
	minutes: readonly [min: number, max: number];
	pumps: readonly Weighted<number>[];
}

const OFFICE: Property = ['Non Residential', 'Purpose built office '];
const FLATS: Property = ['Dwelling', 'Purpose Built Flats/Maisonettes - 4 to 9 storeys '];
const TOWER_FLATS: Property = ['Dwelling', 'Purpose Built Flats/Maisonettes - 10 or more storeys '];
const RESTAURANT: Property = ['Non Residential', 'Restaurant/cafe'];
const HOTEL: Property = ['Other Residential', 'Hotel/motel '];
const STREET: Property = ['Outdoor', 'Road surface/pavement '];
const CAR: Property = ['Road Vehicle', 'Car '];

const BUILDINGS: readonly Weighted<Property>[] = [
	[OFFICE, 50],
	[['Non Residential', 'Converted office '], 5],
	[RESTAURANT, 5],
	[HOTEL, 5],
	[['Non Residential', 'Single shop '], 3],
	[['Non Residential', 'Bank/Building Society '], 3],
	[['Non Residential', 'Hospital '], 3],
	[['Non Residential', 'Pub/wine bar/bar '], 2],
	[['Non Residential', 'College/University '], 2],
	[['Non Residential', 'Train station - platform (below ground) '], 1],
	[FLATS, 8],
	[TOWER_FLATS, 4],
	[['Dwelling', 'House - single occupancy '], 1]
];

// The City's fire calls are overwhelmingly automatic alarms from offices.
export const INCIDENT_KINDS: readonly IncidentKind[] = [
	{
		group: 'False Alarm',
		stopCode: 'AFA',
		base: 88,
		trend: -0.01,
		elasticity: 0.35,
		properties: BUILDINGS,
		minutes: [8, 25],
		pumps: [
			[1, 65],
			[2, 35]
		]
	},
	{
		group: 'False Alarm',
		stopCode: 'False alarm - Good intent',
		base: 9,
		trend: 0,
		elasticity: 0.4,
		properties: [...BUILDINGS, [STREET, 12], [['Outdoor', 'Other outdoor location '], 6]],
		minutes: [8, 20],
		pumps: [
			[1, 60],
			[2, 40]
		]
	},
	{
		group: 'False Alarm',
		stopCode: 'False alarm - Malicious',
		base: 1.2,
		trend: 0,
		elasticity: 0.5,
		properties: [
			[STREET, 3],
			[OFFICE, 1]
		],
		minutes: [8, 15],
		pumps: [[1, 1]]
	},
	{
		group: 'Special Service',
		stopCode: 'Special Service',
		base: 21,
		trend: 0,
		elasticity: 0.4,
		properties: [...BUILDINGS, [STREET, 15], [CAR, 6]],
		minutes: [20, 60],
		pumps: [
			[1, 75],
			[2, 25]
		]
	},
	{
		group: 'Fire',
		stopCode: 'Primary Fire',
		base: 6.5,
		trend: -0.07,
		elasticity: 0.3,
		properties: [
			[RESTAURANT, 5],
			[OFFICE, 4],
			[FLATS, 3],
			[HOTEL, 1],
			[CAR, 2],
			[['Road Vehicle', 'Bus/coach '], 1]
		],
		minutes: [30, 120],
		pumps: [
			[2, 45],
			[3, 15],
			[4, 25],
			[5, 10],
			[6, 4],
			[8, 1]
		]
	},
	{
		group: 'Fire',
		stopCode: 'Secondary Fire',
		base: 4.5,
		trend: -0.08,
		elasticity: 0.3,
		properties: [
			[['Outdoor', 'Loose refuse '], 5],
			[['Outdoor Structure', 'Small refuse/rubbish container'], 4],
			[['Road Vehicle', 'Bicycle'], 1]
		],
		minutes: [10, 30],
		pumps: [
			[1, 60],
			[2, 40]
		]
	}
];

/** Expected incidents of one kind in a month, e.g. `expectedIncidents({ kind, month: '2020-04' })`. */
export function expectedIncidents({ kind, month }: { kind: IncidentKind; month: string }): number {
	const years = monthsBetween({ from: SAMPLE_FROM, month }) / 12;
	const season = kind.group === 'Fire' ? seasonal({ month }) : 1;
	const crowd = Math.pow(footfall({ month }), kind.elasticity);
	return kind.base * Math.pow(1 + kind.trend, years) * season * crowd;
}
