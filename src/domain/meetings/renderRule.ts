import type { RiskLevel } from '../riskProfile/models';
import type { FrequencyRule, RelativeRule, RulePeriod, Season } from './types';

const PERIOD_NAMES: Readonly<Record<RulePeriod, string>> = { year: 'jaar', quarter: 'kwartaal', month: 'maand' };
const SEASON_PHRASES: Readonly<Record<Season, string>> = {
  voorjaar: 'in het voorjaar',
  zomer: 'in de zomer',
  najaar: 'in het najaar',
  winter: 'in de winter',
};

/**
 * A rule in plain Dutch, as the UI and the CLI show it.
 *
 * @example
 * renderRule({ kind: 'minimum', count: 3, per: 'year', source }) //=> 'Minimaal 3 keer per jaar'
 * renderRule({ kind: 'minimum', count: 1, per: 'year', season: 'najaar', source }) //=> 'Minimaal 1 keer per jaar, in het najaar'
 * renderRule({ kind: 'minimum', count: 10, per: 'year', source: { kind: 'risk-profile', level: 'hoog' } }) //=> 'Risicoprofiel hoog: minimaal 10 keer per jaar'
 * renderRule({ kind: 'relative', referenceShortName: 'AB', daysBefore: 14, unit: 'weeks', source })
 * //=> 'Elke vergadering van het AB: in de 2 weken ervoor een vergadering'
 */
export function renderRule(rule: FrequencyRule): string {
  switch (rule.kind) {
    case 'minimum': {
      const base = `Minimaal ${rule.count} keer per ${PERIOD_NAMES[rule.per]}`;
      const season = rule.season ? `, ${SEASON_PHRASES[rule.season]}` : '';
      if (rule.source.kind === 'risk-profile') {
        // The profile's floor names its level, so a changed profile visibly changes the rule.
        return `${riskProfileLabel(rule.source.level)}: ${lowerFirst(base)}${season}`;
      }
      const law = rule.source.kind === 'law' ? ` (${rule.source.citation})` : '';
      return rule.onDemand ? `Op behoefte, ${lowerFirst(base)}${season}${law}` : `${base}${season}${law}`;
    }
    case 'relative':
      return `Elke vergadering van ${bodyReference(rule.referenceShortName)}: in de ${distanceText(rule)} ervoor een vergadering`;
    case 'on-demand':
      return 'Op behoefte, zonder minimum';
    case 'unparsed':
      return `Niet herkend: "${rule.text}"`;
  }
}

/** "Risicoprofiel hoog": how a rule from the risk profile is introduced in Dutch. */
export function riskProfileLabel(level: RiskLevel): string {
  return `Risicoprofiel ${level}`;
}

/** All rules of a body, one sentence each joined with "; ". */
export function renderRules(rules: readonly FrequencyRule[]): string {
  return rules.map(renderRule).join('; ');
}

/** "2 weken" or "10 dagen", as the rule was written. */
export function distanceText(rule: RelativeRule): string {
  if (rule.unit === 'weeks' && rule.daysBefore % 7 === 0) {
    const weeks = rule.daysBefore / 7;
    return weeks === 1 ? '1 week' : `${weeks} weken`;
  }
  return rule.daysBefore === 1 ? '1 dag' : `${rule.daysBefore} dagen`;
}

/**
 * A body's short name in a sentence: an abbreviation in capitals gets "het" ("het AB", "het DB"),
 * a name is used as it is ("Accounthoudersoverleg").
 */
export function bodyReference(shortName: string): string {
  return /^[A-Z]{2,5}$/.test(shortName) ? `het ${shortName}` : shortName;
}

/** The name of a season in a sentence: "in het najaar". */
export function seasonPhrase(season: Season): string {
  return SEASON_PHRASES[season];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
