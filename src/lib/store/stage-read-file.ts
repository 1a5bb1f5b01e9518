import type { Connector } from '../db/connector';
import { mappingSource } from '../ingest/mapping/column-mapping';
import { groupIssues } from '../ingest/validation/group-issues';
import { planMeasuresSql } from './measures-plan-sql';
import { readRecords, type ReadJob, type RecordReader } from './read-records';
import { rejectStage, type Staged } from './staged';
import { stageRecords } from './stage-records';

const readHere: RecordReader = async (job) => readRecords(job);

/**
 * Reads a file of a layout parsed in TypeScript, or any CSV through a column mapping, with `read`
 * (a Web Worker in the browser), and stages its records for the plan.
 * @example await stageReadFile({ db, job: { name: 'mps.csv', bytes, kind: 'mopac-wide', today } })
 */
export async function stageReadFile(opts: {
	db: Connector;
	job: ReadJob;
	read?: RecordReader;
	signal?: AbortSignal;
}): Promise<Staged> {
	const { db, job, read = readHere, signal } = opts;
	const { name } = job;
	const format = job.mapping ? mappingSource({ mapping: job.mapping }) : job.kind;
	const { data, issues } = await read(job, { signal });
	if (!data || data.records.length === 0 || issues.some((i) => i.severity === 'error')) {
		return rejectStage({ format, name, issues });
	}
	const commit = await stageRecords({ db, name, data });
	const rows = data.records.length;
	const staged: Staged = { format, rows, issues: groupIssues({ issues }), commit };
	return data.kind === 'measures'
		? { ...staged, uploadRows: rows, plan: planMeasuresSql() }
		: staged;
}
