import type { FileBody } from '../ingest/file-body';
import type { MeasureDefaults } from '../ingest/formats/measure-defaults';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { headerSignature } from '../ingest/mapping/header-signature';
import type { FormatKind } from '../ingest/types';
import type { ImportResult } from '../store/import-file';
import type { UploadFile } from './expand-files';
import { filePreview } from './file-preview';
import { MappingDraft } from './mapping-draft.svelte';
import { describeKind } from './upload-kinds';

/** The choices an analyst made for one file, as importFile takes them. */
export interface FileChoices {
	format?: FormatKind;
	mapping?: ColumnMapping;
	measureDefaults?: MeasureDefaults;
}

const MEASURE_COLUMNS = ['unit', 'direction'] as const;
const plain = (choices: FileChoices): FileChoices =>
	Object.fromEntries(Object.entries($state.snapshot(choices)).filter(([, v]) => v !== undefined));

/** One file on the upload page: what checking or saving it found, and the choices made for it. */
export class UploadEntry {
	readonly id: string;
	readonly name: string;
	readonly size: number;
	readonly body: FileBody;
	/** The file's first bytes, for the column-mapping preview. */
	readonly head: Uint8Array;
	result: ImportResult | null = $state(null);
	/** True when a choice changed since the result was found, so the file must be checked again. */
	stale = $state(false);
	/** The layout chosen by hand; null reads the layout detected from the header. */
	format: FormatKind | null = $state(null);
	/** The column mapping chosen in the mapping form. */
	mapping: ColumnMapping | null = $state(null);
	measureDefaults: MeasureDefaults | null = $state(null);
	/** The column-mapping form, for a file in no known layout. */
	draft: MappingDraft | null = $state(null);
	/** Name of the mapping saved from this file, once saved. */
	savedMapping: string | null = $state(null);

	constructor(file: UploadFile) {
		this.id = file.id;
		this.name = file.name;
		this.size = file.size;
		this.body = file.body;
		this.head = file.head;
	}

	/** The layout the file was read as (detected or chosen); null before a check or when unreadable. */
	get kind(): FormatKind | null {
		return this.result?.detection?.kind ?? null;
	}

	/** How the file was read, in words. */
	get kindWords(): string {
		return describeKind({ kind: this.kind, mapping: this.result?.mapping ?? null });
	}

	/** Unit or direction columns a measures file lacks, or has been given defaults for. */
	get measureColumns(): ('unit' | 'direction')[] {
		if (this.kind !== 'measures-long' && this.kind !== 'measures-wide') return [];
		const missing = (this.result?.issues ?? []).flatMap((i) =>
			i.rule === 'header-missing' ? [i.column] : []
		);
		const chosen = Object.keys(this.measureDefaults ?? {});
		return MEASURE_COLUMNS.filter((c) => missing.includes(c) || chosen.includes(c));
	}

	/** The header's signature, the key saved mappings are found by; null without a mapping form. */
	get signature(): string | null {
		return this.draft ? headerSignature({ header: this.draft.header }) : null;
	}

	/** The choices made for the file, as plain data, to check it with. */
	get choices(): FileChoices {
		return plain({
			format: this.format ?? undefined,
			mapping: this.mapping ?? undefined,
			measureDefaults: this.measureDefaults ?? undefined
		});
	}

	/** How the file was read, with the mapping found for its header, to replay it the same way. */
	get readWith(): FileChoices {
		return plain({ ...this.choices, mapping: this.result?.mapping ?? undefined });
	}

	/** After a check: opens the mapping form for a file in no known layout, or drops it. */
	prepare(): void {
		if (this.kind !== 'unknown') {
			this.draft = null;
			return;
		}
		if (this.draft) return;
		const preview = filePreview({ bytes: this.head, fileName: this.name });
		const from = this.mapping ?? this.result?.mapping ?? null;
		if (preview) this.draft = new MappingDraft({ preview, fileName: this.name, from });
	}
}
