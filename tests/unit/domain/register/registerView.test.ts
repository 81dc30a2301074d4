import {
  DEFAULT_REGISTER_VIEW,
  EMPTY_REGISTER_FILTER,
  isFilterActive,
  parseRegisterView,
  registerViewToQuery,
  type RegisterView,
} from '../../../../src/domain/register';

describe('the register view in the page query', () => {
  it('writes nothing for the default view, so a plain register has a plain URL', () => {
    expect(registerViewToQuery(DEFAULT_REGISTER_VIEW)).toEqual({});
    expect(isFilterActive(EMPTY_REGISTER_FILTER)).toBe(false);
  });

  it('round-trips every filter, the sort and the mode through URLSearchParams', () => {
    const view: RegisterView = {
      filter: {
        search: 'belasting twente',
        taskLayers: ['beleid', 'strategie'],
        domains: ['Sociaal domein'],
        legalForms: ['gr-openbaar-lichaam', 'stichting'],
        bbvGroups: ['overige'],
        verbondenPartij: false,
        importance: 'risicos',
        accountHolders: ['a.devries@hofvantwente.example', '-'],
        participantIds: [3, 12],
        statuses: ['actief'],
        overdueOnly: true,
      },
      sort: { key: 'geactualiseerd', descending: true },
      mode: 'matrix',
    };
    const query = new URLSearchParams(registerViewToQuery(view));
    expect(query.get('taaklaag')).toBe('beleid,strategie');
    expect(query.get('achterstallig')).toBe('1');
    expect(query.get('verbondenpartij')).toBe('nee');
    expect(parseRegisterView(new URLSearchParams(query.toString()))).toEqual(view);
    expect(isFilterActive(view.filter)).toBe(true);
  });

  it('drops codes it does not know instead of failing, so an old or edited link still opens', () => {
    const view = parseRegisterView(new URLSearchParams('taaklaag=beleid,onzin&status=weg&belang=heel&sorteer=kleur&deelnemer=4,x,-1&weergave=taart&verbondenpartij=misschien'));
    expect(view.filter.taskLayers).toEqual(['beleid']);
    expect(view.filter.statuses).toEqual([]);
    expect(view.filter.importance).toBeUndefined();
    expect(view.filter.verbondenPartij).toBeUndefined();
    expect(view.filter.participantIds).toEqual([4]);
    expect(view.sort).toEqual({ key: 'naam', descending: false });
    expect(view.mode).toBe('lijst');
  });

  it('ignores the page parameters it does not own', () => {
    const view = parseRegisterView(new URLSearchParams('user=a.devries@hofvantwente.example&lang=en&webpart=partnershipRegister&q=GBT'));
    expect(view.filter).toEqual({ ...EMPTY_REGISTER_FILTER, search: 'GBT' });
  });
});
