/** A refused account change, its message one sentence for the person who asked. */
export class AccountError extends Error {
	override name = 'AccountError';
}
