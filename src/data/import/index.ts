export * from './readImportFile';
export * from './applyImport';
