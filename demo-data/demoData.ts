import { DEMO_ACTIONS } from './actions';
import { DEMO_CONTACTS } from './contacts';
import { DEMO_FINANCIAL_FIGURES } from './financialFigures';
import { GBTWENTE_BODIES } from './gbtwenteBodies';
import { GBTWENTE_MEETINGS } from './meetings';
import { DEMO_MUNICIPALITIES } from './municipalities';
import { DEMO_PARTNERSHIPS } from './partnerships';
import { DEMO_PEOPLE_LIST } from './people';
import { DEMO_PROCESS_MOMENTS } from './processMoments';
import type { DemoData } from './types';

/**
 * Everything the demo site holds, from the five seeds, for gemeente Hof van Twente. All of it is demo
 * data: the people are fictional, importance and figures are demo assessments, dates after the seeds
 * are plausible demo dates. The demo's "today" is 26 November 2026.
 */
export const DEMO_DATA: DemoData = {
  people: DEMO_PEOPLE_LIST,
  municipalities: DEMO_MUNICIPALITIES,
  partnerships: DEMO_PARTNERSHIPS,
  financialFigures: DEMO_FINANCIAL_FIGURES,
  meetingBodies: GBTWENTE_BODIES,
  meetings: GBTWENTE_MEETINGS,
  processMoments: DEMO_PROCESS_MOMENTS,
  actions: DEMO_ACTIONS,
  contacts: DEMO_CONTACTS,
};

/** The instant the demo data is consistent with (planned meetings after it, held ones before). */
export const DEMO_NOW = new Date('2026-11-26T09:00:00Z');
