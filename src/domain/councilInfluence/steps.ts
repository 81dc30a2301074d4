import type { CalendarDate } from '../models/time';
import { addDaysToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import type { InfluenceCase, InfluenceCaseKind } from './models';

/*
 * The six steps of a zienswijze case (issue 8), from the document's arrival to the GR's reasoned answer, each with
 * the date it is expected by, the state it is in on a given day, and one Dutch sentence that says so.
 */

/** The steps in the order they happen. */
export const INFLUENCE_STEPS = ['ontvangen', 'raadsoplegger', 'zienswijze-raad', 'standpunt-ab-lid', 'besluit-ab', 'antwoord-gr'] as const;
export type InfluenceStep = (typeof INFLUENCE_STEPS)[number];

/**
 * - `gedaan`: the step's date is recorded.
 * - `te-laat`: not recorded and its expected date has passed.
 * - `aan-de-beurt`: the first step not yet recorded, still in time.
 * - `nog-niet`: a later step, still in time (or without an expected date yet).
 */
export const STEP_STATES = ['gedaan', 'te-laat', 'aan-de-beurt', 'nog-niet'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Dutch names of the steps, as the product shows them. */
export const INFLUENCE_STEP_LABELS: Readonly<Record<InfluenceStep, string>> = {
  ontvangen: 'Document ontvangen',
  raadsoplegger: 'Raadsoplegger naar de raad',
  'zienswijze-raad': 'Zienswijze raad',
  'standpunt-ab-lid': 'Standpunt AB-lid',
  'besluit-ab': 'Besluit AB',
  'antwoord-gr': 'Antwoord GR',
};

export const STEP_STATE_LABELS: Readonly<Record<StepState, string>> = {
  gedaan: 'gedaan',
  'te-laat': 'te laat',
  'aan-de-beurt': 'aan de beurt',
  'nog-niet': 'nog niet aan de beurt',
};

/**
 * Internal lead time for the cover note: the raadsoplegger goes to the raad within two weeks of receipt. The
 * zienswijze period is twelve weeks for a begroting (Wgr art. 35(1)) and eight for a draft regeling (art. 1(3));
 * a raad needs a committee and a council meeting in that period (seed 004: the raad must know in time what is
 * asked of it), so the note cannot take more than the first two weeks. A product agreement, not a legal term.
 */
export const COVER_NOTE_LEAD_DAYS = 14;

/**
 * The GR's written, reasoned answer. Wgr art. 35(4) (begroting, and through 35(6) a begrotingswijziging) and art.
 * 10(6) (other decisions put to the raden under art. 10(5)) oblige the general board to respond in writing and with
 * reasons to the zienswijzen it received, so that each raad knows how its view was weighed; the law sets no term.
 * The product expects the answer at the latest two weeks after the AB's decision, by analogy with the two weeks in
 * which the adopted begroting must reach Gedeputeerde Staten (Wgr art. 34(2)): by then the decision is final and its
 * reasoning is on paper. Documented in the UI with the step.
 */
export const GR_ANSWER_DAYS_AFTER_AB_DECISION = 14;

/** Wgr art. 1(3): the raad gives its zienswijze on a draft regeling, joining or leaving within eight weeks of receipt. */
export const DRAFT_REGULATION_ZIENSWIJZE_DAYS = 56;

export interface StepStatus {
  readonly step: InfluenceStep;
  readonly label: string;
  readonly state: StepState;
  /** The day the step was done, when it was. */
  readonly doneOn?: CalendarDate;
  /** The day the step is expected by; absent when it cannot be derived yet (e.g. the AB meeting is not known). */
  readonly expectedBy?: CalendarDate;
  /** Why `expectedBy` is that day: the rule, in Dutch, with its source. */
  readonly rule: string;
  /** One Dutch sentence: "Zienswijze raad ontbreekt; uiterlijk 24 juni 2027". */
  readonly sentence: string;
}

export const CASE_PROGRESS = ['open', 'te-laat', 'afgerond'] as const;
export type CaseProgress = (typeof CASE_PROGRESS)[number];

export interface CaseOverview {
  readonly steps: readonly StepStatus[];
  /** `afgerond` when every step is done; `te-laat` when any step is overdue; else `open`. */
  readonly progress: CaseProgress;
  /** The first step not done, if any. */
  readonly nextStep?: StepStatus;
  readonly overdueCount: number;
}

/** The date the raad's zienswijze is expected by, and why. */
export function councilZienswijzeDeadline(influenceCase: InfluenceCase): { readonly date?: CalendarDate; readonly rule: string } {
  if (influenceCase.responseDeadline !== undefined) {
    return { date: influenceCase.responseDeadline, rule: 'de termijn die de GR voor de zienswijze heeft gesteld' };
  }
  if (influenceCase.kind === 'ontwerp-regeling') {
    return {
      date: addDaysToCalendarDate(influenceCase.receivedDate, DRAFT_REGULATION_ZIENSWIJZE_DAYS),
      rule: 'acht weken na ontvangst (Wgr art. 1 lid 3)',
    };
  }
  if (influenceCase.abDecisionMeetingDate !== undefined) {
    return { date: influenceCase.abDecisionMeetingDate, rule: zienswijzeBeforeAbRule(influenceCase.kind) };
  }
  return { rule: 'geen termijn bekend: vul de termijn van de GR of de AB-vergadering in' };
}

function zienswijzeBeforeAbRule(kind: InfluenceCaseKind): string {
  switch (kind) {
    case 'ontwerpbegroting':
      return 'vóór de AB-vergadering die de begroting vaststelt (Wgr art. 35 lid 3)';
    case 'begrotingswijziging':
      return 'vóór de AB-vergadering die de wijziging vaststelt (Wgr art. 35 lid 6 met lid 3)';
    default:
      return 'vóór de AB-vergadering die besluit (Wgr art. 10 lid 5)';
  }
}

interface StepFacts {
  readonly step: InfluenceStep;
  readonly doneOn?: CalendarDate;
  readonly expectedBy?: CalendarDate;
  readonly rule: string;
}

function stepFacts(influenceCase: InfluenceCase): readonly StepFacts[] {
  const council = councilZienswijzeDeadline(influenceCase);
  const abMeeting = influenceCase.abDecisionMeetingDate;
  const abRule = abMeeting === undefined ? 'de AB-vergadering die besluit is nog niet bekend' : 'de AB-vergadering die besluit';
  const answerBase = influenceCase.abDecisionDate ?? abMeeting;
  return [
    { step: 'ontvangen', doneOn: influenceCase.receivedDate, expectedBy: influenceCase.receivedDate, rule: 'de dag waarop het document binnenkwam' },
    {
      step: 'raadsoplegger',
      doneOn: influenceCase.coverNoteDate,
      expectedBy: addDaysToCalendarDate(influenceCase.receivedDate, COVER_NOTE_LEAD_DAYS),
      rule: 'twee weken na ontvangst (interne afspraak, zodat de raad de hele zienswijzetermijn heeft)',
    },
    { step: 'zienswijze-raad', doneOn: influenceCase.councilAdoptedDate, expectedBy: council.date, rule: council.rule },
    { step: 'standpunt-ab-lid', doneOn: influenceCase.abMemberPositionDate, expectedBy: abMeeting, rule: abRule },
    { step: 'besluit-ab', doneOn: influenceCase.abDecisionDate, expectedBy: abMeeting, rule: abRule },
    {
      step: 'antwoord-gr',
      doneOn: influenceCase.grAnswerDate,
      expectedBy: answerBase === undefined ? undefined : addDaysToCalendarDate(answerBase, GR_ANSWER_DAYS_AFTER_AB_DECISION),
      rule:
        answerBase === undefined
          ? 'twee weken na het besluit van het AB, dat nog niet bekend is (Wgr art. 35 lid 4 en art. 10 lid 6: schriftelijk en gemotiveerd antwoord; de wet noemt geen termijn)'
          : 'twee weken na het besluit van het AB (Wgr art. 35 lid 4 en art. 10 lid 6 eisen een schriftelijk, gemotiveerd antwoord maar noemen geen termijn; de monitor volgt de twee weken van art. 34 lid 2)',
    },
  ];
}

const MISSING_SENTENCES: Readonly<Record<InfluenceStep, string>> = {
  ontvangen: 'Document nog niet ontvangen',
  raadsoplegger: 'Raadsoplegger nog niet naar de raad',
  'zienswijze-raad': 'Zienswijze raad ontbreekt',
  'standpunt-ab-lid': 'Standpunt AB-lid ontbreekt',
  'besluit-ab': 'Besluit AB ontbreekt',
  'antwoord-gr': 'Antwoord GR ontbreekt',
};

const DONE_SENTENCES: Readonly<Record<InfluenceStep, string>> = {
  ontvangen: 'Document ontvangen op',
  raadsoplegger: 'Raadsoplegger naar de raad op',
  'zienswijze-raad': 'Zienswijze raad vastgesteld op',
  'standpunt-ab-lid': 'Standpunt AB-lid ingenomen op',
  'besluit-ab': 'Besluit AB genomen op',
  'antwoord-gr': 'Antwoord GR ontvangen op',
};

function sentenceOf(facts: StepFacts, state: StepState): string {
  if (state === 'gedaan' && facts.doneOn !== undefined) return `${DONE_SENTENCES[facts.step]} ${formatDutchDate(facts.doneOn)}`;
  const missing = MISSING_SENTENCES[facts.step];
  if (facts.expectedBy === undefined) return `${missing}; ${facts.rule}`;
  const date = formatDutchDate(facts.expectedBy);
  return state === 'te-laat' ? `${missing}; uiterlijk ${date}, dat is verstreken` : `${missing}; uiterlijk ${date}`;
}

/**
 * The steps of a case on `today`, each with its state, expected date and Dutch sentence.
 *
 * @example
 * influenceCaseSteps({ ...ontwerpbegroting, responseDeadline: '2027-06-24' }, '2027-06-25').steps[2].sentence
 * //=> 'Zienswijze raad ontbreekt; uiterlijk 24 juni 2027, dat is verstreken'
 */
export function influenceCaseSteps(influenceCase: InfluenceCase, today: CalendarDate): CaseOverview {
  let firstOpenSeen = false;
  const steps = stepFacts(influenceCase).map((facts): StepStatus => {
    let state: StepState;
    if (facts.doneOn !== undefined) {
      state = 'gedaan';
    } else if (facts.expectedBy !== undefined && compareCalendarDates(facts.expectedBy, today) < 0) {
      state = 'te-laat';
      firstOpenSeen = true;
    } else {
      state = firstOpenSeen ? 'nog-niet' : 'aan-de-beurt';
      firstOpenSeen = true;
    }
    return {
      step: facts.step,
      label: INFLUENCE_STEP_LABELS[facts.step],
      state,
      ...(facts.doneOn === undefined ? {} : { doneOn: facts.doneOn }),
      ...(facts.expectedBy === undefined ? {} : { expectedBy: facts.expectedBy }),
      rule: facts.rule,
      sentence: sentenceOf(facts, state),
    };
  });
  const overdueCount = steps.filter((step) => step.state === 'te-laat').length;
  const nextStep = steps.find((step) => step.state !== 'gedaan');
  const progress: CaseProgress = nextStep === undefined ? 'afgerond' : overdueCount > 0 ? 'te-laat' : 'open';
  return { steps, progress, overdueCount, ...(nextStep === undefined ? {} : { nextStep }) };
}

/** Cases for an overview: overdue first, then open by the next step's expected date, then finished by receipt (newest first). */
export function sortInfluenceCases<T extends InfluenceCase>(cases: readonly T[], today: CalendarDate): T[] {
  const rank: Readonly<Record<CaseProgress, number>> = { 'te-laat': 0, open: 1, afgerond: 2 };
  const decorated = cases.map((item) => ({ item, overview: influenceCaseSteps(item, today) }));
  decorated.sort((left, right) => {
    const byProgress = rank[left.overview.progress] - rank[right.overview.progress];
    if (byProgress !== 0) return byProgress;
    if (left.overview.progress === 'afgerond') return compareCalendarDates(right.item.receivedDate, left.item.receivedDate);
    const leftNext = left.overview.nextStep?.expectedBy;
    const rightNext = right.overview.nextStep?.expectedBy;
    if (leftNext !== undefined && rightNext !== undefined) return compareCalendarDates(leftNext, rightNext);
    return leftNext === undefined ? (rightNext === undefined ? 0 : 1) : -1;
  });
  return decorated.map((entry) => entry.item);
}
