import { parseFrequencyText, renderRule, renderRules } from '../../../../src/domain/meetings';
import type { FrequencyRule } from '../../../../src/domain/meetings';

const text = (value: string) => ({ kind: 'text', text: value }) as const;

describe('parseFrequencyText', () => {
  it.each([
    ['minimaal drie keer per jaar', [{ kind: 'minimum', count: 3, per: 'year' }]],
    ['minimaal vier keer per jaar', [{ kind: 'minimum', count: 4, per: 'year' }]],
    ['minimaal twee keer per jaar', [{ kind: 'minimum', count: 2, per: 'year' }]],
    ['één keer per jaar', [{ kind: 'minimum', count: 1, per: 'year' }]],
    ['één keer per jaar (najaar)', [{ kind: 'minimum', count: 1, per: 'year', season: 'najaar' }]],
    ['op behoefte (minimaal één keer per jaar)', [{ kind: 'minimum', count: 1, per: 'year', onDemand: true }]],
    ['op behoefte (minimaal twee keer per jaar)', [{ kind: 'minimum', count: 2, per: 'year', onDemand: true }]],
    ['ieder kwartaal', [{ kind: 'minimum', count: 1, per: 'quarter' }]],
    ['elk kwartaal', [{ kind: 'minimum', count: 1, per: 'quarter' }]],
    ['Ten minste 6 maal per jaar', [{ kind: 'minimum', count: 6, per: 'year' }]],
    ['minstens tien keer per jaar', [{ kind: 'minimum', count: 10, per: 'year' }]],
    ['Minimaal 2x per jaar', [{ kind: 'minimum', count: 2, per: 'year' }]],
    ['tweemaal per jaar', [{ kind: 'minimum', count: 2, per: 'year' }]],
    ['een keer per maand', [{ kind: 'minimum', count: 1, per: 'month' }]],
    ['jaarlijks in het voorjaar', [{ kind: 'minimum', count: 1, per: 'year', season: 'voorjaar' }]],
    ['één keer per jaar (in de herfst)', [{ kind: 'minimum', count: 1, per: 'year', season: 'najaar' }]],
    ['minimaal twee keer per jaar (Wgr art. 22)', [{ kind: 'minimum', count: 2, per: 'year' }]],
    ['ten minste twee maal per jaar, conform artikel 22 lid 1 Wgr', [{ kind: 'minimum', count: 2, per: 'year' }]],
  ])('reads "%s"', (input, expected) => {
    expect(parseFrequencyText(input)).toEqual(expected.map((rule) => ({ ...rule, source: text(input) })));
  });

  it('reads a relative rule with its own minimum, keeping the referenced short name as written', () => {
    const input = 'twee weken voorafgaand aan AB (minimaal drie keer per jaar)';
    expect(parseFrequencyText(input)).toEqual([
      { kind: 'relative', referenceShortName: 'AB', daysBefore: 14, unit: 'weeks', source: text(input) },
      { kind: 'minimum', count: 3, per: 'year', source: text(input) },
    ]);
  });

  it('reads days, "voor het" and a longer body name', () => {
    expect(parseFrequencyText('10 dagen voor het DB')).toEqual([{ kind: 'relative', referenceShortName: 'DB', daysBefore: 10, unit: 'days', source: text('10 dagen voor het DB') }]);
    expect(parseFrequencyText('een week voorafgaand aan elke vergadering van het Algemeen Bestuur')).toEqual([
      { kind: 'relative', referenceShortName: 'Algemeen Bestuur', daysBefore: 7, unit: 'weeks', source: text('een week voorafgaand aan elke vergadering van het Algemeen Bestuur') },
    ]);
  });

  it('reads "2 weken voor elke AB-vergadering" as relative to the AB', () => {
    expect(parseFrequencyText('2 weken voor elke AB-vergadering')).toEqual([{ kind: 'relative', referenceShortName: 'AB', daysBefore: 14, unit: 'weeks', source: text('2 weken voor elke AB-vergadering') }]);
  });

  it('reads "op behoefte" alone as a rule without minimum', () => {
    expect(parseFrequencyText('op behoefte')).toEqual([{ kind: 'on-demand', source: text('op behoefte') }]);
  });

  it.each(['zo vaak als nodig', 'enkele keren per jaar', 'in het najaar', 'tweejaarlijks', 'twee keer per jaar (najaar en voorjaar)', 'nul keer per jaar', 'minimaal drie keer per jaar met de raad', 'artikel 22 Wgr'])(
    'keeps "%s" as written and flags it, instead of guessing',
    (input) => {
      expect(parseFrequencyText(input)).toEqual([{ kind: 'unparsed', text: input }]);
    },
  );

  it('gives no rules for an empty text', () => {
    expect(parseFrequencyText('   ')).toEqual([]);
  });
});

describe('renderRule', () => {
  const source = text('x');
  it.each<[FrequencyRule, string]>([
    [{ kind: 'minimum', count: 3, per: 'year', source }, 'Minimaal 3 keer per jaar'],
    [{ kind: 'minimum', count: 1, per: 'year', season: 'najaar', source }, 'Minimaal 1 keer per jaar, in het najaar'],
    [{ kind: 'minimum', count: 2, per: 'year', onDemand: true, source }, 'Op behoefte, minimaal 2 keer per jaar'],
    [{ kind: 'minimum', count: 1, per: 'quarter', source }, 'Minimaal 1 keer per kwartaal'],
    [{ kind: 'minimum', count: 2, per: 'year', source: { kind: 'law', citation: 'Wgr art. 22' } }, 'Minimaal 2 keer per jaar (Wgr art. 22)'],
    [{ kind: 'relative', referenceShortName: 'AB', daysBefore: 14, unit: 'weeks', source }, 'Elke vergadering van het AB: in de 2 weken ervoor een vergadering'],
    [{ kind: 'relative', referenceShortName: 'Stuurgroep', daysBefore: 10, unit: 'days', source }, 'Elke vergadering van Stuurgroep: in de 10 dagen ervoor een vergadering'],
    [{ kind: 'on-demand', source }, 'Op behoefte, zonder minimum'],
    [{ kind: 'unparsed', text: 'zo vaak als nodig' }, 'Niet herkend: "zo vaak als nodig"'],
  ])('renders %j in plain Dutch', (rule, expected) => {
    expect(renderRule(rule)).toBe(expected);
  });

  it('renders every rule of a seed text back, joined', () => {
    expect(renderRules(parseFrequencyText('twee weken voorafgaand aan AB (minimaal drie keer per jaar)'))).toBe(
      'Elke vergadering van het AB: in de 2 weken ervoor een vergadering; Minimaal 3 keer per jaar',
    );
  });
});
