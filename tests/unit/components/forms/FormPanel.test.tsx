/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { errorSummaryOf, FormPanel, type IFormPanelProps } from '../../../../src/components/forms/FormPanel';
import { dataErrorMessage, formatText, isConflict, normaliseDateInput } from '../../../../src/components/forms/formFormat';
import { AccessDeniedError, ConcurrencyConflictError, ListViewThresholdError, NotFoundError, ThrottledError } from '../../../../src/data/ports/errors';

setIconOptions({ disableWarnings: true });

const STRINGS = { Save: 'Opslaan', Cancel: 'Annuleren', Close: 'Sluiten' };

function renderPanel(props: Partial<IFormPanelProps> = {}) {
  const calls = { save: 0, dismiss: 0 };
  const { rerender } = render(
    <FormPanel title="Nieuwe actie" strings={STRINGS} saving={false} onSave={() => (calls.save += 1)} onDismiss={() => (calls.dismiss += 1)} {...(props as object)}>
      <label htmlFor="field">Veld</label>
      <input id="field" />
    </FormPanel>,
  );
  return { calls, rerender };
}

describe('FormPanel', () => {
  it('is a dialog named by its title, with the fields, Save and Cancel', () => {
    const { calls } = renderPanel();
    expect(screen.getByRole('dialog', { name: 'Nieuwe actie' })).toBeTruthy();
    expect(screen.getByLabelText('Veld')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(calls).toEqual({ save: 1, dismiss: 2 });
  });

  it('shows the error summary and the failure above the fields, and only when given', async () => {
    renderPanel({ errorSummary: errorSummaryOf({ title: 'Vul een titel in.' }, 'Het formulier bevat fouten.'), failure: 'Opslaan mislukt: netwerk.' });
    // MessageBar renders its text a moment later, so screen readers announce it.
    const summary = await screen.findByText('Het formulier bevat fouten.');
    const failure = await screen.findByText('Opslaan mislukt: netwerk.');
    const field = screen.getByLabelText('Veld');
    expect(summary.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(failure.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(errorSummaryOf({}, 'Het formulier bevat fouten.')).toBeUndefined();
  });

  it.each([
    [{ saving: true }, true],
    [{ saving: false, saveBlocked: true }, true],
    [{ saving: false, saveBlocked: false }, false],
  ])('with %p Save is disabled: %p; Cancel never is', (state, disabled) => {
    renderPanel(state);
    expect((screen.getByRole('button', { name: 'Opslaan' }) as HTMLButtonElement).disabled).toBe(disabled);
    expect((screen.getByRole('button', { name: 'Annuleren' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('puts the form’s own footer in place of Save and Cancel', () => {
    render(
      <FormPanel title="Evaluatie" strings={STRINGS} footer={<button type="button">Afronden</button>} onDismiss={() => undefined}>
        <p>Vragen</p>
      </FormPanel>,
    );
    expect(screen.getByRole('button', { name: 'Afronden' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
  });
});

describe('form format helpers', () => {
  const MESSAGES = {
    ErrorAccessDenied: 'geen toegang',
    ErrorNotProvisioned: 'niet ingericht',
    ErrorThrottled: 'even wachten',
    ErrorListViewThreshold: 'te veel items',
    ErrorGeneric: 'iets ging mis',
  };

  it.each([
    [new AccessDeniedError('denied'), 'geen toegang'],
    [new NotFoundError('no list'), 'niet ingericht'],
    [new ThrottledError('busy', 429, 5), 'even wachten'],
    [new ListViewThresholdError('too many'), 'te veel items'],
    [new Error('boom'), 'iets ging mis'],
  ])('says %p in the web part’s own words', (error, expected) => {
    expect(dataErrorMessage(error, MESSAGES)).toBe(expected);
  });

  it('fills placeholders, reads Dutch dates and recognises a 412', () => {
    expect(formatText('{0} van {1}, {2}', 3, 'vier')).toBe('3 van vier, {2}');
    expect(normaliseDateInput(' 1.11.2026 ')).toBe('2026-11-01');
    expect(normaliseDateInput('')).toBe('');
    expect(isConflict(new ConcurrencyConflictError('changed'))).toBe(true);
    expect(isConflict(new Error('boom'))).toBe(false);
  });
});
