/** The house style an exporter uses when it is given none: templates/rijksoverheid.json. */
import { checkHouseStyle } from './parse';
import type { HouseStyle } from './types';

export const DEFAULT_HOUSE_STYLE_NAME = 'rijksoverheid';

let cached: HouseStyle | undefined;

export function defaultHouseStyle(): HouseStyle {
  // Through the module system, as the schema: the same path from src/ and dist/.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= checkHouseStyle(require('../../templates/rijksoverheid.json'), 'templates/rijksoverheid.json');
  return cached;
}
