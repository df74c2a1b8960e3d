/**
 * The import report's reasons come from the server in English; in the Chinese UI the common ones
 * are put in Chinese (unknown ones are shown as sent, so nothing is lost).
 */
const ZH: Array<[RegExp, string]> = [
  [/^unknown industry "(.*)"$/, '未知行业“$1”'],
  [/^unknown county "(.*)"$/, '未知县区“$1”'],
  [/^"(.*)" is not a link of the (.*) chain$/, '“$1”不是$2产业链的环节'],
  [/^missing column\(s\): (.*)$/, '缺少必填列：$1'],
  [/^the file is empty$/, '文件为空'],
  [/^must be positive$/, '须为正数'],
  [/^must not be empty$/, '不能为空'],
  [/^give exactly one of landNeedMu or floorNeedM2$/, '用地需求与厂房需求须填且只填一项'],
  [/^Invalid input: expected number, received (null|NaN)$/, '须为数字'],
];

export function reasonText(reason: string, en: boolean): string {
  if (en) return reason;
  for (const [re, zh] of ZH) if (re.test(reason)) return reason.replace(re, zh);
  return reason;
}
