/** Loading the house style named by --template. PLACEHOLDER until the DOCX issue lands. */
import type { HouseStyle } from '../templates/types';
import { UsageError } from './load';

export function loadHouseStyle(nameOrPath: string | undefined): HouseStyle | undefined {
  if (nameOrPath === undefined) return undefined;
  throw new UsageError(`--template ${nameOrPath}: house styles are not available yet`);
}
