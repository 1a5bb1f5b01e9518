import type { Connector, Row } from '../../db/connector';
import { auditCountSql, auditPageSql, type AuditRow } from '../../db/sql/audit-sql';

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the audit log, newest first, with how many pages there are; a page number past
 * the end gives the last page, anything not a whole number the first.
 * @example await auditPage({ db, page: '2' }) // { entries, page: 2, pages: 3, total: 120 }
 */
export async function auditPage(opts: {
	db: Connector;
	page: string | null;
	size?: number;
}): Promise<{ entries: AuditRow[]; page: number; pages: number; total: number; size: number }> {
	const size = opts.size ?? AUDIT_PAGE_SIZE;
	const [count] = await opts.db.query<{ entries: number }>(auditCountSql());
	const total = count?.entries ?? 0;
	const pages = Math.max(1, Math.ceil(total / size));
	const asked = /^\d{1,9}$/.test(opts.page ?? '') ? Number(opts.page) : 1;
	const page = Math.min(Math.max(asked, 1), pages);
	const entries = await opts.db.query<AuditRow & Row>(
		auditPageSql({ limit: size, offset: (page - 1) * size })
	);
	return { entries, page, pages, total, size };
}
