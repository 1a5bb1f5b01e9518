import { existsSync } from 'node:fs';
import { FORMAT_SIGNATURES } from '../../ingest/detect/format-signatures';
import type { MeasureDefaults } from '../../ingest/formats/measure-defaults';
import { isColumnMapping, type ColumnMapping } from '../../ingest/mapping/column-mapping';
import type { FormatKind } from '../../ingest/types';
import { uploadPath } from './upload-files';
import { UploadRefused } from './upload-refused';

/** One kept upload to publish, read as the analyst chose. */
export interface PublishFile {
	sha256: string;
	name: string;
	path: string;
	format?: FormatKind;
	mapping?: ColumnMapping;
	measureDefaults?: MeasureDefaults;
}

const MAX_FILES = 200;
const FORMATS = new Set<string>(FORMAT_SIGNATURES.map((s) => s.kind));
const UNITS = new Set(['count', 'percent', 'rate']);
const DIRECTIONS = new Set(['up', 'down']);
const bad = (message: string) => new UploadRefused({ status: 400, message });

/**
 * Reads a check or publish request, `{ dryRun, files: [{ sha256, name, format?, mapping?,
 * measureDefaults? }] }`, naming each kept file; throws an UploadRefused (400) saying what is wrong.
 * @example publishRequest({ body: { files: [{ sha256, name: 'june.csv' }] }, dataDir: 'data' })
 */
export function publishRequest(opts: { body: unknown; dataDir: string }): {
	dryRun: boolean;
	files: PublishFile[];
} {
	const body = opts.body as { dryRun?: unknown; files?: unknown } | null;
	if (typeof body !== 'object' || body === null || !Array.isArray(body.files) || !body.files.length)
		throw bad(
			'Name the files to publish: send JSON { "files": [{ "sha256": "…", "name": "june.csv" }] }, each uploaded first to /api/uploads.'
		);
	if (body.files.length > MAX_FILES)
		throw bad(
			`Publish at most ${MAX_FILES} files at once; this request names ${body.files.length}.`
		);
	if (body.dryRun !== undefined && typeof body.dryRun !== 'boolean')
		throw bad('"dryRun" is true (check only) or false (publish).');
	const files = body.files.map((f, i) =>
		publishFile({ file: f, at: i + 1, dataDir: opts.dataDir })
	);
	return { dryRun: body.dryRun === true, files };
}

function publishFile(opts: { file: unknown; at: number; dataDir: string }): PublishFile {
	const f = (opts.file ?? {}) as Record<string, unknown>;
	const which = `File ${opts.at}${typeof f.name === 'string' && f.name.trim() ? ` (${f.name})` : ''}`;
	if (typeof f.name !== 'string' || !f.name.trim() || f.name.length > 255)
		throw bad(
			`${which} needs a "name" of 1 to 255 characters, e.g. "2021-06-city-of-london-street.csv".`
		);
	const path =
		typeof f.sha256 === 'string' ? uploadPath({ dataDir: opts.dataDir, sha256: f.sha256 }) : null;
	if (!path)
		throw bad(`${which} needs its "sha256": the 64 lower-case hex digits /api/uploads answered.`);
	if (!existsSync(path))
		throw bad(
			`${which} was never uploaded to this server (no kept file ${f.sha256}); upload it again.`
		);
	const file: PublishFile = { sha256: f.sha256 as string, name: f.name.trim(), path };
	if (f.format !== undefined) {
		if (typeof f.format !== 'string' || !FORMATS.has(f.format))
			throw bad(`${which} has an unknown "format"; use one of ${[...FORMATS].join(', ')}.`);
		file.format = f.format as FormatKind;
	}
	if (f.mapping !== undefined) {
		if (!isColumnMapping(f.mapping))
			throw bad(`${which} has a "mapping" without a name, date, categories, value and area.`);
		file.mapping = f.mapping;
	}
	if (f.measureDefaults !== undefined)
		file.measureDefaults = measureDefaults(f.measureDefaults, which);
	return file;
}

function measureDefaults(value: unknown, which: string): MeasureDefaults {
	const v = (value ?? {}) as Record<string, unknown>;
	if (
		typeof value !== 'object' ||
		value === null ||
		(v.unit !== undefined && !UNITS.has(String(v.unit))) ||
		(v.direction !== undefined && !DIRECTIONS.has(String(v.direction)))
	)
		throw bad(
			`${which} has "measureDefaults" other than a unit (${[...UNITS].join(', ')}) and a direction (${[...DIRECTIONS].join(', ')}).`
		);
	return value as MeasureDefaults;
}
