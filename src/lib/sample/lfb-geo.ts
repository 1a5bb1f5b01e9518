/** A City of London ward as LFB files name it, with a rough centre on the British National Grid. */
export interface Ward {
	code: string;
	name: string;
	easting: number;
	northing: number;
	districts: readonly string[];
	/** The LFB station ground the ward mostly falls in. */
	ground: string;
}

type WardTuple = readonly [string, string, number, number, string, string];

// The 25 City wards (2014 codes E05009288–E05009312), centres approximate.
const WARDS_RAW: readonly WardTuple[] = [
	['E05009288', 'ALDERSGATE', 532150, 181700, 'EC1A EC2Y', 'Dowgate'],
	['E05009289', 'ALDGATE', 533450, 181200, 'EC3A EC3N', 'Whitechapel'],
	['E05009290', 'BASSISHAW', 532550, 181500, 'EC2V', 'Dowgate'],
	['E05009291', 'BILLINGSGATE', 533000, 180800, 'EC3R', 'Dowgate'],
	['E05009292', 'BISHOPSGATE', 533250, 181550, 'EC2M EC2N', 'Whitechapel'],
	['E05009293', 'BREAD STREET', 532300, 181100, 'EC4M EC4V', 'Dowgate'],
	['E05009294', 'BRIDGE', 532850, 180850, 'EC3R EC4R', 'Dowgate'],
	['E05009295', 'BROAD STREET', 532950, 181350, 'EC2N EC2R', 'Dowgate'],
	['E05009296', 'CANDLEWICK', 532750, 180950, 'EC4N', 'Dowgate'],
	['E05009297', 'CASTLE BAYNARD', 531900, 181000, 'EC4V', 'Dowgate'],
	['E05009298', 'CHEAP', 532450, 181250, 'EC2V', 'Dowgate'],
	['E05009299', 'COLEMAN STREET', 532700, 181550, 'EC2Y EC2R', 'Shoreditch'],
	['E05009300', 'CORDWAINER', 532500, 181050, 'EC4N', 'Dowgate'],
	['E05009301', 'CORNHILL', 532950, 181150, 'EC3V', 'Dowgate'],
	['E05009302', 'CRIPPLEGATE', 532350, 181800, 'EC2Y', 'Shoreditch'],
	['E05009303', 'DOWGATE', 532550, 180850, 'EC4R', 'Dowgate'],
	['E05009304', 'FARRINGDON WITHIN', 532050, 181450, 'EC1A EC4M', 'Dowgate'],
	['E05009305', 'FARRINGDON WITHOUT', 531550, 181250, 'EC4A EC4Y EC1A', 'Soho'],
	['E05009306', 'LANGBOURN', 532950, 181050, 'EC3V', 'Dowgate'],
	['E05009307', 'LIME STREET', 533200, 181200, 'EC3M EC3V', 'Whitechapel'],
	['E05009308', 'PORTSOKEN', 533700, 181200, 'E1 EC3N', 'Whitechapel'],
	['E05009309', 'QUEENHITHE', 532250, 180850, 'EC4V', 'Dowgate'],
	['E05009310', 'TOWER', 533350, 180800, 'EC3N EC3R', 'Whitechapel'],
	['E05009311', 'VINTRY', 532400, 180900, 'EC4R', 'Dowgate'],
	['E05009312', 'WALBROOK', 532650, 181150, 'EC4N EC2R', 'Dowgate']
];

export const WARDS: readonly Ward[] = WARDS_RAW.map(
	([code, name, easting, northing, districts, ground]) => ({
		code,
		name,
		easting,
		northing,
		districts: districts.split(' '),
		ground
	})
);

/** Stations that send pumps into the City besides the ground station. */
export const NEARBY_STATIONS = [
	'Dowgate',
	'Shoreditch',
	'Whitechapel',
	'Soho',
	'Islington'
] as const;

/**
 * WGS84 latitude and longitude of a grid reference near the City, e.g.
 * `gridToLatLon({ easting: 532500, northing: 181250 })` → { lat: 51.51465, lon: -0.09186 }.
 */
export function gridToLatLon({ easting, northing }: { easting: number; northing: number }): {
	lat: number;
	lon: number;
} {
	// An affine fit to LFB's own coordinates around the City; off by under a metre there.
	const e = easting - 532500;
	const n = northing - 181250;
	return {
		lat: 51.5146481 - 2.34622e-7 * e + 8.98645e-6 * n,
		lon: -0.0918551 + 1.44044e-5 * e + 3.75947e-7 * n
	};
}

/** LFB's `*_rounded` grid value: the centre of the 100 m square, e.g. 181497 → 181450. */
export function roundedGrid({ value }: { value: number }): number {
	return Math.floor(value / 100) * 100 + 50;
}
