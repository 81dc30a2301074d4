export * from './useAsyncResource';
export * from './dataErrorKind';
export * from './DataErrorMessage';
