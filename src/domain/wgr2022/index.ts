export * from './provisions';
export * from './exitNotice';
export * from './validation';
