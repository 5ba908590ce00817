// Findings arrive for the text as it was when the analysis started; by then the user may have
// typed on. The trail remembers the last few texts handed to the page and the edits made since,
// so a late finding is mapped onto the text as it is now instead of landing a few characters off.
import { ChangeSet, type Text } from '@codemirror/state';

interface Version {
  text: string;
  doc: Text;
  /** The edits from this version to the next one (for the newest: the edits not yet handed on). */
  changes: ChangeSet;
}

/** Where an earlier text is now: its document and the edits from it to the current document. */
export interface EarlierText {
  doc: Text;
  changes: ChangeSet;
}

/** How many characters of earlier texts to keep; a multi-megabyte manifest keeps only a few. */
const DEFAULT_BUDGET = 16_000_000;

/** The texts recently handed to the page and the edits between them. */
export class EditTrail {
  private versions: Version[] = [];

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** Starts over from a text that replaced everything before it. */
  reset(text: string, doc: Text): void {
    this.versions = [{ text, doc, changes: ChangeSet.empty(doc.length) }];
  }

  /** Records an edit made to the current document. */
  edit(changes: ChangeSet): void {
    const last = this.versions.at(-1);
    if (last) last.changes = last.changes.compose(changes);
  }

  /** The current document was handed on as `text`. */
  commit(text: string, doc: Text): void {
    this.versions.push({ text, doc, changes: ChangeSet.empty(doc.length) });
    let kept = 0;
    let first = this.versions.length - 1;
    for (let i = this.versions.length - 1; i >= 0; i--) {
      kept += this.versions[i].text.length;
      if (kept > this.budget && i < this.versions.length - 1) break;
      first = i;
    }
    if (first > 0) this.versions = this.versions.slice(first);
  }

  /** The document `text` was and the edits since, or null when the trail does not know it. */
  locate(text: string): EarlierText | null {
    for (let i = this.versions.length - 1; i >= 0; i--) {
      const v = this.versions[i];
      // Lengths first: comparing two long texts of the same length reads them both.
      if (v.text.length !== text.length || v.text !== text) continue;
      let changes = v.changes;
      for (let j = i + 1; j < this.versions.length; j++) {
        changes = changes.compose(this.versions[j].changes);
      }
      return { doc: v.doc, changes };
    }
    return null;
  }
}
