import { describe, expect, it } from 'vitest';
import { parseLfbIncidents } from './parse-lfb-incidents';

const HEADER =
	'IncidentNumber,DateOfCall,IncidentGroup,StopCodeDescription,PropertyCategory,IncGeo_BoroughName,ProperCase,IncGeo_WardName,Easting_m,Northing_m,Easting_rounded,Northing_rounded';
const parse = (...rows: string[]) =>
	parseLfbIncidents({
		text: [HEADER, ...rows].join('\n'),
		fileName: 'lfb.csv',
		today: '2025-03-15'
	});

describe('parseLfbIncidents', () => {
	it('normalises one incident', () => {
		const { rows, issues } = parse(
			'038967-19032023,2023-03-19,False Alarm,False alarm - Good intent,Outdoor,CITY OF LONDON,City Of london,"HAM, PETERSHAM",521277.0,193865.0,521250,193850'
		);
		expect(issues).toEqual([]);
		expect(rows).toEqual([
			{
				source: 'lfb',
				incidentNumber: '038967-19032023',
				date: '2023-03-19',
				month: '2023-03-01',
				incidentGroup: 'False Alarm',
				stopCode: 'False alarm - Good intent',
				specialServiceType: null,
				kind: 'False alarm - Good intent',
				propertyCategory: 'Outdoor',
				borough: 'City of London',
				ward: 'Ham, Petersham',
				easting: 521277,
				northing: 193865,
				sourceRow: 2
			}
		]);
	});

	it.each([
		['2023-01-05', '2023-01-05'],
		['01 Jan 2009', '2009-01-01'],
		['01/01/2009 00:02', '2009-01-01'],
		['31/12/2009 23:59', '2009-12-31']
	])('reads the date %j', (raw, date) => {
		expect(parse(`1,${raw},Fire,,,,,,,,,`).rows[0]?.date).toBe(date);
	});

	it('turns NULL into null and falls back to rounded coordinates', () => {
		const [row] = parse(
			'1,2023-01-05,fire,NULL,NULL,NULL,City of London,NULL,NULL,,538350,179450'
		).rows;
		expect(row).toMatchObject({
			incidentGroup: 'Fire',
			stopCode: null,
			kind: null,
			propertyCategory: null,
			borough: 'City of London',
			ward: null,
			easting: 538350,
			northing: 179450
		});
	});

	// Rows of the real 2009 and 2023 LFB extracts, from IncidentNumber to IncGeo_WardName.
	const REAL =
		'IncidentNumber,DateOfCall,CalYear,TimeOfCall,HourOfCall,IncidentGroup,StopCodeDescription,SpecialServiceType,PropertyCategory,PropertyType,AddressQualifier,Postcode_full,Postcode_district,UPRN,USRN,IncGeo_BoroughCode,IncGeo_BoroughName,ProperCase,IncGeo_WardCode,IncGeo_WardName';
	it.each([
		[
			'235138081,01 Jan 2009,2009,00:00:37,0,Special Service,Special Service,RTC,Road Vehicle,Car ,In street close to gazetteer location,SW11 4LB,SW11,,,E09000032,WANDSWORTH,Wandsworth,E05014010,Battersea Park',
			['Special Service', 'Special Service', 'RTC', 'RTC']
		],
		[
			'013803-28012023,2023-01-28,2023,12:51:59,12,Special Service,Special Service,Lift Release,Dwelling,Purpose Built Flats/Maisonettes - 10 or more storeys ,Correct incident location,,E14,0,22700775,E09000030,TOWER HAMLETS,Tower Hamlets,E05009318,BLACKWALL & CUBITT TOWN',
			['Special Service', 'Special Service', 'Lift Release', 'Lift Release']
		],
		[
			'2091,01 Jan 2009,2009,00:03:00,0,Fire,Secondary Fire,,Outdoor,Road surface/pavement ,In street outside gazetteer location,N9 9EL,N9,,,E09000010,ENFIELD,Enfield,E05013682,Haselbury',
			['Fire', 'Secondary Fire', null, 'Secondary Fire']
		],
		[
			'038967-19032023,2023-03-19,2023,14:11:51,14,False Alarm,False alarm - Good intent,,Outdoor,Woodland/forest - conifers/softwood ,Open land/water - nearest gazetteer location,NW7 4LL,NW7,200146677,20047640,E09000003,BARNET,Barnet,E05013638,EDGWAREBURY',
			['False Alarm', 'False alarm - Good intent', null, 'False alarm - Good intent']
		],
		[
			'9,2023-07-01,2023,10:00:00,10,Special Service,Flood call attended - Batch mobilised,Flooding,Outdoor,Road surface/pavement ,Correct incident location,,E1,,,E09000001,CITY OF LONDON,City of London,,',
			['Special Service', 'Flood call attended - Batch mobilised', 'Flooding', 'Flooding']
		],
		[
			'10,2023-07-01,2023,10:00:00,10,Special Service,Special Service,NULL,Outdoor,Road surface/pavement ,Correct incident location,,E1,,,E09000001,CITY OF LONDON,City of London,,',
			['Special Service', 'Special Service', null, null]
		],
		[
			'11,2023-07-01,2023,10:00:00,10,Fire,,,Outdoor,Road surface/pavement ,Correct incident location,,E1,,,E09000001,CITY OF LONDON,City of London,,',
			['Fire', null, null, null]
		]
	])('keeps the kind of %s', (row, expected) => {
		const { rows, issues } = parseLfbIncidents({
			text: `${REAL}\n${row}`,
			fileName: 'lfb.csv',
			today: '2025-03-15'
		});
		expect(issues).toEqual([]);
		const [r] = rows;
		expect([r?.incidentGroup, r?.stopCode, r?.specialServiceType, r?.kind]).toEqual(expected);
	});

	it('keeps no kind from a file without StopCodeDescription or SpecialServiceType', () => {
		const { rows, issues } = parseLfbIncidents({
			text: 'incidentnumber,DateOfCall,INCIDENTGROUP\n1,2023-01-05,Fire',
			fileName: 'lfb.csv',
			today: '2025-03-15'
		});
		expect(issues).toEqual([]);
		expect(rows.map((r) => [r.incidentGroup, r.kind])).toEqual([['Fire', null]]);
	});

	it.each([
		[
			'bad date',
			'1,31/02/2009,Fire,,,,,,,,,',
			['date-format', 'error', 2, 'DateOfCall', '31/02/2009']
		],
		[
			'future date',
			'1,2025-03-16,Fire,,,,,,,,,',
			['date-future', 'error', 2, 'DateOfCall', '2025-03-16']
		],
		[
			'unknown group',
			'1,2023-01-05,Flood,,,,,,,,,',
			['incident-group-unknown', 'error', 2, 'IncidentGroup', 'Flood']
		],
		['no number', ',2023-01-05,Fire,,,,,,,,,', ['value-missing', 'error', 2, 'IncidentNumber', '']],
		[
			'bad easting',
			'1,2023-01-05,Fire,,,,,,n/a,,,',
			['coordinate-format', 'warning', 2, 'Easting_m', 'n/a']
		]
	])('reports a %s', (_, row, expected) => {
		const { issues } = parse(row);
		expect(issues.map((i) => [i.rule, i.severity, i.line, i.column, i.value])).toEqual([expected]);
	});

	it('warns once per extra date style and keeps the rows', () => {
		const { rows, issues } = parse(
			'1,2023-01-05,Fire,,,,,,,,,',
			'2,2023-01-06,Fire,,,,,,,,,',
			'3,07/01/2023 10:00,Fire,,,,,,,,,',
			'4,08/01/2023 11:00,Fire,,,,,,,,,'
		);
		expect(rows.map((r) => r.date)).toEqual([
			'2023-01-05',
			'2023-01-06',
			'2023-01-07',
			'2023-01-08'
		]);
		expect(issues.map((i) => [i.rule, i.line, i.value, i.expected])).toEqual([
			[
				'date-formats-mixed',
				4,
				'07/01/2023 10:00',
				"one date format throughout, like line 2: '2023-01-05'"
			]
		]);
	});

	it('refuses a repeated incident number', () => {
		const { rows, issues } = parse('1,2023-01-05,Fire,,,,,,,,,', '1,2023-01-05,Fire,,,,,,,,,');
		expect(rows).toHaveLength(1);
		expect(issues.map((i) => [i.rule, i.line])).toEqual([['row-duplicate', 3]]);
	});
});
