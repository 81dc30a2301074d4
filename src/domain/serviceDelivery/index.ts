/*
 * Service delivery monitoring (issue 9, seed 002 aanbevelingen 3, 4, 5, 9). Pure functions; `asOf` (today) is always
 * passed in. API summary:
 *
 * periods.ts — period codes `2026-M03` | `2026-K3` | `2026-H1` | `2026`
 *   reportingPeriod(freq, year, index), parsePeriodCode(code), parsePeriodText(text, freq) (also "Q3 2026",
 *   "3e kwartaal 2026", "maart 2026"), periodLabel(p) "3e kwartaal 2026", periodShortLabel(p) "K3 2026",
 *   periodCodeLabel(code), periodStart/periodEnd(p), periodContaining(freq, date), next/previousPeriod,
 *   REPORT_GRACE_WEEKS (6), reportDueDate(p), isPeriodOver(p, asOf), isReportOverdue(p, asOf),
 *   duePeriods(freq, reportingFrom, asOf), lastEndedPeriods(freq, asOf, n).
 * validation.ts — ValidationResult with Dutch messages per field (src/domain/validation/result.ts)
 *   validateIndicator(input), validateIndicatorValue(input, { indicator, asOf }),
 *   validateServiceAgreement(input), validateSatisfactionMeasurement(input, { asOf? }),
 *   indicatorValueInput(indicator, { period, value, reportedOn, notes }) builds a value with its periodEnd,
 *   UNIT_RANGES, isWithinUnitRange, unitRangeMessage, periodFormatMessage, FUTURE_PERIOD_MESSAGE.
 * judgement.ts
 *   judgeValue(indicator, value) → { kind: 'on-target' | 'off-target' | 'no-target', shortfall, sentence },
 *   trendOf(indicator, valuesOldestFirst) → { direction: 'rising' | 'falling' | 'flat', assessment:
 *   'improving' | 'worsening' | 'neutral', pointCount, sentence } | undefined, formatIndicatorValue(unit, n),
 *   targetText(indicator) "minimaal 95%".
 * summary.ts
 *   summarizeIndicator(indicator, values, asOf) / summarizeIndicators(indicators, values, asOf) → IndicatorSummary
 *   { indicator, latest?, latestPeriodLabel?, judgement?, trendPoints (last 8: { period, label, value? }), trend?,
 *   overdue: OverdueReport[] }; serviceDeliveryOverview({ partnerships, indicators, values, asOf }) →
 *   { summaries, offTarget, overdue } across partnerships; indicatorsOffTarget(...), overdueReports(...);
 *   serviceDeliveryFindings({ agreements, indicators, values, asOf }) → missing-report | off-target |
 *   renewal-near | renewal-passed findings; latestSatisfaction(measurements, partnershipId, asOf),
 *   satisfactionScoreText(m).
 * importPlan.ts — a partnership's report (.xlsx/CSV: Indicator, Periode, Waarde, Toelichting, Gerapporteerd op)
 *   planValueImport(table, { indicators, existingValues, today }) → { rows: create | update | unchanged |
 *   rejected (reasons), fileProblems, ignoredColumns }; countValueImportPlan(plan); VALUE_IMPORT_COLUMNS;
 *   parseReportedNumber(text). The data layer (src/data/serviceDelivery) reads files and applies plans.
 * reportSection.ts — deliveryReportSections(input, asOf): the MT status report's delivery part per partnership.
 */
export * from './models';
export * from './periods';
export * from './validation';
export * from './judgement';
export * from './summary';
export * from './importPlan';
export * from './reportSection';
