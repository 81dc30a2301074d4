export * from './DemoDataBadge';
