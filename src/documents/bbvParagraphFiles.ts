import type { BbvParagraph } from '../domain/bbv';
import { writeBbvParagraphDocx } from './bbvParagraphDocx';
import { writeBbvParagraphXlsx } from './bbvParagraphXlsx';

/** One generated file: its name and bytes, with the MIME type a browser download needs. */
export interface GeneratedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly content: Uint8Array;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `Paragraaf verbonden partijen begroting 2026` */
export function bbvParagraphBaseName(paragraph: Pick<BbvParagraph, 'kind' | 'year'>): string {
  return `Paragraaf verbonden partijen ${paragraph.kind} ${paragraph.year}`;
}

/** Both files of the paragraph. The UI imports this module lazily (chunk 'bbv-paragraph'); the CLI directly. */
export async function writeBbvParagraphFiles(paragraph: BbvParagraph): Promise<readonly GeneratedFile[]> {
  const base = bbvParagraphBaseName(paragraph);
  const [docx, xlsx] = await Promise.all([writeBbvParagraphDocx(paragraph), writeBbvParagraphXlsx(paragraph)]);
  return [
    { name: `${base}.docx`, mimeType: DOCX_MIME, content: docx },
    { name: `${base}.xlsx`, mimeType: XLSX_MIME, content: xlsx },
  ];
}
