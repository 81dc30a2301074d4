export * from './ISiteSetup';
export * from './checkListsExist';
export * from './SiteSetupGate';
export * from './SiteSetupPanel';
export * from './provisioningSummary';
