import { describe, expect, it } from 'vitest';
import { parsePoliceOutcomes } from './parse-police-outcomes';

const HEADER =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type';
const parse = (...rows: string[]) =>
	parsePoliceOutcomes({
		text: [HEADER, ...rows].join('\r\n'),
		fileName: 'o.csv',
		today: '2025-03-15'
	});

describe('parsePoliceOutcomes', () => {
	it('reads an outcome with a location', () => {
		const { rows, issues } = parse(
			'17e5c45e,2024-02,City of London Police,City of London Police,-0.081902,51.517296,On or near Liverpool Street,E01032739,City of London 001F,Suspect charged'
		);
		expect(issues).toEqual([]);
		expect(rows).toEqual([
			{
				source: 'police-outcomes',
				crimeId: '17e5c45e',
				month: '2024-02-01',
				reportedBy: 'City of London Police',
				fallsWithin: 'City of London Police',
				longitude: -0.081902,
				latitude: 51.517296,
				location: 'On or near Liverpool Street',
				lsoaCode: 'E01032739',
				lsoaName: 'City of London 001F',
				outcomeType: 'Suspect charged',
				sourceRow: 2
			}
		]);
	});

	it.each(['No location', 'No Location', 'NO LOCATION', ''])(
		'treats %j as no location',
		(location) => {
			const [row] = parse(
				`abc,2024-02,City of London Police,City of London Police,,,${location},,,Under investigation`
			).rows;
			expect(row).toMatchObject({
				location: null,
				longitude: null,
				latitude: null,
				lsoaCode: null
			});
		}
	);

	it.each([
		[
			'a bad month',
			'abc,02/2024,x,x,,,No location,,,Court',
			['month-format', 'error', 'Month', '02/2024']
		],
		[
			'a future month',
			'abc,2025-04,x,x,,,No location,,,Court',
			['month-future', 'error', 'Month', '2025-04']
		],
		[
			'a month before police.uk began',
			'abc,1899-12,x,x,,,No location,,,Court',
			['month-before-police-uk', 'error', 'Month', '1899-12']
		],
		[
			'no crime ID',
			',2024-02,x,x,,,No location,,,Court',
			['value-missing', 'error', 'Crime ID', '']
		],
		[
			'no outcome',
			'abc,2024-02,x,x,,,No location,,,',
			['value-missing', 'error', 'Outcome type', '']
		],
		[
			'a bad longitude',
			'abc,2024-02,x,x,west,51.5,No location,,,Court',
			['coordinate-format', 'warning', 'Longitude', 'west']
		]
	])('reports %s', (_, row, expected) => {
		expect(parse(row).issues.map((i) => [i.rule, i.severity, i.column, i.value])).toEqual([
			expected
		]);
	});
});
