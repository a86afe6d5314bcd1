// What the agencies module offers the rest of the app: look-ups of one agency, in or regardless
// of the user's scope. The organisation tables are read here, not in each module. Adding a child
// agency with its closure rows is offered for the test factories (test/factories.ts).
export {
  type AgencyFacts,
  findAgency,
  findAgencyInScope,
  findReportingAgencies,
  insertAgencyWithClosure,
} from './agency.repository';
