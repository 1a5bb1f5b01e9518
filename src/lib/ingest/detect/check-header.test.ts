import { describe, expect, it } from 'vitest';
import type { FormatKind } from '../types';
import { checkHeader } from './check-header';

const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

const check = (kind: FormatKind, header: string) =>
	checkHeader({ kind, header: header.split(','), fileName: 'f.csv' }).map((i) => [
		i.rule,
		i.severity,
		i.column
	]);

describe('checkHeader', () => {
	it.each<[string, FormatKind, string, Array<[string, string, string | null]>]>([
		['a clean street header', 'police-street', STREET, []],
		[
			'a renamed column',
			'police-street',
			STREET.replace('Crime type', 'Crime category'),
			[
				['header-missing', 'error', 'Crime type'],
				['header-unexpected', 'warning', 'Crime category']
			]
		],
		[
			'a duplicated column',
			'police-street',
			STREET.replace('Context', 'Month'),
			[
				['header-duplicate', 'error', 'Month'],
				['header-missing', 'error', 'Context']
			]
		],
		[
			'duplicates differing in case',
			'police-street',
			`${STREET},MONTH `,
			[['header-duplicate', 'error', 'MONTH']]
		],
		[
			'a blank column name',
			'police-outcomes',
			'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type,',
			[['header-blank', 'warning', 'column 11']]
		],
		[
			'legacy without Northing',
			'police-street-legacy',
			'Month,Reported by,Falls within,Easting,Location,Crime type,Context',
			[['header-missing', 'error', 'Northing']]
		],
		[
			'MOPAC without months',
			'mopac-wide',
			'MajorText,MinorText,BoroughName,Total',
			[
				['header-no-periods', 'error', null],
				['header-unexpected', 'warning', 'Total']
			]
		],
		[
			'MOPAC with LookUp_BoroughName',
			'mopac-wide',
			'MajorText,MinorText,LookUp_BoroughName,WardName,WardCode,201004',
			[]
		],
		[
			'MOPAC without borough',
			'mopac-wide',
			'MajorText,MinorText,WardName,201004',
			[['header-missing', 'error', 'BoroughName']]
		],
		[
			'LFB extra columns are fine',
			'lfb-incidents',
			'IncidentNumber,DateOfCall,IncidentGroup,Anything',
			[]
		],
		[
			'measures long extra column',
			'measures-long',
			'period,area,measure,value,unit,direction,notes',
			[['header-unexpected', 'warning', 'notes']]
		],
		['measures wide', 'measures-wide', 'area,measure,2017-Q1,2017-Q2', []],
		['measures wide, FY periods', 'measures-wide', 'area,measure,FY2019-20,FY 2020/21', []],
		[
			'measures wide, a period that is none',
			'measures-wide',
			'area,measure,2019-12,2019-13,FY2019-21,Notes',
			[
				['period-column-format', 'error', '2019-13'],
				['period-column-format', 'error', 'FY2019-21'],
				['header-unexpected', 'warning', 'Notes']
			]
		],
		['unknown', 'unknown', 'a,b', [['unknown-format', 'error', null]]],
		['stop and search', 'police-stop-search', 'Type,Date', [['wrong-file-type', 'error', null]]]
	])('%s', (_, kind, header, expected) => {
		expect(check(kind, header)).toEqual(expected);
	});

	it('says what to rename', () => {
		const [issue] = checkHeader({
			kind: 'mopac-wide',
			header: ['MajorText', 'MinorText', '201004']
		});
		expect(issue).toMatchObject({
			line: 1,
			expected:
				"a column named 'BoroughName' (or LookUp_BoroughName) in the MOPAC borough or ward table layout",
			action:
				"Rename the column that holds this to 'BoroughName', or map it in the column-mapping step."
		});
	});
});
