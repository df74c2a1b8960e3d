// Words of the scenarios feature, namespace 'scenarios'. zh is the source of truth; en mirrors its keys.
export const zh = {
  title: '方案推演',
  intro: '把招商项目储备库与空闲地块、标准厂房和政策杠杆放在一起，由求解器建议“谁落在哪里、用哪个优惠方案”，或者宁可留空。',
  list: {
    empty: '还没有方案。新建一个方案开始推演。',
    name: '方案', scope: '范围', status: '状态', objective: '目标值', placements: '落位', leftOut: '未落位', updated: '更新时间',
    open: '打开', duplicate: '复制', delete: '删除', confirmDelete: '确定删除方案“{{name}}”？', compare: '比较所选方案',
    compareHint: '勾选 2–3 个已求解的方案进行比较', selected: '已选 {{n}} 个', stale: '结果已过期',
  },
  create: {
    title: '新建方案', name: '方案名称', namePlaceholder: '例如：睢县 2026 基准方案', scope: '范围', wholeCity: '全市',
    counties: '县区', pickCounty: '请至少选择一个县区', submit: '创建', adminOnly: '全市范围仅限市级管理员',
  },
  status: { draft: '草稿', solved: '已求解', committed: '已提交' },
  scope: { city: '全市', n: '{{names}}' },
  ws: {
    back: '← 方案列表', solve: '求解', resolve: '重新求解', cancel: '取消求解', commit: '提交方案', export: '导出 Excel',
    duplicate: '复制为新方案', stale: '参数、锁定或排除已修改，当前结果已过期，请重新求解。', noResult: '尚未求解。设置参数后点击“求解”。',
    committedNote: '该方案已于 {{at}} 提交，地块与厂房已预留。如需调整，请复制为新方案。',
    viewerNote: '只读用户可以查看方案，不能修改或求解。',
    saveLevers: '保存参数', leversSaved: '参数已保存', unsaved: '有未保存的修改',
  },
  solve: {
    running: '求解中', stage: '阶段', best: '当前最优', bound: '上界', elapsed: '用时',
    stages: { queued: '排队中', model: '建模', construct: '初始方案', bound: '计算上界', search: '邻域搜索', exact: '精确求解', explain: '生成解释', verify: '校验' },
    failed: '求解失败：{{msg}}', cancelled: '已取消求解', done: '求解完成',
  },
  result: {
    gap: '最优性差距 {{gap}}', gapNa: '最优性差距不适用（方案不可行）', optimal: '已证明最优', time: '求解用时 {{s}} 秒', engine: '引擎', pairs: '候选组合 {{after}} / {{before}}',
    infeasible: '方案不可行：已签约或已锁定的项目无法全部落位。该方案不能提交。', warnings: '提示', more: '另有 {{n}} 条',
    kpi: {
      objectiveWan: '综合价值', taxPvWan: '留成税收现值', jobs: '新增就业', investmentWan: '固定资产投资', landMu: '用地',
      floorM2: '厂房面积', incentiveCostWan: '优惠成本现值', equityWan: '政府股权投入', placements: '落位项目', leftOut: '未落位项目',
    },
    persons: '{{n}} 人', count: '{{n}} 个',
    w: {
      mustNoSite: '“{{p}}”已签约或已锁定，但没有匹配的空闲地块或厂房，只能不落位',
      mustMissing: '没有任何方案能同时落位全部已签约或已锁定的项目：{{list}}',
      replaced: '在计算强制落位代价时找到了更优的方案，已替换搜索结果',
    },
  },
  tabs: { placements: '落位方案', leftOut: '未落位项目', parks: '园区', budgets: '预算', quotas: '考核任务', pins: '锁定与排除' },
  placements: {
    project: '项目', park: '园区', site: '地块 / 厂房', package: '优惠方案', space: '占用', value: '价值', noPackage: '无优惠',
    dominant: '主导', chainGap: '补链', pinHere: '锁定于此', forbidSite: '禁止此地块', pinned: '已锁定', empty: '没有落位项目。',
    breakdown: { taxPvWan: '税收现值', jobsWan: '就业价值', chainGapWan: '补链奖励', headWan: '龙头奖励', packageCostWan: '优惠成本', totalWan: '合计（加权）' },
  },
  leftOut: {
    project: '项目', reason: '原因', detail: '说明', cost: '强制落位代价', impossible: '无法落位', boundOnly: '≥ {{v}}（下界）',
    pinAny: '锁定（由引擎选址）', pinned: '已锁定', empty: '所有项目都已落位。', displaced: '将挤出：{{names}}',
    best: '最佳选项：{{park}} · {{value}}',
    reasons: {
      excluded: '已被排除', no_compatible_site: '没有匹配的空闲地块或厂房', below_min_value: '价值低于最低落位门槛',
      capacity: '匹配的空间已被更有价值的项目占用', dominant_share: '受主导产业占比约束', equity_budget: '股权基金预算不足',
      incentive_budget: '优惠预算不足', not_worth: '落位不划算（价值为负或不如留空）', must_place_impossible: '必须落位但无法落位',
    },
    filters: {
      excluded: '被排除', site_kind: '空间类型不符', land_use: '用地类别不符', size: '面积不符', park_not_allowed: '园区不允许',
      min_intensity: '投资强度不足', min_tax_per_mu: '亩均税收不足', package_kind: '优惠方案不适用', pinned_elsewhere: '已锁定在别处',
      below_min_value: '低于门槛', dominated_package: '方案被更优者替代',
    },
    filterLine: '被筛掉的组合：{{list}}',
  },
  parks: {
    park: '园区', theta: '主导占比下限', before: '方案前', after: '方案后', land: '新增用地', floor: '新增厂房', projects: '项目数',
    binding: '约束', marginal: '每亩边际价值', yes: '是', no: '否', share: '主导产业占比',
  },
  budgets: {
    key: '预算', used: '已用', available: '可用', binding: '约束', marginal: '每万元边际价值', unlimited: '不限',
    equity_fund: '政府股权基金', incentive_budget: '优惠预算（现值）',
  },
  quotas: {
    county: '县区', role: '领导', target: '目标', achieved: '完成', shortfall: '缺口', penalty: '罚分', met: '已完成', short: '差 {{n}} 个',
    head: '主要领导', deputy: '分管领导', empty: '范围内没有考核任务。',
  },
  pins: {
    title: '锁定与排除', pins: '锁定', exclusions: '排除', none: '无', remove: '移除', anySite: '任意地块', anyPackage: '任意方案',
    projectOnly: '项目 {{p}}', siteOnly: '地块 {{s}}', pair: '{{p}} 不得落在 {{s}}', park: '园区 {{k}}',
  },
  levers: {
    title: '政策杠杆', weights: '权重', w: { tax: '税收', jobs: '就业', chainFit: '补链', head: '龙头企业', incentiveCost: '优惠成本' },
    share: '各园区主导产业占比下限', shareHint: '留空 = 园区默认值', shareBasis: '占比口径', basis: { new: '仅新增空间', total: '含现有企业' },
    budgets: '预算', equityFundWan: '政府股权基金（万元）', incentiveBudgetWan: '优惠预算现值（万元）', unlimited: '留空 = 不限',
    money: '时间与折现', horizonYears: '测算年限（年）', discountRatePct: '折现率（%）',
    values: '价值参数', minPlacementValueWan: '最低落位价值（万元）', jobValueWan: '每个就业岗位价值（万元）', chainGapBonusWan: '补链奖励（万元）',
    headBonusWan: '龙头企业奖励（万元）', quotaPenaltyWan: '考核缺口罚分（万元/个）',
    readiness: '开工延迟（年）', r: { ready: '七通一平', partial: '部分配套', raw: '生地' },
    minHint: '低于该价值宁可留空',
  },
  commit: {
    confirmTitle: '确认提交方案？', confirmText: '提交后，方案中的 {{plots}} 个地块和 {{floors}} 处厂房将被预留给对应项目。此操作在一个事务中完成。',
    confirm: '确认提交', done: '方案已提交：预留地块 {{plots}} 个，厂房单元 {{units}} 个。', conflicts: '数据已变化，提交被拒绝，未做任何修改：',
    cannot: '不可行的方案不能提交', needSolve: '请先求解（或重新求解）再提交',
  },
  kind: { plot: '地块', building: '厂房', project: '项目' },
  map: {
    legend: '落位项目', parkShare: '主导产业占比（前 → 后）', offline: '底图不可用，仅显示地块', other: '其他地块', vacant: '空闲地块',
    reserved: '已预留', occupied: '已占用', proposed: '建议落位', badge: '落位 {{n}} 个', more: '…另有 {{n}} 个项目，见下方落位方案表',
  },
  compare: {
    title: '方案比较', pick: '请从方案列表中选择 2–3 个已求解的方案', kpis: '关键指标', delta: '差值', base: '基准',
    diffs: '落位不同的项目', noDiffs: '各方案的落位完全相同。', out: '未落位', mapTitle: '落位差异地图', shareOf: '{{park}} 主导占比',
    notSolved: '所选方案中有未求解的方案', diffLegend: '落位不同的地块', scenario: '方案 {{n}}', several: '多个方案使用（项目不同）', pp: '{{v}} 个百分点',
  },
  toast: { close: '关闭' },
  errors: { load: '加载失败', required: '必填', number: '请输入数字', range: '数值超出范围' },
};

export const en: typeof zh = {
  title: 'Allocation scenarios',
  intro: 'Put the project pipeline, vacant plots and factory space and the policy levers together; the solver suggests who goes where with which incentive package — or leaves space empty.',
  list: {
    empty: 'No scenarios yet. Create one to start.',
    name: 'Scenario', scope: 'Scope', status: 'Status', objective: 'Objective', placements: 'Placed', leftOut: 'Left out', updated: 'Updated',
    open: 'Open', duplicate: 'Duplicate', delete: 'Delete', confirmDelete: 'Delete scenario “{{name}}”?', compare: 'Compare selected',
    compareHint: 'Tick 2–3 solved scenarios to compare', selected: '{{n}} selected', stale: 'result out of date',
  },
  create: {
    title: 'New scenario', name: 'Name', namePlaceholder: 'e.g. Sui County 2026 baseline', scope: 'Scope', wholeCity: 'Whole city',
    counties: 'Counties', pickCounty: 'Pick at least one county', submit: 'Create', adminOnly: 'Only city administrators may plan for the whole city',
  },
  status: { draft: 'Draft', solved: 'Solved', committed: 'Committed' },
  scope: { city: 'Whole city', n: '{{names}}' },
  ws: {
    back: '← Scenarios', solve: 'Solve', resolve: 'Solve again', cancel: 'Cancel solve', commit: 'Commit', export: 'Export Excel',
    duplicate: 'Duplicate as variant', stale: 'Levers, pins or exclusions changed: this result is out of date. Solve again.', noResult: 'Not solved yet. Set the levers and press “Solve”.',
    committedNote: 'Committed on {{at}}; its plots and factory space are reserved. Duplicate it to make changes.',
    viewerNote: 'Viewers can look at scenarios but not change or solve them.',
    saveLevers: 'Save levers', leversSaved: 'Levers saved', unsaved: 'Unsaved changes',
  },
  solve: {
    running: 'Solving', stage: 'Stage', best: 'Best so far', bound: 'Bound', elapsed: 'Elapsed',
    stages: { queued: 'Queued', model: 'Building model', construct: 'First plan', bound: 'Bounding', search: 'Local search', exact: 'Exact solve', explain: 'Explaining', verify: 'Verifying' },
    failed: 'Solve failed: {{msg}}', cancelled: 'Solve cancelled', done: 'Solved',
  },
  result: {
    gap: 'Optimality gap {{gap}}', gapNa: 'Optimality gap n/a (infeasible plan)', optimal: 'proven optimal', time: 'solved in {{s}} s', engine: 'Engine', pairs: 'candidate pairs {{after}} / {{before}}',
    infeasible: 'Infeasible: signed or pinned projects cannot all be placed. This scenario cannot be committed.', warnings: 'Notes', more: '{{n}} more',
    kpi: {
      objectiveWan: 'Total value', taxPvWan: 'Retained tax (PV)', jobs: 'New jobs', investmentWan: 'Fixed investment', landMu: 'Land used',
      floorM2: 'Factory floor', incentiveCostWan: 'Incentive cost (PV)', equityWan: 'Government equity', placements: 'Projects placed', leftOut: 'Left out',
    },
    persons: '{{n}}', count: '{{n}}',
    w: {
      mustNoSite: '“{{p}}” is signed or pinned but no vacant plot or factory space fits it; it is left out',
      mustMissing: 'No plan can place every signed or pinned project: {{list}}',
      replaced: 'Computing the cost to place found a better plan; it replaced the search result',
    },
  },
  tabs: { placements: 'Placements', leftOut: 'Left out', parks: 'Parks', budgets: 'Budgets', quotas: 'Quotas', pins: 'Pins & exclusions' },
  placements: {
    project: 'Project', park: 'Park', site: 'Plot / building', package: 'Package', space: 'Space', value: 'Value', noPackage: 'No incentive',
    dominant: 'dominant', chainGap: 'fills gap', pinHere: 'Pin here', forbidSite: 'Forbid this site', pinned: 'Pinned', empty: 'No placements.',
    breakdown: { taxPvWan: 'Tax PV', jobsWan: 'Jobs value', chainGapWan: 'Chain-gap bonus', headWan: 'Head bonus', packageCostWan: 'Incentive cost', totalWan: 'Total (weighted)' },
  },
  leftOut: {
    project: 'Project', reason: 'Reason', detail: 'Detail', cost: 'Cost to place', impossible: 'cannot be placed', boundOnly: '≥ {{v}} (bound)',
    pinAny: 'Pin (engine picks the site)', pinned: 'Pinned', empty: 'Every project is placed.', displaced: 'Would displace: {{names}}',
    best: 'Best option: {{park}} · {{value}}',
    reasons: {
      excluded: 'Excluded', no_compatible_site: 'No compatible vacant plot or factory space', below_min_value: 'Below the minimum placement value',
      capacity: 'Compatible space went to projects worth more', dominant_share: 'Held back by the dominant-share rule', equity_budget: 'Equity fund exhausted',
      incentive_budget: 'Incentive budget exhausted', not_worth: 'Not worth placing (negative value or worse than empty)', must_place_impossible: 'Must be placed but cannot be',
    },
    filters: {
      excluded: 'excluded', site_kind: 'wrong space type', land_use: 'land-use class', size: 'size', park_not_allowed: 'park not allowed',
      min_intensity: 'investment intensity too low', min_tax_per_mu: 'tax per mu too low', package_kind: 'package does not apply', pinned_elsewhere: 'pinned elsewhere',
      below_min_value: 'below threshold', dominated_package: 'dominated package',
    },
    filterLine: 'Pairs filtered out: {{list}}',
  },
  parks: {
    park: 'Park', theta: 'Min. dominant share', before: 'Before', after: 'After', land: 'Land allocated', floor: 'Floor allocated', projects: 'Projects',
    binding: 'Binding', marginal: 'Marginal value per mu', yes: 'yes', no: 'no', share: 'Dominant share',
  },
  budgets: {
    key: 'Budget', used: 'Used', available: 'Available', binding: 'Binding', marginal: 'Marginal value per 10k CNY', unlimited: 'no limit',
    equity_fund: 'Government equity fund', incentive_budget: 'Incentive budget (PV)',
  },
  quotas: {
    county: 'County', role: 'Leader', target: 'Target', achieved: 'Achieved', shortfall: 'Shortfall', penalty: 'Penalty', met: 'met', short: '{{n}} short',
    head: 'Head', deputy: 'Deputy', empty: 'No quotas in scope.',
  },
  pins: {
    title: 'Pins & exclusions', pins: 'Pinned', exclusions: 'Excluded', none: 'none', remove: 'Remove', anySite: 'any site', anyPackage: 'any package',
    projectOnly: 'project {{p}}', siteOnly: 'site {{s}}', pair: '{{p}} not on {{s}}', park: 'park {{k}}',
  },
  levers: {
    title: 'Policy levers', weights: 'Weights', w: { tax: 'Tax', jobs: 'Jobs', chainFit: 'Chain fit', head: 'Head enterprise', incentiveCost: 'Incentive cost' },
    share: 'Minimum dominant share per park', shareHint: 'empty = park default', shareBasis: 'Share basis', basis: { new: 'new space only', total: 'incl. existing occupants' },
    budgets: 'Budgets', equityFundWan: 'Equity fund (10k CNY)', incentiveBudgetWan: 'Incentive budget PV (10k CNY)', unlimited: 'empty = no limit',
    money: 'Horizon and discounting', horizonYears: 'Horizon (years)', discountRatePct: 'Discount rate (%)',
    values: 'Values', minPlacementValueWan: 'Minimum placement value (10k CNY)', jobValueWan: 'Value per job (10k CNY)', chainGapBonusWan: 'Chain-gap bonus (10k CNY)',
    headBonusWan: 'Head-enterprise bonus (10k CNY)', quotaPenaltyWan: 'Quota shortfall penalty (10k CNY each)',
    readiness: 'Start delay (years)', r: { ready: 'serviced', partial: 'partly serviced', raw: 'raw land' },
    minHint: 'below this, space stays empty',
  },
  commit: {
    confirmTitle: 'Commit this scenario?', confirmText: 'The {{plots}} plots and {{floors}} factory placements will be reserved for their projects, in one transaction.',
    confirm: 'Commit', done: 'Committed: {{plots}} plots and {{units}} factory units reserved.', conflicts: 'The data changed; the commit was refused and nothing changed:',
    cannot: 'An infeasible scenario cannot be committed', needSolve: 'Solve (again) before committing',
  },
  kind: { plot: 'Plot', building: 'Building', project: 'Project' },
  map: {
    legend: 'Placed projects', parkShare: 'Dominant share (before → after)', offline: 'Basemap unavailable; plots only', other: 'Other plots', vacant: 'Vacant plots',
    reserved: 'Reserved', occupied: 'Occupied', proposed: 'Proposed', badge: '{{n}} placed', more: '…and {{n}} more: see the placements table',
  },
  compare: {
    title: 'Compare scenarios', pick: 'Pick 2–3 solved scenarios in the list', kpis: 'Key figures', delta: 'Δ', base: 'base',
    diffs: 'Projects placed differently', noDiffs: 'The scenarios place every project alike.', out: 'left out', mapTitle: 'Where they differ', shareOf: '{{park}} dominant share',
    notSolved: 'One of the scenarios is not solved', diffLegend: 'Sites used differently', scenario: 'Scenario {{n}}', several: 'used by several, for different projects', pp: '{{v}} pp',
  },
  toast: { close: 'Close' },
  errors: { load: 'Could not load', required: 'required', number: 'enter a number', range: 'out of range' },
};
