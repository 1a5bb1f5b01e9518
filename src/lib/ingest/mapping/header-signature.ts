import { headerKey } from '../detect/header-key';

/**
 * What identifies a file's layout for finding its saved column mapping: the header's column names
 * in order, compared ignoring case, spaces and a BOM.
 * @example headerSignature({ header: ['\uFEFFDate', 'Offence Type', 'Count'] }) // 'date,offencetype,count'
 */
export function headerSignature({ header }: { header: string[] }): string {
	return header.map((cell) => headerKey({ cell })).join(',');
}
