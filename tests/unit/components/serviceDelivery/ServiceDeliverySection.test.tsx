/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { getTheme, setIconOptions } from '@fluentui/react';
import { ServiceDeliverySection } from '../../../../src/components/dashboard/ServiceDeliverySection';
import { getDashboardClassNames } from '../../../../src/components/dashboard/dashboard.styles';
import { axisTicks, valueDomain } from '../../../../src/components/serviceDelivery/TrendLineChart';
import { installStructuredClone, seededRepositories, TODAY } from './fixtures';

setIconOptions({ disableWarnings: true });
installStructuredClone();

async function renderSection(partnership: 'gbtwente' | 'stadsbank') {
  const seeded = await seededRepositories();
  const partnershipId = seeded[partnership];
  const indicators = (await seeded.repositories.performanceIndicators.list()).filter((item) => item.partnershipId === partnershipId);
  const values = (await seeded.repositories.indicatorValues.list()).filter((item) => item.partnershipId === partnershipId);
  const theme = getTheme();
  render(<ServiceDeliverySection indicators={indicators} values={values} today={TODAY} classNames={getDashboardClassNames(theme)} theme={theme} />);
}

describe('ServiceDeliverySection on the dashboard', () => {
  it('shows the latest value against the norm and a trend chart with a Dutch name, loaded as its own chunk', async () => {
    await renderSection('gbtwente');
    const section = screen.getByRole('region', { name: 'Dienstverlening' });
    expect(within(section).getByTestId('service-delivery-latest').textContent).toBe('3e kwartaal 2026: 91% blijft onder de norm van minimaal 95%. Buiten de norm');
    const chart = await within(section).findByRole('region', { name: 'Trend van Bezwaren binnen termijn over de laatste 3 perioden' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    // Two lines: the values and the dashed norm.
    expect(chart.querySelectorAll('[stroke-dasharray="6 4"]').length).toBeGreaterThan(0);
  });

  it('offers the same points as a table behind "Toon als tabel"', async () => {
    await renderSection('gbtwente');
    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const table = screen.getByRole('table', { name: 'Bezwaren binnen termijn: waarde per periode' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'PeriodeWaardeOordeel',
      'K1 202696%Binnen de norm',
      'K2 202697%Binnen de norm',
      'K3 202691%Buiten de norm',
    ]);
    expect(screen.getByRole('button', { name: 'Verberg tabel' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('lists the overdue report, and marks the missing period "ontbreekt" in the table', async () => {
    await renderSection('stadsbank');
    expect(screen.getByTestId('service-delivery-overdue').textContent).toContain('Wachttijd tot eerste gesprek: Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).');
    fireEvent.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    expect(within(screen.getByRole('table')).getAllByRole('row').map((row) => row.textContent)).toContain('K3 2026ontbreekt');
  });
});

describe('the trend chart’s scales', () => {
  it('fits the y axis around the values and the norm instead of starting at 0', () => {
    expect(valueDomain([96, 97, 91, 95])).toEqual({ min: 89, max: 99 });
    expect(valueDomain([2, 3])).toEqual({ min: 1, max: 4 });
    // Never below 0 for figures that cannot be negative; negative figures keep their sign.
    expect(valueDomain([0, 1]).min).toBe(0);
    expect(valueDomain([-5, 5]).min).toBeLessThan(-5);
  });

  it('labels at most four periods, always including the latest', () => {
    const dates = Array.from({ length: 8 }, (_unused, index) => new Date(Date.UTC(2025, index * 3, 1)));
    expect(axisTicks(dates)).toEqual([dates[1], dates[3], dates[5], dates[7]]);
    expect(axisTicks(dates.slice(0, 3))).toEqual(dates.slice(0, 3));
  });
});
