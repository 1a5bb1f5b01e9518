import type { Connector } from '../db/connector';
import { applyMapping } from '../ingest/mapping/applyMapping';
import { mappingSource, type ColumnMapping } from '../ingest/mapping/columnMapping';
import { decodeText } from '../ingest/text/decodeText';
import { groupIssues } from '../ingest/validation/groupIssues';
import { IngestError } from '../ingest/validation/IngestError';
import { rejectStage, type Staged } from './staged';
import { stageRecords } from './stage-records';

/**
 * Reads any CSV with a column mapping into monthly counts (source `custom:<name>`) and stages them.
 * @example await stageMappedFile({ db, name: 'victims.csv', bytes, mapping, today: '2025-06-30' })
 */
export async function stageMappedFile(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	mapping: ColumnMapping;
	today: string;
}): Promise<Staged> {
	const { db, name, mapping } = opts;
	const format = mappingSource({ mapping });
	let text: string;
	try {
		text = decodeText({ bytes: opts.bytes, fileName: name }).text;
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		return rejectStage({ format, name, issues: [error.issue] });
	}
	const { rows, issues } = applyMapping({ text, fileName: name, mapping, today: opts.today });
	if (rows.length === 0 || issues.some((i) => i.severity === 'error')) {
		return rejectStage({ format, name, issues });
	}
	const records = rows.map(({ source, area, category, month, count }) => ({
		source,
		area,
		category,
		month,
		count
	}));
	const commit = await stageRecords({ db, name, data: { kind: 'counts', records } });
	return { format, rows: records.length, issues: groupIssues({ issues }), commit };
}
