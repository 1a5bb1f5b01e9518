import type { Connector } from '../db/connector';
import type { MeasureDefaults } from '../ingest/formats/measureDefaults';
import { parseFile } from '../ingest/parseFile';
import type { FormatKind, ValidationIssue } from '../ingest/types';
import { groupIssues } from '../ingest/validation/groupIssues';
import { issueMaker } from '../ingest/validation/issueMaker';
import { rejectStage, type Staged } from './staged';
import { stageRecords } from './stage-records';
import { storeRecords } from './store-records';

/**
 * Reads a file of a layout parsed in TypeScript (MOPAC, LFB, outcomes, measures; ONS lookups,
 * stop-and-search and unknown files are refused) and stages its rows for the plan.
 * @example await stageParsedFile({ db, name: 'mps.csv', bytes, kind: 'mopac-wide', today: '2025-06-30' })
 */
export async function stageParsedFile(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	kind: FormatKind;
	today: string;
	measureDefaults?: MeasureDefaults;
}): Promise<Staged> {
	const { db, name, kind } = opts;
	const [parsed] = parseFile({
		fileName: name,
		bytes: opts.bytes,
		today: opts.today,
		format: kind,
		measureDefaults: opts.measureDefaults
	});
	const issues: ValidationIssue[] = [...(parsed?.issues ?? [])];
	if (kind === 'ons-lookup') issues.push(referenceFile(name));
	const mapped = parsed ? storeRecords({ data: parsed.data, fileName: name }) : null;
	issues.push(...(mapped?.issues ?? []));
	const data = mapped?.data;
	if (!data || data.records.length === 0 || issues.some((i) => i.severity === 'error')) {
		return rejectStage({ format: kind, name, issues });
	}
	const commit = await stageRecords({ db, name, data });
	const rows = data.records.length;
	const uploadRows = data.kind === 'measures' ? rows : undefined;
	return { format: kind, rows, issues: groupIssues({ issues }), commit, uploadRows };
}

const referenceFile = (file: string): ValidationIssue =>
	issueMaker({ file })({
		rule: 'reference-file',
		expected:
			'a file of figures: police.uk crime or outcomes, MOPAC tables, LFB incidents or partner measures',
		action:
			'nothing to do: an ONS lookup of local authorities to community safety partnerships and police force areas is reference data, so it is not stored'
	});
