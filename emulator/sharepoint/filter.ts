/**
 * OData v3 `$filter` as SharePoint's list item endpoint understands it: eq ne lt le gt ge, and/or/not,
 * parentheses, string/number/bool/null/`datetime'...'` literals, `substringof('x',F)`, `startswith(F,'x')`
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests).
 * Parsed once to a tree, then evaluated in JS over the rows of one list.
 */
import { spErrors } from './errors';

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type Operand =
  | { readonly kind: 'field'; readonly path: string }
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null; readonly literalType: 'string' | 'number' | 'bool' | 'null' | 'datetime' }
  | { readonly kind: 'call'; readonly name: 'substringof' | 'startswith'; readonly args: readonly Operand[] };

export type FilterExpr =
  | { readonly kind: 'logical'; readonly op: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly operand: FilterExpr }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'test'; readonly operand: Operand };

type Token =
  | { readonly type: 'punct'; readonly value: '(' | ')' | ',' }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'datetime'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'word'; readonly value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  const fail = (): never => {
    throw spErrors.invalidQuery(source);
  };
  const readQuoted = (): string => {
    // OData doubles a quote inside a string literal: 'O''Brien'.
    let value = '';
    index++;
    for (;;) {
      if (index >= source.length) fail();
      const char = source[index];
      if (char === "'") {
        if (source[index + 1] === "'") {
          value += "'";
          index += 2;
          continue;
        }
        index++;
        return value;
      }
      value += char;
      index++;
    }
  };
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index++;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', value: char });
      index++;
    } else if (char === "'") {
      tokens.push({ type: 'string', value: readQuoted() });
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDlLfF]?/.exec(source.slice(index));
      if (!match) fail();
      tokens.push({ type: 'number', value: Number.parseFloat(match![0]) });
      index += match![0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/.]*/.exec(source.slice(index))!;
      index += match[0].length;
      if (match[0].toLowerCase() === 'datetime' && source[index] === "'") {
        tokens.push({ type: 'datetime', value: readQuoted() });
      } else {
        tokens.push({ type: 'word', value: match[0] });
      }
    } else {
      fail();
    }
  }
  return tokens;
}

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

/** Parses a `$filter`; a syntax error is SharePoint's 400 InvalidClientQueryException. */
export function parseFilter(source: string): FilterExpr {
  const tokens = tokenize(source);
  let position = 0;
  const fail = (): never => {
    throw spErrors.invalidQuery(source);
  };
  const peekWord = (): string | undefined => {
    const token = tokens[position];
    return token?.type === 'word' ? token.value.toLowerCase() : undefined;
  };
  const expectPunct = (value: '(' | ')' | ','): void => {
    const token = tokens[position];
    if (token?.type !== 'punct' || token.value !== value) fail();
    position++;
  };

  const parseOperand = (): Operand => {
    const token = tokens[position];
    if (!token) return fail();
    position++;
    switch (token.type) {
      case 'string':
        return { kind: 'literal', value: token.value, literalType: 'string' };
      case 'datetime':
        if (Number.isNaN(Date.parse(token.value))) fail();
        return { kind: 'literal', value: token.value, literalType: 'datetime' };
      case 'number':
        return { kind: 'literal', value: token.value, literalType: 'number' };
      case 'word': {
        const lower = token.value.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', literalType: 'bool' };
        if (lower === 'null') return { kind: 'literal', value: null, literalType: 'null' };
        if (lower === 'substringof' || lower === 'startswith') {
          expectPunct('(');
          const first = parseOperand();
          expectPunct(',');
          const second = parseOperand();
          expectPunct(')');
          return { kind: 'call', name: lower, args: [first, second] };
        }
        if (['and', 'or', 'not', ...COMPARE_OPS].includes(lower)) fail();
        return { kind: 'field', path: token.value };
      }
      default:
        return fail();
    }
  };

  const parsePrimary = (): FilterExpr => {
    const token = tokens[position];
    if (token?.type === 'punct' && token.value === '(') {
      position++;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    if (peekWord() === 'not') {
      position++;
      return { kind: 'not', operand: parsePrimary() };
    }
    const left = parseOperand();
    const op = peekWord();
    if (op && COMPARE_OPS.has(op)) {
      position++;
      const right = parseOperand();
      return { kind: 'compare', op: op as CompareOp, left, right };
    }
    if (left.kind === 'call') return { kind: 'test', operand: left };
    return fail();
  };
  const parseAnd = (): FilterExpr => {
    let left = parsePrimary();
    while (peekWord() === 'and') {
      position++;
      left = { kind: 'logical', op: 'and', left, right: parsePrimary() };
    }
    return left;
  };
  function parseOr(): FilterExpr {
    let left = parseAnd();
    while (peekWord() === 'or') {
      position++;
      left = { kind: 'logical', op: 'or', left, right: parseAnd() };
    }
    return left;
  }
  const expression = parseOr();
  if (position !== tokens.length) fail();
  return expression;
}

/** Every field path the filter reads, for validation and the list view threshold. */
export function filterFieldPaths(expression: FilterExpr): string[] {
  const paths: string[] = [];
  const visitOperand = (operand: Operand): void => {
    if (operand.kind === 'field') paths.push(operand.path);
    if (operand.kind === 'call') operand.args.forEach(visitOperand);
  };
  const visit = (node: FilterExpr): void => {
    if (node.kind === 'logical') {
      visit(node.left);
      visit(node.right);
    } else if (node.kind === 'not') visit(node.operand);
    else if (node.kind === 'compare') {
      visitOperand(node.left);
      visitOperand(node.right);
    } else visitOperand(node.operand);
  };
  visit(expression);
  return paths;
}

/** A field's value for one row, with whether the field holds date-times (so string literals compare as dates). */
export interface ResolvedValue {
  readonly value: unknown;
  readonly isDate: boolean;
}

export type FieldResolver = (path: string) => ResolvedValue;

type Scalar = string | number | boolean | null;

function toComparable(value: unknown, asDate: boolean): Scalar {
  if (value === undefined || value === null || value === '') return null;
  if (asDate && typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? value : time;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

function compareScalars(op: CompareOp, left: Scalar, right: Scalar): boolean {
  if (left === null || right === null) {
    if (op === 'eq') return left === right;
    if (op === 'ne') return left !== right;
    return false;
  }
  // SharePoint stores Boolean as 0/1, so `IsPublic eq 1` and `IsPublic eq true` both match.
  if (typeof left === 'boolean' && typeof right === 'number') left = left ? 1 : 0;
  if (typeof right === 'boolean' && typeof left === 'number') right = right ? 1 : 0;
  if (typeof left === 'number' && typeof right === 'string' && right.trim() !== '' && !Number.isNaN(Number(right))) right = Number(right);
  if (typeof right === 'number' && typeof left === 'string' && left.trim() !== '' && !Number.isNaN(Number(left))) left = Number(left);
  let order: number;
  if (typeof left === 'string' && typeof right === 'string') {
    // Text comparisons in SharePoint are case-insensitive (the content database collation).
    order = left.localeCompare(right, 'nl', { sensitivity: 'accent' });
  } else {
    order = left < right ? -1 : left > right ? 1 : 0;
  }
  switch (op) {
    case 'eq': return order === 0;
    case 'ne': return order !== 0;
    case 'lt': return order < 0;
    case 'le': return order <= 0;
    case 'gt': return order > 0;
    case 'ge': return order >= 0;
  }
}

function operandValue(operand: Operand, resolve: FieldResolver): ResolvedValue {
  if (operand.kind === 'field') return resolve(operand.path);
  if (operand.kind === 'literal') return { value: operand.value, isDate: operand.literalType === 'datetime' };
  return { value: evaluateCall(operand, resolve), isDate: false };
}

function evaluateCall(call: Extract<Operand, { kind: 'call' }>, resolve: FieldResolver): boolean {
  const [first, second] = call.args.map((arg) => operandValue(arg, resolve).value);
  const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)]);
  if (call.name === 'substringof') {
    const needle = String(first ?? '').toLowerCase();
    return asStrings(second).some((haystack) => haystack.toLowerCase().includes(needle));
  }
  const prefix = String(second ?? '').toLowerCase();
  return asStrings(first).some((value) => value.toLowerCase().startsWith(prefix));
}

export function evaluateFilter(expression: FilterExpr, resolve: FieldResolver): boolean {
  switch (expression.kind) {
    case 'logical':
      return expression.op === 'and'
        ? evaluateFilter(expression.left, resolve) && evaluateFilter(expression.right, resolve)
        : evaluateFilter(expression.left, resolve) || evaluateFilter(expression.right, resolve);
    case 'not':
      return !evaluateFilter(expression.operand, resolve);
    case 'test':
      return operandValue(expression.operand, resolve).value === true;
    case 'compare': {
      const left = operandValue(expression.left, resolve);
      const right = operandValue(expression.right, resolve);
      const asDate = left.isDate || right.isDate;
      const rightValue = toComparable(right.value, asDate);
      // A multi-value field matches when one of its values does, as in SharePoint (CAML `Includes`); `ne` when none does.
      if (Array.isArray(left.value)) {
        const values = left.value.map((value) => toComparable(value, asDate));
        if (values.length === 0) return compareScalars(expression.op, null, rightValue);
        if (expression.op === 'ne') return values.every((value) => compareScalars('ne', value, rightValue));
        return values.some((value) => compareScalars(expression.op, value, rightValue));
      }
      return compareScalars(expression.op, toComparable(left.value, asDate), rightValue);
    }
  }
}
