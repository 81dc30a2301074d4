export * from './serviceDeliveryData';
export * from './valueImport';
export * from './agreementMoments';
