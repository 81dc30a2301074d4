import type { Municipality, Stored } from '../../../../src/domain/models';
import { buildPartnershipMatrix } from '../../../../src/domain/register';
import { storedPartnership } from '../../../support/partnershipFixtures';

const municipalities: Stored<Municipality>[] = [
  { id: 1, etag: '"1"', name: 'Hof van Twente', region: 'Twente' },
  { id: 2, etag: '"1"', name: 'Almelo', region: 'Twente' },
  { id: 3, etag: '"1"', name: 'Enschede', region: 'Twente' },
];

describe('the matrix of partnerships by municipality and task layer (seed 001)', () => {
  it('puts each partnership in the cell of every participant and every task layer it has', () => {
    const matrix = buildPartnershipMatrix(
      [
        storedPartnership(10, { name: 'GBTwente', taskLayers: ['bedrijfsvoering', 'uitvoering'], participantIds: [1, 2] }),
        storedPartnership(11, { name: 'Regio Twente', taskLayers: ['strategie'], participantIds: [1, 2, 3] }),
        storedPartnership(12, { name: 'Zonder deelnemers', taskLayers: ['beleid'], participantIds: [] }),
        storedPartnership(13, { name: 'Zonder taaklaag', taskLayers: [], participantIds: [1] }),
      ],
      municipalities,
    );
    expect(matrix.taskLayers).toEqual(['bedrijfsvoering', 'uitvoering', 'beleid', 'strategie']);
    expect(matrix.rows.map((row) => row.municipalityName)).toEqual(['Almelo', 'Enschede', 'Hof van Twente']);
    const hof = matrix.rows[2];
    expect(hof.cells.bedrijfsvoering.map((p) => p.name)).toEqual(['GBTwente']);
    expect(hof.cells.strategie.map((p) => p.name)).toEqual(['Regio Twente']);
    expect(hof.cells.beleid).toEqual([]);
    // Partners differ per layer: Enschede only shares the strategic one.
    const enschede = matrix.rows[1];
    expect(enschede.cells.uitvoering).toEqual([]);
    expect(enschede.cells.strategie).toEqual([{ id: 11, name: 'Regio Twente' }]);
    expect(matrix.unplaced.map((p) => p.name)).toEqual(['Zonder deelnemers', 'Zonder taaklaag']);
  });

  it('leaves out municipalities without any partnership', () => {
    const matrix = buildPartnershipMatrix([storedPartnership(10, { taskLayers: ['beleid'], participantIds: [3] })], municipalities);
    expect(matrix.rows.map((row) => row.municipalityName)).toEqual(['Enschede']);
  });
});
