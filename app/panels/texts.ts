// The English names of the panels' bilingual strings (panelTexts.ts), for callers outside React
// and for tests. The inspector views keep their own strings in inspector/texts.ts.
import { panelTextEn } from './panelTexts';

export { plural } from './panelTexts';
export const severityText = panelTextEn.severity;
export const findingsText = panelTextEn.findings;
export const qosReasonText = panelTextEn.qosReason;
export const statusText = panelTextEn.status;
export const pickerText = panelTextEn.picker;
