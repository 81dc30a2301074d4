/** The year columns of the schema accept 1990–2100 (FiscalYear, DocumentYear). */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;
export const YEAR_MESSAGE = `Vul een jaartal van ${YEAR_RANGE.min} tot en met ${YEAR_RANGE.max} in.`;
