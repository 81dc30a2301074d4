import { buildBbvParagraph, formatEuro } from '../../../../src/domain/bbv';
import type { FinancialFigures, Partnership, Stored } from '../../../../src/domain/models';
import { partnership as samplePartnership } from '../../../unit/data/sampleValues';

function stored(id: number, changes: Partial<Partnership>): Stored<Partnership> {
  return { ...samplePartnership, ...changes, id, etag: '"1"' };
}

const gr = stored(1, { name: 'GR Belastingen', legalForm: 'gr-openbaar-lichaam', bbvGroup: 'gemeenschappelijke-regelingen', seat: 'Hengelo', risks: 'Inning', publicInterest: 'Belastingen heffen' });
const nv = stored(2, { name: 'Afvalverwerking NV', legalForm: 'nv-bv', bbvGroup: 'vennootschappen-en-cooperaties', seat: '', risks: '', publicInterest: 'Afval verwerken' });
const foundation = stored(3, { name: 'Stichting Cultuur', legalForm: 'stichting', bbvGroup: 'stichtingen-en-verenigingen', seat: 'Goor', risks: 'Subsidie', publicInterest: 'Cultuur' });
const covenant = stored(4, { name: 'Convenant Wonen', legalForm: 'convenant', bbvGroup: 'overige', hasAdministrativeInterest: true, hasFinancialInterest: false });
const noInterest = stored(5, { name: 'Netwerk zonder belang', legalForm: 'overig', bbvGroup: 'overige', hasAdministrativeInterest: false, hasFinancialInterest: false });
const ended = stored(6, { name: 'Beëindigde GR', status: 'beeindigd' });

const figures: FinancialFigures[] = [
  { partnershipId: 1, year: 2025, kind: 'realisatie', contribution: 1_000_000, equityEnd: 400_000, debtEnd: 2_000_000, explanation: '' },
  { partnershipId: 1, year: 2025, kind: 'begroting', contribution: 900_000, explanation: '' },
  { partnershipId: 1, year: 2026, kind: 'begroting', contribution: 1_100_000, equityEnd: 450_000, debtEnd: 1_900_000, result: 50_000, explanation: '' },
  { partnershipId: 1, year: 2026, kind: 'realisatie', contribution: 1_150_000, equityStart: 410_000, equityEnd: 470_000, debtStart: 2_000_000, debtEnd: 1_800_000, result: 60_000, explanation: '' },
  { partnershipId: 3, year: 2026, kind: 'begroting', contribution: 20_000, equityStart: 5_000, equityEnd: 5_000, debtStart: 0, debtEnd: 0, result: 0, explanation: '' },
];

const partnerships = [gr, nv, foundation, covenant, noInterest, ended];

describe('paragraph verbonden partijen (BBV art. 15)', () => {
  it('counts only partnerships with both a bestuurlijk and a financieel belang (BBV art. 1), each in its group', () => {
    const paragraph = buildBbvParagraph({ kind: 'begroting', year: 2026, partnerships, figures });
    expect(paragraph.groups.map((group) => [group.title, group.entries.map((entry) => entry.name)])).toEqual([
      ['Gemeenschappelijke regelingen', ['GR Belastingen']],
      ['Vennootschappen en coöperaties', ['Afvalverwerking NV']],
      ['Stichtingen en verenigingen', ['Stichting Cultuur']],
      ['Overige verbonden partijen', []],
    ]);
    expect(paragraph.others).toBeUndefined();
  });

  it('takes begroting figures for a begroting, start values from the previous year, and the previous contribution as the interest at the start', () => {
    const entry = buildBbvParagraph({ kind: 'begroting', year: 2026, partnerships, figures }).groups[0].entries[0];
    // Realised 2025 wins over budgeted 2025 for the start; equity/debt start come from the 2025 end balance.
    expect(entry.amounts).toEqual({ contributionStart: 1_000_000, contributionEnd: 1_100_000, equityStart: 400_000, equityEnd: 450_000, debtStart: 2_000_000, debtEnd: 1_900_000, result: 50_000 });
    expect(entry.missing).toEqual([]);
  });

  it('takes realised figures for the jaarstukken', () => {
    const entry = buildBbvParagraph({ kind: 'jaarstukken', year: 2026, partnerships, figures }).groups[0].entries[0];
    expect(entry.amounts).toEqual({ contributionStart: 1_000_000, contributionEnd: 1_150_000, equityStart: 410_000, equityEnd: 470_000, debtStart: 2_000_000, debtEnd: 1_800_000, result: 60_000 });
  });

  it('names every missing figure and text instead of leaving it blank', () => {
    const paragraph = buildBbvParagraph({ kind: 'jaarstukken', year: 2026, partnerships, figures });
    const nvEntry = paragraph.groups[1].entries[0];
    expect(nvEntry.amounts).toEqual({});
    expect(nvEntry.missing).toEqual([
      'Vestigingsplaats',
      'Belang gemeente begin 2026 (bijdrage 2025)',
      'Belang gemeente eind 2026 (bijdrage 2026)',
      'Eigen vermogen begin 2026',
      'Eigen vermogen eind 2026',
      'Vreemd vermogen begin 2026',
      'Vreemd vermogen eind 2026',
      'Gerealiseerd resultaat 2026',
      "Risico's",
    ]);
    // The foundation has a 2026 begroting but no realisatie: for the jaarstukken its figures are missing.
    expect(paragraph.missing.map((item) => item.name)).toEqual(['Afvalverwerking NV', 'Stichting Cultuur']);
    expect(paragraph.missing[1].items).toContain('Gerealiseerd resultaat 2026');
  });

  it('lists the other partnerships separately, with the reason, only when asked', () => {
    const paragraph = buildBbvParagraph({ kind: 'begroting', year: 2026, partnerships, figures, includeOthers: true });
    expect(paragraph.others).toEqual([
      { partnershipId: 4, name: 'Convenant Wonen', legalForm: 'convenant', reason: 'Geen financieel belang' },
      { partnershipId: 5, name: 'Netwerk zonder belang', legalForm: 'overig', reason: 'Geen bestuurlijk en geen financieel belang' },
    ]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify({ partnerships, figures });
    buildBbvParagraph({ kind: 'begroting', year: 2026, partnerships, figures, includeOthers: true });
    expect(JSON.stringify({ partnerships, figures })).toBe(before);
  });

  it('formats euros the Dutch way', () => {
    expect(formatEuro(1_215_000)).toBe('€ 1.215.000');
    expect(formatEuro(-300_000)).toBe('€ -300.000');
    expect(formatEuro(0)).toBe('€ 0');
  });
});
