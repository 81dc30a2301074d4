/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipControl } from '../../../../src/webparts/partnershipControl/components';
import type { CalendarDate } from '../../../../src/domain/models';
import { createInMemoryRepositories } from '../../../support/inMemoryRepository';
import { partnership } from '../../data/sampleValues';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const today = '2026-11-26' as CalendarDate;

async function setUp() {
  const repositories = createInMemoryRepositories();
  const gr = await repositories.partnerships.create({ ...partnership, name: 'GR Test', legalForm: 'gr-openbaar-lichaam' });
  const line = await repositories.wgrProvisionChecks.create({ partnershipId: gr.id, provision: 'evaluatiebepaling', result: 'ontbreekt', regulationArticle: '', notes: '', checkedOn: today });
  return { repositories, gr, line };
}

describe('Risico en Wgr-toets (component)', () => {
  it('shows a checklist line someone else saved meanwhile, and saves over it only when asked', async () => {
    const { repositories, gr, line } = await setUp();
    render(<PartnershipControl repositories={repositories} today={today} initialPartnershipId={gr.id} initialTab="wgr" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Toets bewerken: Evaluatiebepaling' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.change(within(panel).getByLabelText('Artikel in de regeling'), { target: { value: 'art. 30' } });

    // Another accounthouder saves the same line first.
    await repositories.wgrProvisionChecks.update(line.id, { result: 'geregeld', regulationArticle: 'art. 31' }, line.etag);
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await within(panel).findByText(/Iemand anders heeft deze bepaling intussen getoetst: uitkomst Geregeld, artikel art. 31/);
    // Nothing was overwritten, and what was typed is kept.
    expect((await repositories.wgrProvisionChecks.get(line.id)).regulationArticle).toBe('art. 31');
    expect((within(panel).getByLabelText('Artikel in de regeling') as HTMLInputElement).value).toBe('art. 30');

    fireEvent.click(within(panel).getByRole('button', { name: 'Mijn invoer houden en opnieuw opslaan' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Toets opgeslagen: Evaluatiebepaling.');
    expect(await repositories.wgrProvisionChecks.get(line.id)).toMatchObject({ result: 'ontbreekt', regulationArticle: 'art. 30' });
  });

  it('saves the exit notice and says so when the timeline moment could not be written, keeping the saved settings', async () => {
    const { repositories, gr } = await setUp();
    repositories.processMoments.create = () => Promise.reject(new Error('Netwerkfout (test).'));
    render(<PartnershipControl repositories={repositories} today={today} initialPartnershipId={gr.id} initialTab="wgr" />);
    fireEvent.change(await screen.findByLabelText('Opzegtermijn (maanden)'), { target: { value: '12' } });
    expect(screen.getByTestId('exit-moment').textContent).toBe('Eerstvolgende mogelijke uittreding1 januari 2028Besluit van de raad uiterlijk1 januari 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Uittreding opslaan' }));
    await screen.findByText(/^Opgeslagen, maar het invloedsmoment op de tijdlijn kon niet worden bijgewerkt/);
    expect(await repositories.wgrSettings.list()).toEqual([expect.objectContaining({ partnershipId: gr.id, exitNoticeMonths: 12 })]);
  });

  it('hides the Wgr check for a partnership that is not a GR', async () => {
    const repositories = createInMemoryRepositories();
    const foundation = await repositories.partnerships.create({ ...partnership, name: 'Stichting Test', legalForm: 'stichting', bbvGroup: 'stichtingen-en-verenigingen' });
    render(<PartnershipControl repositories={repositories} today={today} initialPartnershipId={foundation.id} initialTab="wgr" />);
    await screen.findByText('Nieuwe beoordeling');
    expect(screen.queryByRole('tab', { name: 'Wgr-toets' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Risicoprofiel' }).getAttribute('aria-selected')).toBe('true');
  });
});
