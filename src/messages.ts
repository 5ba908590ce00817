import type { MessageParams } from './types';

/** Fills `{name}` placeholders of a message template; unknown placeholders stay visible. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
