export * from './registerView';
export * from './filterRegister';
export * from './registerCompliance';
export * from './matrix';
export * from './importPlan';
export * from './conflict';
