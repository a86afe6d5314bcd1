export type {
  CalendarQuarter,
  ComplianceStripLevel,
  ComplianceStripQuarter,
} from './compliance-strip';
export {
  buildComplianceStrip,
  complianceStripLength,
  complianceStripLevelLabels,
  quarterOf,
  quartersEndingWith,
  toShanghaiDate,
  worseComplianceLevel,
} from './compliance-strip';
export type {
  CreditCodeParts,
  CreditCodeProblem,
  CreditCodeProblemCode,
  CreditCodeValidation,
  GenerateCreditCodeOptions,
  RegistrationAuthority,
} from './credit-code';
export {
  computeCreditCodeCheckCharacter,
  computeOrganizationCodeCheckCharacter,
  creditCodeCharacters,
  creditCodeSchema,
  creditCodeWeights,
  generateCreditCode,
  isCreditCode,
  normalizeCreditCode,
  registrationAuthorities,
  validateCreditCode,
} from './credit-code';
export type { IndustryEntry, IndustryLevel, PollutingIndustryDivision } from './industry';
export {
  findIndustry,
  industryCodeSchema,
  industryLevels,
  industryPath,
  industryTable,
  isIndustryCode,
  listIndustryChildren,
  pollutingIndustryDivisions,
} from './industry';
