export * from './models';
export * from './actions';
export * from './evaluationSchedule';
export * from './budget';
export * from './statusReport';
export * from './validation';
