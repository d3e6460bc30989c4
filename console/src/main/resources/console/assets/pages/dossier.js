// Placeholder until the page is built.
import { html, render } from '../lib/html.js';

export const title = 'Hồ sơ';

export async function show(main) {
  render(main, html`<h1>${title}</h1><p class="muted">Trang đang được xây dựng.</p>`);
}
