/** Hex SHA-256 of bytes with Web Crypto (browser and Node). @example await sha256({ bytes }) */
export async function sha256(opts: { bytes: Uint8Array }): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', opts.bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
