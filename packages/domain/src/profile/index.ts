export {
  defaultProfileId,
  findProfileForRegion,
  getProvinceProfile,
  isProvinceProfileId,
  maximumDeadlineAmount,
  nationalDefaults,
  profileIds,
  provinceProfiles,
  seedDocuments,
} from './profile.provinces';
export * from './profile.schema';
