export * from './documents';
export * from './timeline';
export * from './meetingCounts';
export * from './importance';
