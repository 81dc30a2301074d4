export * from './partnershipControlService';
