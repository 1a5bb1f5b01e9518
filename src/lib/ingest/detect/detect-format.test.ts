import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const OUTCOMES =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type';
const STOP_SEARCH =
	'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';
const LFB =
	'IncidentNumber,DateOfCall,CalYear,TimeOfCall,HourOfCall,IncidentGroup,StopCodeDescription,SpecialServiceType,PropertyCategory,PropertyType,IncGeo_BoroughName,ProperCase,IncGeo_WardName,Easting_m,Northing_m,Easting_rounded,Northing_rounded,Notional Cost (£),NumCalls';

const detect = (header: string, fileName = 'upload.csv') =>
	detectFormat({ fileName, header: header.split(',') });

describe('detectFormat', () => {
	it.each([
		['police street', STREET, 'police-street', 1],
		[
			'police street, messy case and spaces',
			'\uFEFF' + STREET.toUpperCase().replace(/,/g, ' , '),
			'police-street',
			1
		],
		[
			'police street with a renamed column',
			STREET.replace('Crime type', 'Crime category'),
			'police-street',
			0.92
		],
		[
			'legacy street',
			'Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context',
			'police-street-legacy',
			1
		],
		['outcomes', OUTCOMES, 'police-outcomes', 1],
		['stop and search', STOP_SEARCH, 'police-stop-search', 1],
		['MOPAC borough', 'MajorText,MinorText,BoroughName,201004,201005', 'mopac-wide', 0.8],
		[
			'MOPAC ward, upper case',
			'MAJORTEXT,MINORTEXT,WARDNAME,WARDCODE,LOOKUP_BOROUGHNAME,201004',
			'mopac-wide',
			1
		],
		['LFB', LFB, 'lfb-incidents', 1],
		['LFB minimal', 'IncidentNumber,DateOfCall,IncidentGroup', 'lfb-incidents', 0.8],
		['measures long', 'period,area,measure,value,unit,target,direction', 'measures-long', 1],
		[
			'measures long, title case',
			'Period,Area,Measure,Value,Unit,Target,Direction',
			'measures-long',
			1
		],
		['measures long, no unit', 'period,area,measure,value', 'measures-long', 0.8],
		['measures wide', 'area,measure,unit,target,direction,2017-06,2017-07', 'measures-wide', 1],
		['measures wide, FY columns', 'Area,Measure,2016/17,2017/18', 'measures-wide', 0.8],
		[
			'ONS lookup with BOM',
			'\uFEFFLAD17CD,LAD17NM,CSP17CD,CSP17NM,PFA17CD,PFA17NM,FID',
			'ons-lookup',
			1
		],
		['ONS lookup, other vintage', 'LAD21CD,LAD21NM,PFA21CD,PFA21NM', 'ons-lookup', 0.95]
	])('%s', (_, header, kind, confidence) => {
		const result = detect(header);
		expect(result.kind).toBe(kind);
		expect(result.confidence).toBeCloseTo(confidence, 2);
	});

	it('names the missing column in the reason', () => {
		expect(detect(STREET.replace('Crime type', 'Crime category')).reason).toBe(
			'Columns match the police.uk street-level crime layout; missing Crime type.'
		);
	});

	it('gives a file-name hint a small weight', () => {
		const header = STREET.replace('Crime type', 'Crime category');
		expect(detect(header, '2021-03-city-of-london-street.csv').confidence).toBeCloseTo(0.97, 2);
	});

	it('refuses stop and search with the reason', () => {
		expect(detect(STOP_SEARCH).reason).toMatch(
			/^This is a police.uk stop-and-search file, not a crime file; we take police.uk street-level crime files/
		);
	});

	it.each([
		['unrelated columns', 'name,address,phone', null],
		['semicolons', 'period;area;measure;value', "seems to use ';'"],
		[
			'tabs',
			'period\tarea\tmeasure',
			'seems to use tabs to separate columns: save it as comma-separated CSV'
		],
		[
			'half a MOPAC table',
			'MajorText,Borough,201004',
			'the closest layout is MOPAC borough or ward table, which also needs MinorText, BoroughName'
		],
		[
			'street columns only',
			'Month,Crime type',
			'the closest layout is police.uk street-level crime (older Easting/Northing layout), which also needs Easting, Northing'
		]
	])('unknown: %s', (_, header, hint) => {
		const result = detect(header);
		expect(result.kind).toBe('unknown');
		expect(result.confidence).toBe(0);
		expect(result.reason).toContain('We take: police.uk street-level crime;');
		expect(result.reason).toContain('column-mapping step');
		if (hint) expect(result.reason).toContain(hint);
	});
});
