export * from './repository';
export * from './errors';
export * from './calendar';
