export * from './partnershipDashboardData';
export { createSharePointDashboardLoader, DASHBOARD_PAGE_SIZE } from './sharePointDashboardLoader';
