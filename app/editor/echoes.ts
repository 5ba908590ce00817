// React hands the editor's own text back as the `value` prop, but not necessarily at once: a
// render with an older text can commit after the user typed on. Such a late echo must not be
// mistaken for a new text from outside, or it would undo the last keystrokes.

/** Most texts the page can plausibly still echo; older ones are forgotten. */
const MAX_PENDING = 32;

/** The texts the editor handed to the page that the page has not handed back yet. */
export class Echoes {
  private pending: string[] = [];

  /** The editor handed `text` to the page. */
  sent(text: string): void {
    this.pending.push(text);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
  }

  /**
   * True when `text` is one the editor sent (the latest or a late one); everything sent before
   * it counts as handed back too.
   */
  take(text: string): boolean {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i];
      if (p.length === text.length && p === text) {
        this.pending.splice(0, i + 1);
        return true;
      }
    }
    return false;
  }

  /** A text from outside replaced everything: nothing sent before it will come back. */
  clear(): void {
    this.pending = [];
  }
}
