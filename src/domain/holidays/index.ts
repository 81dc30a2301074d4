export * from './publicHolidays';
export * from './schoolHolidays';
export * from './dayCalendar';
