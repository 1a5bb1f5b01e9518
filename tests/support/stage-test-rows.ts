import type { Connector } from '../../src/lib/db/connector';
import {
	INCIDENT_COLUMNS,
	STAGE_INCIDENTS,
	type IncidentRecord
} from '../../src/lib/store/incidents-sql';
import { MEASURE_COLUMNS, STAGE_MEASURES } from '../../src/lib/store/measures-sql';
import type { MeasureRecord } from '../../src/lib/store/stage-records';
import { stageRows } from '../../src/lib/store/stage-rows';

/** A staged incident of police-street, Test Force, June 2021, with the fields given. */
export function testIncident(o: Partial<IncidentRecord>): IncidentRecord {
	return {
		source: 'police-street',
		area: 'Test Force',
		category: 'Burglary',
		month: '2021-06-01',
		outcome: null,
		crime_id: null,
		lsoa_code: null,
		lsoa_name: null,
		location: null,
		longitude: null,
		latitude: null,
		easting: null,
		northing: null,
		subcategory: null,
		source_row: 2,
		...o
	};
}

/** A staged partner measure of Test Force for the first quarter of 2021, with the fields given. */
export function testMeasure(o: Partial<MeasureRecord>): MeasureRecord {
	return {
		source: 'partner',
		area: 'Test Force',
		measure: 'Referrals',
		period: '2021-Q1',
		period_start: '2021-01-01',
		period_end: '2021-03-01',
		value: 10,
		unit: 'count',
		target: null,
		direction: 'down',
		source_row: 2,
		...o
	};
}

/** Stages incidents as an upload does. @example await stageIncidents({ db, rows: [testIncident({})] }) */
export async function stageIncidents(opts: {
	db: Connector;
	rows: IncidentRecord[];
}): Promise<void> {
	await stageRows({ ...opts, name: 'x.csv', table: STAGE_INCIDENTS, columns: INCIDENT_COLUMNS });
}

/** Stages partner measures as an upload does. @example await stageMeasures({ db, rows: [testMeasure({})] }) */
export async function stageMeasures(opts: { db: Connector; rows: MeasureRecord[] }): Promise<void> {
	await stageRows({ ...opts, name: 'x.csv', table: STAGE_MEASURES, columns: MEASURE_COLUMNS });
}
