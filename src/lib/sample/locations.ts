import { CITY_LSOAS, NEIGHBOUR_LSOAS, type Lsoa } from './lsoas.ts';
import type { Rng } from './prng.ts';
import { weighted, type Weighted } from './random.ts';
import { STREETS } from './streets.ts';

/** The location columns of one police.uk row; all empty but `location` for `No Location`. */
export interface RowLocation {
	longitude: string;
	latitude: string;
	location: string;
	lsoaCode: string;
	lsoaName: string;
}

interface SnapPoint extends RowLocation {
	lsoa: Lsoa;
}

/** Share of located rows that fall in a neighbouring borough's LSOA. */
export const NEIGHBOUR_SHARE = 0.05;

export const NO_LOCATION: RowLocation = {
	longitude: '',
	latitude: '',
	location: 'No Location',
	lsoaCode: '',
	lsoaName: ''
};

function snapPoints(rng: Rng, lsoas: readonly Lsoa[]): Weighted<SnapPoint>[] {
	return lsoas.flatMap((lsoa) =>
		(STREETS[lsoa.code] ?? []).map((street, i): Weighted<SnapPoint> => {
			// police.uk snaps every crime to a fixed point, so each street keeps one coordinate.
			const lat = lsoa.lat + (rng.next() * 2 - 1) * lsoa.spread;
			const lon = lsoa.lon + (rng.next() * 2 - 1) * lsoa.spread * 1.6;
			const point: SnapPoint = {
				lsoa,
				longitude: lon.toFixed(6),
				latitude: lat.toFixed(6),
				location: `On or near ${street}`,
				lsoaCode: lsoa.code,
				lsoaName: lsoa.name
			};
			return [point, 1 / Math.pow(i + 1, 0.8)];
		})
	);
}

/** Picks row locations from a fixed set of snap points. */
export interface LocationPicker {
	pick(opts: { rng: Rng; noLocationShare: number }): RowLocation;
}

/** Builds the snap points once from their own stream, e.g. `createLocationPicker({ rng })`. */
export function createLocationPicker({ rng }: { rng: Rng }): LocationPicker {
	const cityPoints = snapPoints(rng, CITY_LSOAS);
	const neighbourPoints = snapPoints(rng, NEIGHBOUR_LSOAS);
	const byLsoa = (points: Weighted<SnapPoint>[], lsoas: readonly Lsoa[]) =>
		new Map(lsoas.map((l) => [l, points.filter(([p]) => p.lsoa === l)] as const));
	const city = byLsoa(cityPoints, CITY_LSOAS);
	const neighbours = byLsoa(neighbourPoints, NEIGHBOUR_LSOAS);
	return {
		pick({ rng, noLocationShare }) {
			if (rng.next() < noLocationShare) return NO_LOCATION;
			const pool = rng.next() < NEIGHBOUR_SHARE ? NEIGHBOUR_LSOAS : CITY_LSOAS;
			const lsoa = weighted({ rng, items: pool.map((l) => [l, l.weight] as const) });
			const points = (pool === CITY_LSOAS ? city : neighbours).get(lsoa) ?? [];
			const { longitude, latitude, location, lsoaCode, lsoaName } = weighted({
				rng,
				items: points
			});
			return { longitude, latitude, location, lsoaCode, lsoaName };
		}
	};
}
