export * from './influenceCases';
