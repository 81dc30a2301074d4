/*
 * Imported first by start.ts. Node 22 marks `node:sqlite` (the emulator's database) experimental and says
 * so on every start; the warning is known and harmless here, and it would bury the one line with the URL.
 * Every other warning still goes through.
 */
const emitWarning = process.emitWarning.bind(process);

process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const message = typeof warning === 'string' ? warning : warning.message;
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type ?? (warning instanceof Error ? warning.name : undefined);
  if (type === 'ExperimentalWarning' && /SQLite/i.test(message)) return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

export {};
