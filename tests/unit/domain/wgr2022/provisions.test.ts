import type { WgrProvisionCheck } from '../../../../src/domain/councilInfluence/models';
import { WGR_PROVISIONS } from '../../../../src/domain/councilInfluence/models';
import type { Stored } from '../../../../src/domain/models';
import { LEGAL_FORMS } from '../../../../src/domain/models';
import {
  WGR_PROVISION_DEFINITIONS,
  isWgrRegeling,
  provisionDefinition,
  summarizeChecklist,
  validateProvisionCheck,
  wgrChecklist,
} from '../../../../src/domain/wgr2022';

function check(id: number, partnershipId: number, provision: WgrProvisionCheck['provision'], result: WgrProvisionCheck['result']): Stored<WgrProvisionCheck> {
  return { id, etag: '"1"', partnershipId, provision, result, regulationArticle: `art. ${id}`, notes: '' };
}

describe('the Wgr 2022 provisions', () => {
  it('defines every provision of the contract once, with its article', () => {
    expect(WGR_PROVISION_DEFINITIONS.map((definition) => definition.provision)).toEqual([...WGR_PROVISIONS]);
    expect(provisionDefinition('evaluatiebepaling').article).toBe('Wgr art. 11a');
    expect(provisionDefinition('uittredingsvoorwaarden').article).toBe('Wgr art. 9');
  });

  it('makes only the joint advisory committee optional', () => {
    expect(WGR_PROVISION_DEFINITIONS.filter((definition) => definition.requirement === 'facultatief').map((definition) => definition.provision)).toEqual(['adviescommissie']);
  });

  it('applies to the five GR legal forms only', () => {
    expect(LEGAL_FORMS.filter(isWgrRegeling)).toEqual(['gr-openbaar-lichaam', 'gr-bedrijfsvoeringsorganisatie', 'gr-gemeenschappelijk-orgaan', 'gr-centrumgemeente', 'gr-regeling-zonder-meer']);
  });
});

describe('wgrChecklist and summarizeChecklist', () => {
  it('lists all six provisions, unrecorded ones as nog te toetsen', () => {
    const lines = wgrChecklist([check(1, 7, 'evaluatiebepaling', 'geregeld'), check(2, 8, 'inwonersparticipatie', 'ontbreekt')], 7);
    expect(lines.map((line) => line.result)).toEqual(['geregeld', 'nog-te-toetsen', 'nog-te-toetsen', 'nog-te-toetsen', 'nog-te-toetsen', 'nog-te-toetsen']);
    expect(lines[0].check?.id).toBe(1);
    expect(lines[1].check).toBeUndefined();
  });

  it('summarises a GR with gaps as "4 van 6 geregeld, 1 ontbreekt, 1 nog te toetsen"', () => {
    const lines = wgrChecklist(
      [
        check(1, 7, 'evaluatiebepaling', 'geregeld'),
        check(2, 7, 'inwonersparticipatie', 'ontbreekt'),
        check(3, 7, 'zienswijzebesluiten', 'geregeld'),
        check(4, 7, 'actieve-informatieplicht', 'geregeld'),
        check(5, 7, 'adviescommissie', 'geregeld'),
      ],
      7,
    );
    expect(summarizeChecklist(lines)).toEqual({
      applicable: 6,
      regulated: 4,
      partlyRegulated: 0,
      missing: 1,
      unchecked: 1,
      requiredGaps: ['inwonersparticipatie', 'uittredingsvoorwaarden'],
      complete: false,
      text: '4 van 6 geregeld, 1 ontbreekt, 1 nog te toetsen',
    });
  });

  it('counts a GR complete when the required provisions are regulated and the optional one does not apply', () => {
    const lines = wgrChecklist(
      WGR_PROVISIONS.map((provision, index) => check(index + 1, 7, provision, provision === 'adviescommissie' ? 'niet-van-toepassing' : 'geregeld')),
      7,
    );
    expect(summarizeChecklist(lines)).toMatchObject({ applicable: 5, regulated: 5, complete: true, requiredGaps: [], text: '5 van 5 geregeld' });
  });

  it('does not count a missing optional provision as a gap', () => {
    const lines = wgrChecklist(
      WGR_PROVISIONS.map((provision, index) => check(index + 1, 7, provision, provision === 'adviescommissie' ? 'ontbreekt' : provision === 'evaluatiebepaling' ? 'deels-geregeld' : 'geregeld')),
      7,
    );
    expect(summarizeChecklist(lines)).toMatchObject({ requiredGaps: ['evaluatiebepaling'], complete: false, text: '4 van 6 geregeld, 1 deels, 1 ontbreekt' });
  });

  it('uses the later of two lines for the same provision', () => {
    const lines = wgrChecklist([check(9, 7, 'evaluatiebepaling', 'ontbreekt'), check(3, 7, 'evaluatiebepaling', 'geregeld')], 7);
    expect(lines[0]).toMatchObject({ result: 'ontbreekt', check: { id: 9 } });
  });
});

describe('validateProvisionCheck', () => {
  const base: WgrProvisionCheck = { partnershipId: 7, provision: 'evaluatiebepaling', result: 'geregeld', regulationArticle: ' art. 32 ', notes: ' Elke vier jaar. ' };

  it('accepts a regulated provision with its article, trimmed', () => {
    expect(validateProvisionCheck(base)).toEqual({ ok: true, value: { ...base, regulationArticle: 'art. 32', notes: 'Elke vier jaar.' } });
  });

  it('asks for the article of a (partly) regulated provision', () => {
    const message = 'Noem het artikel van de regeling waarin dit geregeld is, bijvoorbeeld "art. 32".';
    expect(validateProvisionCheck({ ...base, regulationArticle: '  ' })).toEqual({ ok: false, errors: { regulationArticle: message } });
    expect(validateProvisionCheck({ ...base, result: 'deels-geregeld', regulationArticle: '' })).toEqual({ ok: false, errors: { regulationArticle: message } });
  });

  it('lets a missing provision go without an article, or with one', () => {
    expect(validateProvisionCheck({ ...base, result: 'ontbreekt', regulationArticle: '' }).ok).toBe(true);
    expect(validateProvisionCheck({ ...base, result: 'ontbreekt', regulationArticle: 'art. 12' }).ok).toBe(true);
  });

  it('refuses texts longer than the list allows, and a bad date', () => {
    const result = validateProvisionCheck({ ...base, notes: 'x'.repeat(256), regulationArticle: 'a'.repeat(101), checkedOn: '2026-02-30' as WgrProvisionCheck['checkedOn'] });
    expect(result).toEqual({
      ok: false,
      errors: {
        regulationArticle: 'Het artikel mag hooguit 100 tekens lang zijn (nu 101).',
        notes: 'De toelichting mag hooguit 255 tekens lang zijn (nu 256).',
        checkedOn: 'Vul een geldige datum in.',
      },
    });
  });
});
