export * from './councilRoute';
export * from './planCouncilRoute';
export * from './parseCouncilSchedule';
export * from './importPlan';
