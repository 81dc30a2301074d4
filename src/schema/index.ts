export * from './schemaTypes';
export * from './choices';
export * from './siteSchema';
export * from './steeringLists';
export * from './publicLists';
export * from './wgrLists';
export * from './councilInfluenceLists';
export * from './serviceDeliveryLists';
