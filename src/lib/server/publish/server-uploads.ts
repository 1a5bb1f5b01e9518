import type { Row } from '../../db/connector';
import { listUploadsSql, type UploadRow } from '../../db/sql/uploads-sql';
import { tableExistsSql, versionsSql, type VersionRow } from '../../db/sql/versions-sql';
import { withStore } from '../with-store';

/** What the server's store holds: its uploads and its dataset versions, newest first. */
export interface ServerUploads {
	uploads: UploadRow[];
	versions: VersionRow[];
}

/**
 * The server's uploads and versions, as the upload page lists them (empty before any store).
 * @example const { uploads, versions } = await serverUploads();
 */
export async function serverUploads(): Promise<ServerUploads> {
	const found = await withStore(async (db) => {
		const uploads = await db.query<UploadRow & Row>(listUploadsSql());
		const [table] = await db.query<{ present: boolean }>(
			tableExistsSql({ name: 'dataset_versions' })
		);
		const versions = table?.present ? await db.query<VersionRow & Row>(versionsSql()) : [];
		return { uploads, versions };
	});
	return found ?? { uploads: [], versions: [] };
}
