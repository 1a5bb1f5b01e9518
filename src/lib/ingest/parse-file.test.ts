import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from './parse-file';

const TODAY = '2025-03-15';
const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const cp1252 = (text: string): Uint8Array =>
	new Uint8Array(
		[...text].map((c) => {
			const special: Record<string, number> = { '£': 0xa3, '’': 0x92, é: 0xe9 };
			return special[c] ?? c.charCodeAt(0);
		})
	);

describe('parseFile', () => {
	it('reads a Windows-1252 LFB export with £ in the header and ’ in a value', () => {
		const text = [
			'IncidentNumber,DateOfCall,IncidentGroup,IncGeo_BoroughName,IncGeo_WardName,Easting_m,Northing_m,Notional Cost (£),NumCalls',
			'000001-01012009,01/01/2009 00:02,Fire,City Of london,ST. MARY’S,532500.0,181500.0,£255,1',
			'000002-01012009,01 Jan 2009,False Alarm,CITY OF LONDON,NULL,NULL,NULL,NULL,1'
		].join('\r\n');
		const [parsed] = parseFile({ fileName: 'lfb.csv', bytes: cp1252(text), today: TODAY });
		expect(parsed).toMatchObject({ encoding: 'windows-1252', lineEnding: 'crlf' });
		expect(parsed?.issues.map((i) => [i.rule, i.line, i.value])).toEqual([
			['date-formats-mixed', 3, '01 Jan 2009']
		]);
		expect(parsed?.detection?.kind).toBe('lfb-incidents');
		expect(parsed?.data.kind === 'lfb-incidents' && parsed.data.rows).toEqual([
			{
				source: 'lfb',
				incidentNumber: '000001-01012009',
				date: '2009-01-01',
				month: '2009-01-01',
				incidentGroup: 'Fire',
				stopCode: null,
				specialServiceType: null,
				kind: null,
				propertyCategory: null,
				borough: 'City of London',
				ward: 'St. Mary’s',
				easting: 532500,
				northing: 181500,
				sourceRow: 2
			},
			expect.objectContaining({
				date: '2009-01-01',
				borough: 'City of London',
				ward: null,
				easting: null
			})
		]);
	});

	it('reads a ward-level MOPAC table with Title-case headers', () => {
		const text = [
			'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202312,202401',
			'VIOLENCE AGAINST THE PERSON,VIOLENCE WITH INJURY,Cathedrals,E05013809,Southwark,14,11',
			'VIOLENCE AGAINST THE PERSON,VIOLENCE WITH INJURY,St Paul’s,E05013810,Southwark,3,0'
		].join('\n');
		const [parsed] = parseFile({
			fileName: 'MPS Ward Level Crime.csv',
			bytes: strToU8(text),
			today: TODAY
		});
		expect(parsed?.detection).toMatchObject({ kind: 'mopac-wide', confidence: 1 });
		const rows = parsed?.data.kind === 'mopac-wide' ? parsed.data.rows : [];
		expect(rows.map((r) => [r.area, r.wardCode, r.month, r.count])).toEqual([
			['Southwark / Cathedrals', 'E05013809', '2023-12-01', 14],
			['Southwark / Cathedrals', 'E05013809', '2024-01-01', 11],
			['Southwark / St Paul’s', 'E05013810', '2023-12-01', 3],
			['Southwark / St Paul’s', 'E05013810', '2024-01-01', 0]
		]);
	});

	it('reads every CSV in a zip and names each by its path in the archive', () => {
		const bytes = zipSync({
			'2021-03/2021-03-city-of-london-street.csv': strToU8(
				`${STREET}\r\n,2021-03,a,b,,,No Location,,,Anti-social behaviour,,\r\n`
			),
			'__MACOSX/2021-03/._2021-03-city-of-london-street.csv': new Uint8Array([0, 1, 2]),
			'partners/probation.csv': strToU8(
				'period,area,measure,value,unit,target,direction\n2017/18,City,On time,80,percent,60,up\n'
			)
		});
		const parsed = parseFile({ fileName: 'upload.zip', bytes, today: TODAY });
		expect(parsed.map((p) => [p.name, p.detection?.kind, p.data.kind, p.issues.length])).toEqual([
			['upload.zip/2021-03/2021-03-city-of-london-street.csv', 'police-street', 'none', 0],
			['upload.zip/partners/probation.csv', 'measures-long', 'measures-long', 0]
		]);
		const measures = parsed[1]?.data;
		expect(measures?.kind === 'measures-long' && measures.rows[0]).toMatchObject({
			periodStart: '2017-04-01',
			value: 80
		});
	});

	it('explains an Excel workbook uploaded instead of a CSV', () => {
		const bytes = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'xl/workbook.xml': strToU8('<workbook/>')
		});
		const [parsed, ...more] = parseFile({ fileName: 'figures.xlsx', bytes, today: TODAY });
		expect(more).toEqual([]);
		expect(parsed?.issues.map((i) => [i.rule, i.value, i.action])).toEqual([
			[
				'zip-no-csv',
				'an Excel .xlsx workbook',
				'Open the workbook and save each sheet as "CSV UTF-8 (comma delimited)".'
			]
		]);
	});

	it('passes measure defaults through', () => {
		const text = 'period,area,measure,value\n2017-06,City,ASB,5\n';
		const [parsed] = parseFile({
			fileName: 'm.csv',
			bytes: strToU8(text),
			today: TODAY,
			measureDefaults: { unit: 'count', direction: 'down' }
		});
		expect(
			parsed?.data.kind === 'measures-long' && parsed.data.rows.map((r) => [r.unit, r.direction])
		).toEqual([['count', 'down']]);
	});
});
