export const zh = {
  appName: 'ParkPlan 园区招商规划',
  demoNotice: '演示数据：城市、园区、企业与全部数字均为虚构',
  nav: { home: '城市概览', map: '地块地图', scenarios: '方案推演', incentives: '优惠方案比较', projects: '招商项目', quotas: '任务考核', admin: '用户管理' },
  lang: 'English',
  login: { title: '登录', username: '用户名', password: '密码', submit: '登录', logout: '退出' },
  role: { admin: '市级管理员', editor: '县区编辑', viewer: '只读用户' },
  units: { mu: '亩', m2: 'm²', wan: '万元', yi: '亿元' },
  status: { vacant: '空闲', reserved: '已预留', under_construction: '在建', occupied: '已入驻', unavailable: '不可用' },
  stage: { lead: '线索', negotiating: '洽谈', signed: '签约', landed: '落地', dropped: '终止' },
  parks: {
    title: '园区一览', dominant: '主导产业', land: '土地', vacant: '空闲', factories: '标准厂房出租率', plots: '地块', open: '查看地图',
  },
  loading: '加载中…',
  save: '保存', cancel: '取消', close: '关闭', edit: '编辑', delete: '删除',
};
export type Messages = typeof zh;

export const en: Messages = {
  appName: 'ParkPlan',
  demoNotice: 'Demo data: the city, parks, enterprises and all figures are made up',
  nav: { home: 'City overview', map: 'Plot map', scenarios: 'Scenarios', incentives: 'Incentive packages', projects: 'Pipeline', quotas: 'Quotas', admin: 'Users' },
  lang: '中文',
  login: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', logout: 'Sign out' },
  role: { admin: 'City administrator', editor: 'County editor', viewer: 'Viewer' },
  units: { mu: 'mu', m2: 'm²', wan: '10k CNY', yi: '100M CNY' },
  status: { vacant: 'Vacant', reserved: 'Reserved', under_construction: 'Under construction', occupied: 'Occupied', unavailable: 'Unavailable' },
  stage: { lead: 'Lead', negotiating: 'Negotiating', signed: 'Signed', landed: 'Landed', dropped: 'Dropped' },
  parks: {
    title: 'Parks', dominant: 'Dominant industry', land: 'Land', vacant: 'vacant', factories: 'Standard factory occupancy', plots: 'plots', open: 'Open map',
  },
  loading: 'Loading…',
  save: 'Save', cancel: 'Cancel', close: 'Close', edit: 'Edit', delete: 'Delete',
};
