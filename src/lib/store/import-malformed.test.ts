import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALFORMED_CASES } from '../../../tests/fixtures/malformed/cases';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import type { IssueGroup } from '../ingest/types';
import { formatIssue } from '../ingest/validation/format-issue';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const DIR = fileURLToPath(new URL('../../../tests/fixtures/malformed/', import.meta.url));
// The cases' messages were written for 15 March 2025 (future months and dates).
const now = new Date('2025-03-15T12:00:00Z');
const read = (file: string) => new Uint8Array(readFileSync(DIR + file));
const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/** The sentence for a group's first example, as formatIssue writes it for the parsers' issues. */
const firstMessage = (group: IssueGroup & { examples: { column?: string | null }[] }) => {
	const example = group.examples[0];
	return formatIssue({
		file: group.file,
		line: example?.line ?? null,
		column: example?.column ?? group.column,
		value: example?.value ?? null,
		rule: group.rule,
		expected: group.expected,
		action: group.action,
		severity: group.severity
	});
};

describe('every malformed file through importFile', () => {
	let db: Connector;
	beforeAll(async () => {
		db = createNodeConnector();
		await applySchema({ db });
		// Something in the store, so "unchanged" means more than "still empty".
		const street = `${STREET}\nx,2024-01,F,City of London Police,,,No Location,,,Burglary,,\n`;
		const bytes = new TextEncoder().encode(street);
		expect((await importFile({ db, name: 'jan.csv', bytes, now })).status).toBe('stored');
	});
	afterAll(() => db.close());

	it.each(MALFORMED_CASES)('$file → $rule ($severity)', async (c) => {
		const before = await storeSnapshot(db);
		const check = await importFile({ db, name: c.file, bytes: read(c.file), now, dryRun: true });
		expect(await storeSnapshot(db)).toEqual(before);
		expect(check.format).toBe(c.kind);
		const group = check.issues.find((i) => i.rule === c.rule);
		expect(group, `rules seen: ${check.issues.map((i) => i.rule).join(', ')}`).toBeDefined();
		if (!group) return;
		expect(group.severity).toBe(c.severity);
		expect(group.file).toBe(c.file);
		expect(firstMessage(group)).toContain(c.message);
		if (c.count !== undefined) expect(group.count).toBe(c.count);
		if (c.reason) expect(check.detection?.reason).toContain(c.reason);

		const errors = check.issues.some((i) => i.severity === 'error');
		expect(check.status).toBe(errors ? 'rejected' : 'planned');
		const saved = await importFile({ db, name: c.file, bytes: read(c.file), now });
		if (errors) {
			expect(saved.status).toBe('rejected');
			expect(await storeSnapshot(db)).toEqual(before);
		} else {
			// Warnings never block: the file is stored once confirmed, with the same warnings.
			expect(saved.status).toBe('stored');
			expect(saved.issues).toEqual(check.issues);
			expect(saved.rows).toBe(c.rows);
		}
	});
});
