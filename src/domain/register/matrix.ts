import { TASK_LAYERS, type Municipality, type Partnership, type TaskLayer } from '../models/partnership';
import type { Stored } from '../models/entity';

export interface MatrixPartnership {
  readonly id: number;
  readonly name: string;
}

export interface MatrixRow {
  readonly municipalityId: number;
  readonly municipalityName: string;
  /** Per task layer, the partnerships this municipality takes part in on that layer, by name. */
  readonly cells: Readonly<Record<TaskLayer, readonly MatrixPartnership[]>>;
}

export interface PartnershipMatrix {
  readonly taskLayers: readonly TaskLayer[];
  readonly rows: readonly MatrixRow[];
  /** Partnerships without task layer or without participants: they have no cell, and the view says how many. */
  readonly unplaced: readonly MatrixPartnership[];
}

const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Seed 001: partners differ per task layer. Rows are the participating municipalities (only those in at
 * least one of the given partnerships), columns the four task layers, cells the partnerships.
 *
 * @example
 * buildPartnershipMatrix([{ id: 1, name: 'GBTwente', taskLayers: ['uitvoering'], participantIds: [3], … }], [{ id: 3, name: 'Almelo', … }])
 * //=> { taskLayers: [...], rows: [{ municipalityName: 'Almelo', cells: { uitvoering: [{ id: 1, name: 'GBTwente' }], … } }], unplaced: [] }
 */
export function buildPartnershipMatrix(
  partnerships: readonly Stored<Partnership>[],
  municipalities: readonly Stored<Municipality>[],
): PartnershipMatrix {
  const names = new Map(municipalities.map((municipality) => [municipality.id, municipality.name]));
  const cellsByMunicipality = new Map<number, Record<TaskLayer, MatrixPartnership[]>>();
  const unplaced: MatrixPartnership[] = [];
  for (const partnership of partnerships) {
    const entry = { id: partnership.id, name: partnership.name };
    const participants = partnership.participantIds.filter((id) => names.has(id));
    if (partnership.taskLayers.length === 0 || participants.length === 0) {
      unplaced.push(entry);
      continue;
    }
    for (const municipalityId of participants) {
      let cells = cellsByMunicipality.get(municipalityId);
      if (!cells) {
        cells = { bedrijfsvoering: [], uitvoering: [], beleid: [], strategie: [] };
        cellsByMunicipality.set(municipalityId, cells);
      }
      for (const layer of partnership.taskLayers) cells[layer].push(entry);
    }
  }
  const byName = (a: MatrixPartnership, b: MatrixPartnership): number => dutchCollator.compare(a.name, b.name);
  const rows = [...cellsByMunicipality.entries()]
    .map(([municipalityId, cells]): MatrixRow => {
      const sorted = { ...cells };
      for (const layer of TASK_LAYERS) sorted[layer] = [...cells[layer]].sort(byName);
      return { municipalityId, municipalityName: names.get(municipalityId) ?? String(municipalityId), cells: sorted };
    })
    .sort((a, b) => dutchCollator.compare(a.municipalityName, b.municipalityName));
  return { taskLayers: TASK_LAYERS, rows, unplaced: unplaced.sort(byName) };
}
