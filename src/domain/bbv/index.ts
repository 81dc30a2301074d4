export * from './paragraph';
