export { PartnershipDashboardRoot } from './PartnershipDashboardRoot';
export type { IPartnershipDashboardRootProps } from './IPartnershipDashboardRootProps';
