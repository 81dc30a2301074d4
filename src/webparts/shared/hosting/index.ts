export * from './hostKind';
export * from './hostLanguage';
export * from './deepLinks';
export * from './hostThemes';
export * from './teamsHostContext';
