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
