export * from './types';
export { parseHouseStyle, checkHouseStyle, HouseStyleError } from './parse';
export { defaultHouseStyle, DEFAULT_HOUSE_STYLE_NAME } from './default';
