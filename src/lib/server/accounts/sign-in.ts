import type { Connector, Row } from '../../db/connector';
import { SIGNED_IN, SIGN_IN_FAILED, addAuditSql, type AuditEntry } from '../../db/sql/audit-sql';
import { expireSessionsSql } from '../../db/sql/sessions-sql';
import { userSql, type Role } from '../../db/sql/users-sql';
import { MAX_PASSWORD, normaliseName } from './account-rules';
import { decoyHash, verifyPassword } from './password-hash';
import { startSession } from './sessions';
import { signInWait } from './sign-in-throttle';

/** Runs one piece of work on the accounts store, alone. */
export type WithAccounts = <T>(work: (db: Connector) => Promise<T>) => Promise<T>;

export type SignInResult =
	| { kind: 'signed-in'; user: { name: string; role: Role }; token: string; csrfToken: string }
	| { kind: 'refused' }
	| { kind: 'throttled'; retryAfterS: number };

/** Tries being checked now, per account and per address, so parallel guesses count at once. */
const pending = new Map<string, number>();
const bump = (key: string, by: number) => {
	const n = (pending.get(key) ?? 0) + by;
	if (n) pending.set(key, n);
	else pending.delete(key);
};

/**
 * Checks a name and password and starts a session; every try is in the audit log. After repeated
 * failures for the account or from the address, tries are refused unchecked for a while. The
 * password is checked outside the store's queue: scrypt takes most of a second.
 * @example await signIn({ withDb, name: 'ana', password, ip: '10.0.0.1', nowMs: Date.now(), limits })
 */
export async function signIn(opts: {
	withDb: WithAccounts;
	name: string;
	password: string;
	ip: string;
	nowMs: number;
	limits: { idleMs: number; maxMs: number };
}): Promise<SignInResult> {
	const name = normaliseName(opts.name).slice(0, 100);
	const keys = [`n:${name}`, `i:${opts.ip}`] as const;
	const entry = (action: string, detail?: string): AuditEntry => ({
		actor: action === SIGNED_IN ? name : null,
		via: 'web',
		action,
		subject: name,
		detail,
		ip: opts.ip
	});
	const record = (db: Connector, action: string, detail?: string) =>
		db.query(addAuditSql({ nowMs: opts.nowMs, entry: entry(action, detail) }));
	const looked = await opts.withDb(async (db) => {
		const waitS = await signInWait({
			db,
			name,
			ip: opts.ip,
			nowMs: opts.nowMs,
			pending: { name: pending.get(keys[0]) ?? 0, ip: pending.get(keys[1]) ?? 0 }
		});
		if (waitS) {
			await record(db, 'sign-in throttled', `retry after ${waitS} s`);
			return { waitS, user: undefined };
		}
		const [user] = await db.query<{ role: Role; password_hash: string } & Row>(userSql({ name }));
		keys.forEach((k) => bump(k, 1)); // in the same turn as the check: no other try slips between
		return { waitS, user };
	});
	if (looked.waitS) return { kind: 'throttled', retryAfterS: looked.waitS };
	try {
		const hash = looked.user?.password_hash ?? (await decoyHash());
		const ok =
			[...opts.password].length <= MAX_PASSWORD &&
			(await verifyPassword({ password: opts.password, hash })) &&
			looked.user !== undefined;
		return await opts.withDb(async (db) => {
			if (!ok) {
				await record(db, SIGN_IN_FAILED, looked.user ? 'wrong password' : 'no such account');
				return { kind: 'refused' } as const;
			}
			await db.query(expireSessionsSql({ nowMs: opts.nowMs, ...opts.limits }));
			const session = await startSession({ db, userName: name, nowMs: opts.nowMs });
			await record(db, SIGNED_IN);
			return { kind: 'signed-in', user: { name, role: looked.user!.role }, ...session } as const;
		});
	} finally {
		keys.forEach((k) => bump(k, -1));
	}
}
