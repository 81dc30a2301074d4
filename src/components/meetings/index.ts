export * from './ComplianceStateBadge';
