// Words of the map feature, namespace 'map'. zh is the source of truth; en mirrors its keys.
export const zh = {
  title: '地块地图',
};
export const en: typeof zh = {
  title: 'Plot map',
};
