export * from './types';
export * from './parseFrequency';
export * from './renderRule';
export * from './storedRules';
export * from './periods';
export * from './compliance';
export * from './planner';
