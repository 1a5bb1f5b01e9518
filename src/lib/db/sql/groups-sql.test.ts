import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { groupsSql, removeGroupSql, setGroupSql } from './groups-sql';

const violence = { source: 'police-street', group: 'violence' };
const groups = seed(
	setGroupSql({ ...violence, categories: ['Robbery', 'Possession of weapons'] }),
	setGroupSql({ source: 'lfb', group: 'fires', categories: ['Fire'] })
);
const member = (source: string, group: string, category: string) => ({ source, group, category });

describe('groups-sql', () => {
	testSqlCases([
		{
			name: 'groupsSql of every source',
			query: groupsSql(),
			setup: groups,
			rows: [
				member('lfb', 'fires', 'Fire'),
				member('police-street', 'violence', 'Possession of weapons'),
				member('police-street', 'violence', 'Robbery')
			]
		},
		{
			name: 'groupsSql of one source',
			query: groupsSql({ source: 'lfb' }),
			setup: groups,
			rows: [member('lfb', 'fires', 'Fire')]
		},
		{
			name: 'removeGroupSql',
			query: [removeGroupSql(violence), groupsSql()],
			setup: groups,
			rows: [member('lfb', 'fires', 'Fire')]
		},
		{
			name: 'setGroupSql redefines a group, each category once',
			query: [
				...setGroupSql({ ...violence, categories: ['Drugs', 'Robbery', 'Drugs'] }),
				groupsSql(violence)
			],
			setup: groups,
			rows: [
				member('police-street', 'violence', 'Drugs'),
				member('police-street', 'violence', 'Robbery')
			]
		}
	]);
});
