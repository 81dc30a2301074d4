export * from './PartnershipRegister';
export * from './IPartnershipRegisterProps';
