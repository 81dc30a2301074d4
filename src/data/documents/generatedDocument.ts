/** A generated Word document: the name to save it under and its bytes (works in the browser and in Node). */
export interface GeneratedDocument {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
