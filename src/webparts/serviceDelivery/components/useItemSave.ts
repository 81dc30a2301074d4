import * as React from 'react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import type { Editing, ServiceDeliverySaveOutcome } from '../../../data/serviceDelivery';
import type { Stored } from '../../../domain/models';
import type { ValidationErrors } from '../../../domain/validation';
import { formatText } from './serviceDeliveryFormat';

/** One save through the data layer: validate, then create (no `editing`) or update with the ETag read. */
export type ItemWrite<T> = (editing: Editing | undefined) => Promise<ServiceDeliverySaveOutcome<T>>;

export interface ItemSave<T> {
  readonly saving: boolean;
  /** Dutch messages per field from the last attempt; the form shows them and keeps what was typed. */
  readonly errors: ValidationErrors;
  /** A failed save other than a validation problem or a conflict, in plain words. */
  readonly failure: string | undefined;
  /** What is stored now, after a 412: the form shows both versions instead of overwriting. */
  readonly conflict: Stored<T> | undefined;
  /**
   * Runs the write against the item being edited (the ETag it was read with); `editing` names another stored item
   * when the form decides only at saving (a value for a period that already has one). Undefined when nothing was saved.
   */
  save(write: ItemWrite<T>, editing?: Editing): Promise<Stored<T> | undefined>;
  /** Drops my changes: the caller fills the form from the returned stored version. */
  useTheirs(): Stored<T> | undefined;
  /** Saves my version over the stored one, now that the user has seen it (with that version's ETag). */
  keepMine(): Promise<Stored<T> | undefined>;
}

/**
 * The save state of a form over one list item. Updates always carry the ETag the item was read with, so a change
 * someone else saved in the meantime comes back as a conflict with their version, never silently overwritten.
 */
export function useItemSave<T>(existing: Stored<T> | undefined): ItemSave<T> {
  const [editing, setEditing] = React.useState<Editing | undefined>(existing ? { id: existing.id, etag: existing.etag } : undefined);
  const [saving, setSaving] = React.useState(false);
  const [errors, setErrors] = React.useState<ValidationErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<T> | undefined>(undefined);
  const lastWrite = React.useRef<ItemWrite<T> | undefined>(undefined);

  const run = async (write: ItemWrite<T>, against: Editing | undefined): Promise<Stored<T> | undefined> => {
    lastWrite.current = write;
    setFailure(undefined);
    setConflict(undefined);
    setSaving(true);
    try {
      const outcome = await write(against);
      switch (outcome.kind) {
        case 'saved':
          setErrors({});
          setEditing({ id: outcome.item.id, etag: outcome.item.etag });
          return outcome.item;
        case 'invalid':
          setErrors(outcome.errors);
          return undefined;
        case 'conflict':
          setErrors({});
          if (outcome.current) setConflict(outcome.current);
          else setFailure(strings.ConflictTitle);
          return undefined;
      }
    } catch (error) {
      setFailure(formatText(strings.SaveFailed, error instanceof Error ? error.message : String(error)));
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  return {
    saving,
    errors,
    failure,
    conflict,
    save: (write, other) => run(write, other ?? editing),
    useTheirs: () => {
      const current = conflict;
      if (current) setEditing({ id: current.id, etag: current.etag });
      setConflict(undefined);
      return current;
    },
    keepMine: async () => {
      const current = conflict;
      const write = lastWrite.current;
      if (!current || !write) return undefined;
      return run(write, { id: current.id, etag: current.etag });
    },
  };
}
