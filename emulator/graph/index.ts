export { createGraphRouter, outboxHandler, readOutbox } from './router';
export { graphError, graphThrottledResponse } from './errors';
export { DEMO_GROUP, upsertGraphGroup, clearOutbox, type GraphGroup, type OutboxMessage, type OutboxKind } from './store';
export { MAX_BATCH_REQUESTS } from './batch';
