export type CouncilFeedResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Fetches a council's iCalendar feed (the municipality's `councilFeedUrl`). `webcal://` is the same feed over HTTPS.
 * Every failure becomes a Dutch message that says what the user can do; whether the text is iCalendar is the
 * parser's call.
 */
export async function fetchCouncilFeed(url: string, fetchImplementation: typeof fetch = fetch): Promise<CouncilFeedResult> {
  const address = url.trim().replace(/^webcal:\/\//i, 'https://');
  if (!/^https?:\/\/[^\s]+$/i.test(address)) {
    return { ok: false, message: `'${url}' is geen geldig webadres voor een vergaderschema (het moet met https:// of webcal:// beginnen).` };
  }
  let response: Response;
  try {
    response = await fetchImplementation(address, { headers: { Accept: 'text/calendar, text/plain;q=0.5' }, credentials: 'omit' });
  } catch {
    // Browsers do not say why a cross-origin request failed; CORS and an unreachable host look the same.
    return {
      ok: false,
      message: `Het vergaderschema kon niet worden opgehaald van ${address}. De server is onbereikbaar of staat ophalen vanuit de browser niet toe (CORS). Download het .ics-bestand en upload het hier.`,
    };
  }
  if (!response.ok) {
    const meaning = response.status === 404 ? 'niet gevonden' : response.status === 401 || response.status === 403 ? 'geen toegang' : 'fout van de server';
    return { ok: false, message: `Het vergaderschema kon niet worden opgehaald van ${address}: HTTP ${response.status} (${meaning}). Controleer het adres in de lijst Gemeenten.` };
  }
  return { ok: true, text: await response.text() };
}
