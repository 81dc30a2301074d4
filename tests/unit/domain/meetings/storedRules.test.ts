import { isGeneralBoard, legalFloorRules, parseFrequencyText, parseStoredRules, rulesOfBody, serializeRules } from '../../../../src/domain/meetings';

const seedTexts = [
  'minimaal drie keer per jaar',
  'twee weken voorafgaand aan AB (minimaal drie keer per jaar)',
  'één keer per jaar (najaar)',
  'op behoefte (minimaal twee keer per jaar)',
  'ieder kwartaal',
  'op behoefte',
  'zo vaak als nodig',
];

describe('serializeRules and parseStoredRules', () => {
  it.each(seedTexts)('round-trips the rules of "%s"', (text) => {
    const rules = parseFrequencyText(text);
    expect(parseStoredRules(serializeRules(rules))).toEqual({ ok: true, value: rules });
  });

  it('does not store the law floor, which follows the legal form', () => {
    const law = legalFloorRules({ name: 'Algemeen Bestuur', shortName: 'AB' }, 'gr-openbaar-lichaam');
    expect(JSON.parse(serializeRules([...parseFrequencyText('ieder kwartaal'), ...law])).rules).toHaveLength(1);
  });

  it('reads an empty field as no rules', () => {
    expect(parseStoredRules('')).toEqual({ ok: true, value: [] });
  });

  it('refuses text that is not JSON, an unknown version and invalid rules, with Dutch messages per rule', () => {
    expect(parseStoredRules('{minimaal')).toEqual({ ok: false, errors: ['De opgeslagen frequentieregel is geen geldige JSON.'] });
    expect(parseStoredRules('{"version":2,"rules":[]}')).toEqual({ ok: false, errors: ['onbekende versie van de frequentieregel.'] });
    const invalid = JSON.stringify({
      version: 1,
      rules: [
        { kind: 'minimum', count: 3, per: 'year', source: { kind: 'text', text: 'x' } },
        { kind: 'minimum', count: 0, per: 'year', source: { kind: 'text', text: 'x' } },
        { kind: 'minimum', count: 1, per: 'quarter', season: 'najaar', source: { kind: 'text', text: 'x' } },
      ],
    });
    expect(parseStoredRules(invalid)).toEqual({ ok: false, errors: ['Regel 2: Aantal moet minimaal 1 zijn.', 'Regel 3: Een seizoen kan alleen bij een minimum per jaar.'] });
  });
});

describe('rulesOfBody', () => {
  const body = { name: 'Algemeen Bestuur – AB', shortName: 'AB', frequencyText: 'minimaal drie keer per jaar', frequencyRuleJson: '' };

  it('parses the frequency text when nothing is stored, and adds Wgr art. 22 for the AB of an openbaar lichaam', () => {
    expect(rulesOfBody(body, 'gr-openbaar-lichaam')).toEqual([
      { kind: 'minimum', count: 3, per: 'year', source: { kind: 'text', text: 'minimaal drie keer per jaar' } },
      { kind: 'minimum', count: 2, per: 'year', source: { kind: 'law', citation: 'Wgr art. 22' } },
    ]);
  });

  it('adds no law floor for a body that is not the AB, or a legal form without an algemeen bestuur', () => {
    expect(rulesOfBody({ ...body, name: 'Dagelijks Bestuur', shortName: 'DB' }, 'gr-openbaar-lichaam')).toHaveLength(1);
    expect(rulesOfBody(body, 'gr-bedrijfsvoeringsorganisatie')).toHaveLength(1);
    expect(rulesOfBody(body, 'stichting')).toHaveLength(1);
  });

  it('prefers the stored rules over the text', () => {
    const stored = serializeRules(parseFrequencyText('ieder kwartaal'));
    expect(rulesOfBody({ ...body, frequencyRuleJson: stored }, 'convenant')).toEqual(parseFrequencyText('ieder kwartaal'));
  });

  it('flags an unreadable stored rule as unparsed rather than guessing from the text', () => {
    expect(rulesOfBody({ ...body, frequencyRuleJson: '{"version":1,"rules":[{"kind":"weekly"}]}' }, 'convenant')).toEqual([
      { kind: 'unparsed', text: 'minimaal drie keer per jaar' },
    ]);
  });

  it('recognises the algemeen bestuur by short name or name', () => {
    expect(isGeneralBoard({ name: 'Algemeen bestuur Regio Twente', shortName: 'Regio AB-vergadering' })).toBe(true);
    expect(isGeneralBoard({ name: 'Bestuur', shortName: 'ab' })).toBe(true);
    expect(isGeneralBoard({ name: 'Dagelijks Bestuur – DB', shortName: 'DB' })).toBe(false);
  });
});
