export const layout = {
  menu: {
    home: '首页',
    agencies: '机构与区划',
    agencyDetail: '机构详情',
    users: '用户管理',
    audit: '安全审计',
    calendar: '工作日历',
    profile: '省份配置',
    account: '个人设置',
    passwordChange: '修改密码',
    login: '登录',
    notFound: '页面不存在',
  },
  header: {
    openMenu: '打开菜单',
    collapse: '收起菜单',
    expand: '展开菜单',
    userMenu: '用户菜单',
    profileName: '配置：{{name}}',
  },
};
