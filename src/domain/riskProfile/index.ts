export * from './models';
export * from './intensity';
export * from './questionnaire';
