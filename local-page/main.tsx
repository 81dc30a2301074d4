import './fabricConfig';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointDirectory, createSharePointRepositories } from '../src/data/sharepoint';
import { createEmulatorGraphClient, GraphCalendarGateway } from '../src/data/graph';
import { LocalPage } from './LocalPage';
import { pageLanguageOrDefault } from './pageLocale';
import { seededUserOrDefault } from './seededUsers';

/*
 * Entry point of the local page, bundled by esbuild once per locale at `npm start`. It wires the web parts
 * to the REAL SharePoint adapter, which talks HTTP to the emulator on this same origin, as the demo user
 * chosen in the URL (`?user=`). The language (`?lang=`) picked the bundle and `<html lang>` on the server.
 */

// The local server serves the MDL2 icon font from node_modules: there is no CDN without internet.
initializeIcons('/fonts/');

const root = document.getElementById('root') as HTMLElement;
const parameters = new URLSearchParams(window.location.search);
const language = pageLanguageOrDefault(document.documentElement.lang);
const user = seededUserOrDefault(parameters.get('user'));
const siteUrl = `${window.location.origin}${root.dataset.sitePath ?? '/sites/samenwerkingsmonitor'}`;
const sp = createEmulatorSp(siteUrl, user.email);
const directory = createSharePointDirectory(sp);
const repositories = createSharePointRepositories(sp, directory);
const calendar = new GraphCalendarGateway(createEmulatorGraphClient(`${window.location.origin}/graph/v1.0`, user.email));

function navigate(parameter: string, value: string): void {
  const next = new URLSearchParams(window.location.search);
  next.set(parameter, value);
  window.location.search = next.toString();
}

ReactDom.render(
  <LocalPage
    language={language}
    user={user}
    repositories={repositories}
    directory={directory}
    calendar={calendar}
    sp={sp}
    parameters={parameters}
    isDemoData={root.dataset.demoData === 'true'}
    onNavigate={navigate}
  />,
  root,
);
