export { MeetingBodies } from './MeetingBodies';
export type { IMeetingBodiesProps } from './IMeetingBodiesProps';
