import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../tests/support/sql-cases';
import { findColumnMappingsSql, saveColumnMappingSql } from './column-mappings-sql';

const saved = (name: string, headerSignature: string, savedAt: string) => ({
	name,
	headerSignature,
	mapping: `{"name":"${name}"}`,
	savedAt
});
const mappings = seed(
	saveColumnMappingSql(saved('referrals', 'date|group', '2025-01-01T00:00:00Z')),
	saveColumnMappingSql(saved('referrals v2', 'date|group', '2025-03-01T00:00:00Z')),
	saveColumnMappingSql(saved('fires', 'when|what', '2025-02-01T00:00:00Z'))
);
const row = (name: string, header_signature: string, saved_at: string) => ({
	name,
	header_signature,
	mapping: `{"name":"${name}"}`,
	saved_at
});
const v2 = row('referrals v2', 'date|group', '2025-03-01T00:00:00Z');
const fires = row('fires', 'when|what', '2025-02-01T00:00:00Z');
const referrals = row('referrals', 'date|group', '2025-01-01T00:00:00Z');

describe('column-mappings-sql', () => {
	testSqlCases([
		{
			name: 'saveColumnMappingSql replaces a mapping of the same name',
			query: [
				saveColumnMappingSql(saved('fires', 'when|what|where', '2025-04-01T00:00:00Z')),
				findColumnMappingsSql({ name: 'fires' })
			],
			setup: mappings,
			rows: [{ ...fires, header_signature: 'when|what|where', saved_at: '2025-04-01T00:00:00Z' }]
		},
		{
			name: 'findColumnMappingsSql of all, newest first',
			query: findColumnMappingsSql({}),
			setup: mappings,
			rows: [v2, fires, referrals]
		},
		{
			name: 'findColumnMappingsSql for a header signature',
			query: findColumnMappingsSql({ headerSignature: 'date|group' }),
			setup: mappings,
			rows: [v2, referrals]
		},
		{
			name: 'findColumnMappingsSql for a signature and a name',
			query: findColumnMappingsSql({ headerSignature: 'date|group', name: 'referrals' }),
			setup: mappings,
			rows: [referrals]
		}
	]);
});
