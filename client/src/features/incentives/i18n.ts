// Words of the incentives feature, namespace 'incentives'. zh is the source of truth; en mirrors its keys.
export const zh = {
  title: '',
};
export const en: typeof zh = {
  title: '',
};
