export * from './urlState';
