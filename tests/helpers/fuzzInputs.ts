import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Generated inputs for fuzzing the API (tests/unit/apiFuzz.test.ts): garbage of every shape, and
 * plausible inputs made from a channel's valid input by changing one thing in it, guided by the
 * channel's schema so that many of them pass it and reach the handler and the services.
 */

type Path = (string | number)[];
type Schema = z.ZodType;
// zod's schemas described just enough to walk them; zod 4 keeps what each one is in `def`.
type SchemaDef = { type: string; innerType?: Schema; element?: Schema; valueType?: Schema; options?: Schema[] };
const defOf = (schema: Schema) => (schema as unknown as { def: SchemaDef }).def;

/** Keys that have tripped up JavaScript code that reads objects: the prototype's own names among them. */
const trickyKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', ''];
const keyArb = fc.oneof(fc.constantFrom(...trickyKeys), fc.string({ maxLength: 8 }));

const nastyNumbers = [
  0,
  -0,
  1,
  -1,
  2,
  0.5,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  2 ** 32,
  2 ** 63,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
];

const nastyStrings = [
  '',
  ' ',
  '\u0000',
  '\u0000name',
  'name\u0000',
  '\t\r\n',
  '\u202eevil\u202c', // right-to-left override
  '\u200f\u200e',
  '\u200b\ufeff',
  'مرحبا بك',
  'سلام دنیا',
  'שלום',
  '👩‍👩‍👧‍👦',
  '\ud800', // a lone surrogate
  '\udfff',
  'e\u0301',
  "'; DROP TABLE staff; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("https://evil.example")',
  '../../../etc/passwd',
  '%00',
  '{{count}}',
  '${process.env}',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '-0',
  '0x10',
  '٠١٢٣٤٥٦٧٨٩',
  '۰۱۲۳۴۵۶۷۸۹',
  '０１２３４５',
  '１２３４５６７８９０',
];

const nastyString = fc.oneof(
  fc.constantFrom(...nastyStrings),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Digits rewritten in another script: Arabic-Indic (Arabic), extended Arabic-Indic (Persian, Urdu), full width. */
const digitScripts = [0x0660, 0x06f0, 0xff10];
const otherDigits = (text: string, zero: number) =>
  text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

/** Anything at all, as a transport might deliver it: JSON over HTTP, structured clone over IPC. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: keyArb,
    maxDepth: 3,
    maxKeys: 6,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(keyArb, fc.oneof(fc.constantFrom(...nastyNumbers), nastyString), { maxKeys: 6 }),
  fc.constantFrom<unknown>(undefined, null, '', [], {}, 0, Number.NaN, '{}', 'null'),
);

/** The schema of the value at `path`, through optional, nullable, arrays, records and unions. */
function schemaAt(schema: Schema | undefined, path: Path): Schema | undefined {
  if (!schema || path.length === 0) return schema;
  const [key, ...rest] = path;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return schemaAt(def.innerType, path);
    case 'object':
      return schemaAt((schema as unknown as { shape: Record<string, Schema> }).shape[String(key)], rest);
    case 'array':
      return schemaAt(def.element, rest);
    case 'record':
      return schemaAt(def.valueType, rest);
    case 'union':
      return def.options!.map((option) => schemaAt(option, path)).find(Boolean);
    default:
      return undefined;
  }
}

/** The schema without optional, nullable and the like around it. */
function bare(schema: Schema): Schema {
  const def = defOf(schema);
  return ['optional', 'nullable', 'default', 'readonly'].includes(def.type) ? bare(def.innerType!) : schema;
}

/** The values a schema names one by one: an enum's options, literals, booleans, undefined and null. */
function namedValues(schema: Schema): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return [undefined, ...namedValues(def.innerType!)];
    case 'nullable':
      return [null, ...namedValues(def.innerType!)];
    case 'enum':
      return [...(schema as unknown as { options: unknown[] }).options];
    case 'literal':
      return [...(schema as unknown as { values: Set<unknown> }).values];
    case 'boolean':
      return [true, false];
    case 'union':
      return def.options!.flatMap(namedValues);
    default:
      return [];
  }
}

interface Bounds {
  min: number | null;
  max: number | null;
}

/** A string's length limits, or a number's range; null where the schema sets none (or an unbounded one). */
function boundsOf(schema: Schema): Bounds {
  const s = schema as unknown as Record<string, unknown>;
  const finite = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  if (defOf(schema).type === 'string') return { min: finite(s.minLength), max: finite(s.maxLength) };
  return { min: finite(s.minValue), max: finite(s.maxValue) };
}

/** Values the schema should accept, or nearly: these are the ones that reach the handlers. */
function schemaValues(schema: Schema | undefined): fc.Arbitrary<unknown> | null {
  if (!schema) return null;
  const named = namedValues(schema);
  const inner = bare(schema);
  const def = defOf(inner);
  const { min, max } = boundsOf(inner);
  const choices: fc.Arbitrary<unknown>[] = named.length > 0 ? [fc.constantFrom(...named)] : [];
  if (def.type === 'union') {
    choices.push(...def.options!.flatMap((option) => schemaValues(option) ?? []));
  }
  if (def.type === 'number') {
    const low = Math.max(min ?? -1e6, Number.MIN_SAFE_INTEGER);
    const high = Math.min(max ?? 1e6, Number.MAX_SAFE_INTEGER);
    choices.push(fc.integer({ min: Math.ceil(low), max: Math.floor(high) }));
    // Right at the limits, and just past them.
    const edges = [min, max].filter((n) => n !== null).flatMap((n) => [n - 1, n, n + 1]);
    if (edges.length > 0) choices.push(fc.constantFrom(...edges));
  }
  if (def.type === 'string') {
    const checks = (
      inner as unknown as { def: { checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[] } }
    ).def.checks;
    const pattern = checks?.map((c) => c._zod.def).find((c) => c.format === 'regex')?.pattern;
    if (pattern) {
      try {
        choices.push(fc.stringMatching(pattern));
      } catch {
        // fast-check cannot generate for every pattern (lookaheads); the other strings remain.
      }
    }
    if (checks?.some((c) => c._zod.def.format === 'url')) choices.push(fc.webUrl({ validSchemes: ['https'] }));
    // Right at the limit, and one over it.
    for (const length of [min, max].filter((n) => n !== null)) {
      choices.push(
        fc
          .tuple(fc.constantFrom('a', '5', '٣', '€', '😀', ' ', 'A='), fc.constantFrom(length - 1, length, length + 1))
          .map(([unit, n]) => unit.repeat(Math.max(0, n)).slice(0, Math.max(0, n))),
      );
    }
  }
  if (def.type === 'array') {
    const element = schemaValues(def.element) ?? fc.anything();
    const { min: fewest, max: most } = boundsOf(inner);
    choices.push(fc.array(element, { minLength: 0, maxLength: Math.min((most ?? 10) + 1, 12) }));
    if (most !== null) choices.push(element.map((e) => Array.from({ length: most + 1 }, () => e)));
    if (fewest !== null && fewest > 0) choices.push(fc.constant([]));
  }
  return choices.length > 0 ? fc.oneof(...choices) : null;
}

/** The same kind of value as `original`, changed: edited text, odd numbers, other lists and objects. */
function sameKind(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'number') {
    return fc.oneof(
      fc.constantFrom(...nastyNumbers),
      fc.constantFrom(original + 1, original - 1, -original, original + 0.5, original * 1e12),
      // The number as text, in the digits a citizen's keyboard may type.
      fc.constantFrom(String(original), ...digitScripts.map((zero) => otherDigits(String(original), zero))),
      fc.integer(),
      fc.double(),
    );
  }
  if (typeof original === 'string') {
    return fc.oneof(
      nastyString,
      fc.constantFrom(...digitScripts.map((zero) => otherDigits(original, zero))),
      fc.constantFrom(original.toUpperCase(), ` ${original} `, `${original}\u0000`, original.replace(/-/g, ' ')),
      fc.tuple(nastyString, fc.boolean()).map(([text, before]) => (before ? text + original : original + text)),
      fc
        .tuple(
          fc.constantFrom('a', ' ', '٣', '€', '😀', '\u202e', '\u0000', '-', '%'),
          fc.integer({ min: 1, max: 3000 }),
        )
        .map(([unit, n]) => original + unit.repeat(n)),
      fc.nat({ max: original.length }).map((n) => original.slice(0, n)),
      fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })).map(([at, unit]) => {
        const i = original.length === 0 ? 0 : at % original.length;
        return original.slice(0, i) + unit + original.slice(i + 1);
      }),
    );
  }
  if (typeof original === 'boolean') return fc.constant(!original);
  if (Array.isArray(original)) {
    return fc.oneof(
      fc.constant([]),
      fc.constant([...original, ...original]),
      fc.constant(original.slice(1)),
      fc.constant([original]),
      fc.array(fc.constantFrom(...(original.length > 0 ? original : [null])), { maxLength: 600 }),
      fc.constant(Object.assign([...original], { 5: original[0] })), // with holes
    );
  }
  return fc.oneof(fc.constant({}), nastyString, fc.constantFrom(...nastyNumbers));
}

/** A value of another kind altogether. */
const otherKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, 1, '', '1', 'true', [], {}, [1], { 0: 1 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.date({ noInvalidDate: false }),
  garbage,
);

const clone = <T>(value: T): T => structuredClone(value);

/** A copy of `value` with the node at `path` replaced, or with `remove`, taken out. */
function withNode(value: unknown, path: Path, replace: (node: unknown) => unknown, remove = false): unknown {
  if (path.length === 0) return replace(clone(value));
  const copy = clone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    // defineProperty, as JSON.parse does: assigning to "__proto__" would set the prototype instead.
    Object.defineProperty(parent, last, {
      value: replace(parent[last]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Every node's path: the root, each object's keys, each array's entries. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children =
    value !== null && typeof value === 'object'
      ? Object.keys(value).flatMap((key) =>
          pathsOf((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...children];
}

/**
 * Inputs one change away from `valid`: a field replaced by a value the schema allows (so the
 * handler and the services judge it), an edited or odd value of its kind (overlong, other digits,
 * control and right-to-left characters, NaN, -0, huge numbers), a value of another kind, the field
 * removed, or an extra key beside it.
 */
export function plausible(valid: Record<string, unknown>, schema: Schema): fc.Arbitrary<unknown> {
  // One arbitrary per field, built once: building fast-check's from a pattern takes a while.
  return fc.oneof(...pathsOf(valid).map((path) => changesAt(valid, schema, path)));
}

function changesAt(valid: Record<string, unknown>, schema: Schema, path: Path): fc.Arbitrary<unknown> {
  const original = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
  const allowed = schemaValues(schemaAt(schema, path));
  const replacement = fc.oneof(
    ...(allowed ? [{ weight: 4, arbitrary: allowed }] : []),
    { weight: 3, arbitrary: sameKind(original) },
    { weight: 1, arbitrary: otherKind },
  );
  const changes: fc.WeightedArbitrary<unknown>[] = [
    { weight: 6, arbitrary: replacement.map((value) => withNode(valid, path, () => value)) },
  ];
  if (path.length > 0)
    changes.push({ weight: 1, arbitrary: fc.constant(withNode(valid, path, () => undefined, true)) });
  if (original !== null && typeof original === 'object' && !Array.isArray(original)) {
    const extraKey = fc
      .tuple(keyArb, otherKind)
      .map(([key, value]) =>
        withNode(valid, path, (node) => Object.defineProperty(node as object, key, { value, enumerable: true })),
      );
    changes.push({ weight: 1, arbitrary: extraKey });
  }
  return fc.oneof(...changes);
}
