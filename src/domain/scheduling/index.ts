export * from './inviteDraft';
export * from './sendState';
export * from './calendarSync';
export * from './bilateralBodies';
