export { WgrCalendar } from './WgrCalendar';
export type { IWgrCalendarProps } from './IWgrCalendarProps';
