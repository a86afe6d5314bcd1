export const regions = {
  fullName: '全称',
  code: '区划代码',
  level: '级别',
  developmentZone: '开发区',
  children: '下级区划',
  childrenCount: '{{count}} 个',
  agencies: '驻在机构',
  noAgencies: '管辖范围内没有驻在该区划的机构',
};
