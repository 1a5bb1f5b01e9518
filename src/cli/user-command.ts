import { userInfo } from 'node:os';
import type { Connector } from '../lib/db/connector';
import { StoreBusyError } from '../lib/db/store-busy-error';
import { AccountError } from '../lib/server/accounts/account-error';
import { isRole, nameProblem, normaliseName } from '../lib/server/accounts/account-rules';
import { accountsPath } from '../lib/server/accounts/accounts-path';
import { openAccounts } from '../lib/server/accounts/open-accounts';
import {
	addUser,
	changePassword,
	listUsers,
	removeUser
} from '../lib/server/accounts/user-accounts';
import { lockWaitMs } from '../lib/server/lock-wait';
import { readPassword } from './read-password';

const USAGE =
	'Use: user add NAME --role analyst|viewer | user passwd NAME | user remove NAME | user list';
/** The dashboard holds the accounts store while it runs, so waiting longer would not help. */
const MAX_WAIT_MS = 3000;

/**
 * `user add|passwd|remove|list`: accounts of the dashboard, each change in the audit log under
 * the OS user running the command; passwords come from a prompt or standard input, never
 * arguments. Returns the exit code.
 * @example await userCommand({ args: ['add', 'ana'], role: 'analyst', dataDir: 'data', log: console.log })
 */
export async function userCommand(opts: {
	args: string[];
	role?: string;
	dataDir: string;
	log: (line: string) => void;
}): Promise<number> {
	const [action, name, ...extra] = opts.args;
	const named = ['add', 'passwd', 'remove'].includes(action ?? '');
	if ((action !== 'list' && !named) || (named && !name) || extra.length) {
		opts.log(USAGE);
		return 2;
	}
	try {
		if (action === 'add') checkNewAccount({ name: name!, role: opts.role });
		const password = ['add', 'passwd'].includes(action!)
			? await readPassword({ prompt: `New password for ${name}: `, confirm: true })
			: '';
		const db = await openAccounts({
			dataDir: opts.dataDir,
			waitMs: Math.min(lockWaitMs(), MAX_WAIT_MS)
		});
		try {
			await run({
				db,
				action: action!,
				name: name ?? '',
				password,
				role: opts.role,
				log: opts.log
			});
		} finally {
			await db.close();
		}
		return 0;
	} catch (error) {
		if (error instanceof StoreBusyError) {
			console.error(busyMessage({ dataDir: opts.dataDir, pid: error.pid }));
			return 1;
		}
		if (!(error instanceof AccountError)) throw error;
		console.error(`${error.message} Nothing was changed.`);
		return 2;
	}
}

async function run(opts: {
	db: Connector;
	action: string;
	name: string;
	password: string;
	role?: string;
	log: (line: string) => void;
}): Promise<void> {
	const change = {
		db: opts.db,
		actor: userInfo().username,
		via: 'cli' as const,
		nowMs: Date.now()
	};
	const { name, password, log } = opts;
	if (opts.action === 'list') {
		const users = await listUsers({ db: opts.db });
		for (const u of users) log(`${u.name}\t${u.role}\tadded ${stamp(u.created_ms)}`);
		if (!users.length) log('No accounts yet: add one with user add NAME --role analyst.');
	} else if (opts.action === 'add') {
		const added = await addUser({ ...change, name, role: opts.role, password });
		log(`Added ${added.role} "${added.name}".`);
	} else if (opts.action === 'passwd') {
		await changePassword({ ...change, name, password });
		log(`Changed the password of "${name}"; its sessions have ended.`);
	} else {
		await removeUser({ ...change, name });
		log(`Removed "${name}" and its sessions.`);
	}
}

/** Refuses a bad name or role before asking for a password. */
function checkNewAccount(opts: { name: string; role?: string }): void {
	const problem = nameProblem(normaliseName(opts.name));
	if (problem) throw new AccountError(problem);
	if (!isRole(opts.role))
		throw new AccountError('Give the account a role: --role analyst or --role viewer.');
}

const stamp = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function busyMessage(opts: { dataDir: string; pid: number | null }): string {
	const holder = opts.pid ? `another process (PID ${opts.pid})` : 'another process';
	return (
		`The accounts store ${accountsPath(opts)} is held by ${holder}, most likely the running ` +
		'dashboard, which owns it while it runs: stop the dashboard, run this command again, then start it.'
	);
}
