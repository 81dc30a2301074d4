export { Steering, type SteeringTab } from './Steering';
export type { ISteeringProps } from './ISteeringProps';
