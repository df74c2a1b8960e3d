// Words of the price-of-focus tab (namespace 'scenarios', key 'focus'). zh is the source of truth.
export const zh = {
  intro:
    '对每个园区统一设定主导产业最低占比 θ，逐个重新求解（每个点都是经过校验的方案），看“宁可留空”要付出多少方案价值、少落位多少项目。',
  run: '计算集中度代价',
  rerun: '重新计算',
  cancel: '停止',
  running: '正在求解 θ = {{theta}}（已完成 {{done}}/{{n}}）',
  queued: '排队中…',
  done: '共 {{n}} 个 θ，用时 {{s}} 秒',
  failed: '计算失败：{{msg}}',
  cancelled: '已停止，已完成的点如下',
  empty: '尚未计算。每个 θ 约需数秒至十余秒。',
  chart: {
    value: '方案价值',
    bound: '上界',
    placed: '落位项目数',
    theta: '主导产业最低占比 θ',
    projects: '个',
  },
  col: {
    theta: 'θ',
    value: '方案价值',
    cost: '比 θ = {{base}} 少',
    bound: '上界',
    placed: '落位项目',
    share: '新增空间主导占比',
    shortfall: '无法落位的已签约项目',
    time: '用时',
  },
  unverified: '未通过校验（不显示）',
  note: '每个点从相邻更高 θ 的方案热启动，因此 θ 越高方案价值不会更高；上界为该 θ 下最优方案价值的证明上限。当前方案的各园区 θ 不变，本页不修改方案。',
};

export const en: typeof zh = {
  intro:
    'One minimum dominant-industry share θ for every park, the scenario ' +
    'solved again at each (every point a verified plan): what "rather ' +
    'leave it empty" costs in plan value and projects placed.',
  run: 'Compute the price of focus',
  rerun: 'Compute again',
  cancel: 'Stop',
  running: 'Solving θ = {{theta}} ({{done}}/{{n}} done)',
  queued: 'Queued…',
  done: '{{n}} values of θ in {{s}} s',
  failed: 'Failed: {{msg}}',
  cancelled: 'Stopped; the points solved so far are shown',
  empty: 'Not computed yet. Each θ takes a few seconds up to a dozen.',
  chart: {
    value: 'Plan value',
    bound: 'Bound',
    placed: 'Projects placed',
    theta: 'Minimum dominant share θ',
    projects: 'projects',
  },
  col: {
    theta: 'θ',
    value: 'Plan value',
    cost: 'Less than at θ = {{base}}',
    bound: 'Bound',
    placed: 'Placed',
    share: 'Dominant share of new space',
    shortfall: 'Signed projects without space',
    time: 'Time',
  },
  unverified: 'failed verification (not shown)',
  note:
    'Each point starts from the plan of the next higher θ, so value never ' +
    'rises with θ; the bound is a proven upper limit of the best plan ' +
    'value at that θ. The scenario itself (its per-park θ) is not changed ' +
    'here.',
};
