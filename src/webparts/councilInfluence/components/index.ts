export { CouncilInfluence } from './CouncilInfluence';
export type { ICouncilInfluenceProps } from './ICouncilInfluenceProps';
