/**
 * A zip entry's name made safe to store: backslashes read as folders, and a name that climbs out
 * of the archive (`..`), starts at a root or drive (`/x`, `C:`) or holds control characters keeps
 * only its last part, cleaned. Ordinary folder names inside the archive are kept.
 * @example safeEntryName('../../etc/x.csv') // 'x.csv'
 */
export function safeEntryName(name: string): string {
	// eslint-disable-next-line no-control-regex
	const cleaned = name.replace(/\\/g, '/').replace(/[\u0000-\u001f\u007f]/g, '');
	const parts = cleaned.split('/');
	const unsafe =
		cleaned.startsWith('/') ||
		/^[a-z]:/i.test(cleaned) ||
		parts.some((p) => p === '..' || p === '.') ||
		cleaned !== name.replace(/\\/g, '/');
	if (!unsafe) return cleaned;
	const base = parts.filter((p) => p !== '' && p !== '.' && p !== '..').pop() ?? '';
	return base.replace(/^[a-z]:/i, '') || 'unnamed.csv';
}
