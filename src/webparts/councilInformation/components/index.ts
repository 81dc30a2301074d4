export { CouncilInformation } from './CouncilInformation';
export type { ICouncilInformationProps, DownloadableFile } from './ICouncilInformationProps';
