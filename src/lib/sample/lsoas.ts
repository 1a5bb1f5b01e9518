/** A 2011 LSOA that City of London Police rows can fall in, with a rough centre for snap points. */
export interface Lsoa {
	code: string;
	name: string;
	/** Relative share of located rows. */
	weight: number;
	lat: number;
	lon: number;
	/** Half-height of the box snap points are scattered in, in degrees of latitude. */
	spread: number;
}

type LsoaTuple = readonly [string, string, number, number, number, number];

function toLsoa([code, name, weight, lat, lon, spread]: LsoaTuple): Lsoa {
	return { code, name, weight, lat, lon, spread };
}

// The City's LSOAs. 001D (E01000004) was split into 001F and 001G in 2011, so it never appears.
export const CITY_LSOAS: readonly Lsoa[] = (
	[
		['E01000001', 'City of London 001A', 374, 51.5203, -0.0978, 0.0012],
		['E01000002', 'City of London 001B', 464, 51.5197, -0.0928, 0.0012],
		['E01000003', 'City of London 001C', 154, 51.5222, -0.0952, 0.0008],
		['E01000005', 'City of London 001E', 914, 51.5138, -0.0752, 0.0015],
		['E01032739', 'City of London 001F', 7215, 51.5132, -0.0878, 0.0035],
		['E01032740', 'City of London 001G', 1467, 51.5148, -0.1042, 0.0025]
	] as const
).map(toLsoa);

// Neighbouring boroughs' LSOAs along the City boundary, where about 5% of City rows land.
export const NEIGHBOUR_LSOAS: readonly Lsoa[] = (
	[
		['E01004293', 'Tower Hamlets 027B', 190, 51.5183, -0.0772, 0.001],
		['E01002704', 'Islington 023D', 85, 51.5236, -0.0893, 0.001],
		['E01004307', 'Tower Hamlets 015B', 72, 51.5158, -0.0728, 0.001],
		['E01033490', 'Islington 022H', 70, 51.5226, -0.0991, 0.001],
		['E01000914', 'Camden 028B', 36, 51.5184, -0.1112, 0.001],
		['E01004735', 'Westminster 018B', 16, 51.5118, -0.1138, 0.0008],
		['E01000916', 'Camden 027B', 14, 51.5196, -0.1074, 0.0008],
		['E01033708', 'Hackney 027G', 11, 51.5248, -0.0812, 0.0008],
		['E01003934', 'Southwark 002C', 8, 51.5058, -0.0902, 0.0008],
		['E01003927', 'Southwark 002A', 6, 51.5066, -0.0958, 0.0008],
		['E01004277', 'Tower Hamlets 033A', 4, 51.5097, -0.0716, 0.0008]
	] as const
).map(toLsoa);
