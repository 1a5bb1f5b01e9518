import { serverUploads } from '$lib/server/publish/server-uploads';
import { uploadLimitBytes } from '$lib/server/publish/upload-limit';
import type { PageServerLoad } from './$types';

const limitBytes = uploadLimitBytes();

export const load: PageServerLoad = async ({ depends }) => {
	depends('app:server-uploads');
	return { server: await serverUploads(), uploadLimitBytes: limitBytes };
};
