import { describe, expect, it } from 'vitest';
import { foldGroups } from './fold-groups';

const member = (source: string, group: string, category: string) => ({ source, group, category });

describe('foldGroups', () => {
	it.each([
		['no rows', [], []],
		[
			'one group',
			[
				member('police-street', 'violence', 'Robbery'),
				member('police-street', 'violence', 'Drugs')
			],
			[{ source: 'police-street', name: 'violence', categories: ['Robbery', 'Drugs'] }]
		],
		[
			'the same name in two sources',
			[member('police-street', 'theft', 'Burglary'), member('mopac', 'theft', 'BURGLARY')],
			[
				{ source: 'police-street', name: 'theft', categories: ['Burglary'] },
				{ source: 'mopac', name: 'theft', categories: ['BURGLARY'] }
			]
		],
		[
			'rows of a group apart',
			[member('s', 'a', 'x'), member('s', 'b', 'y'), member('s', 'a', 'z')],
			[
				{ source: 's', name: 'a', categories: ['x', 'z'] },
				{ source: 's', name: 'b', categories: ['y'] }
			]
		]
	])('folds %s', (_, members, groups) => {
		expect(foldGroups({ members })).toEqual(groups);
	});
});
