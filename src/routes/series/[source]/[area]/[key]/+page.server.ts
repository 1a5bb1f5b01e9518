import { seriesPageData } from '../../../series-page-data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	return { series: await seriesPageData({ url, ...params }) };
};
