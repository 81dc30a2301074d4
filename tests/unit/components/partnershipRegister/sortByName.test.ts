import { sortByName } from '../../../../src/webparts/partnershipRegister/components/usePartnerships';

describe('sortByName', () => {
  it('orders names the Dutch way: case and accents do not split the alphabet, numbers by value', () => {
    const names = ['regio Twente', 'Ééndracht', 'Almelo', 'Regio 10', 'Regio 9', 'eerste'];
    expect(sortByName(names.map((name) => ({ name }))).map((item) => item.name)).toEqual(['Almelo', 'Ééndracht', 'eerste', 'Regio 9', 'Regio 10', 'regio Twente']);
  });

  it('does not mutate the original array', () => {
    const original = Object.freeze([{ name: 'b' }, { name: 'a' }]);
    const sorted = sortByName(original);
    expect(original.map((item) => item.name)).toEqual(['b', 'a']);
    expect(sorted.map((item) => item.name)).toEqual(['a', 'b']);
  });
});
