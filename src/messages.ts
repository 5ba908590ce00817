import type { MessageParams } from './types';

/**
 * Longer values are shortened where a message quotes them: a 100,000-character container name
 * would otherwise be repeated in every message about that container. The finding's `params`
 * keep the whole value. `detail` is never shortened: it holds podscope's own explanation (the
 * YAML reader's message, the rule a name breaks), not a value from the manifest.
 */
export const QUOTE_LIMIT = 120;

/** Fills `{name}` placeholders of a message template; unknown placeholders stay visible. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params
      ? name === 'detail'
        ? String(params[name])
        : quote(String(params[name]))
      : whole,
  );
}

function quote(value: string): string {
  // An ellipsis alone reads the same in every language the messages are written in.
  return value.length <= QUOTE_LIMIT ? value : `${value.slice(0, QUOTE_LIMIT - 1)}…`;
}
