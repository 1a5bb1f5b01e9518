// British National Grid (OSGB36, Airy 1830, Transverse Mercator) to WGS84, after the Ordnance
// Survey's "A guide to coordinate systems in Great Britain": inverse projection, then a Helmert
// shift (good to about 5 m, plenty for a map of streets).
const RAD = Math.PI / 180;
const AIRY = { a: 6377563.396, b: 6356256.909 };
const GRS80 = { a: 6378137, b: 6356752.3141 };
const F0 = 0.9996012717;
const LAT0 = 49 * RAD;
const LON0 = -2 * RAD;
const E0 = 400000;
const N0 = -100000;

/** Easting and northing (m) to OSGB36 latitude and longitude (degrees). @example osgb36FromGrid({ easting: 651409.903, northing: 313177.27 }) */
export function osgb36FromGrid({ easting, northing }: { easting: number; northing: number }) {
	const { a, b } = AIRY;
	const e2 = 1 - (b * b) / (a * a);
	const n = (a - b) / (a + b);
	const meridional = (lat: number) => {
		const d = lat - LAT0;
		const s = lat + LAT0;
		return (
			b *
			F0 *
			((1 + n + (5 / 4) * n ** 2 + (5 / 4) * n ** 3) * d -
				(3 * n + 3 * n ** 2 + (21 / 8) * n ** 3) * Math.sin(d) * Math.cos(s) +
				((15 / 8) * n ** 2 + (15 / 8) * n ** 3) * Math.sin(2 * d) * Math.cos(2 * s) -
				(35 / 24) * n ** 3 * Math.sin(3 * d) * Math.cos(3 * s))
		);
	};
	let lat = LAT0;
	let m = 0;
	do {
		lat += (northing - N0 - m) / (a * F0);
		m = meridional(lat);
	} while (Math.abs(northing - N0 - m) >= 0.00001);
	const sin = Math.sin(lat);
	const nu = (a * F0) / Math.sqrt(1 - e2 * sin * sin);
	const rho = (a * F0 * (1 - e2)) / (1 - e2 * sin * sin) ** 1.5;
	const eta2 = nu / rho - 1;
	const tan = Math.tan(lat);
	const sec = 1 / Math.cos(lat);
	const dE = easting - E0;
	const vii = tan / (2 * rho * nu);
	const viii = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan ** 2 + eta2 - 9 * tan ** 2 * eta2);
	const ix = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan ** 2 + 45 * tan ** 4);
	const x = sec / nu;
	const xi = (sec / (6 * nu ** 3)) * (nu / rho + 2 * tan ** 2);
	const xii = (sec / (120 * nu ** 5)) * (5 + 28 * tan ** 2 + 24 * tan ** 4);
	const xiia = (sec / (5040 * nu ** 7)) * (61 + 662 * tan ** 2 + 1320 * tan ** 4 + 720 * tan ** 6);
	return {
		latitude: (lat - vii * dE ** 2 + viii * dE ** 4 - ix * dE ** 6) / RAD,
		longitude: (LON0 + x * dE - xi * dE ** 3 + xii * dE ** 5 - xiia * dE ** 7) / RAD
	};
}

function toCartesian(
	lat: number,
	lon: number,
	{ a, b }: { a: number; b: number }
): [number, number, number] {
	const e2 = 1 - (b * b) / (a * a);
	const nu = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
	return [
		nu * Math.cos(lat) * Math.cos(lon),
		nu * Math.cos(lat) * Math.sin(lon),
		nu * (1 - e2) * Math.sin(lat)
	];
}

function fromCartesian([x, y, z]: [number, number, number], { a, b }: { a: number; b: number }) {
	const e2 = 1 - (b * b) / (a * a);
	const p = Math.hypot(x, y);
	let lat = Math.atan2(z, p * (1 - e2));
	for (let i = 0; i < 10; i++) {
		const nu = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
		lat = Math.atan2(z + e2 * nu * Math.sin(lat), p);
	}
	return { latitude: lat / RAD, longitude: Math.atan2(y, x) / RAD };
}

// OSGB36 → WGS84 Helmert parameters (metres, seconds of arc, ppm).
const T = [446.448, -125.157, 542.06] as const;
const [RX, RY, RZ] = [0.15, 0.247, 0.842].map((s) => (s / 3600) * RAD) as [number, number, number];
const S = -20.4894e-6;

/** British National Grid metres to WGS84 degrees (about 5 m). @example bngToWgs84({ easting: 532903, northing: 180797 }) // { latitude: 51.5105, longitude: -0.0862 } */
export function bngToWgs84({ easting, northing }: { easting: number; northing: number }) {
	const osgb = osgb36FromGrid({ easting, northing });
	const [x, y, z] = toCartesian(osgb.latitude * RAD, osgb.longitude * RAD, AIRY);
	const [rx, ry, rz] = [RX, RY, RZ];
	const moved: [number, number, number] = [
		T[0] + (1 + S) * x - rz * y + ry * z,
		T[1] + rz * x + (1 + S) * y - rx * z,
		T[2] - ry * x + rx * y + (1 + S) * z
	];
	return fromCartesian(moved, GRS80);
}
