/**
 * Splits the part of a URL after `/_api/` into segments such as `getbytitle('X')` or
 * `addroleassignment(principalid=6, roledefid=1073741826)`, and parses their arguments.
 * PnPjs percent-encodes quoted values (`encodePath`), so segments are split first and decoded after.
 */
import { spErrors } from './errors';

export interface Segment {
  /** Lower-cased name (`getbytitle`, `items`, `$value`). */
  readonly name: string;
  readonly raw: string;
  /** Present when the segment has parentheses. */
  readonly args?: SegmentArgs;
}

export type ArgValue = string | number | boolean | null;

export interface SegmentArgs {
  readonly positional: readonly ArgValue[];
  /** Names lower-cased. */
  readonly named: Readonly<Record<string, ArgValue>>;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'") {
      if (inQuote && text[index + 1] === "'") {
        current += "''";
        index++;
        continue;
      }
      inQuote = !inQuote;
    } else if (!inQuote && char === '(') depth++;
    else if (!inQuote && char === ')') depth--;
    if (!inQuote && depth === 0 && char === separator) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

function parseLiteral(text: string): ArgValue {
  const value = text.trim();
  const quoted = /^(?:guid)?'((?:[^']|'')*)'$/is.exec(value);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  if (/^null$/i.test(value)) return null;
  return value;
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw spErrors.invalidRequest(`The URL segment '${raw}' is not correctly encoded.`);
  }
}

export function parseApiPath(rawPath: string): Segment[] {
  const trimmed = rawPath.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return [];
  return splitTopLevel(trimmed, '/').map((rawSegment) => {
    const decoded = decodeSegment(rawSegment);
    const open = decoded.indexOf('(');
    if (open < 0 || !decoded.endsWith(')')) return { name: decoded.toLowerCase(), raw: decoded };
    const name = decoded.slice(0, open).toLowerCase();
    const inner = decoded.slice(open + 1, -1);
    const positional: ArgValue[] = [];
    const named: Record<string, ArgValue> = {};
    if (inner.trim() !== '') {
      for (const part of splitTopLevel(inner, ',')) {
        const match = /^\s*([A-Za-z_@][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
        if (match && !/^\s*'/.test(part)) named[match[1].toLowerCase()] = parseLiteral(match[2]);
        else positional.push(parseLiteral(part));
      }
    }
    return { name, raw: decoded, args: { positional, named } };
  });
}

/** The first positional argument, or a named one (`decodedurl='...'`). */
export function argument(segment: Segment, ...names: string[]): ArgValue | undefined {
  if (!segment.args) return undefined;
  for (const name of names) {
    if (name.toLowerCase() in segment.args.named) return segment.args.named[name.toLowerCase()];
  }
  return segment.args.positional[0];
}
