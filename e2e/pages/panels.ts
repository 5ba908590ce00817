import { expect, type Locator, type Page } from '@playwright/test';

/** The side panels as a person uses them: findings list, inspector, status line, workload picker. */
export class PanelsPage {
  readonly editor: Locator;
  readonly activeLine: Locator;
  readonly activeLineNumber: Locator;
  readonly findings: Locator;
  readonly inspector: Locator;
  readonly inspectorTitle: Locator;
  readonly statusLine: Locator;
  readonly workloadPicker: Locator;
  readonly podNode: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('.cm-editor');
    this.activeLine = page.locator('.cm-editor .cm-activeLine');
    this.activeLineNumber = page.locator('.cm-editor .cm-lineNumbers .cm-activeLineGutter');
    this.findings = page.getByRole('group', { name: 'Findings, grouped by severity' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.inspectorTitle = this.inspector.getByRole('heading', { level: 2 });
    this.statusLine = page.getByRole('contentinfo', { name: 'Analysis status' });
    this.workloadPicker = page.getByRole('combobox', { name: 'Workload' });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.editor).toBeVisible();
    await expect(this.podNode).toBeVisible();
  }

  /** Loads a manifest through the Upload button's file chooser. */
  async upload(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Upload', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** The findings list rows of one rule. */
  finding(ruleId: string): Locator {
    return this.findings.locator(`[data-rule-id="${ruleId}"]`);
  }

  /** A group of findings that share a cause or a rule, by its id (`rule:latest-tag:warning`). */
  causeGroup(id: string): Locator {
    return this.findings.locator(`[data-finding-group="${id}"]`);
  }

  /** The heading button that opens and closes a group. */
  causeHeading(id: string): Locator {
    return this.causeGroup(id).locator('button[aria-expanded]');
  }

  /** Opens a group of findings (a click on its heading) unless it is open. */
  async openGroup(id: string): Promise<void> {
    const heading = this.causeHeading(id);
    if ((await heading.getAttribute('aria-expanded')) !== 'true') await heading.click();
    await expect(heading).toHaveAttribute('aria-expanded', 'true');
  }

  group(severity: string): Locator {
    return this.findings.locator(`[data-group="${severity}"]`);
  }

  node(kind: string, name: string): Locator {
    return this.page.locator(`.react-flow [data-kind="${kind}"][data-name="${name}"]`);
  }

  /** A table of the inspector (`mounts`, `ports`, `resources`) and its body rows. */
  table(name: string): Locator {
    return this.inspector.locator(`table[data-table="${name}"]`);
  }

  rows(name: string): Locator {
    return this.table(name).locator('tbody tr');
  }

  status(part: string): Locator {
    return this.statusLine.locator(`[data-status="${part}"]`);
  }

  /** Types at the end of the editor's text, key by key. */
  async typeAtEnd(text: string): Promise<void> {
    await this.page.locator('.cm-content').click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/panels-${name}.png` });
  }
}
