export { MeetingScheduler, MeetingInputError, calendarKeyOf } from './MeetingScheduler';
export type { MeetingSchedulerOptions, MeetingSlot, SendOutcome, SyncSummary } from './MeetingScheduler';
export { sendFailureReason } from './sendFailureReason';
export { generateBilateralBodies } from './bilateralBodies';
