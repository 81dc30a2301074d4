import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';
import type { DemoFinancialFigures } from './types';

/** BBV art. 15 figures for a few partnerships. Every amount is invented for the demo. */
const DEMO_NOTE = 'Demo-bedragen, niet de werkelijke cijfers';

export const DEMO_FINANCIAL_FIGURES: readonly DemoFinancialFigures[] = [
  {
    partnershipName: GBTWENTE,
    year: 2025,
    kind: 'realisatie',
    contribution: 1_180_000,
    equityStart: 420_000,
    equityEnd: 465_000,
    debtStart: 2_100_000,
    debtEnd: 1_950_000,
    result: 45_000,
    explanation: `${DEMO_NOTE} van GBTwente (jaarstukken 2025).`,
  },
  {
    partnershipName: GBTWENTE,
    year: 2026,
    kind: 'begroting',
    contribution: 1_215_000,
    equityStart: 465_000,
    equityEnd: 465_000,
    debtStart: 1_950_000,
    debtEnd: 1_800_000,
    result: 0,
    explanation: `${DEMO_NOTE} van GBTwente (begroting 2026).`,
  },
  {
    partnershipName: GBTWENTE,
    year: 2027,
    kind: 'begroting',
    contribution: 1_240_000,
    equityStart: 465_000,
    equityEnd: 470_000,
    debtStart: 1_800_000,
    debtEnd: 1_650_000,
    result: 5_000,
    explanation: `${DEMO_NOTE} van GBTwente (begroting 2027).`,
  },
  {
    // The ontwerpbegroting 2028 the raad is asked about (the open zienswijze case of the demo).
    partnershipName: GBTWENTE,
    year: 2028,
    kind: 'begroting',
    contribution: 1_290_000,
    equityStart: 470_000,
    equityEnd: 470_000,
    debtStart: 1_650_000,
    debtEnd: 1_500_000,
    result: 0,
    explanation: `${DEMO_NOTE} van GBTwente (ontwerpbegroting 2028).`,
  },
  {
    partnershipName: VEILIGHEIDSREGIO_TWENTE,
    year: 2026,
    kind: 'begroting',
    contribution: 2_350_000,
    equityStart: 6_200_000,
    equityEnd: 5_900_000,
    debtStart: 38_000_000,
    debtEnd: 36_500_000,
    result: -300_000,
    explanation: `${DEMO_NOTE} van Veiligheidsregio Twente (begroting 2026).`,
  },
  {
    partnershipName: REGIO_TWENTE,
    year: 2026,
    kind: 'begroting',
    contribution: 1_640_000,
    equityStart: 3_100_000,
    equityEnd: 3_050_000,
    result: -50_000,
    explanation: `${DEMO_NOTE} van Regio Twente (begroting 2026).`,
  },
];
