/** UI labels: Chinese first, English where it helps. */
export const TYPE_LABEL: Record<string, string> = {
  PROGRAMME: '项目 Programme',
  TARGET_GROUP: '对象 Target group',
  AREA: '地区 Area',
  THEME: '体系 Theme',
  INSTITUTION: '机构 Institution',
  POLICY: '政策 Policy',
  INDICATOR: '指标 Indicator',
  PASSAGE: '原文段落 Passage',
};

export const STATUS_LABEL: Record<string, string> = {
  ACHIEVED: '已实现',
  ONGOING: '推进中',
  PLANNED: '计划',
};

export const KIND_LABEL: Record<string, string> = {
  BASELINE: '基期 Baseline',
  ACTUAL: '实际 Actual',
  TARGET: '目标 Target',
};

export const SCOPE_LABEL: Record<string, string> = {
  NATIONAL: '国家',
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县',
};

export const VIA_LABEL: Record<string, string> = {
  DIRECT: '本地区',
  SUB_AREA: '下辖地区',
  INHERITED: '上级地区',
};

export const RELATION_LABEL: Record<string, string> = {
  broader: '上位项目 Broader',
  narrower: '下位项目 Narrower',
  targetGroups: '服务对象 Target groups',
  areas: '覆盖地区 Areas',
  institutions: '实施机构 Institutions',
  indicators: '相关指标 Indicators',
  programmes: '相关项目 Programmes',
};
