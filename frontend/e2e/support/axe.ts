import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import type { AxeResults } from 'axe-core';

const axeScript = path.join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'axe-core',
  'axe.min.js',
);

/**
 * Runs axe-core in the page over `selector` (the whole document by default)
 * and fails on any violation, printing each with the elements it found.
 * The script is injected inline, so the test's context must bypass the
 * app's Content-Security-Policy (`test.use({ bypassCSP: true })`).
 */
export async function expectNoAxeViolations(
  page: Page,
  screen: string,
  selector?: string,
): Promise<void> {
  await page.addScriptTag({ path: axeScript });
  const violations = await page.evaluate(async (within) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Element | Document) => Promise<AxeResults> };
    };
    const context = within ? document.querySelector(within) : document;
    const result = await axe.run(context ?? document);
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, selector);
  for (const violation of violations) {
    console.log(
      `axe ${screen}: ${violation.rule} (${violation.impact}) ${violation.help}: ${violation.targets.join(' | ')}`,
    );
  }
  console.log(`axe ${screen}: ${violations.length} violations`);
  expect(violations).toEqual([]);
}
