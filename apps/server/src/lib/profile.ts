import { findProfileForRegion, type ProvinceProfile } from '@qingshan/domain';
import type { AppContext } from './context';

/**
 * The province profile whose rules apply to an agency: the profile of the province its region
 * lies in (Nantong agencies follow jiangsu-nantong, Jilin's follow jilin), or the deployment's
 * configured profile (QINGSHAN_PROFILE) for regions no profile covers.
 */
export function profileForRegion(ctx: Pick<AppContext, 'profile'>, regionCode: string): ProvinceProfile {
  return findProfileForRegion(regionCode) ?? ctx.profile;
}
