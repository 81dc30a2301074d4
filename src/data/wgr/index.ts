export * from './wgrCalendarService';
