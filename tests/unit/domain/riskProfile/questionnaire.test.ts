import {
  RISK_ANGLE_DEFINITIONS,
  RISK_QUESTIONS,
  riskLevelOfScore,
  scoreRiskProfile,
} from '../../../../src/domain/riskProfile/questionnaire';

/** Answers with the given points per question id; every other question gets `rest`. */
function answers(points: Readonly<Record<string, number>>, rest = 0): Record<string, number> {
  return Object.fromEntries(RISK_QUESTIONS.map((question) => [question.id, points[question.id] ?? rest]));
}

/** Spreads a number of points over the questions in order, three per question at most. */
function answersWithTotal(total: number): Record<string, number> {
  let remaining = total;
  return Object.fromEntries(
    RISK_QUESTIONS.map((question) => {
      const points = Math.min(3, remaining);
      remaining -= points;
      return [question.id, points];
    }),
  );
}

describe('the questionnaire', () => {
  it('has weights that add up to 100 and four answers of 0–3 points per question', () => {
    expect(RISK_ANGLE_DEFINITIONS.reduce((sum, angle) => sum + angle.weight, 0)).toBe(100);
    for (const question of RISK_QUESTIONS) {
      expect(question.options.map((option) => option.points)).toEqual([0, 1, 2, 3]);
    }
    expect(new Set(RISK_QUESTIONS.map((question) => question.id)).size).toBe(RISK_QUESTIONS.length);
  });
});

describe('riskLevelOfScore', () => {
  it.each([
    [0, 'laag'],
    [34, 'laag'],
    [35, 'midden'],
    [59, 'midden'],
    [60, 'hoog'],
    [100, 'hoog'],
  ] as const)('puts %i in %s', (score, level) => {
    expect(riskLevelOfScore(score)).toBe(level);
  });
});

describe('scoreRiskProfile', () => {
  it('scores all-lowest answers 0 (laag) and all-highest 100 (hoog)', () => {
    expect(scoreRiskProfile(answers({}, 0))).toMatchObject({ score: 0, level: 'laag', missing: [], errors: {} });
    expect(scoreRiskProfile(answers({}, 3))).toMatchObject({ score: 100, level: 'hoog' });
  });

  it('weighs the angles 40/30/30', () => {
    const onlyFinancial = scoreRiskProfile(answers({ 'fin-bijdrage': 3, 'fin-garanties': 3, 'fin-weerstandsvermogen': 3, 'fin-trend': 3 }));
    expect(onlyFinancial.score).toBe(40);
    expect(onlyFinancial.perAngle.map((angle) => angle.score)).toEqual([100, 0, 0]);
    const onlyPolicy = scoreRiskProfile(answers({ 'beleid-wettelijke-taak': 3, 'beleid-maatschappelijke-impact': 3, 'beleid-afhankelijkheid': 3 }));
    expect(onlyPolicy.score).toBe(30);
  });

  it.each([
    [10, 33, 'laag'],
    [11, 37, 'midden'],
    [17, 57, 'midden'],
    [18, 60, 'hoog'],
  ] as const)('gives %i points a score of %i (%s) on each side of a threshold', (total, score, level) => {
    // Spread so that no angle reaches the alarm score of 75 below the midden threshold.
    const spread = total <= 10 ? answers({ 'fin-bijdrage': 2, 'fin-garanties': 1, 'fin-trend': 1, 'beleid-wettelijke-taak': 2, 'beleid-afhankelijkheid': 1, 'governance-zeggenschap': 2, 'governance-informatie': 1 }) : answersWithTotal(total);
    expect(Object.values(spread).reduce((sum, points) => sum + points, 0)).toBe(total);
    expect(scoreRiskProfile(spread)).toMatchObject({ score, level, raisedByAngle: false });
  });

  it('raises a low total to midden when one angle reaches 75', () => {
    const concentrated = scoreRiskProfile(answers({ 'fin-bijdrage': 3, 'fin-garanties': 3, 'fin-weerstandsvermogen': 3 }));
    expect(concentrated).toMatchObject({ score: 30, level: 'midden', raisedByAngle: true });
    const justBelow = scoreRiskProfile(answers({ 'fin-bijdrage': 3, 'fin-garanties': 3, 'fin-weerstandsvermogen': 2 }));
    expect(justBelow).toMatchObject({ level: 'laag', raisedByAngle: false });
  });

  it('gives no score while answers are missing, and names each one in Dutch', () => {
    const { 'fin-trend': _trend, 'governance-bevindingen': _findings, ...partial } = answers({}, 1);
    const result = scoreRiskProfile(partial);
    expect(result.score).toBeUndefined();
    expect(result.level).toBeUndefined();
    expect(result.missing).toEqual(['fin-trend', 'governance-bevindingen']);
    expect(result.errors).toEqual({ 'fin-trend': 'Kies een antwoord.', 'governance-bevindingen': 'Kies een antwoord.' });
    // The complete angle still shows its score, the others how far they are.
    expect(result.perAngle).toEqual([
      { angle: 'financieel', weight: 40, answered: 3, questions: 4 },
      { angle: 'beleid', weight: 30, answered: 3, questions: 3, score: 33 },
      { angle: 'governance', weight: 30, answered: 2, questions: 3 },
    ]);
  });

  it.each([4, -1, 1.5, Number.NaN])('refuses the impossible answer %p', (points) => {
    const result = scoreRiskProfile(answers({ 'beleid-afhankelijkheid': points }));
    expect(result.score).toBeUndefined();
    expect(result.missing).toEqual([]);
    expect(result.errors['beleid-afhankelijkheid']).toBe('Dit antwoord bestaat niet: kies een van de 4 antwoorden.');
  });

  it('ignores answers to questions that are no longer asked', () => {
    expect(scoreRiskProfile({ ...answers({}, 0), 'oude-vraag': 3 }).score).toBe(0);
  });

  it('does not change the answers it is given', () => {
    const given = Object.freeze(answers({}, 2));
    expect(() => scoreRiskProfile(given)).not.toThrow();
    expect(given).toEqual(answers({}, 2));
  });
});
