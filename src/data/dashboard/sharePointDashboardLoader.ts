import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { Partnership, Stored } from '../../domain/models';
import type { Condition, ItemPage, ItemQuery } from '../ports/repository';
import { createSharePointRepositories } from '../sharepoint';
import { toDomainError } from '../sharepoint/errors';
import { serviceDeliveryQueries } from '../serviceDelivery/serviceDeliveryData';
import type { PartnershipDashboardData, PartnershipDashboardLoader } from './partnershipDashboardData';

/**
 * SharePoint's largest page (5,000 rows). The dashboard reads each related list as one page, so one
 * partnership may have up to this many documents, meetings or moments before the oldest are left out;
 * that is decades of a partnership's paperwork.
 */
export const DASHBOARD_PAGE_SIZE = 5000;

/** The partnership lookup every related list has, indexed in the schema, so the filter stays under the view threshold. */
function ofPartnership(partnershipId: number): Condition {
  return { property: 'partnershipId', op: 'eq', value: partnershipId };
}

function pageQuery(where: Condition): ItemQuery {
  return { where, pageSize: DASHBOARD_PAGE_SIZE };
}

/**
 * The dashboard's reads as ONE `$batch` request to SharePoint, whatever the number of documents,
 * meetings or moments: the partnership, the municipalities (for the participants' names) and one
 * filtered page of every related list. The repositories are the ordinary schema-driven ones, built on a
 * batched PnPjs instance; every read is started before the batch executes, as PnPjs's batching requires.
 */
export function createSharePointDashboardLoader(sp: SPFI): PartnershipDashboardLoader {
  return async (partnershipId: number): Promise<PartnershipDashboardData> => {
    const [batchedSp, execute] = sp.batched();
    const repositories = createSharePointRepositories(batchedSp);
    const where = ofPartnership(partnershipId);
    const settle = <T>(promise: Promise<T>): Promise<T> => {
      // A failed part rejects on its own; keep it from being "unhandled" while the batch is still running.
      promise.catch(() => undefined);
      return promise;
    };
    const items = async <T>(page: Promise<ItemPage<T>>): Promise<readonly Stored<T>[]> => (await page).items;

    const partnership = settle<Stored<Partnership>>(repositories.partnerships.get(partnershipId));
    const municipalities = settle(items(repositories.municipalities.page({ pageSize: DASHBOARD_PAGE_SIZE })));
    const financialFigures = settle(items(repositories.financialFigures.page(pageQuery(where))));
    const meetingBodies = settle(items(repositories.meetingBodies.page(pageQuery(where))));
    const meetings = settle(items(repositories.meetings.page(pageQuery(where))));
    const documents = settle(items(repositories.documents.page(pageQuery(where))));
    const processMoments = settle(items(repositories.processMoments.page(pageQuery(where))));
    const actions = settle(
      items(repositories.actions.page(pageQuery({ op: 'or', conditions: [where, { property: 'partnershipId', op: 'isNull' }] }))),
    );
    const contacts = settle(items(repositories.contacts.page(pageQuery(where))));
    // Issue 8: the risk profiles in the same batch; the newest sets the internal bodies' floor.
    const riskProfiles = settle(items(repositories.riskProfiles.page(pageQuery(where))));
    // Issue 9: the indicators and their values, with the same filters the Dienstverlening web part uses.
    const serviceDeliveryQuery = serviceDeliveryQueries(partnershipId);
    const indicators = settle(items(repositories.performanceIndicators.page({ ...serviceDeliveryQuery.indicators, pageSize: DASHBOARD_PAGE_SIZE })));
    const indicatorValues = settle(items(repositories.indicatorValues.page({ ...serviceDeliveryQuery.values, pageSize: DASHBOARD_PAGE_SIZE })));

    try {
      await execute();
    } catch (error) {
      // The `$batch` request itself failed (throttled, no access to the site): no part was answered.
      throw toDomainError(error);
    }

    const loadedPartnership = await partnership;
    const participantIds = new Set(loadedPartnership.participantIds);
    return {
      partnership: loadedPartnership,
      participants: (await municipalities).filter((municipality) => participantIds.has(municipality.id)),
      financialFigures: await financialFigures,
      meetingBodies: await meetingBodies,
      meetings: await meetings,
      documents: await documents,
      processMoments: await processMoments,
      actions: await actions,
      contacts: await contacts,
      riskProfiles: await riskProfiles,
      serviceDelivery: { indicators: await indicators, values: await indicatorValues },
    };
  };
}
