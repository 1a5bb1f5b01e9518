import { expandChoices } from '$lib/overview/compact-choices';
import type { PageLoad } from './$types';

// Runs on the server for the first render and in the browser after it: the choices are not sent.
export const load: PageLoad = ({ data }) => ({ overview: expandChoices(data.overview) });
