/*
 * The council's influence cycle (issue 8): zienswijze cases step by step (`influenceCaseSteps`), their validation
 * (`validateInfluenceCase`, `validateStepInput`, `validateParticipantZienswijze`) and the councils' zienswijzen
 * side by side (`councilZienswijzenSideBySide`). Pure: `today` is passed in.
 */
export * from './models';
export * from './steps';
export * from './validation';
export * from './sideBySide';
