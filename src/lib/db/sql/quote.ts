/** Quotes an SQL identifier so any header text is safe as a column name. @example quoteIdent('Crime ID') // "Crime ID" */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** A month `YYYY-MM` as the DATE literal value DuckDB binds. @example monthParam('2021-06') // '2021-06-01' */
export function monthParam(month: string): string {
	return `${month}-01`;
}
