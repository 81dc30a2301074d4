export * from './offerDownload';
