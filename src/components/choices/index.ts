export * from './choiceLabel';
