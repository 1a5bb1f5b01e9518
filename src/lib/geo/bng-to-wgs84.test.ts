import { describe, expect, it } from 'vitest';
import { bngToWgs84, osgb36FromGrid } from './bng-to-wgs84';

// 1e-5 degrees of latitude is about 1.1 m; of longitude at London about 0.7 m.
const metresApart = (a: { latitude: number; longitude: number }, b: typeof a) =>
	Math.hypot(
		(a.latitude - b.latitude) * 111_200,
		(a.longitude - b.longitude) * 111_200 * Math.cos((a.latitude * Math.PI) / 180)
	);

describe('osgb36FromGrid', () => {
	it("matches the Ordnance Survey's worked example to a few millimetres", () => {
		// OS guide, C.2: 651409.903 E, 313177.270 N is 52°39′27.2531″N 1°43′4.5177″E (OSGB36).
		const got = osgb36FromGrid({ easting: 651409.903, northing: 313177.27 });
		const want = {
			latitude: 52 + 39 / 60 + 27.2531 / 3600,
			longitude: 1 + 43 / 60 + 4.5177 / 3600
		};
		expect(metresApart(got, want)).toBeLessThan(0.01);
	});
});

describe('bngToWgs84', () => {
	it.each([
		// London Fire Brigade sample rows carry both: Easting_m, Northing_m, Latitude, Longitude.
		{ easting: 532903, northing: 180797, latitude: 51.5104826855, longitude: -0.0862204308 },
		{ easting: 532922, northing: 181531, latitude: 51.517074282, longitude: -0.0856708021 }
	])('puts $easting E $northing N within 6 m of $latitude, $longitude', (point) => {
		expect(metresApart(bngToWgs84(point), point)).toBeLessThan(6);
	});
});
