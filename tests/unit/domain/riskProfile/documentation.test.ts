import { readFileSync } from 'fs';
import { join } from 'path';
import { RISK_ANGLE_DEFINITIONS, RISK_LEVEL_THRESHOLDS, RISK_QUESTIONS } from '../../../../src/domain/riskProfile/questionnaire';
import { controlIntensity } from '../../../../src/domain/riskProfile/intensity';

const DOC = readFileSync(join(__dirname, '../../../../docs/risicoprofiel.md'), 'utf8');

describe('docs/risicoprofiel.md', () => {
  it('lists every question with its id, help and every answer with its points, as the code has them', () => {
    for (const question of RISK_QUESTIONS) {
      expect(DOC).toContain(`**${question.text}** (\`${question.id}\`)`);
      expect(DOC).toContain(question.help);
      for (const option of question.options) {
        expect(DOC).toContain(`| ${option.points} | ${option.label} |`);
      }
    }
  });

  it('states the weights, thresholds and intensity table of the code', () => {
    for (const angle of RISK_ANGLE_DEFINITIONS) {
      expect(DOC).toContain(`### ${angle.label} (weegt ${angle.weight}%)`);
    }
    expect(DOC).toContain(`| Laag | 0 tot en met ${RISK_LEVEL_THRESHOLDS.midden - 1} |`);
    expect(DOC).toContain(`| Midden | ${RISK_LEVEL_THRESHOLDS.midden} tot en met ${RISK_LEVEL_THRESHOLDS.hoog - 1} |`);
    expect(DOC).toContain(`| Hoog | ${RISK_LEVEL_THRESHOLDS.hoog} tot en met 100 |`);
    for (const level of ['hoog', 'midden', 'laag'] as const) {
      const intensity = controlIntensity(level);
      const row = DOC.split('\n').find((line) => line.toLowerCase().startsWith(`| ${level} |`) && line.includes('keer per jaar'));
      expect(row).toBeDefined();
      expect(row).toContain(`minimaal ${intensity.preparatoryMeetingsPerYear} keer per jaar`);
      expect(row?.toLowerCase()).toContain(intensity.councilInformation.toLowerCase());
      expect(row).toContain(intensity.refreshIntervalMonths === 12 ? 'elk jaar' : `elke ${intensity.refreshIntervalMonths} maanden`);
    }
  });
});
