export * from './generatedDocument';
export * from './coverNote';
export * from './handoverDossier';
