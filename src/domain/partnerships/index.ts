export * from './classification';
export * from './refresh';
