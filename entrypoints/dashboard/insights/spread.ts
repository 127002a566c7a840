import type { MessageKey } from '../../../utils/i18n';
import type { Distribution } from '../../../utils/insights/variety';

/**
 * The one-word grade of a chart, or null when no one has a value for it: an empty chart is not "Concentrated"
 * (evenness is 0 there only because there is nothing to spread).
 */
export function spreadKey(data: Pick<Distribution, 'known' | 'evenness'>): MessageKey | null {
  if (data.known === 0) return null;
  if (data.evenness >= 0.75) return 'dash.insights.spread.varied';
  if (data.evenness >= 0.45) return 'dash.insights.spread.mixed';
  return 'dash.insights.spread.narrow';
}
