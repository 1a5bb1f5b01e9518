import type { Connector, Row } from '../../db/connector';
import { addAuditSql, type AuditEntry } from '../../db/sql/audit-sql';
import {
	addUserSql,
	removeUserSql,
	setPasswordSql,
	userSql,
	usersSql,
	type Role,
	type UserRow
} from '../../db/sql/users-sql';
import { inTransaction } from '../../db/transaction';
import { AccountError } from './account-error';
import { isRole, nameProblem, normaliseName, passwordProblem } from './account-rules';
import { hashPassword, type ScryptCost } from './password-hash';

/** Who asks for a change, for the audit log. */
export interface Change {
	db: Connector;
	actor: string;
	via: AuditEntry['via'];
	nowMs: number;
}

const audit = (c: Change, action: string, subject: string, detail?: string) =>
	addAuditSql({ nowMs: c.nowMs, entry: { actor: c.actor, via: c.via, action, subject, detail } });

async function existing(c: Change, name: string): Promise<boolean> {
	return (await c.db.query(userSql({ name }))).length > 0;
}

function checkPassword(password: string): void {
	const problem = passwordProblem(password);
	if (problem) throw new AccountError(problem);
}

/**
 * Adds an account and records it in the audit log; throws an AccountError saying what is wrong.
 * @example await addUser({ db, actor: 'ops', via: 'cli', nowMs: Date.now(), name: 'ana', role: 'analyst', password })
 */
export async function addUser(
	opts: Change & { name: string; role: string | undefined; password: string; cost?: ScryptCost }
): Promise<{ name: string; role: Role }> {
	const name = normaliseName(opts.name);
	const problem = nameProblem(name);
	if (problem) throw new AccountError(problem);
	if (!isRole(opts.role))
		throw new AccountError(`Give the account a role: --role analyst or --role viewer.`);
	checkPassword(opts.password);
	if (await existing(opts, name)) throw new AccountError(`There is already an account "${name}".`);
	const passwordHash = await hashPassword({ password: opts.password, cost: opts.cost });
	const add = addUserSql({ name, role: opts.role, passwordHash, nowMs: opts.nowMs });
	await inTransaction({
		db: opts.db,
		queries: [add, audit(opts, 'added account', name, `role ${opts.role}`)]
	});
	return { name, role: opts.role };
}

/**
 * Sets an account's password, ending its sessions. @example await changePassword({ db, actor: 'ops', via: 'cli', nowMs, name: 'ana', password })
 */
export async function changePassword(
	opts: Change & { name: string; password: string; cost?: ScryptCost }
): Promise<void> {
	const name = normaliseName(opts.name);
	if (!(await existing(opts, name))) throw new AccountError(`There is no account "${name}".`);
	checkPassword(opts.password);
	const passwordHash = await hashPassword({ password: opts.password, cost: opts.cost });
	await inTransaction({
		db: opts.db,
		queries: [
			...setPasswordSql({ name, passwordHash, nowMs: opts.nowMs }),
			audit(opts, 'changed password', name, 'sessions ended')
		]
	});
}

/** Removes an account and its sessions. @example await removeUser({ db, actor: 'ops', via: 'cli', nowMs, name: 'ana' }) */
export async function removeUser(opts: Change & { name: string }): Promise<void> {
	const name = normaliseName(opts.name);
	if (!(await existing(opts, name))) throw new AccountError(`There is no account "${name}".`);
	await inTransaction({
		db: opts.db,
		queries: [...removeUserSql({ name }), audit(opts, 'removed account', name)]
	});
}

/** Every account, by name. @example await listUsers({ db }) */
export function listUsers(opts: { db: Connector }): Promise<UserRow[]> {
	return opts.db.query<UserRow & Row>(usersSql());
}
