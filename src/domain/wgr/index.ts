export * from './types';
export * from './workingDays';
export * from './calendar';
export * from './format';
export * from './settings';
export * from './yearView';
export * from './councilRoutes';
