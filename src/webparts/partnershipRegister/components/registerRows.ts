import type { Partnership, Stored } from '../../../domain/models';
import type { RegisterEntry } from '../../../domain/register';
import { LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../schema';
import { choiceLabel, choiceLabels } from '../../../components/choices';

/** One line of the register as the user reads it: choice codes turned into their Dutch labels. */
export interface RegisterRow {
  readonly key: string;
  readonly id: number;
  readonly name: string;
  readonly legalForm: string;
  readonly taskLayers: string;
  /** Absent when nobody is assigned yet; the view says so in words. */
  readonly accountHolder?: string;
  readonly status: string;
  readonly lastRefreshed?: string;
  /** The last day the partnership counts as current (seed 004); absent when never refreshed. */
  readonly dueOn?: string;
  readonly overdue: boolean;
  /** Why this refresh interval, when a risk profile sets it: "Risicoprofiel midden: elk halfjaar actualiseren". */
  readonly refreshBasis?: string;
}

/**
 * Legal forms, task layers and statuses keep their Dutch labels in every UI language: they are the
 * terms of the Wgr and of the municipality's own register, and the same labels SharePoint views show.
 */
export function toRegisterRow(partnership: Stored<Partnership>, refresh?: RegisterEntry['refresh']): RegisterRow {
  return {
    key: String(partnership.id),
    id: partnership.id,
    name: partnership.name,
    legalForm: choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm),
    taskLayers: choiceLabels(TASK_LAYER_CHOICES, partnership.taskLayers),
    accountHolder: partnership.accountHolder?.displayName,
    status: choiceLabel(PARTNERSHIP_STATUS_CHOICES, partnership.status),
    lastRefreshed: partnership.lastRefreshed,
    dueOn: refresh?.dueOn,
    overdue: refresh?.overdue ?? false,
    // Only a risk profile's interval is spelled out: seed 004's rule is the default every row follows.
    ...(refresh?.basis.kind === 'risk-profile' ? { refreshBasis: refresh.explanation } : {}),
  };
}

export function toRegisterRows(entries: readonly RegisterEntry[]): RegisterRow[] {
  return entries.map((entry) => toRegisterRow(entry.partnership, entry.refresh));
}
