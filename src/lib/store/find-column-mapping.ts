import type { Connector } from '../db/connector';
import { isColumnMapping, type ColumnMapping } from '../ingest/mapping/column-mapping';
import { headerSignature } from '../ingest/mapping/header-signature';
import { findColumnMappingsSql } from './column-mappings-sql';

/**
 * The saved column mapping for a file's header (the newest, if several), or the one with a name.
 * @example await findColumnMapping({ db, header: ['Date', 'Type'] }) // { name: 'victims', … } or null
 */
export async function findColumnMapping(opts: {
	db: Connector;
	header?: string[];
	name?: string;
}): Promise<ColumnMapping | null> {
	const query = findColumnMappingsSql({
		headerSignature: opts.header ? headerSignature({ header: opts.header }) : undefined,
		name: opts.name?.trim()
	});
	for (const row of await opts.db.query<{ mapping: string }>(query)) {
		const mapping = parse(row.mapping);
		if (isColumnMapping(mapping)) return mapping;
	}
	return null;
}

function parse(json: string): unknown {
	try {
		return JSON.parse(json);
	} catch {
		return null;
	}
}
