// What the agencies module offers the rest of the app: look-ups of one agency, in or regardless
// of the user's scope. The organisation tables are read here, not in each module.
export { type AgencyFacts, findAgency, findAgencyInScope, findReportingAgencies } from './agency.repository';
