// Words of the incentives feature, namespace 'incentives'. zh is the source of truth; en mirrors its keys.
export { zh } from './zh';
export { en } from './en';
