import { promises as fs } from 'node:fs';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 AA rule sets every browser test checks. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/**
 * Serious and critical axe-core violations on `page`, in `scope` (a CSS selector) or the whole document, as
 * "<impact>: <id> (<help>)". Fluent fades panels and grid rows in and axe blends colours with that opacity, so
 * contrast is judged only once no animation is running. axe is injected once per page; the full violations are
 * logged when there are any.
 */
export async function blockingAxeViolations(page: Page, scope?: string): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await fs.readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
  }
  const violations = await page.evaluate(async ({ tags, selector }) => {
    const axe = (window as unknown as { axe: { run: (context: Document | object, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  }, { tags: WCAG_TAGS, selector: scope });
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (blocking.length > 0) console.log(JSON.stringify(blocking, null, 2));
  return blocking.map((violation) => `${violation.impact}: ${violation.id} (${violation.help})`);
}
