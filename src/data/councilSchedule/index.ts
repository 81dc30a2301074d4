export * from './applyCouncilScheduleImport';
export * from './fetchCouncilFeed';
