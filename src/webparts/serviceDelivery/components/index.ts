export { ServiceDelivery } from './ServiceDelivery';
export type { IServiceDeliveryProps, ServiceDeliveryTab } from './IServiceDeliveryProps';
