import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const REASONS: Record<string, string> = {
	ENOENT: 'there is no file or folder there',
	ENOTDIR: 'a part of the path is a file, not a folder',
	EACCES: 'it may not be read (permission denied)',
	EPERM: 'it may not be read (permission denied)'
};

/**
 * The files to import: each path given, or the CSV and zip files in a folder (name order); a path
 * that cannot be read gives a sentence saying which and why instead of the system's error.
 * @example await expandPaths({ paths: ['data/inbox', 'nope.csv'] }) // { files: [...], problems: ["Cannot read 'nope.csv': there is no file or folder there; …"] }
 */
export async function expandPaths(opts: {
	paths: string[];
}): Promise<{ files: string[]; problems: string[] }> {
	const files: string[] = [];
	const problems: string[] = [];
	for (const path of opts.paths) {
		try {
			if (!(await stat(path)).isDirectory()) {
				files.push(path);
				continue;
			}
			const names = (await readdir(path)).filter((n) => /\.(csv|zip)$/i.test(n)).sort();
			files.push(...names.map((n) => join(path, n)));
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? '';
			const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
			problems.push(
				`Cannot read '${path}': ${reason}; check the path (relative paths start from ${process.cwd()}). Nothing was imported.`
			);
		}
	}
	return { files, problems };
}
