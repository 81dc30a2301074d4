import type { ValidationErrors } from '../validation/result';
import type { RiskLevel } from './models';

/*
 * The risk questionnaire (issue 8, "a score from a documented questionnaire"). Documented for users in
 * docs/risicoprofiel.md; a change here changes the level of every new assessment, so change both together.
 *
 * Three angles, after the questions councils and accountants ask of a verbonden partij (BBV art. 15 asks for its
 * risks; the Samenwerkingswijzer of seed 004 weighs "grote risico's" and "veel (financiële) middelen"):
 * - financial exposure: how much money is at stake and whether the partij can absorb a setback itself;
 * - policy risk: what goes wrong for residents and for the municipality's tasks when the partij fails;
 * - governance: how well the municipality can see and steer what happens.
 *
 * Every question has four answers worth 0 to 3 points, ordered from least to most risk, so one answer never
 * dominates and an angle's score is simply its share of the maximum. The stored answer is the points value, so the
 * stored JSON stays readable; question ids are stable because profiles keep their answers.
 */

export const RISK_ANGLES = ['financieel', 'beleid', 'governance'] as const;
export type RiskAngle = (typeof RISK_ANGLES)[number];

export interface RiskAnswerOption {
  readonly points: number;
  /** Dutch answer text. */
  readonly label: string;
}

export interface RiskQuestion {
  /** Stable id: the key of the answer in a stored profile. */
  readonly id: string;
  readonly angle: RiskAngle;
  /** Dutch question. */
  readonly text: string;
  /** Dutch: where the accounthouder finds the answer. */
  readonly help: string;
  readonly options: readonly RiskAnswerOption[];
}

export interface RiskAngleDefinition {
  readonly angle: RiskAngle;
  /** Dutch name of the angle. */
  readonly label: string;
  /** Share of the total score, in percent; the three add up to 100. */
  readonly weight: number;
}

/**
 * Financial exposure weighs most (40%): it is what the raad is accountable for in the begroting and what BBV art. 15
 * asks to report; policy and governance share the rest equally.
 */
export const RISK_ANGLE_DEFINITIONS: readonly RiskAngleDefinition[] = [
  { angle: 'financieel', label: 'Financiële blootstelling', weight: 40 },
  { angle: 'beleid', label: 'Beleidsrisico', weight: 30 },
  { angle: 'governance', label: 'Sturing en governance', weight: 30 },
];

/** Level thresholds on the 0–100 score: laag up to and including 34, midden 35–59, hoog from 60. */
export const RISK_LEVEL_THRESHOLDS = { midden: 35, hoog: 60 } as const;

/**
 * One angle at or above this score makes the level at least midden, so a concentrated risk (a large guarantee, a
 * qualified audit opinion) is not averaged away by two quiet angles.
 */
export const ANGLE_ALARM_SCORE = 75;

export const RISK_QUESTIONS: readonly RiskQuestion[] = [
  {
    id: 'fin-bijdrage',
    angle: 'financieel',
    text: 'Hoe groot is de jaarlijkse bijdrage van de gemeente, als deel van de totale lasten van de gemeentelijke begroting?',
    help: 'Bijdrage uit de begroting van de partij of de paragraaf verbonden partijen; totale lasten uit de eigen begroting.',
    options: [
      { points: 0, label: 'Minder dan 0,1%' },
      { points: 1, label: '0,1% tot 0,5%' },
      { points: 2, label: '0,5% tot 2%' },
      { points: 3, label: '2% of meer' },
    ],
  },
  {
    id: 'fin-garanties',
    angle: 'financieel',
    text: 'Staat de gemeente garant voor leningen van de partij of draagt zij tekorten mee?',
    help: 'De regeling of statuten (bepaling over tekorten en liquidatie) en de lijst van gewaarborgde geldleningen.',
    options: [
      { points: 0, label: 'Nee, het risico is beperkt tot de bijdrage of het ingebrachte kapitaal' },
      { points: 1, label: 'Ja, met een vast maximum dat klein is ten opzichte van de bijdrage' },
      { points: 2, label: 'Ja, naar rato van deelname voor tekorten van de partij' },
      { points: 3, label: 'Ja, zonder maximum of met grote garanties op leningen' },
    ],
  },
  {
    id: 'fin-weerstandsvermogen',
    angle: 'financieel',
    text: 'Hoe staat het met het weerstandsvermogen van de partij (ratio beschikbare tegen benodigde weerstandscapaciteit)?',
    help: 'De paragraaf weerstandsvermogen en risicobeheersing in de begroting of jaarstukken van de partij.',
    options: [
      { points: 0, label: 'Ruim voldoende of beter (ratio 1,4 of hoger)' },
      { points: 1, label: 'Voldoende (ratio 1,0 tot 1,4)' },
      { points: 2, label: 'Matig tot onvoldoende (ratio 0,6 tot 1,0)' },
      { points: 3, label: 'Ruim onvoldoende (onder 0,6) of niet bekend' },
    ],
  },
  {
    id: 'fin-trend',
    angle: 'financieel',
    text: 'Hoe heeft de bijdrage van de gemeente zich de laatste drie jaar ontwikkeld?',
    help: 'De financiële kerngegevens per jaar in het register (bijdrage begroting en realisatie).',
    options: [
      { points: 0, label: 'Stabiel of dalend' },
      { points: 1, label: 'Gestegen met ongeveer de loon- en prijsontwikkeling' },
      { points: 2, label: 'Sterker gestegen dan de loon- en prijsontwikkeling' },
      { points: 3, label: 'Sterk gestegen of onvoorspelbaar, met tussentijdse begrotingswijzigingen' },
    ],
  },
  {
    id: 'beleid-wettelijke-taak',
    angle: 'beleid',
    text: 'Voert de partij een wettelijke taak van de gemeente uit?',
    help: 'De taken in de regeling of statuten en de wetten waaruit ze volgen.',
    options: [
      { points: 0, label: 'Nee, een vrijwillige taak die de gemeente zelf of anders kan uitvoeren' },
      { points: 1, label: 'Een vrijwillige taak die moeilijk terug te halen is' },
      { points: 2, label: 'Voor een deel een wettelijke taak' },
      { points: 3, label: 'Een wettelijke taak die de gemeente niet zelf kan uitvoeren' },
    ],
  },
  {
    id: 'beleid-maatschappelijke-impact',
    angle: 'beleid',
    text: 'Wat merken inwoners als de partij tekortschiet?',
    help: 'Denk aan de dienstverlening aan inwoners en aan incidenten van de laatste jaren.',
    options: [
      { points: 0, label: 'Nauwelijks iets' },
      { points: 1, label: 'Hinder voor een kleine groep inwoners' },
      { points: 2, label: 'Merkbare gevolgen voor veel inwoners' },
      { points: 3, label: 'Gevaar voor veiligheid, gezondheid of bestaanszekerheid' },
    ],
  },
  {
    id: 'beleid-afhankelijkheid',
    angle: 'beleid',
    text: 'Hoe afhankelijk is de gemeente van deze partij?',
    help: 'De uittredingsbepaling (kosten en termijn) en de beschikbaarheid van andere aanbieders.',
    options: [
      { points: 0, label: 'Een alternatief is binnen een jaar beschikbaar' },
      { points: 1, label: 'Overstappen kost meer dan een jaar' },
      { points: 2, label: 'Weinig alternatieven en hoge kosten van uittreding' },
      { points: 3, label: 'Geen alternatief' },
    ],
  },
  {
    id: 'governance-zeggenschap',
    angle: 'governance',
    text: 'Hoeveel zeggenschap heeft de gemeente in de partij?',
    help: 'De samenstelling van de besturen en de stemverhouding in de regeling of statuten.',
    options: [
      { points: 0, label: 'Een zetel in het algemeen en het dagelijks bestuur, met een flink stemgewicht' },
      { points: 1, label: 'Een zetel in het algemeen bestuur met een gewoon stemgewicht' },
      { points: 2, label: 'Een klein stemgewicht, of alleen via de aandeelhoudersvergadering' },
      { points: 3, label: 'Geen zetel: alleen via afspraken, subsidie of een overeenkomst' },
    ],
  },
  {
    id: 'governance-informatie',
    angle: 'governance',
    text: 'Hoe is de informatie die de partij levert?',
    help: 'De afspraken over rapportages of een dashboard, en de ervaring van het laatste jaar.',
    options: [
      { points: 0, label: 'Tijdig en volledig, volgens afspraak' },
      { points: 1, label: 'Meestal tijdig, soms onvolledig' },
      { points: 2, label: 'Vaak te laat of onvolledig' },
      { points: 3, label: 'Geen afspraken: informatie alleen op verzoek' },
    ],
  },
  {
    id: 'governance-bevindingen',
    angle: 'governance',
    text: 'Zijn er openstaande bevindingen van de accountant of uit een evaluatie?',
    help: 'De accountantsverklaring en het verslag van bevindingen bij de jaarstukken, en de laatste evaluatie (Wgr art. 11a).',
    options: [
      { points: 0, label: 'Geen' },
      { points: 1, label: 'Enkele kleine bevindingen, die worden opgevolgd' },
      { points: 2, label: 'Belangrijke bevindingen, of een verklaring met beperking' },
      { points: 3, label: 'Een afkeurende verklaring of oordeelonthouding, of ernstige tekortkomingen zonder opvolging' },
    ],
  },
];

export interface AngleScore {
  readonly angle: RiskAngle;
  readonly weight: number;
  readonly answered: number;
  readonly questions: number;
  /** 0–100: the angle's points as a share of its maximum; absent until all its questions are answered validly. */
  readonly score?: number;
}

export interface RiskScoreResult {
  /** 0–100, weighted over the angles; absent while answers are missing or invalid. */
  readonly score?: number;
  readonly level?: RiskLevel;
  /** True when an angle at or above {@link ANGLE_ALARM_SCORE} raised the level from laag to midden. */
  readonly raisedByAngle: boolean;
  readonly perAngle: readonly AngleScore[];
  /** Ids of the questions without an answer, in questionnaire order. */
  readonly missing: readonly string[];
  /** Dutch message per question id, for unanswered and impossible answers. */
  readonly errors: ValidationErrors;
}

/**
 * The level a 0–100 score falls in (thresholds {@link RISK_LEVEL_THRESHOLDS}).
 *
 * @example
 * riskLevelOfScore(34) //=> 'laag'
 * riskLevelOfScore(35) //=> 'midden'
 * riskLevelOfScore(60) //=> 'hoog'
 */
export function riskLevelOfScore(score: number): RiskLevel {
  if (score >= RISK_LEVEL_THRESHOLDS.hoog) {
    return 'hoog';
  }
  return score >= RISK_LEVEL_THRESHOLDS.midden ? 'midden' : 'laag';
}

/**
 * Scores a questionnaire: per angle the points as a share of the maximum, the weighted total rounded to a whole
 * number, and the level. While an answer is missing or impossible, there is no score or level, and `errors` says
 * in Dutch what to fix; unknown keys (a question retired from the questionnaire) are ignored.
 *
 * @example
 * scoreRiskProfile({ 'fin-bijdrage': 3, ... }) //=> { score: 72, level: 'hoog', perAngle: [...], missing: [], errors: {} }
 * scoreRiskProfile({}) //=> { score: undefined, level: undefined, missing: ['fin-bijdrage', ...], errors: { 'fin-bijdrage': 'Kies een antwoord.', ... } }
 */
export function scoreRiskProfile(answers: Readonly<Record<string, number | undefined>>): RiskScoreResult {
  const missing: string[] = [];
  const errors: Record<string, string> = {};
  for (const question of RISK_QUESTIONS) {
    const answer = answers[question.id];
    if (answer === undefined || answer === null) {
      missing.push(question.id);
      errors[question.id] = 'Kies een antwoord.';
    } else if (!question.options.some((option) => option.points === answer)) {
      errors[question.id] = `Dit antwoord bestaat niet: kies een van de ${question.options.length} antwoorden.`;
    }
  }

  const perAngle = RISK_ANGLE_DEFINITIONS.map(({ angle, weight }): AngleScore => {
    const questions = RISK_QUESTIONS.filter((question) => question.angle === angle);
    const valid = questions.filter((question) => !(question.id in errors));
    const maximum = questions.reduce((sum, question) => sum + maxPoints(question), 0);
    const points = valid.reduce((sum, question) => sum + (answers[question.id] ?? 0), 0);
    const answered = questions.filter((question) => answers[question.id] !== undefined && answers[question.id] !== null).length;
    return valid.length === questions.length
      ? { angle, weight, answered, questions: questions.length, score: (points / maximum) * 100 }
      : { angle, weight, answered, questions: questions.length };
  });

  if (Object.keys(errors).length > 0) {
    return { raisedByAngle: false, perAngle: perAngle.map(roundAngle), missing, errors: Object.freeze(errors) };
  }
  // Round once, at the end, so the total does not carry three rounding errors.
  const score = Math.round(perAngle.reduce((sum, angle) => sum + ((angle.score ?? 0) * angle.weight) / 100, 0));
  const byScore = riskLevelOfScore(score);
  const raisedByAngle = byScore === 'laag' && perAngle.some((angle) => (angle.score ?? 0) >= ANGLE_ALARM_SCORE);
  return {
    score,
    level: raisedByAngle ? 'midden' : byScore,
    raisedByAngle,
    perAngle: perAngle.map(roundAngle),
    missing,
    errors: Object.freeze({}),
  };
}

/** The maximum score per question. */
function maxPoints(question: RiskQuestion): number {
  return Math.max(...question.options.map((option) => option.points));
}

function roundAngle(angle: AngleScore): AngleScore {
  return angle.score === undefined ? angle : { ...angle, score: Math.round(angle.score) };
}
