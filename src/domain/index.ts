export * from './models';
export * from './time';
export * from './validation';
export * from './partnerships';
