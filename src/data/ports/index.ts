export * from './repository';
export * from './repositories';
export * from './directory';
export * from './errors';
export * from './calendar';
