import type { FrequencyRule, MinimumRule, RelativeRule, RulePeriod, Season } from './types';

/*
 * Reads the Dutch "Frequentie" texts of seed 000 and of imports into rules. The grammar is small and
 * closed: every word of the text must be accounted for by a known phrase, otherwise the whole text is
 * kept as written in one `unparsed` rule. A frequency is never guessed.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1,
  eens: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
};

const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const PERIOD_WORDS: Readonly<Record<string, RulePeriod>> = { jaar: 'year', kwartaal: 'quarter', maand: 'month' };
const SEASONS: readonly Season[] = ['voorjaar', 'zomer', 'najaar', 'winter'];
const SEASON_ALIASES: Readonly<Record<string, Season>> = { lente: 'voorjaar', herfst: 'najaar' };

/** Phrases, tried in this order on what is left of a segment; each consumes its words. */
const MINIMUM_PATTERN = new RegExp(
  `^(?:(?:minimaal|ten minste|tenminste|minstens|min\\.)\\s+)?${NUMBER}\\s*(?:keer|maal|x)\\s+(?:per|in het|in de|ieder|elk|elke)\\s+(jaar|kwartaal|maand)\\b`,
);
const GLUED_MINIMUM_PATTERN = new RegExp(
  `^(?:(?:minimaal|ten minste|tenminste|minstens)\\s+)?(een|twee|drie|vier|vijf|zes)maal\\s+(?:per|ieder|elk|elke)\\s+(jaar|kwartaal|maand)\\b`,
);
const EVERY_PERIOD_PATTERN = /^(?:(?:minimaal|ten minste|minstens)\s+)?(?:ieder|iedere|elk|elke|eens per|een keer per|1 keer per)\s+(jaar|kwartaal|maand)\b/;
const ADVERB_PATTERN = /^(jaarlijks|maandelijks|per kwartaal|elk kwartaal)\b/;
const RELATIVE_PATTERN = new RegExp(
  `^${NUMBER}\\s+(dag|dagen|week|weken)\\s+(?:voorafgaand|voorafgaande|voor|vooraf|voorafgaan)\\s+(?:aan\\s+)?(?:(?:elk|elke|iedere|ieder)\\s+)?(?:(?:vergadering|vergaderingen|overleg)\\s+van\\s+)?(?:(?:het|de)\\s+)?`,
);
const SEASON_PATTERN = /^(?:(?:in|tijdens)\s+(?:het|de)\s+)?(voorjaar|zomer|najaar|winter|lente|herfst)\b/;
const ON_DEMAND_PATTERN = /^(?:op|naar)\s+behoefte\b/;
/** A citation of the law ("Wgr art. 22", "artikel 22 Wgr", "conform art. 22 lid 1 Wgr"): where a rule comes from, not a rule. */
const CITATION_PATTERN = /^(?:(?:conform|volgens|zie|cf\.)\s+)?(?:(?:de\s+)?wgr,?\s+)?(?:art\.|artikel)\s*\d+[a-z]?(?:\s*\(\d+\)|\s+lid\s+\d+)?(?:,?\s+(?:van\s+de\s+)?wgr)?(?=$|[\s,;.)])/;
const FILLER_PATTERN = /^(?:en\b|[,;.:\-–])\s*/;

interface SegmentFindings {
  readonly minimums: { readonly count: number; readonly per: RulePeriod }[];
  readonly relatives: { readonly days: number; readonly unit: 'days' | 'weeks'; readonly reference: string }[];
  seasons: Season[];
  onDemand: boolean;
}

/**
 * Parses a Dutch frequency text into rules. Unknown text gives one `unparsed` rule holding the text
 * exactly as written; an empty text gives no rules.
 *
 * @example
 * parseFrequencyText('minimaal drie keer per jaar')
 * //=> [{ kind: 'minimum', count: 3, per: 'year', source: { kind: 'text', text: 'minimaal drie keer per jaar' } }]
 * parseFrequencyText('twee weken voorafgaand aan AB (minimaal drie keer per jaar)')
 * //=> [relative AB 14 days, minimum 3 per year]
 * parseFrequencyText('zo vaak als nodig') //=> [{ kind: 'unparsed', text: 'zo vaak als nodig' }]
 */
export function parseFrequencyText(text: string): readonly FrequencyRule[] {
  // The same few texts recur on many bodies; rules are immutable values, so a result can be shared.
  let rules = PARSED.get(text);
  if (!rules) {
    if (PARSED.size >= PARSED_LIMIT) {
      PARSED.clear();
    }
    rules = parseUncached(text);
    PARSED.set(text, rules);
  }
  return rules;
}

const PARSED = new Map<string, readonly FrequencyRule[]>();
const PARSED_LIMIT = 500;

function parseUncached(text: string): readonly FrequencyRule[] {
  const trimmed = text.trim();
  if (trimmed === '') {
    return [];
  }
  const findings: SegmentFindings = { minimums: [], relatives: [], seasons: [], onDemand: false };
  for (const segment of segmentsOf(trimmed)) {
    if (!readSegment(segment, findings)) {
      return [{ kind: 'unparsed', text }];
    }
  }
  return combine(findings, text);
}

/** The text outside parentheses and each parenthesised part, each as original and folded text. */
function segmentsOf(text: string): readonly { readonly original: string; readonly folded: string }[] {
  const segments: string[] = [];
  let outside = '';
  let depth = 0;
  let inside = '';
  for (const character of text) {
    if (character === '(') {
      depth += 1;
      if (depth === 1) {
        outside += ' ';
        inside = '';
        continue;
      }
    } else if (character === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        segments.push(inside);
        continue;
      }
    }
    if (depth > 0) {
      inside += character;
    } else {
      outside += character;
    }
  }
  if (depth > 0) {
    // An unclosed parenthesis: read the rest as a segment of its own.
    segments.push(inside);
  }
  return [outside, ...segments]
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter((segment) => segment !== '')
    .map((segment) => ({ original: segment, folded: fold(segment) }));
}

/**
 * Lower case without diacritics, keeping every character's position so a match in the folded text
 * can be cut from the original (for the referenced body's short name).
 */
function fold(text: string): string {
  return [...text]
    .map((character) => {
      const base = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return (base.length === 1 ? base : character).toLowerCase();
    })
    .join('');
}

function readSegment(segment: { readonly original: string; readonly folded: string }, findings: SegmentFindings): boolean {
  let position = 0;
  const rest = (): string => segment.folded.slice(position);
  const skipSpaces = (): void => {
    while (position < segment.folded.length && /\s/.test(segment.folded[position])) {
      position += 1;
    }
  };
  skipSpaces();
  while (position < segment.folded.length) {
    const remaining = rest();
    let match: RegExpExecArray | null;
    if ((match = MINIMUM_PATTERN.exec(remaining)) || (match = GLUED_MINIMUM_PATTERN.exec(remaining))) {
      findings.minimums.push({ count: numberOf(match[1]), per: PERIOD_WORDS[match[2]] });
    } else if ((match = EVERY_PERIOD_PATTERN.exec(remaining))) {
      findings.minimums.push({ count: 1, per: PERIOD_WORDS[match[1]] });
    } else if ((match = ADVERB_PATTERN.exec(remaining))) {
      const per: RulePeriod = match[1] === 'jaarlijks' ? 'year' : match[1] === 'maandelijks' ? 'month' : 'quarter';
      findings.minimums.push({ count: 1, per });
    } else if ((match = RELATIVE_PATTERN.exec(remaining))) {
      const nameStart = position + match[0].length;
      const nameMatch = /^([\p{L}\p{N}][\p{L}\p{N}&\-/.]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&\-/.]*){0,3})/u.exec(segment.original.slice(nameStart));
      if (!nameMatch) {
        return false;
      }
      const count = numberOf(match[1]);
      const weeks = match[2] === 'week' || match[2] === 'weken';
      // "AB-vergadering" names the AB.
      const reference = nameMatch[1].replace(/[.]$/, '').replace(/-(?:vergadering|vergaderingen|overleg)$/i, '');
      findings.relatives.push({ days: weeks ? count * 7 : count, unit: weeks ? 'weeks' : 'days', reference });
      position = nameStart + nameMatch[1].length;
      skipSpaces();
      continue;
    } else if ((match = SEASON_PATTERN.exec(remaining))) {
      findings.seasons.push(SEASON_ALIASES[match[1]] ?? (match[1] as Season));
    } else if ((match = CITATION_PATTERN.exec(remaining))) {
      // Cited law: the law's own floor is added by `legalFloorRules`, so the citation itself is no rule.
    } else if ((match = ON_DEMAND_PATTERN.exec(remaining))) {
      findings.onDemand = true;
    } else if ((match = FILLER_PATTERN.exec(remaining)) && match[0].length > 0) {
      // Joining words and punctuation between phrases.
    } else {
      return false;
    }
    position += match[0].length;
    skipSpaces();
  }
  return true;
}

function combine(findings: SegmentFindings, text: string): readonly FrequencyRule[] {
  const source = { kind: 'text', text } as const;
  const distinctSeasons = [...new Set(findings.seasons)];
  if (distinctSeasons.length > 1 || (distinctSeasons.length === 1 && findings.minimums.length === 0)) {
    // "najaar" alone says when, not how often; two seasons for one minimum is ambiguous.
    return [{ kind: 'unparsed', text }];
  }
  const season = distinctSeasons[0];
  if (season && findings.minimums.some((minimum) => minimum.per !== 'year')) {
    return [{ kind: 'unparsed', text }];
  }
  const relatives: RelativeRule[] = findings.relatives.map((relative) => ({
    kind: 'relative',
    referenceShortName: relative.reference,
    daysBefore: relative.days,
    unit: relative.unit,
    source,
  }));
  const minimums: MinimumRule[] = findings.minimums.map((minimum) => ({
    kind: 'minimum',
    count: minimum.count,
    per: minimum.per,
    ...(season ? { season } : {}),
    ...(findings.onDemand ? { onDemand: true } : {}),
    source,
  }));
  if (relatives.some((relative) => relative.daysBefore === 0) || minimums.some((minimum) => minimum.count === 0)) {
    return [{ kind: 'unparsed', text }];
  }
  if (relatives.length === 0 && minimums.length === 0) {
    return findings.onDemand ? [{ kind: 'on-demand', source }] : [{ kind: 'unparsed', text }];
  }
  return [...relatives, ...minimums];
}

function numberOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** The seasons a rule can name, in calendar order. */
export const RULE_SEASONS = SEASONS;
