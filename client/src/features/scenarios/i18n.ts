// Words of the scenarios feature, namespace 'scenarios'. zh is the source of truth; en mirrors its keys.
export const zh = {
  title: '',
};
export const en: typeof zh = {
  title: '',
};
