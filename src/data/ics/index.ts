export * from './meetingsCalendar';
