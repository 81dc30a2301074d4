export * from './schemaTypes';
export * from './choices';
export * from './siteSchema';
