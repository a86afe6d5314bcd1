export * from './profile.schema';
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
} from './profiles';
