import type { Repositories } from '../data/ports';
import type { StatusReportInput } from '../domain/steering';

/**
 * Reads everything the half-yearly status report needs, live, through the repositories (the same call in
 * the web part and the CLI). The lists are read whole; each is small (tens to hundreds of items per municipality).
 */
export async function loadStatusReportInput(repositories: Repositories): Promise<StatusReportInput> {
  const [
    partnerships,
    meetingBodies,
    meetings,
    processMoments,
    actions,
    financialFigures,
    budgetProgress,
    evaluations,
    serviceAgreements,
    performanceIndicators,
    indicatorValues,
    satisfactionMeasurements,
    riskProfiles,
  ] = await Promise.all([
    repositories.partnerships.list(),
    repositories.meetingBodies.list(),
    repositories.meetings.list(),
    repositories.processMoments.list(),
    repositories.actions.list(),
    repositories.financialFigures.list(),
    repositories.budgetProgress.list(),
    repositories.evaluations.list(),
    repositories.serviceAgreements.list(),
    repositories.performanceIndicators.list(),
    // The largest list (a value per indicator per period); paged by the repository.
    repositories.indicatorValues.list(),
    repositories.satisfactionMeasurements.list(),
    repositories.riskProfiles.list(),
  ]);
  return {
    partnerships,
    meetingBodies,
    meetings,
    processMoments,
    actions,
    financialFigures,
    budgetProgress,
    evaluations,
    serviceAgreements,
    performanceIndicators,
    indicatorValues,
    satisfactionMeasurements,
    riskProfiles,
  };
}
