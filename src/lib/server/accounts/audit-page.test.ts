import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../db/connector';
import { createNodeConnector } from '../../db/node-connector.server';
import { addAuditSql } from '../../db/sql/audit-sql';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { auditPage } from './audit-page';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
let db: Connector;
beforeAll(async () => {
	db = createNodeConnector();
	const entries = Array.from({ length: 7 }, (_, i) =>
		addAuditSql({
			nowMs: T0 + i * 1000,
			entry: { actor: 'ana', via: 'web', action: `action ${i}` }
		})
	);
	await accountsSeed(...entries)(db);
});
afterAll(() => db.close());

describe('auditPage', () => {
	it.each([
		{ page: null, shown: 1, actions: ['action 6', 'action 5', 'action 4'] },
		{ page: '2', shown: 2, actions: ['action 3', 'action 2', 'action 1'] },
		{ page: '3', shown: 3, actions: ['action 0'] },
		{ page: '99', shown: 3, actions: ['action 0'] },
		{ page: '0', shown: 1, actions: ['action 6', 'action 5', 'action 4'] },
		{ page: '-1', shown: 1, actions: ['action 6', 'action 5', 'action 4'] },
		{ page: '2x', shown: 1, actions: ['action 6', 'action 5', 'action 4'] }
	])('page $page shows page $shown', async ({ page, shown, actions }) => {
		const result = await auditPage({ db, page, size: 3 });
		expect({ ...result, entries: result.entries.map((e) => e.action) }).toEqual({
			entries: actions,
			page: shown,
			pages: 3,
			total: 7,
			size: 3
		});
	});
});
