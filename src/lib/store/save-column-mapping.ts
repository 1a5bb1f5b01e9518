import type { Connector } from '../db/connector';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { headerSignature } from '../ingest/mapping/header-signature';
import { saveColumnMappingSql } from './column-mappings-sql';

/**
 * Saves a column mapping under its name for files with this header, replacing one of that name.
 * @example await saveColumnMapping({ db, mapping, header: ['Date', 'Type'], now: new Date() })
 */
export async function saveColumnMapping(opts: {
	db: Connector;
	mapping: ColumnMapping;
	header: string[];
	now: Date;
}): Promise<void> {
	const mapping = { ...opts.mapping, name: opts.mapping.name.trim() };
	await opts.db.query(
		saveColumnMappingSql({
			name: mapping.name,
			headerSignature: headerSignature({ header: opts.header }),
			mapping: JSON.stringify(mapping),
			savedAt: opts.now.toISOString()
		})
	);
}
