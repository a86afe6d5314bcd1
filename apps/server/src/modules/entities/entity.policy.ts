/**
 * Per-record rules for regulated entities (REG-1). Route permissions ('entities.read',
 * 'entities.manage') are in @qingshan/domain; jurisdiction is in the queries (D6). Each rule
 * returns a Chinese reason when the act is refused, null when it is allowed.
 */
export const entityPolicy = {
  /** An entity lies in a county or a town; a province or a city is too coarse to own it. */
  whyRegionCannotHoldEntity(region: { level: string; fullName: string }): string | null {
    if (region.level === 'county' || region.level === 'town') return null;
    return `${region.fullName}是${region.level === 'province' ? '省级' : '地市级'}区划，请选择到县（市、区）或乡镇（街道）`;
  },

  /** The owner the region resolves to must lie in the user's subtree: nobody registers entities for another county. */
  whyOwnerOutOfScope(region: { fullName: string }, isOwnerInScope: boolean): string | null {
    return isOwnerInScope ? null : `${region.fullName}不在您的管辖范围内，不能在该区划登记监管对象`;
  },

  /**
   * The credit code already belongs to an entity. Inside the user's subtree the entity is named;
   * outside it, only that it exists elsewhere (the name of another county's entity is not theirs to read).
   */
  describeCreditCodeConflict(
    creditCode: string,
    existing: { name: string },
    isExistingInScope: boolean,
  ): string {
    return isExistingInScope
      ? `统一社会信用代码 ${creditCode} 已登记为「${existing.name}」，不能重复登记`
      : `统一社会信用代码 ${creditCode} 已由其他辖区的生态环境部门登记，不能重复登记；如该单位已迁入本辖区，请联系原登记部门办理移交`;
  },
};
