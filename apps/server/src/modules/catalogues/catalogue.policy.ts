import { type CatalogueStatus, hasPermission, type Role, whyCatalogueIsNotEditable } from '@qingshan/domain';

/**
 * Per-record rules for catalogues (CAT-1 … CAT-5). Route permissions ('catalogues.read',
 * 'catalogues.manage', 'catalogues.publish') are in @qingshan/domain; what a user reads is in the
 * queries (catalogue.repository visibleCatalogueCondition). Each rule returns a Chinese reason
 * when the act is refused, null when it is allowed.
 */
export const cataloguePolicy = {
  /**
   * Drafts are edited by legal reviewers and agency heads of agencies in their scope; the lists
   * of the agencies above them apply to them but are not theirs to change.
   */
  whyCannotManage(ownerAgencyName: string, isOwnedInScope: boolean): string | null {
    return isOwnedInScope ? null : `该清单由${ownerAgencyName}制定，您只能查阅，不能修改`;
  },

  /** Only drafts change; published and superseded versions are history. */
  whyNotEditable(status: CatalogueStatus): string | null {
    return whyCatalogueIsNotEditable(status);
  },

  whyCannotPublishHere(ownerAgencyName: string, isOwnedInScope: boolean): string | null {
    return isOwnedInScope ? null : `该清单由${ownerAgencyName}制定，只能由该机关或其上级机关负责人发布`;
  },

  /** What the detail page offers the user. */
  abilities(
    roles: readonly Role[],
    version: { status: CatalogueStatus; ownerAgencyName: string },
    isOwnedInScope: boolean,
  ) {
    const canManage = hasPermission(roles, 'catalogues.manage') && isOwnedInScope;
    const editBlockedReason = !hasPermission(roles, 'catalogues.manage')
      ? '您的角色只能查阅清单'
      : (cataloguePolicy.whyCannotManage(version.ownerAgencyName, isOwnedInScope) ??
        cataloguePolicy.whyNotEditable(version.status));
    return {
      canEdit: canManage && version.status === 'draft',
      canPublish: hasPermission(roles, 'catalogues.publish') && isOwnedInScope && version.status === 'draft',
      canCreateVersion: canManage && version.status !== 'draft',
      editBlockedReason,
    };
  },
};
