/** A run of text inside a block. */
export interface Span {
	kind: 'text' | 'strong' | 'em' | 'code';
	text: string;
}

/** A block of a markdown document: the subset the methodology notes use. */
export type Block =
	| { kind: 'heading'; level: number; spans: Span[] }
	| { kind: 'paragraph'; spans: Span[] }
	| { kind: 'list'; ordered: boolean; items: Span[][] }
	| { kind: 'code'; text: string };

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|(?<!\w)_[^_]+_(?!\w))/;

/** Splits text into plain, strong, emphasised and code runs. @example parseInline('a **b** `c`') // [{ kind: 'text', text: 'a ' }, { kind: 'strong', text: 'b' }, { kind: 'text', text: ' ' }, { kind: 'code', text: 'c' }] */
export function parseInline(text: string): Span[] {
	return text
		.split(INLINE)
		.filter((part) => part !== '')
		.map((part): Span => {
			if (part.startsWith('`') && part.length > 1 && part.endsWith('`'))
				return { kind: 'code', text: part.slice(1, -1) };
			if (part.startsWith('**') && part.length > 3 && part.endsWith('**'))
				return { kind: 'strong', text: part.slice(2, -2) };
			if (/^([*_]).+\1$/.test(part)) return { kind: 'em', text: part.slice(1, -1) };
			return { kind: 'text', text: part };
		});
}

const ITEM = /^\s*(?:([-*])|(\d+)\.)\s+(.*)$/;

/**
 * Parses the markdown subset of METHOD.md — headings, paragraphs, bulleted and numbered lists
 * (with indented continuation lines), fenced code, bold, italics and inline code — into blocks
 * that a Svelte page renders without raw HTML.
 * @example parseMarkdown('# Title\n\nSome **bold** text.') // [{ kind: 'heading', level: 1, … }, { kind: 'paragraph', … }]
 */
export function parseMarkdown(markdown: string): Block[] {
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	let list: { ordered: boolean; items: string[] } | null = null;
	let code: string[] | null = null;
	const flush = () => {
		if (paragraph.length)
			blocks.push({ kind: 'paragraph', spans: parseInline(paragraph.join(' ')) });
		if (list)
			blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
		paragraph = [];
		list = null;
	};
	for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
		if (code) {
			if (raw.trim().startsWith('```')) {
				blocks.push({ kind: 'code', text: code.join('\n') });
				code = null;
			} else code.push(raw);
			continue;
		}
		const line = raw.trim();
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const item = ITEM.exec(raw);
		if (line.startsWith('```')) {
			flush();
			code = [];
		} else if (line === '') flush();
		else if (heading) {
			flush();
			blocks.push({ kind: 'heading', level: heading[1]!.length, spans: parseInline(heading[2]!) });
		} else if (item) {
			const ordered = item[2] !== undefined;
			if (paragraph.length || (list && list.ordered !== ordered)) flush();
			list ??= { ordered, items: [] };
			list.items.push(item[3]!);
		} else if (list) list.items[list.items.length - 1] += ` ${line}`;
		else paragraph.push(line);
	}
	if (code) blocks.push({ kind: 'code', text: code.join('\n') });
	flush();
	return blocks;
}
