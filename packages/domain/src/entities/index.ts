export type {
  CalendarQuarter,
  ComplianceStripLevel,
  ComplianceStripQuarter,
} from './entities.compliance-strip';
export {
  buildComplianceStrip,
  complianceStripLength,
  complianceStripLevelLabels,
  quarterOf,
  quartersEndingWith,
  toShanghaiDate,
  worseComplianceLevel,
} from './entities.compliance-strip';
export * from './entities.contract';
export type {
  CreditCodeParts,
  CreditCodeProblem,
  CreditCodeProblemCode,
  CreditCodeValidation,
  GenerateCreditCodeOptions,
  RegistrationAuthority,
} from './entities.credit-code';
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
} from './entities.credit-code';
export * from './entities.imports.contract';
export type { IndustryEntry, IndustryLevel, PollutingIndustryDivision } from './entities.industry';
export {
  findIndustry,
  industryCodeSchema,
  industryLevels,
  industryPath,
  industryTable,
  isIndustryCode,
  listIndustryChildren,
  pollutingIndustryDivisions,
} from './entities.industry';
