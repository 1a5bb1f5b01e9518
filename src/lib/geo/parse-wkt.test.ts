import { describe, expect, it } from 'vitest';
import { parseWkt } from './parse-wkt';

describe('parseWkt', () => {
	it.each([
		{
			name: 'a polygon in metres',
			text: 'POLYGON ((532152 181867, 532309 181915, 532293 181824, 532152 181867))',
			polygons: [
				[
					[
						[532152, 181867],
						[532309, 181915],
						[532293, 181824],
						[532152, 181867]
					]
				]
			]
		},
		{
			name: 'a polygon with a hole, decimals and no space after the word',
			text: 'polygon((0 0,10 0,10 10,0 0),(1.5 1,2 1,2 2e0,1.5 1))',
			polygons: [
				[
					[
						[0, 0],
						[10, 0],
						[10, 10],
						[0, 0]
					],
					[
						[1.5, 1],
						[2, 1],
						[2, 2],
						[1.5, 1]
					]
				]
			]
		},
		{
			name: 'a multipolygon of two parts',
			text: 'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((-5 -5, -4 -5, -4 -4, -5 -5)))',
			polygons: [
				[
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				],
				[
					[
						[-5, -5],
						[-4, -5],
						[-4, -4],
						[-5, -5]
					]
				]
			]
		}
	])('reads $name', ({ text, polygons }) => {
		expect(parseWkt({ text })).toEqual(polygons);
	});

	it.each([
		{
			text: 'POINT (1 2)',
			message: "row 3: expected POLYGON or MULTIPOLYGON at character 6, found ' (1 2)'"
		},
		{ text: 'POLYGON ((0 0, 1 0, 1 1, 0 1))', message: 'expected a closed ring' },
		{
			text: 'POLYGON ((0 0, 1 x, 1 1, 0 0))',
			message: "expected a number at character 18, found 'x, 1 1, 0 0)'"
		},
		{
			text: 'POLYGON ((0 0, 1 0, 1 1, 0 0)',
			message: "expected ')' at character 30, found 'the end of the text'"
		},
		{ text: 'POLYGON ((0 0, 1 0, 1 1, 0 0)) x', message: 'expected nothing more at character 32' }
	])('says where $text goes wrong', ({ text, message }) => {
		expect(() => parseWkt({ text, where: 'row 3' })).toThrow(message);
	});
});
