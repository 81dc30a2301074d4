import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const DOMAIN_ROOT = join(__dirname, '../../../src/domain');
/**
 * The domain core is pure TypeScript: date, holiday and validation libraries only, no SPFx, PnP, Graph, React
 * or Node. `date-holidays` computes the Dutch public holidays from its bundled rules, without I/O.
 */
// ical.js: the councils' iCalendar schedules are parsed in the domain (a pure parser, no I/O).
const ALLOWED_PACKAGES = ['date-fns', 'date-fns/locale/nl', '@date-fns/tz', 'zod', 'date-holidays', 'ical.js'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the domain core', () => {
  it('imports nothing but its own modules and the date, validation and iCalendar libraries', () => {
    const foreign = sourceFiles(DOMAIN_ROOT).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
        .map((match) => match[1])
        .filter((specifier) => !specifier.startsWith('.') && !ALLOWED_PACKAGES.includes(specifier))
        .map((specifier) => `${relative(DOMAIN_ROOT, file)}: ${specifier}`),
    );
    expect(foreign).toEqual([]);
  });

  it('never reads the clock itself', () => {
    const clockReads = sourceFiles(DOMAIN_ROOT).filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')));
    expect(clockReads.map((file) => relative(DOMAIN_ROOT, file))).toEqual([]);
  });

  it('does not reach outside src/domain', () => {
    const outside = sourceFiles(DOMAIN_ROOT).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((match) => join(file, '..', match[1]))
        .filter((target) => relative(DOMAIN_ROOT, target).startsWith('..'))
        .map((target) => `${relative(DOMAIN_ROOT, file)} → ${relative(DOMAIN_ROOT, target)}`),
    );
    expect(outside).toEqual([]);
  });
});
