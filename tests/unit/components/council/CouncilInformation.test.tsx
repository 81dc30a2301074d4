/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { CouncilInformation, type DownloadableFile } from '../../../../src/webparts/councilInformation/components';
import { AccessDeniedError } from '../../../../src/data/ports';
import type { PublicDocument, PublicMeeting, PublicMeetingBody, PublicPartnership, PublicProcessMoment } from '../../../../src/domain/council';
import type { CalendarDate, FinancialFigures, Partnership } from '../../../../src/domain/models';
import { InMemoryRepository } from '../../../support/inMemoryRepository';
import { loadWebPartStrings } from '../../../support/amdStrings';
import { partnership, publicDocument, publicMeeting, publicMeetingBody, publicPartnership, publicProcessMoment } from '../../data/sampleValues';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const today = '2026-11-26' as CalendarDate;

async function publicRepositories(): Promise<{
  partnerships: InMemoryRepository<PublicPartnership>;
  meetingBodies: InMemoryRepository<PublicMeetingBody>;
  meetings: InMemoryRepository<PublicMeeting>;
  documents: InMemoryRepository<PublicDocument> & { upload: never };
  processMoments: InMemoryRepository<PublicProcessMoment>;
}> {
  const repositories = {
    partnerships: new InMemoryRepository<PublicPartnership>(),
    meetingBodies: new InMemoryRepository<PublicMeetingBody>(),
    meetings: new InMemoryRepository<PublicMeeting>(),
    documents: Object.assign(new InMemoryRepository<PublicDocument>(), { upload: undefined as never }),
    processMoments: new InMemoryRepository<PublicProcessMoment>(),
  };
  await repositories.partnerships.create({ ...publicPartnership, importance: { ...publicPartnership.importance, audiences: ['raad'] } });
  await repositories.meetingBodies.create(publicMeetingBody);
  await repositories.meetings.create(publicMeeting);
  await repositories.documents.create({ ...publicDocument, fileUrl: '/sites/intranet/OpenbareStukken/Begroting 2027.pdf' });
  await repositories.processMoments.create({ ...publicProcessMoment, date: '2027-02-25' as CalendarDate });
  return repositories;
}

describe('Raadsinformatie (component)', () => {
  it('shows what the raad can do first, with the date, the days left and the Wgr marker', async () => {
    render(<CouncilInformation publicRepositories={await publicRepositories()} today={today} />);
    await screen.findByText('Zienswijze');
    expect(screen.getByText(/^Uiterlijk 25 februari 2027/).textContent).toBe('Uiterlijk 25 februari 2027 · nog 91 dagenWettelijke termijn (Wgr)');
    expect(screen.getByText('De raad kan een zienswijze geven. Zet het tijdig op de agenda van de raad.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Begroting' }).getAttribute('href')).toBe('/sites/intranet/OpenbareStukken/Begroting 2027.pdf');
    // Without the register's repositories there is no BBV section.
    expect(screen.queryByRole('button', { name: 'BBV-paragraaf maken' })).toBeNull();
  });

  it('says in plain Dutch when the council has no access, and offers to try again', async () => {
    const repositories = await publicRepositories();
    repositories.partnerships.list = () => Promise.reject(new AccessDeniedError('403'));
    render(<CouncilInformation publicRepositories={repositories} today={today} />);
    await screen.findByText((loadWebPartStrings('councilInformation', 'nl-nl') as Record<string, string>).ErrorAccessDenied);
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('keeps a wrongly typed year with a Dutch message, and reports a failed paragraph without losing the input', async () => {
    const register = { partnerships: new InMemoryRepository<Partnership>(), financialFigures: new InMemoryRepository<FinancialFigures>() };
    await register.partnerships.create(partnership);
    const saved: DownloadableFile[] = [];
    render(<CouncilInformation publicRepositories={await publicRepositories()} bbvRepositories={register} today={today} saveFile={(file) => saved.push(file)} />);
    const year = screen.getByRole('textbox', { name: 'Jaar' }) as HTMLInputElement;
    expect(year.value).toBe('2027');
    fireEvent.change(year, { target: { value: '27' } });
    expect(year.value).toBe('27');
    expect(await screen.findByText('Vul een jaartal in tussen 1990 en 2100, bijvoorbeeld 2027.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'BBV-paragraaf maken' }) as HTMLButtonElement).disabled).toBe(true);

    // A failure while reading the register ends in a plain message, and the typed year stays.
    register.financialFigures.list = () => Promise.reject(new AccessDeniedError('403'));
    fireEvent.change(year, { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'BBV-paragraaf maken' }));
    expect(await screen.findByText('De paragraaf kon niet worden gemaakt. Probeer het opnieuw.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(year.value).toBe('2026');
    expect(saved).toEqual([]);
  });
});

// Generating the files themselves is covered by tests/integration/bbvParagraph.test.ts and the browser test.
describe('the Raadsinformatie strings files', () => {
  const dutch = loadWebPartStrings('councilInformation', 'nl-nl') as Record<string, unknown>;
  const english = loadWebPartStrings('councilInformation', 'en-us') as Record<string, unknown>;
  it('give every locale the same, non-empty keys', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
    for (const strings of [dutch, english]) for (const [key, value] of Object.entries(strings)) expect({ key, ok: typeof value === 'string' && value.trim() !== '' }).toEqual({ key, ok: true });
  });
});
