import type { Connector } from '../../src/lib/db/connector';
import { runAll } from '../../src/lib/db/transaction';
import {
	POLICE_STREET_COLUMNS,
	type PoliceStreetColumn
} from '../../src/lib/ingest/police/police-layout';
import {
	addStagedGroupsSql,
	createGroupsSql,
	trimGroupsSql
} from '../../src/lib/store/police/police-groups-sql';
import {
	appendChunkSql,
	createRejectsSql,
	createStageSql,
	readChunkSql
} from '../../src/lib/store/police/stage-police-street-sql';

/** A header naming each staged police.uk column once, both coordinate layouts included. */
export const POLICE_TEST_HEADER = Object.values(POLICE_STREET_COLUMNS).map((aliases) => aliases[0]);

const DEFAULTS: Record<PoliceStreetColumn, string> = {
	crime_id: 'abc',
	month_text: '2021-06',
	area: 'City of London Police',
	longitude_text: '-0.09',
	latitude_text: '51.51',
	easting_text: '',
	northing_text: '',
	location: 'On or near Cheapside',
	lsoa_code: 'E01032739',
	lsoa_name: 'City of London 001F',
	category: 'Burglary',
	outcome: 'Under investigation'
};

/** One police.uk row as staged text, defaults for the columns not given (no value holds a comma). */
export type PoliceTestRow = Partial<Record<PoliceStreetColumn, string>>;

/**
 * Registers police.uk rows as a CSV file under POLICE_TEST_HEADER, for readChunkSql.
 * @example const path = await policeCsv({ db, rows: [{ month_text: '2021/06' }] })
 */
export async function policeCsv(opts: { db: Connector; rows: PoliceTestRow[] }): Promise<string> {
	const keys = Object.keys(POLICE_STREET_COLUMNS) as PoliceStreetColumn[];
	const lines = opts.rows.map((row) => keys.map((k) => row[k] ?? DEFAULTS[k]).join(','));
	const text = [POLICE_TEST_HEADER.join(','), ...lines].join('\n') + '\n';
	return opts.db.registerFile({ name: 'police.csv', bytes: new TextEncoder().encode(text) });
}

/**
 * Stages police.uk rows as a loaded file is staged: the text staging table (rows in file order,
 * from line 2), the rejects table and the trimmed groups with their rule screens.
 * @example await stagePoliceRows({ db, rows: [{}, { category: '' }] })
 */
export async function stagePoliceRows(opts: {
	db: Connector;
	rows: PoliceTestRow[];
}): Promise<void> {
	const { db } = opts;
	const path = await policeCsv(opts);
	await runAll({ db, queries: [createStageSql(), ...createRejectsSql(), createGroupsSql()] });
	await db.query(appendChunkSql(readChunkSql({ path, header: POLICE_TEST_HEADER })));
	await runAll({ db, queries: [addStagedGroupsSql(), trimGroupsSql()] });
}
