import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core over the rendered page. jsdom lays nothing out and paints
 * nothing, so the rules that need colours are left to the browser tests.
 */
export async function expectNoAxeViolations(
  context: Element = document.body,
): Promise<void> {
  const result = await axe.run(context, {
    rules: {
      'color-contrast': { enabled: false },
      // Components render alone here; landmarks are the page's business.
      region: { enabled: false },
    },
  });
  const found = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}
