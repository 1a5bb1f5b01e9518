import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^17, r = 8, p = 1 (128 MiB a hash, OWASP's recommendation). */
export interface ScryptCost {
	N: number;
	r: number;
	p: number;
}
export const SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
	const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
	return new Promise((resolve, reject) =>
		scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

/**
 * A password's scrypt hash with a random 16-byte salt, as `scrypt$N$r$p$salt$key` (base64url),
 * so that the cost can be raised later without breaking stored hashes.
 * @example await hashPassword({ password: 'correct horse battery' }) // 'scrypt$131072$8$1$…$…'
 */
export async function hashPassword(opts: { password: string; cost?: ScryptCost }): Promise<string> {
	const cost = opts.cost ?? SCRYPT_COST;
	const salt = randomBytes(16);
	const key = await derive(opts.password, salt, cost);
	return [
		'scrypt',
		cost.N,
		cost.r,
		cost.p,
		salt.toString('base64url'),
		key.toString('base64url')
	].join('$');
}

/**
 * Whether a password matches a stored hash, compared in constant time; false for a hash in any
 * other format.
 * @example await verifyPassword({ password: 'correct horse battery', hash }) // true
 */
export async function verifyPassword(opts: { password: string; hash: string }): Promise<boolean> {
	const [kind, N, r, p, salt, key] = opts.hash.split('$');
	if (kind !== 'scrypt' || !key) return false;
	const expected = Buffer.from(key, 'base64url');
	const cost = { N: Number(N), r: Number(r), p: Number(p) };
	const actual = await derive(opts.password, Buffer.from(salt!, 'base64url'), cost);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash no password matches, verified against when the account does not exist so that
 * a wrong name takes as long as a wrong password. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> =>
	(decoy ??= hashPassword({ password: randomBytes(16).toString('hex') }));
