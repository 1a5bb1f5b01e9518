import { describe, expect, it } from 'vitest';
import { SCRYPT_COST, hashPassword, verifyPassword } from './password-hash';

const cheap = { N: 1024, r: 8, p: 1 };

describe('hashPassword and verifyPassword', () => {
	it('uses the full cost by default and verifies the right password only', async () => {
		const hash = await hashPassword({ password: 'correct horse battery' });
		expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
		expect(SCRYPT_COST.N * SCRYPT_COST.r * 128).toBe(128 * 1024 * 1024);
		expect(await verifyPassword({ password: 'correct horse battery', hash })).toBe(true);
		expect(await verifyPassword({ password: 'correct horse batterY', hash })).toBe(false);
	});

	it('salts each hash', async () => {
		const [a, b] = await Promise.all(
			[1, 2].map(() => hashPassword({ password: 'same password here', cost: cheap }))
		);
		expect(a).not.toBe(b);
		expect(a!.split('$')[4]).toHaveLength(22); // 16 bytes
		expect(await verifyPassword({ password: 'same password here', hash: b! })).toBe(true);
	});

	it.each([
		{ password: 'é composed long', typed: 'e\u0301 composed long', ok: true },
		{ password: 'plain password!', typed: 'plain password! ', ok: false }
	])('$typed against $password: $ok (Unicode normalised)', async ({ password, typed, ok }) => {
		const hash = await hashPassword({ password, cost: cheap });
		expect(await verifyPassword({ password: typed, hash })).toBe(ok);
	});

	it.each(['', 'bcrypt$x', 'scrypt$1024$8$1$c2FsdA'])('refuses the hash %j', async (hash) => {
		expect(await verifyPassword({ password: 'anything at all', hash })).toBe(false);
	});
});
