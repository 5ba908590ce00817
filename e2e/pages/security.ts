import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';
import { I18nPage, type LanguageName } from './i18n';
import { InspectorPage } from './inspector';

/**
 * The pod's security as a reviewer reads it: the Pod Security level on the pod frame, the failed
 * checks in the pod's inspector, and a container's effective security context.
 */
export class SecurityPage {
  readonly inspector: InspectorPage;
  readonly editor: EditorPage;
  readonly i18n: I18nPage;

  constructor(readonly page: Page) {
    this.inspector = new InspectorPage(page);
    this.editor = new EditorPage(page);
    this.i18n = new I18nPage(page);
  }

  async load(name: string, text: string): Promise<void> {
    await this.inspector.open();
    await this.inspector.upload(`${name}.yaml`, text);
    await this.inspector.loaded(name);
  }

  frame(name: string): Locator {
    return this.inspector.node('pod', name);
  }

  /** The pod view's level line (its `data-pod-security-level` is the level). */
  get level(): Locator {
    return this.inspector.inspector.locator('[data-pod-security-level]');
  }

  /** A failed check of the pod view by its PSA id (hostPorts, runAsNonRoot, …). */
  check(id: string): Locator {
    return this.inspector.inspector.locator(`[data-check="${id}"]`);
  }

  /** The effective security context's row of a field (runAsUser, capabilities, …). */
  setting(field: string): Locator {
    return this.inspector.inspector.locator(`[data-effective-security] [data-field="${field}"]`);
  }

  get conflict(): Locator {
    return this.inspector.inspector.locator('[data-conflict="run-as-root"]');
  }

  async selectPod(name: string): Promise<void> {
    await this.inspector.select('pod', name);
  }

  async selectContainer(name: string): Promise<void> {
    await this.inspector.select('container', name);
  }

  async switchTo(language: LanguageName): Promise<void> {
    await this.i18n.switchTo(language);
    await expect(this.page.locator('html')).toHaveAttribute(
      'lang',
      language === 'English' ? 'en' : 'zh-CN',
    );
  }
}
