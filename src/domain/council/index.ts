export * from './publicModels';
export * from './projection';
export * from './councilOverview';
