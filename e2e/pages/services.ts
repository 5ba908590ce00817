import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';
import { I18nPage } from './i18n';
import { InspectorPage } from './inspector';

/** The Services of the input drawn beside the pod, as a reviewer reads them. */
export class ServicesPage {
  readonly inspector: InspectorPage;
  readonly editor: EditorPage;
  readonly i18n: I18nPage;

  constructor(readonly page: Page) {
    this.inspector = new InspectorPage(page);
    this.editor = new EditorPage(page);
    this.i18n = new I18nPage(page);
  }

  async load(file: string, text: string, pod: string): Promise<void> {
    await this.inspector.open();
    await this.inspector.upload(file, text);
    await this.inspector.loaded(pod);
  }

  service(name: string): Locator {
    return this.inspector.node('service', name);
  }

  container(name: string): Locator {
    return this.inspector.node('container', name);
  }

  /** The pill on a Service's edge that names the port it sends to (`8080/TCP`). */
  portLabel(port: string): Locator {
    return this.page.locator(`[data-service-port="${port}"]`);
  }

  async center(part: Locator): Promise<{ x: number; y: number }> {
    const b = await part.boundingBox();
    if (!b) throw new Error('not drawn');
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }

  /** Distance from a point to the nearest point of a part's box. */
  async distance(p: { x: number; y: number }, part: Locator): Promise<number> {
    const b = await part.boundingBox();
    if (!b) throw new Error('not drawn');
    const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
    const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
    return Math.hypot(dx, dy);
  }

  async selectService(name: string): Promise<void> {
    await this.inspector.select('service', name);
    await expect(this.inspector.title).toContainText(name);
  }
}
