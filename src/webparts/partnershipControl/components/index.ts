export { PartnershipControl } from './PartnershipControl';
export type { IPartnershipControlProps, PartnershipControlTab } from './IPartnershipControlProps';
