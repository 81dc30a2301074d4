export * from './calendarDate';
export * from './zonedDateTime';
export * from './format';
