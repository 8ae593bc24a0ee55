// Proxy objects that behave like Office.js's: every property read needs a load and a sync, writes
// and method calls are queued and run (in order) at sync, objects resolve against the workbook at
// sync time. Each queued action carries the JSON Office.js would send, so request sizes are real.
import {
  MAX_COLS,
  MAX_ROWS,
  Rect,
  colsOf,
  contains,
  formatAddress,
  formatRect,
  intersection,
  intersects,
  isWholeColumns,
  isWholeRows,
  parseAddress,
  rowsOf,
} from "./address";
import {
  CellFormat,
  ChartState,
  ConditionalFormatState,
  DataValidationState,
  DEFAULT_FORMAT,
  FakeOfficeError,
  SheetState,
  TableState,
  WorkbookState,
  cellCount,
  checkBoolean,
  checkColor,
  checkEnum,
  checkNumber,
  checkShape,
  checkString,
  coerceInput,
  invalidArgument,
  notImplemented,
  outputValue,
  valueType,
} from "./state";

// ---------------------------------------------------------------------------------------------
// The host side: what a context needs from the fake workbook.

export interface SyncRecord {
  /** 1-based, over the life of the fake. */
  index: number;
  /** UTF-8 bytes of the request body (Actions + ObjectPaths, as Office.js serialises them). */
  requestBytes: number;
  /** UTF-8 bytes of the results (loaded values) sent back. */
  responseBytes: number;
  actions: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** Error code when the sync failed. */
  failed?: string;
}

export interface Limits {
  maxRequestBytes: number;
  maxResponseBytes: number;
  maxCellsPerOperation: number;
  maxMergedAreas: number;
  /** Characters of a getRanges address string (Excel: 8,192, documented). */
  maxAddressLength: number;
  /** Areas in one getRanges address list (no documented limit: unlimited unless a test sets one). */
  maxRangeAreas: number;
  /** Characters that separate the addresses of getRanges (",;" = both, as the reference says). */
  rangeListSeparators: string;
}

export interface Host {
  readonly state: WorkbookState;
  readonly limits: Limits;
  supports(version: string): boolean;
  execute(ctx: FakeContext, actions: Action[]): void;
  readonly current: SyncRecord | null;
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface Action {
  info: Record<string, unknown>;
  obj: FakeObject<unknown>;
  refs: FakeObject<unknown>[];
  location: string;
  run: () => unknown;
  onResult?: (value: unknown) => void;
  /**
   * Sent but not run by the fake: what Office.js adds on its own (an instantiate action per new
   * object, a keep-reference per Range/RangeAreas, the chunks of a large array).
   */
  wireOnly?: boolean;
  /** Run but not sent as is: a large array write, which Office.js sends as chunks (wireOnly). */
  notSent?: boolean;
}

// Office.js action and object-path types (OfficeExtension's wire format).
const ACTION_INSTANTIATE = 1;
const ACTION_QUERY = 2;
const ACTION_METHOD = 3;
const ACTION_SET = 4;
const PATH_ROOT = 1;
const PATH_METHOD = 3;
const PATH_PROPERTY = 4;
const PATH_INDEXER = 5;

const wire = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

// ---------------------------------------------------------------------------------------------
// Strictness: any member the fake does not define throws instead of reading as undefined.

const PASS_THROUGH = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "inspect",
]);

function strict<T extends object>(obj: T, type: () => string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver);
      if (PASS_THROUGH.has(prop) || prop.startsWith("_") || prop.startsWith("@@")) return undefined;
      throw notImplemented(`${type()}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "symbol" || prop.startsWith("_") || prop in target) {
        return Reflect.set(target, prop, value, receiver);
      }
      throw notImplemented(`Setting ${type()}.${prop}`);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Property schemas: how each loadable property is read from, and written to, the state.

interface PropSpec<T> {
  get?: (t: T, self: FakeObject<T>) => unknown;
  set?: (t: T, value: unknown, self: FakeObject<T>) => void;
  /** ExcelApi version the property needs. */
  api?: string;
}

type AnySpec = PropSpec<unknown>;
const SCHEMAS = new Map<object, Map<string, AnySpec>>();

function schemaOf(proto: object): Map<string, AnySpec> {
  let s = SCHEMAS.get(proto);
  if (!s) SCHEMAS.set(proto, (s = new Map()));
  return s;
}

function defineProps<T>(
  cls: { prototype: FakeObject<T> },
  specs: Record<string, PropSpec<T>>
): void {
  const schema = schemaOf(cls.prototype);
  for (const [name, spec] of Object.entries(specs)) {
    schema.set(name, spec as unknown as AnySpec);
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: FakeObject<T>) {
        return this._readProp(name);
      },
      set(this: FakeObject<T>, value: unknown) {
        this._writeProp(name, value, spec);
      },
    });
  }
}

type LoadSpec =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[] }
  | Record<string, unknown>;

/** "a, b/c" / ["a", "b/c"] / {select, expand} / {a: true, b: {c: true}} → ["a", "b/c"]. */
function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  const o = spec as Record<string, unknown>;
  if ("select" in o || "expand" in o) {
    if ("top" in o || "skip" in o) throw notImplemented("load() with top/skip");
    return [
      ...loadPaths(o.select as string | string[] | undefined),
      ...loadPaths(o.expand as string | string[] | undefined),
    ];
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === true) out.push(k);
    else if (v && typeof v === "object") {
      for (const p of loadPaths(v as Record<string, unknown>)) out.push(`${k}/${p}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The base proxy.

type Resolver<T> = () => T | null;

interface PathSpec {
  type: number;
  name: string;
  args?: unknown[];
  refs?: FakeObject<unknown>[];
}

export class FakeObject<T> {
  readonly _type: string;
  readonly _ctx: FakeContext;
  readonly _path: PathInfo;
  readonly _parent: FakeObject<unknown> | null;
  readonly _pathRefs: FakeObject<unknown>[];
  readonly _props = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  private readonly _resolveFn: Resolver<T>;
  private _epoch = -1;
  private _cached: T | null = null;
  private readonly _children = new Map<string, FakeObject<unknown>>();

  constructor(
    ctx: FakeContext,
    type: string,
    parent: FakeObject<unknown> | null,
    path: PathSpec,
    resolve: Resolver<T>
  ) {
    this._ctx = ctx;
    this._type = type;
    this._parent = parent;
    this._resolveFn = resolve;
    this._pathRefs = path.refs ?? [];
    this._path = { Id: ctx._nextId(), ObjectPathType: path.type, Name: path.name };
    if (parent) this._path.ParentObjectPathId = parent._path.Id;
    if (path.args || path.refs) {
      this._path.ArgumentInfo = { Arguments: path.args ?? [] };
      if (path.refs?.length) {
        this._path.ArgumentInfo.ReferencedObjectPathIds = path.refs.map((r) => r._path.Id);
      }
    }
    const self = strict(this, () => this._type);
    // Office.js (ClientObject's constructor) queues an instantiate action for every object made
    // while a request is pending; inside Excel.run a Range or RangeAreas is also tracked: a
    // _KeepReference call and a second instantiate (TrackedObjects._autoAdd).
    if (parent && !ctx._closed && !ctx._processingResult) {
      this._wireInstantiate = ctx._wire(self, { ActionType: ACTION_INSTANTIATE, Name: "" });
      if (ctx._autoCleanup && (type === "Range" || type === "RangeAreas")) {
        ctx._wire(self, {
          ActionType: ACTION_METHOD,
          Name: "_KeepReference",
          ArgumentInfo: { Arguments: [] },
        });
        ctx._wire(self, { ActionType: ACTION_INSTANTIATE, Name: "" });
      }
    }
    return self;
  }

  _wireInstantiate: Action | null = null;

  /** The state object this proxy stands for in the current request (null for a null object). */
  _target(): T | null {
    if (this._epoch !== this._ctx._epoch) {
      this._cached = this._resolveFn();
      this._epoch = this._ctx._epoch;
    }
    return this._cached;
  }

  _need(location: string): T {
    const t = this._target();
    if (t === null) {
      throw new FakeOfficeError(
        "ItemNotFound",
        "The requested resource doesn't exist (a null object was used).",
        location
      );
    }
    return t;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._type, "isNullObject");
    return this._isNull;
  }

  _readProp(name: string): unknown {
    if (this._props.has(name)) return this._props.get(name);
    if (this._isNull === true) return null;
    throw propertyNotLoaded(this._type, name);
  }

  _writeProp(name: string, value: unknown, spec: PropSpec<T>): void {
    const location = `${this._type}.${name}`;
    if (!spec.set) throw invalidArgument(`${location} is read-only.`, location);
    // Office.js checks the requirement set when the property is set, not at sync.
    if (spec.api) this._ctx._requireApi(spec.api, location);
    this._props.set(name, value);
    this._ctx._queue({
      info: { ActionType: ACTION_SET, Name: wire(name), ArgumentInfo: { Arguments: [value] } },
      obj: this,
      refs: [],
      location,
      run: () => {
        spec.set!(this._need(location), value, this);
      },
    });
    if (this._type === "Range" && CHUNKED.has(name)) chunkArray(this, name, value);
  }

  /** Queue a method call that returns nothing. */
  _call(
    name: string,
    args: unknown[],
    run: (t: T) => void,
    api?: string,
    refs: FakeObject<unknown>[] = []
  ): void {
    const location = `${this._type}.${name}`;
    // Office.js throws ApiNotFound when the method is called (throwIfApiNotSupported), not at sync.
    if (api) this._ctx._requireApi(api, location);
    this._ctx._queue({
      info: {
        ActionType: ACTION_METHOD,
        Name: wire(name),
        ArgumentInfo: {
          Arguments: args,
          ...(refs.length ? { ReferencedObjectPathIds: refs.map((r) => r._path.Id) } : {}),
        },
      },
      obj: this,
      refs,
      location,
      run: () => {
        if (FOCUS_BOUND.has(location)) checkFocus(this._ctx._host.state, location);
        run(this._need(location));
      },
    });
  }

  /** A navigation property: one child proxy per parent, created on first access. */
  _child<C extends FakeObject<unknown>>(name: string, make: (path: PathSpec) => C): C {
    let c = this._children.get(name) as C | undefined;
    if (!c) {
      c = make({ type: PATH_PROPERTY, name: wire(name) });
      this._children.set(name, c);
    }
    return c;
  }

  /** For *OrNullObject methods and objects created by add(): resolved (and isNullObject known) at sync. */
  _instantiate(location: string, api?: string, run?: () => void): void {
    if (api) this._ctx._requireApi(api, location);
    // This is the instantiate action the constructor queued, now with a result to wait for.
    if (this._wireInstantiate) {
      const i = this._ctx._pending.indexOf(this._wireInstantiate);
      if (i >= 0) this._ctx._pending.splice(i, 1);
      this._wireInstantiate = null;
    }
    this._ctx._queue({
      info: { ActionType: ACTION_INSTANTIATE, Name: "" },
      obj: this,
      refs: [],
      location,
      run: () => {
        run?.();
        return this._target() === null ? { IsNull: true } : {};
      },
      onResult: (v) => {
        this._isNull = (v as { IsNull?: boolean }).IsNull === true;
      },
    });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this._load(paths.length ? paths : [...schemaOf(Object.getPrototypeOf(this)).keys()]);
    return this;
  }

  _load(paths: string[]): void {
    const schema = schemaOf(Object.getPrototypeOf(this));
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0 && schema.has(head)) {
        if (!own.includes(head)) own.push(head);
        continue;
      }
      if (!this._isNavigation(head)) throw notImplemented(`${this._type}.${head} (in load)`);
      if (!nested.has(head)) nested.set(head, []);
      if (rest.length) nested.get(head)!.push(rest.join("/"));
    }
    if (own.length) this._queueQuery(own, schema);
    for (const [head, rest] of nested) {
      const child = (this as unknown as Record<string, FakeObject<unknown>>)[head];
      child._load(rest.length ? rest : [...schemaOf(Object.getPrototypeOf(child)).keys()]);
    }
  }

  _isNavigation(name: string): boolean {
    const d = findDescriptor(Object.getPrototypeOf(this), name);
    return !!d?.get && !schemaOf(Object.getPrototypeOf(this)).has(name) && name !== "isNullObject";
  }

  private _queueQuery(names: string[], schema: Map<string, AnySpec>): void {
    const location = `${this._type}.load`;
    this._ctx._queue({
      info: { ActionType: ACTION_QUERY, Name: "", QueryInfo: { Select: names.map(wire) } },
      obj: this,
      refs: [],
      location,
      run: () => {
        const t = this._target();
        if (t === null) return { IsNull: true };
        const out: Record<string, unknown> = {};
        for (const n of names) {
          const spec = schema.get(n)!;
          if (spec.api) this._ctx._requireApi(spec.api, `${this._type}.${n}`);
          if (!spec.get) throw notImplemented(`Loading ${this._type}.${n}`);
          out[n] = spec.get(t, this as FakeObject<unknown>);
        }
        return out;
      },
      onResult: (v) => {
        const r = v as Record<string, unknown>;
        if (r.IsNull === true) {
          this._isNull = true;
          for (const n of names) this._props.set(n, null);
          return;
        }
        this._isNull = false;
        for (const n of names) this._props.set(n, r[n]);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._props) {
      out[k] = Array.isArray(v) && v[0] instanceof FakeObject ? v.map((x) => x.toJSON()) : v;
    }
    return out;
  }
}

function findDescriptor(proto: object | null, name: string): PropertyDescriptor | undefined {
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

function propertyNotLoaded(type: string, name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the ` +
      `load method on the containing object and call "context.sync()" on the associated request ` +
      `context.`,
    `${type}.${name}`
  );
}

// ---------------------------------------------------------------------------------------------
// Collections: `items` after load("items/x") (or load("x")).

abstract class FakeCollection<T, I> extends FakeObject<T> {
  abstract _list(t: T): I[];
  abstract _item(target: I, index: number): FakeObject<unknown>;
  abstract _itemProto(): object;

  /** The target an item's property getters expect (when it differs from the listed state). */
  _itemTarget(item: I): unknown {
    return item;
  }

  get items(): FakeObject<unknown>[] {
    if (this._props.has("items")) return this._props.get("items") as FakeObject<unknown>[];
    throw propertyNotLoaded(this._type, "items");
  }

  override _load(paths: string[]): void {
    const itemSchema = schemaOf(this._itemProto());
    const names: string[] = [];
    for (const p of paths) {
      const n = p.startsWith("items/") ? p.slice(6) : p === "items" ? "" : p;
      if (n === "") continue;
      if (!itemSchema.has(n)) throw notImplemented(`${this._type} item property ${n} (in load)`);
      if (!names.includes(n)) names.push(n);
    }
    const location = `${this._type}.load`;
    this._ctx._queue({
      info: {
        ActionType: ACTION_QUERY,
        Name: "",
        QueryInfo: { Select: names.map(wire), Expand: [], Skip: null, Top: null },
      },
      obj: this,
      refs: [],
      location,
      run: () => {
        const t = this._target();
        // A collection under a null object is null too: nothing to list, no error.
        if (t === null) return { IsNull: true };
        return this._list(t).map((item) => {
          const out: Record<string, unknown> = {};
          for (const n of names) {
            const spec = itemSchema.get(n)!;
            if (spec.api) this._ctx._requireApi(spec.api, `${this._type}.${n}`);
            out[n] = spec.get!(this._itemTarget(item), this as unknown as FakeObject<unknown>);
          }
          return out;
        });
      },
      onResult: (v) => {
        if (!Array.isArray(v)) {
          this._isNull = true;
          this._props.set("items", []);
          return;
        }
        const rows = v as Record<string, unknown>[];
        const targets = this._list(this._need(location));
        const items = targets.map((t, i) => {
          const proxy = this._item(t, i);
          for (const n of names) proxy._props.set(n, rows[i][n]);
          proxy._isNull = false;
          return proxy;
        });
        this._props.set("items", items);
        this._isNull = false;
      },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The request context and sync.

export class FakeContext {
  readonly workbook: Workbook;
  _epoch = 0;
  _closed = false;
  _pending: Action[] = [];
  /** Set while results are handed back: objects made then are not instantiated (as in Office.js). */
  _processingResult = false;
  /** Excel.run's contexts track Range/RangeAreas objects (Office.js: context._autoCleanup). */
  readonly _autoCleanup: boolean;
  /** Excel.run({ delayForCellEdit: true }): requests wait while the user edits a cell. */
  readonly _delayForCellEdit: boolean;
  private _ids = 1;

  constructor(
    readonly _host: Host,
    options: { autoCleanup?: boolean; delayForCellEdit?: boolean } = {}
  ) {
    this._autoCleanup = options.autoCleanup ?? true;
    this._delayForCellEdit = options.delayForCellEdit ?? false;
    const self = strict(this, () => "RequestContext");
    this.workbook = new Workbook(self);
    return self;
  }

  /** Queue an action that Office.js sends on its own; the fake does not run it. */
  _wire(obj: FakeObject<unknown>, info: Record<string, unknown>): Action {
    const action: Action = {
      info: { Id: this._nextId(), ...info, ObjectPathId: obj._path.Id },
      obj,
      refs: [],
      location: `${obj._type}.${String(info.Name) || "instantiate"}`,
      run: () => undefined,
      wireOnly: true,
    };
    this._pending.push(action);
    return action;
  }

  /** Range.untrack(): the keep-reference call is taken out again and the path marked "D". */
  _untrack(obj: FakeObject<unknown>): void {
    for (let i = this._pending.length - 1; i >= 0; i--) {
      const a = this._pending[i];
      if (a.obj === obj && a.wireOnly && a.info.Name === "_KeepReference") {
        this._pending.splice(i, 1);
        break;
      }
    }
    (obj._path as PathInfo & { D?: boolean }).D = true;
  }

  _nextId(): number {
    return this._ids++;
  }

  _queue(action: Action): void {
    if (this._closed) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "This object was used after its Excel.run batch ended.",
        action.location
      );
    }
    for (const o of [action.obj, ...action.refs]) {
      if (o._ctx !== this) {
        throw new FakeOfficeError(
          "InvalidRequestContext",
          "Cannot use the object across different request contexts.",
          action.location
        );
      }
    }
    action.info = { Id: this._nextId(), ...action.info, ObjectPathId: action.obj._path.Id };
    this._pending.push(action);
  }

  _requireApi(version: string, location: string): void {
    if (!this._host.supports(version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${location} needs ExcelApi ${version}).`,
        location
      );
    }
  }

  async sync(): Promise<void> {
    if (this._closed) {
      throw new FakeOfficeError("InvalidRequestContext", "sync() after the batch ended.");
    }
    const actions = this._pending;
    this._pending = [];
    // Like the real one, sync never completes synchronously.
    await Promise.resolve();
    this._epoch++;
    this._host.execute(this, actions);
  }
}

/** The request body Office.js would post for these actions. */
export function requestBody(actions: Action[]): Record<string, unknown> {
  const paths: Record<string, PathInfo> = {};
  const add = (o: FakeObject<unknown> | null): void => {
    while (o && !paths[o._path.Id]) {
      paths[o._path.Id] = o._path;
      for (const r of o._pathRefs) add(r);
      o = o._parent;
    }
  };
  for (const a of actions) {
    add(a.obj);
    for (const r of a.refs) add(r);
  }
  const sent = actions.filter((a) => !a.notSent);
  const keep = sent.some((a) => a.info.Name === "_KeepReference");
  return { AutoKeepReference: keep, Actions: sent.map((a) => a.info), ObjectPaths: paths };
}

// ---------------------------------------------------------------------------------------------
// Calls that act on the window, not just the workbook: they fail while another workbook has the
// focus (the user switched windows while the add-in was writing).

const FOCUS_BOUND = new Set([
  "WorksheetCollection.add",
  "Worksheet.activate",
  "WorksheetFreezePanes.freezeAt",
  "WorksheetFreezePanes.freezeRows",
  "WorksheetFreezePanes.freezeColumns",
]);

function checkFocus(state: WorkbookState, location: string): void {
  if (state.otherWorkbookFocused) {
    throw new FakeOfficeError(
      "GeneralException",
      "The operation could not be performed because another workbook is active.",
      location
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Large arrays as Office.js sends them (setRangePropertiesInBulk, ExcelApi 1.3+): more than 1,500
// cells go as chunks of round(1500 / columns) rows, each on
// range.getRow(i).untrack().getBoundingRect(range.getRow(j).untrack()).untrack().

const CHUNKED = new Set(["values", "formulas", "numberFormat"]);
const CHUNK_CELLS = 1500;

function chunkArray(range: FakeObject<unknown>, name: string, value: unknown): void {
  const ctx = range._ctx;
  if (!Array.isArray(value) || !Array.isArray(value[0])) return;
  const rows = value.length;
  const cols = (value[0] as unknown[]).length;
  if (rows * cols <= CHUNK_CELLS || !ctx._host.supports("1.3")) return;
  ctx._pending[ctx._pending.length - 1].notSent = true;
  const step = Math.max(1, Math.round(CHUNK_CELLS / cols));
  const none = () => null;
  for (let start = 0; start < rows; start += step) {
    const count = Math.min(step, rows - start);
    const first = new Range(ctx, range, { type: PATH_METHOD, name: "GetRow", args: [start] }, none);
    ctx._untrack(first);
    const last = new Range(
      ctx,
      range,
      { type: PATH_METHOD, name: "GetRow", args: [start + count - 1] },
      none
    );
    ctx._untrack(last);
    const chunk = new Range(
      ctx,
      first,
      { type: PATH_METHOD, name: "GetBoundingRect", args: [], refs: [last] },
      none
    );
    ctx._untrack(chunk);
    ctx._wire(chunk, {
      ActionType: ACTION_SET,
      Name: wire(name),
      ArgumentInfo: { Arguments: [(value as unknown[]).slice(start, start + count)] },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers on ranges.

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function ensureInGrid(rect: Rect, location: string): Rect {
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) {
    throw invalidArgument("The range is outside the worksheet grid.", location);
  }
  if (rect.bottom < rect.top || rect.right < rect.left) {
    throw invalidArgument("The resulting range has no rows or columns.", location);
  }
  return rect;
}

function parseIn(sheet: SheetState, address: unknown, location: string): Rect {
  if (typeof address !== "string") throw invalidArgument("The address is not a string.", location);
  const p = parseAddress(address);
  if (!p) throw invalidArgument(`"${address}" is not a valid address.`, location);
  if (p.sheet !== undefined && p.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
    throw invalidArgument(`"${address}" is not on sheet "${sheet.name}".`, location);
  }
  return p.rect;
}

function checkCap(host: Host, rect: Rect, location: string): void {
  if (cellCount(rect) > host.limits.maxCellsPerOperation) {
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      `The range has ${cellCount(rect)} cells, more than the ${host.limits.maxCellsPerOperation} ` +
        `a single operation may touch.`,
      location
    );
  }
}

function readGrid<V>(t: RangeTarget, pick: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = new Array(colsOf(t.rect));
    for (let c = t.rect.left; c <= t.rect.right; c++) row[c - t.rect.left] = pick(r, c);
    out.push(row);
  }
  return out;
}

function writeCells(host: Host, t: RangeTarget, value: unknown, location: string): void {
  const grid = checkShape(value, t.rect, location);
  checkCap(host, t.rect, location);
  for (let i = 0; i < grid.length; i++) {
    const src = grid[i];
    const r = t.rect.top + i;
    for (let j = 0; j < src.length; j++) {
      const raw = src[j];
      if (raw === null || raw === undefined) continue; // null leaves the cell as it is
      const c = t.rect.left + j;
      const row = t.sheet.row(r, true);
      const input = coerceInput(raw, row.nf?.[c], `${location} (${formatRect(t.rect)})`);
      if (input.formula !== undefined) {
        // The fake does not calculate: the formula keeps the value the cell held as its result.
        (row.f ??= [])[c] = input.formula;
        if (row.v[c] === undefined) row.v[c] = null;
      } else {
        row.v[c] = input.value;
        if (row.f) row.f[c] = undefined;
      }
    }
  }
  t.sheet.touch();
}

/** A format applied cell by cell to a range (in the state; the API call is one per range). */
function patchFormat(
  host: Host,
  t: RangeTarget,
  key: string,
  patch: (f: CellFormat) => Partial<CellFormat>,
  location: string,
  cells: Rect = t.rect
): void {
  if (isWholeColumns(cells) || isWholeRows(cells)) {
    throw notImplemented(`${location} on whole rows or columns`);
  }
  const table = host.state.formats;
  for (let r = cells.top; r <= cells.bottom; r++) {
    const row = t.sheet.row(r, true);
    const fmt = (row.fmt ??= []);
    for (let c = cells.left; c <= cells.right; c++) {
      fmt[c] = table.apply(fmt[c] ?? 0, patch, key);
    }
  }
  t.sheet.touch();
}

/** The value shared by every cell of the range, or null when they differ (as Excel reports it). */
function uniformFormat<V>(host: Host, t: RangeTarget, pick: (f: CellFormat) => V): V | null {
  const table = host.state.formats.list;
  let seen = false;
  let value: V | null = null;
  let stored = 0;
  const consider = (v: V): boolean => {
    if (!seen) {
      seen = true;
      value = v;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(value);
  };
  for (const [r, row] of t.sheet.rows) {
    if (r < t.rect.top || r > t.rect.bottom) continue;
    for (let c = t.rect.left; c <= Math.min(t.rect.right, (row.fmt?.length ?? 0) - 1); c++) {
      const id = row.fmt?.[c];
      if (id === undefined) continue;
      stored++;
      if (!consider(pick(table[id]))) return null;
    }
  }
  if (stored < cellCount(t.rect) && !consider(pick(DEFAULT_FORMAT))) return null;
  return value;
}

function formatKey(prop: string, value: unknown): string {
  return `${prop}=${JSON.stringify(value)}`;
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, worksheets.

export class Workbook extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext) {
    super(ctx, "Workbook", null, { type: PATH_ROOT, name: "" }, () => ctx._host.state);
  }

  get worksheets(): WorksheetCollection {
    return this._child("worksheets", (p) => new WorksheetCollection(this._ctx, this, p));
  }

  get tables(): TableCollection {
    return this._child("tables", (p) => new TableCollection(this._ctx, this, p, null));
  }

  get application(): Application {
    return this._child("application", (p) => new Application(this._ctx, this, p));
  }

  get protection(): WorkbookProtection {
    return this._child("protection", (p) => new WorkbookProtection(this._ctx, this, p));
  }

  getSelectedRange(): Range {
    const ctx = this._ctx;
    return new Range(ctx, this, { type: PATH_METHOD, name: "GetSelectedRange", args: [] }, () => {
      const st = ctx._host.state;
      const sel = st.selection && st.sheetById(st.selection.sheetId);
      if (sel && st.selection) return { sheet: sel, rect: st.selection.rect };
      const active = st.activeSheetId ? st.sheetById(st.activeSheetId) : st.liveSheets()[0];
      if (!active) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      return { sheet: active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

export class WorkbookProtection extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext, parent: FakeObject<unknown>, path: PathSpec) {
    super(ctx, "WorkbookProtection", parent, path, () => ctx._host.state);
  }
}

defineProps<WorkbookState>(WorkbookProtection, {
  protected: { get: (s) => s.structureProtected, api: "1.7" },
});

export class Application extends FakeObject<WorkbookState> {
  constructor(ctx: FakeContext, parent: FakeObject<unknown>, path: PathSpec) {
    super(ctx, "Application", parent, path, () => ctx._host.state);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "suspendApiCalculationUntilNextSync",
      [],
      () => {
        if (this._ctx._host.current) this._ctx._host.current.calculationSuspended = true;
      },
      "1.6"
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call(
      "suspendScreenUpdatingUntilNextSync",
      [],
      () => {
        if (this._ctx._host.current) this._ctx._host.current.screenUpdatingSuspended = true;
      },
      "1.9"
    );
  }
}

export class WorksheetCollection extends FakeCollection<WorkbookState, SheetState> {
  constructor(ctx: FakeContext, parent: FakeObject<unknown>, path: PathSpec) {
    super(ctx, "WorksheetCollection", parent, path, () => ctx._host.state);
  }

  _list(t: WorkbookState): SheetState[] {
    return t.liveSheets();
  }

  _item(target: SheetState): FakeObject<unknown> {
    return sheetProxy(this._ctx, this, "GetItem", target.id, () => target);
  }

  _itemProto(): object {
    return Worksheet.prototype;
  }

  getItem(key: string): Worksheet {
    const location = "WorksheetCollection.getItem";
    return sheetProxy(this._ctx, this, "GetItem", key, () => {
      const s = lookupSheet(this._ctx._host.state, key);
      if (!s) {
        throw new FakeOfficeError(
          "ItemNotFound",
          `The requested resource doesn't exist (sheet "${key}").`,
          location
        );
      }
      return s;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    const ws = sheetProxy(this._ctx, this, "GetItemOrNullObject", key, () => {
      return lookupSheet(this._ctx._host.state, key) ?? null;
    });
    ws._instantiate("WorksheetCollection.getItemOrNullObject", "1.4");
    return ws;
  }

  /** The first worksheet in tab order (ExcelApi 1.5); with visibleOnly, the first visible one. */
  getFirst(visibleOnly?: boolean): Worksheet {
    const ctx = this._ctx;
    const location = "WorksheetCollection.getFirst";
    ctx._requireApi("1.5", location);
    return new Worksheet(
      ctx,
      this,
      { type: PATH_METHOD, name: "GetFirst", args: [visibleOnly ?? false] },
      () => {
        const live = ctx._host.state.liveSheets();
        const first = visibleOnly ? live.find((s) => s.visibility === "Visible") : live[0];
        if (!first)
          throw new FakeOfficeError("ItemNotFound", "The workbook has no sheet.", location);
        return first;
      }
    );
  }

  getActiveWorksheet(): Worksheet {
    const ctx = this._ctx;
    return new Worksheet(
      ctx,
      this,
      { type: PATH_METHOD, name: "GetActiveWorksheet", args: [] },
      () => {
        const st = ctx._host.state;
        return (st.activeSheetId && st.sheetById(st.activeSheetId)) || st.liveSheets()[0] || null;
      }
    );
  }

  add(name?: string): Worksheet {
    let created: SheetState | null = null;
    const location = "WorksheetCollection.add";
    const ws = new Worksheet(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "Add", args: [name ?? null] },
      () => {
        if (!created || created.deleted) {
          throw new FakeOfficeError("ItemNotFound", "The added sheet no longer exists.", location);
        }
        return created;
      }
    );
    ws._instantiate(location, undefined, () => {
      const st = this._ctx._host.state;
      let n = name;
      if (n === undefined) {
        let i = st.liveSheets().length + 1;
        while (st.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkFocus(st, location);
      if (st.structureProtected) {
        throw new FakeOfficeError(
          "AccessDenied",
          "The workbook's structure is protected: sheets cannot be added.",
          location
        );
      }
      st.checkSheetName(n);
      created = new SheetState(st.newSheetId(), n);
      st.sheets.push(created);
    });
    return ws;
  }
}

function lookupSheet(st: WorkbookState, key: string): SheetState | undefined {
  return st.sheetByName(key) ?? st.sheetById(key);
}

function sheetProxy(
  ctx: FakeContext,
  parent: FakeObject<unknown>,
  method: string,
  key: string,
  resolve: Resolver<SheetState>
): Worksheet {
  return new Worksheet(ctx, parent, { type: PATH_METHOD, name: method, args: [key] }, () => {
    const s = resolve();
    if (s && s.deleted) {
      throw new FakeOfficeError("ItemNotFound", `The sheet "${s.name}" was deleted.`);
    }
    return s;
  });
}

const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

export class Worksheet extends FakeObject<SheetState> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<SheetState>
  ) {
    super(ctx, "Worksheet", parent, path, resolve);
  }

  private get _host(): Host {
    return this._ctx._host;
  }

  getRange(address?: string): Range {
    const location = "Worksheet.getRange";
    return new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetRange", args: [address ?? null] },
      () => {
        const s = this._target();
        if (!s) return null;
        if (address === undefined || address === "") {
          return { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
        }
        return { sheet: s, rect: parseIn(s, address, location) };
      }
    );
  }

  /** Several rectangles of this sheet (ExcelApi 1.9); see parseAreas for what Excel accepts. */
  getRanges(address?: string): RangeAreas {
    const location = "Worksheet.getRanges";
    this._ctx._requireApi("1.9", location);
    return new RangeAreas(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetRanges", args: [address ?? null] },
      () => {
        const s = this._target();
        if (!s) return null;
        if (address === undefined || address === "") {
          return {
            sheet: s,
            rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }],
          };
        }
        if (typeof address !== "string") {
          throw invalidArgument("The address is not a string.", location);
        }
        return { sheet: s, rects: parseAreas(this._host, s, address, location) };
      }
    );
  }

  getCell(row: number, column: number): Range {
    const location = "Worksheet.getCell";
    return new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetCell", args: [row, column] },
      () => {
        const s = this._target();
        if (!s) return null;
        return {
          sheet: s,
          rect: ensureInGrid({ top: row, left: column, bottom: row, right: column }, location),
        };
      }
    );
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetUsedRange", args: [valuesOnly ?? false] },
      () => {
        const s = this._target();
        if (!s) return null;
        if (valuesOnly) this._ctx._requireApi("1.2", "Worksheet.getUsedRange(valuesOnly)");
        // A blank sheet's used range is its top-left cell.
        const rect = s.usedRange(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
        return { sheet: s, rect };
      }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const r = new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetUsedRangeOrNullObject", args: [valuesOnly ?? false] },
      () => {
        const s = this._target();
        if (!s) return null;
        const rect = s.usedRange(!!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      }
    );
    r._instantiate("Worksheet.getUsedRangeOrNullObject", "1.4");
    return r;
  }

  /** The fake does not evaluate formulas: it counts the request, so tests can see when it came. */
  calculate(markAllDirty: boolean): void {
    this._call(
      "calculate",
      [markAllDirty],
      (s) => {
        s.calculations.push({
          markAllDirty,
          suspended: this._ctx._host.current?.calculationSuspended ?? false,
        });
      },
      "1.6"
    );
  }

  activate(): void {
    this._call("activate", [], (s) => {
      if (s.visibility !== "Visible") {
        throw new FakeOfficeError(
          "InvalidOperation",
          `The sheet "${s.name}" is hidden and cannot be activated.`,
          "Worksheet.activate"
        );
      }
      this._host.state.activeSheetId = s.id;
      const sel = this._host.state.selection;
      if (sel && sel.sheetId !== s.id) this._host.state.selection = null;
    });
  }

  delete(): void {
    this._call("delete", [], (s) => {
      const st = this._host.state;
      const visible = st.liveSheets().filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete"
        );
      }
      s.deleted = true;
      if (st.activeSheetId === s.id) {
        st.activeSheetId = st.liveSheets().find((x) => x.visibility === "Visible")?.id ?? null;
      }
      if (st.selection?.sheetId === s.id) st.selection = null;
    });
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._child("freezePanes", (p) => new WorksheetFreezePanes(this._ctx, this, p));
  }

  get pageLayout(): PageLayout {
    return this._child("pageLayout", (p) => new PageLayout(this._ctx, this, p));
  }

  get charts(): ChartCollection {
    return this._child("charts", (p) => new ChartCollection(this._ctx, this, p));
  }

  get tables(): TableCollection {
    return this._child("tables", (p) => new TableCollection(this._ctx, this, p, this));
  }

  get autoFilter(): AutoFilter {
    return this._child("autoFilter", (p) => new AutoFilter(this._ctx, this, p));
  }

  get horizontalPageBreaks(): PageBreakCollection {
    return this._child("horizontalPageBreaks", (p) => new PageBreakCollection(this._ctx, this, p));
  }
}

defineProps<SheetState>(Worksheet, {
  name: {
    get: (s) => s.name,
    set: (s, v, self) => {
      self._ctx._host.state.checkSheetName(v, s);
      s.name = v as string;
    },
  },
  id: { get: (s) => s.id },
  position: {
    get: (s, self) => self._ctx._host.state.liveSheets().indexOf(s),
    set: (s, v, self) => {
      const st = self._ctx._host.state;
      const live = st.liveSheets();
      const pos = checkNumber(v, 0, live.length - 1, "Worksheet.position");
      const others = live.filter((x) => x !== s);
      others.splice(pos, 0, s);
      st.sheets = [...others, ...st.sheets.filter((x) => x.deleted)];
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, self) => {
      const vis = checkEnum(v, VISIBILITY, "Worksheet.visibility");
      const visible = self._ctx._host.state.liveSheets().filter((x) => x.visibility === "Visible");
      if (vis !== "Visible" && visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility"
        );
      }
      s.visibility = vis;
    },
  },
  tabColor: {
    api: "1.7",
    get: (s) => s.tabColor,
    set: (s, v) => {
      s.tabColor = v === "" ? "" : checkColor(v, "Worksheet.tabColor");
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Ranges.

export class Range extends FakeObject<RangeTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<RangeTarget>
  ) {
    super(ctx, "Range", parent, path, resolve);
  }

  /** Office.js: no keep-reference for this object (it is used in this request only). */
  untrack(): this {
    this._ctx._untrack(this);
    return this;
  }

  private _derived(
    name: string,
    args: unknown[],
    make: (t: RangeTarget) => RangeTarget | null,
    refs?: FakeObject<unknown>[]
  ): Range {
    return new Range(this._ctx, this, { type: PATH_METHOD, name: wire(name), args, refs }, () => {
      const t = this._target();
      return t ? make(t) : null;
    });
  }

  get format(): RangeFormat {
    return this._child("format", (p) => new RangeFormat(this._ctx, this, p));
  }

  get worksheet(): Worksheet {
    return this._child(
      "worksheet",
      (p) => new Worksheet(this._ctx, this, p, () => this._target()?.sheet ?? null)
    );
  }

  get dataValidation(): DataValidation {
    return this._child("dataValidation", (p) => new DataValidation(this._ctx, this, p));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._child(
      "conditionalFormats",
      (p) => new ConditionalFormatCollection(this._ctx, this, p)
    );
  }

  getCell(row: number, column: number): Range {
    return this._derived("getCell", [row, column], (t) => {
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return {
        sheet: t.sheet,
        rect: ensureInGrid({ top: r, left: c, bottom: r, right: c }, "Range.getCell"),
      };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      sheet: t.sheet,
      rect: ensureInGrid(
        { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns },
        "Range.getResizedRange"
      ),
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived("getOffsetRange", [rowOffset, columnOffset], (t) => ({
      sheet: t.sheet,
      rect: ensureInGrid(
        {
          top: t.rect.top + rowOffset,
          bottom: t.rect.bottom + rowOffset,
          left: t.rect.left + columnOffset,
          right: t.rect.right + columnOffset,
        },
        "Range.getOffsetRange"
      ),
    }));
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this._derived("getUsedRange", [valuesOnly ?? false], (t) => {
      const used = t.sheet.usedRange(!!valuesOnly);
      const rect = used && intersection(used, t.rect);
      if (!rect) {
        throw new FakeOfficeError(
          "ItemNotFound",
          "There are no used cells in the range.",
          "Range.getUsedRange"
        );
      }
      return { sheet: t.sheet, rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const r = this._derived("getUsedRangeOrNullObject", [valuesOnly ?? false], (t) => {
      const used = t.sheet.usedRange(!!valuesOnly);
      const rect = used && intersection(used, t.rect);
      return rect ? { sheet: t.sheet, rect } : null;
    });
    r._instantiate("Range.getUsedRangeOrNullObject", "1.4");
    return r;
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    const location = "Range.getIntersectionOrNullObject";
    const other = typeof anotherRange === "string" ? null : anotherRange;
    const r = this._derived(
      "getIntersectionOrNullObject",
      [typeof anotherRange === "string" ? anotherRange : null],
      (t) => {
        let rect: Rect;
        if (other) {
          const o = other._need(location);
          if (o.sheet !== t.sheet) throw invalidArgument("The ranges are on different sheets.");
          rect = o.rect;
        } else {
          rect = parseIn(t.sheet, anotherRange, location);
        }
        const x = intersection(t.rect, rect);
        return x ? { sheet: t.sheet, rect: x } : null;
      },
      other ? [other] : []
    );
    r._instantiate(location, "1.4");
    return r;
  }

  getMergedAreasOrNullObject(): RangeAreas {
    const location = "Range.getMergedAreasOrNullObject";
    const areas = new RangeAreas(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetMergedAreasOrNullObject", args: [] },
      () => {
        const t = this._target();
        if (!t) return null;
        // Like Excel: only the merged areas whose top-left cell lies inside the range (a merge that
        // starts above or left of it is not reported, OfficeDev/office-js issue on getMergedAreas).
        const found = t.sheet
          .mergesIn(t.rect)
          .filter(
            (m) =>
              m.top >= t.rect.top &&
              m.top <= t.rect.bottom &&
              m.left >= t.rect.left &&
              m.left <= t.rect.right
          );
        if (found.length > this._ctx._host.limits.maxMergedAreas) {
          throw new FakeOfficeError(
            "GeneralException",
            `The range holds ${found.length} merged areas; getMergedAreas fails above ` +
              `${this._ctx._host.limits.maxMergedAreas}.`,
            location
          );
        }
        return found.length ? { sheet: t.sheet, rects: found } : null;
      }
    );
    areas._instantiate(location, "1.13");
    return areas;
  }

  /**
   * Only the "Visible" cell type is modelled: the range's rows that are not hidden, as one area per run
   * of visible rows (hidden columns are not modelled). Null when every row is hidden, as Excel gives
   * ItemNotFound there.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    const location = "Range.getSpecialCellsOrNullObject";
    if (cellType !== "Visible" || cellValueType !== undefined) {
      throw new Error(`${location}("${cellType}") is not implemented in the fake.`);
    }
    const areas = new RangeAreas(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetSpecialCellsOrNullObject", args: [cellType] },
      () => {
        const t = this._target();
        if (!t) return null;
        const rects: Rect[] = [];
        let start = -1;
        for (let r = t.rect.top; r <= t.rect.bottom + 1; r++) {
          const visible = r <= t.rect.bottom && !t.sheet.hiddenRows.has(r);
          if (visible && start < 0) start = r;
          if (!visible && start >= 0) {
            rects.push({ top: start, bottom: r - 1, left: t.rect.left, right: t.rect.right });
            start = -1;
          }
        }
        return rects.length ? { sheet: t.sheet, rects } : null;
      }
    );
    areas._instantiate(location, "1.9");
    return areas;
  }

  getTables(fullyContained?: boolean): TableScopedCollection {
    this._ctx._requireApi("1.9", "Range.getTables");
    return new TableScopedCollection(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetTables", args: [fullyContained ?? false] },
      () => {
        const t = this._target();
        if (!t) return null;
        return this._ctx._host.state
          .liveTables()
          .filter(
            (x) =>
              x.sheetId === t.sheet.id &&
              (fullyContained ? contains(t.rect, x.rect) : intersects(t.rect, x.rect))
          );
      }
    );
  }

  merge(across?: boolean): void {
    this._call(
      "merge",
      [across ?? false],
      (t) => {
        const rows = across
          ? Array.from({ length: rowsOf(t.rect) }, (_, i) => ({
              ...t.rect,
              top: t.rect.top + i,
              bottom: t.rect.top + i,
            }))
          : [t.rect];
        for (const m of rows) mergeRect(this._ctx._host, t.sheet, m);
      },
      "1.2"
    );
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      (t) => {
        t.sheet.removeMerges(t.sheet.mergesIn(t.rect));
      },
      "1.2"
    );
  }

  select(): void {
    this._call("select", [], (t) => {
      const st = this._ctx._host.state;
      if (st.activeSheetId !== t.sheet.id) {
        throw new FakeOfficeError(
          "InvalidSelection",
          `Cannot select a range on "${t.sheet.name}": it is not the active sheet.`,
          "Range.select"
        );
      }
      st.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
}

function mergeRect(host: Host, sheet: SheetState, m: Rect): void {
  if (rowsOf(m) === 1 && colsOf(m) === 1) return;
  if (isWholeColumns(m) || isWholeRows(m)) throw notImplemented("Merging whole rows or columns");
  const existing = sheet.mergesIn(m);
  for (const e of existing) {
    if (!contains(m, e)) {
      throw new FakeOfficeError(
        "MergedRangeConflict",
        `Cannot merge ${formatRect(m)}: it partly overlaps the merged area ${formatRect(e)}.`,
        "Range.merge"
      );
    }
  }
  const table = host.state
    .liveTables()
    .find((x) => x.sheetId === sheet.id && intersects(x.rect, m));
  if (table) {
    throw new FakeOfficeError(
      "InvalidOperation",
      `Cannot merge ${formatRect(m)}: it overlaps the table ${table.name}.`,
      "Range.merge"
    );
  }
  sheet.removeMerges(existing);
  // Excel keeps only the top-left value of a merged area.
  for (let r = m.top; r <= m.bottom; r++) {
    const row = sheet.row(r);
    if (!row) continue;
    for (let c = m.left; c <= m.right; c++) {
      if (r === m.top && c === m.left) continue;
      if (row.v[c] !== undefined) row.v[c] = null;
      if (row.f) row.f[c] = undefined;
    }
  }
  sheet.addMerge({ ...m });
  sheet.touch();
}

defineProps<RangeTarget>(Range, {
  address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.top },
  columnIndex: { get: (t) => t.rect.left },
  rowCount: { get: (t) => rowsOf(t.rect) },
  columnCount: { get: (t) => colsOf(t.rect) },
  cellCount: { get: (t) => cellCount(t.rect) },
  values: {
    get: (t, self) => {
      checkCap(self._ctx._host, t.rect, "Range.values");
      return readGrid(t, (r, c) => outputValue(t.sheet.row(r)?.v[c]));
    },
    set: (t, v, self) => writeCells(self._ctx._host, t, v, "Range.values"),
  },
  valueTypes: {
    get: (t, self) => {
      checkCap(self._ctx._host, t.rect, "Range.valueTypes");
      return readGrid(t, (r, c) => valueType(t.sheet.row(r)?.v[c]));
    },
  },
  formulas: {
    get: (t, self) => {
      checkCap(self._ctx._host, t.rect, "Range.formulas");
      return readGrid(t, (r, c) => {
        const row = t.sheet.row(r);
        return row?.f?.[c] ?? outputValue(row?.v[c]);
      });
    },
    set: (t, v, self) => writeCells(self._ctx._host, t, v, "Range.formulas"),
  },
  numberFormat: {
    get: (t, self) => {
      checkCap(self._ctx._host, t.rect, "Range.numberFormat");
      return readGrid(t, (r, c) => t.sheet.row(r)?.nf?.[c] ?? "General");
    },
    set: (t, v, self) => {
      const location = "Range.numberFormat";
      const grid = checkShape(v, t.rect, location);
      checkCap(self._ctx._host, t.rect, location);
      grid.forEach((src, i) =>
        src.forEach((f, j) => {
          if (f === null || f === undefined) return;
          const code = checkString(f, location);
          const row = t.sheet.row(t.rect.top + i, true);
          (row.nf ??= [])[t.rect.left + j] = code === "" || code === "General" ? undefined : code;
        })
      );
      t.sheet.touch();
    },
  },
});

/** One or more rectangles on one sheet: what a RangeAreas (and, with one rectangle, a Range's format) stands for. */
export interface AreasTarget {
  sheet: SheetState;
  rects: Rect[];
}

export class RangeAreas extends FakeObject<AreasTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<AreasTarget>
  ) {
    super(ctx, "RangeAreas", parent, path, resolve);
  }

  untrack(): this {
    this._ctx._untrack(this);
    return this;
  }

  get areas(): RangeCollection {
    return this._child("areas", (p) => new RangeCollection(this._ctx, this, p));
  }

  /** Setting a property here sets it on every area, as if set on each area's Range (ExcelApi 1.9). */
  get format(): RangeFormat {
    return this._child("format", (p) => new RangeFormat(this._ctx, this, p));
  }
}

defineProps<AreasTarget>(RangeAreas, {
  areaCount: { get: (t) => t.rects.length },
  address: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(", ") },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
});

/**
 * Worksheet.getRanges: the areas of a comma- or semicolon-separated address list (which separators
 * the Excel in question accepts is configurable: Excel on Windows has been reported to take only the
 * list separator of the user's locale, OfficeDev/office-js#1167). Strict like Excel: every area must
 * resolve on this sheet, none may be empty, and the string may not exceed the documented 8,192
 * characters (Excel truncates longer strings, which breaks the last address; issue #5198 shows the
 * InvalidArgument that follows).
 */
function parseAreas(host: Host, sheet: SheetState, address: string, location: string): Rect[] {
  if (address.length > host.limits.maxAddressLength) {
    throw invalidArgument(
      `The address list has ${address.length} characters; Excel takes at most ` +
        `${host.limits.maxAddressLength}.`,
      location
    );
  }
  const seps = host.limits.rangeListSeparators;
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === ";")) {
      if (!seps.includes(ch)) {
        throw invalidArgument(`"${ch}" does not separate addresses in this Excel.`, location);
      }
      parts.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  const rects = parts.map((part) => {
    if (part.trim() === "") throw invalidArgument(`"${address}" holds an empty address.`, location);
    return parseIn(sheet, part.trim(), location);
  });
  if (rects.length > host.limits.maxRangeAreas) {
    throw invalidArgument(
      `The address list has ${rects.length} areas, more than the ${host.limits.maxRangeAreas} allowed.`,
      location
    );
  }
  return rects;
}

export class RangeCollection extends FakeCollection<AreasTarget, RangeTarget> {
  constructor(ctx: FakeContext, parent: RangeAreas, path: PathSpec) {
    super(ctx, "RangeCollection", parent, path, () => parent._target());
  }

  _list(t: AreasTarget): RangeTarget[] {
    return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
  }

  _item(target: RangeTarget, index: number): FakeObject<unknown> {
    return new Range(
      this._ctx,
      this,
      { type: PATH_INDEXER, name: "", args: [index] },
      () => target
    );
  }

  _itemProto(): object {
    return Range.prototype;
  }
}

// ---------------------------------------------------------------------------------------------
// Range formats. A Range's format is its one rectangle; a RangeAreas' format sets every property on
// each area as the same setting on that area's Range would (the documented rule for RangeAreas:
// "Setting a property on a RangeAreas object sets the corresponding property on all the ranges"),
// so an edge border outlines each area, not the union. Reading follows the documented rule too: a
// value shared by every area, else null; a boolean is true only when true in every area.

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const MAX_ROW_HEIGHT = 409;
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function areasOf(t: RangeTarget | AreasTarget | null): AreasTarget | null {
  if (!t) return null;
  return "rects" in t ? t : { sheet: t.sheet, rects: [t.rect] };
}

/** Each area as a Range target. */
function eachArea(t: AreasTarget): RangeTarget[] {
  return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
}

/** A property read over areas: one area reads as a Range; several as the documented combination. */
function readAreas<V>(
  t: AreasTarget,
  read: (a: RangeTarget) => V | null,
  boolean = false
): V | null {
  const values = eachArea(t).map(read);
  if (values.length === 1) return values[0];
  if (boolean) return values.every((v) => v === true) as V;
  const first = JSON.stringify(values[0]);
  return values.every((v) => v !== null && JSON.stringify(v) === first) ? values[0] : null;
}

export class RangeFormat extends FakeObject<AreasTarget> {
  constructor(ctx: FakeContext, parent: Range | RangeAreas, path: PathSpec) {
    super(ctx, "RangeFormat", parent, path, () =>
      areasOf(parent._target() as RangeTarget | AreasTarget | null)
    );
  }

  get font(): RangeFont {
    return this._child("font", (p) => new RangeFont(this._ctx, this, p));
  }

  get fill(): RangeFill {
    return this._child("fill", (p) => new RangeFill(this._ctx, this, p));
  }

  get borders(): RangeBorderCollection {
    return this._child("borders", (p) => new RangeBorderCollection(this._ctx, this, p));
  }
}

function uniformOf(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/** A cell format property: read as the shared value, written to every cell of every area. */
function cellProp<V>(
  where: string,
  check: (v: unknown, where: string) => V,
  pick: (f: CellFormat) => unknown,
  patch: (value: V) => Partial<CellFormat>,
  key: string,
  boolean = false
): PropSpec<AreasTarget> {
  return {
    get: (t, self) => readAreas(t, (a) => uniformFormat(self._ctx._host, a, pick), boolean),
    set: (t, v, self) => {
      const value = check(v, where);
      const p = patch(value);
      for (const a of eachArea(t)) {
        patchFormat(self._ctx._host, a, formatKey(key, value), () => p, where);
      }
    },
  };
}

defineProps<AreasTarget>(RangeFormat, {
  columnWidth: {
    api: "1.2",
    get: (t) =>
      readAreas(t, (a) => {
        const widths: number[] = [];
        for (let c = a.rect.left; c <= Math.min(a.rect.right, a.rect.left + 16383); c++) {
          widths.push(a.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        }
        return uniformOf(widths);
      }),
    set: (t, v) => {
      const w = checkNumber(v, 0, 1800, "RangeFormat.columnWidth");
      for (const a of eachArea(t)) {
        for (let c = a.rect.left; c <= a.rect.right; c++) a.sheet.columnWidths.set(c, w);
      }
    },
  },
  rowHeight: {
    api: "1.2",
    get: (t) =>
      readAreas(t, (a) => {
        const heights: number[] = [];
        for (let r = a.rect.top; r <= Math.min(a.rect.bottom, a.rect.top + 100000); r++) {
          heights.push(a.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        }
        return uniformOf(heights);
      }),
    set: (t, v) => {
      const h = checkNumber(v, 0, MAX_ROW_HEIGHT, "RangeFormat.rowHeight");
      for (const a of eachArea(t)) {
        if (isWholeColumns(a.rect)) throw notImplemented("rowHeight on whole columns");
      }
      for (const a of eachArea(t)) {
        for (let r = a.rect.top; r <= a.rect.bottom; r++) a.sheet.rowHeights.set(r, h);
      }
    },
  },
  horizontalAlignment: cellProp(
    "RangeFormat.horizontalAlignment",
    (v, w) => checkEnum(v, H_ALIGN, w),
    (f) => f.horizontalAlignment,
    (a) => ({ horizontalAlignment: a }),
    "h"
  ),
  verticalAlignment: cellProp(
    "RangeFormat.verticalAlignment",
    (v, w) => checkEnum(v, V_ALIGN, w),
    (f) => f.verticalAlignment,
    (a) => ({ verticalAlignment: a }),
    "v"
  ),
  wrapText: cellProp(
    "RangeFormat.wrapText",
    checkBoolean,
    (f) => f.wrapText,
    (w) => ({ wrapText: w }),
    "wrap",
    true
  ),
});

export class RangeFont extends FakeObject<AreasTarget> {
  constructor(ctx: FakeContext, parent: RangeFormat, path: PathSpec) {
    super(ctx, "RangeFont", parent, path, () => parent._target());
  }
}

function fontProp<K extends keyof CellFormat>(
  key: K,
  check: (v: unknown, where: string) => CellFormat[K]
): PropSpec<AreasTarget> {
  return cellProp(
    `RangeFont.${key}`,
    check,
    (f) => f[key],
    (value) => ({ [key]: value }) as Partial<CellFormat>,
    key,
    key === "bold" || key === "italic"
  );
}

defineProps<AreasTarget>(RangeFont, {
  bold: fontProp("bold", checkBoolean),
  italic: fontProp("italic", checkBoolean),
  underline: fontProp("underline", (v, w) =>
    checkEnum(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], w)
  ),
  size: fontProp("size", (v, w) => checkNumber(v, 1, 409, w)),
  color: fontProp("color", checkColor),
  name: fontProp("fontName", checkString),
});

export class RangeFill extends FakeObject<AreasTarget> {
  constructor(ctx: FakeContext, parent: RangeFormat, path: PathSpec) {
    super(ctx, "RangeFill", parent, path, () => parent._target());
  }

  clear(): void {
    this._call("clear", [], (t) => {
      for (const a of eachArea(t)) {
        patchFormat(this._ctx._host, a, "fill=null", () => ({ fill: null }), "RangeFill.clear");
      }
    });
  }
}

defineProps<AreasTarget>(RangeFill, {
  color: cellProp(
    "RangeFill.color",
    checkColor,
    (f) => f.fill ?? "#FFFFFF",
    (color) => ({ fill: color }),
    "fill"
  ),
});

const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
const BORDER_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"] as const;

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";

/** The cells (and which of their sides) a border index stands for. */
function borderCells(index: string, rect: Rect): { side: Side; cells: Rect }[] {
  const { top, left, bottom, right } = rect;
  switch (index) {
    case "EdgeTop":
      return [{ side: "borderTop", cells: { top, left, bottom: top, right } }];
    case "EdgeBottom":
      return [{ side: "borderBottom", cells: { top: bottom, left, bottom, right } }];
    case "EdgeLeft":
      return [{ side: "borderLeft", cells: { top, left, bottom, right: left } }];
    case "EdgeRight":
      return [{ side: "borderRight", cells: { top, left: right, bottom, right } }];
    case "InsideHorizontal":
      if (top === bottom) return [];
      return [
        { side: "borderBottom", cells: { top, left, bottom: bottom - 1, right } },
        { side: "borderTop", cells: { top: top + 1, left, bottom, right } },
      ];
    case "InsideVertical":
      if (left === right) return [];
      return [
        { side: "borderRight", cells: { top, left, bottom, right: right - 1 } },
        { side: "borderLeft", cells: { top, left: left + 1, bottom, right } },
      ];
    default:
      throw notImplemented(`Border ${index}`);
  }
}

export class RangeBorderCollection extends FakeObject<AreasTarget> {
  constructor(ctx: FakeContext, parent: RangeFormat, path: PathSpec) {
    super(ctx, "RangeBorderCollection", parent, path, () => parent._target());
  }

  getItem(index: string): RangeBorder {
    return new RangeBorder(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetItem", args: [index] },
      () => {
        const t = this._target();
        if (!t) return null;
        checkEnum(index, BORDER_INDEX, "RangeBorderCollection.getItem");
        return { ...t, index };
      }
    );
  }
}

type BorderTarget = AreasTarget & { index: string };

export class RangeBorder extends FakeObject<BorderTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<BorderTarget>
  ) {
    super(ctx, "RangeBorder", parent, path, resolve);
  }
}

function borderProp(prop: "style" | "weight" | "color"): PropSpec<BorderTarget> {
  const where = `RangeBorder.${prop}`;
  return {
    get: (t, self) =>
      readAreas(t, (a) => {
        const seen = new Set<string>();
        for (const p of borderCells(t.index, a.rect)) {
          const v = uniformFormat(self._ctx._host, { sheet: a.sheet, rect: p.cells }, (f) => {
            const b = f[p.side];
            if (prop === "style") return b ? b.style : "None";
            return b ? b[prop] : prop === "weight" ? "Thin" : "#000000";
          });
          if (v === null) return null;
          seen.add(v);
        }
        return seen.size === 1 ? [...seen][0] : seen.size === 0 ? "None" : null;
      }),
    set: (t, v, self) => {
      const value =
        prop === "style"
          ? checkEnum(v, BORDER_STYLE, where)
          : prop === "weight"
            ? checkEnum(v, BORDER_WEIGHT, where)
            : checkColor(v, where);
      for (const a of eachArea(t)) {
        for (const p of borderCells(t.index, a.rect)) {
          patchFormat(
            self._ctx._host,
            { sheet: a.sheet, rect: p.cells },
            `${p.side}.${prop}=${value}`,
            (f) => {
              if (prop === "style" && value === "None") return { [p.side]: null };
              const old = f[p.side] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
              return { [p.side]: { ...old, [prop]: value } };
            },
            where
          );
        }
      }
    },
  };
}

defineProps<BorderTarget>(RangeBorder, {
  style: borderProp("style"),
  weight: borderProp("weight"),
  color: borderProp("color"),
});

// ---------------------------------------------------------------------------------------------
// Conditional formats.

const CF_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;

// Excel refuses a title over 32 characters and a message or list source over 255 (its dialog's limits).
const DV_TITLE_MAX = 32;
const DV_TEXT_MAX = 255;
const DV_RULE_KINDS = ["wholeNumber", "decimal", "date", "time", "textLength", "list", "custom"];

/** The validation of exactly this range, created when a property is first set. */
function validationOf(t: RangeTarget): DataValidationState {
  let v = t.sheet.dataValidations.find(
    (d) =>
      d.rect.top === t.rect.top &&
      d.rect.left === t.rect.left &&
      d.rect.bottom === t.rect.bottom &&
      d.rect.right === t.rect.right
  );
  if (!v) {
    const overlapping = t.sheet.dataValidations.some(
      (d) =>
        d.rect.top <= t.rect.bottom &&
        t.rect.top <= d.rect.bottom &&
        d.rect.left <= t.rect.right &&
        t.rect.left <= d.rect.right
    );
    if (overlapping)
      throw notImplemented("Data validation over part of another validation's range");
    v = { rect: t.rect, rule: {}, ignoreBlanks: true };
    t.sheet.dataValidations.push(v);
  }
  return v;
}

function checkDvText(value: unknown, max: number, where: string): string {
  const s = checkString(value, where);
  if (s.length > max) throw invalidArgument(`Text longer than ${max} characters.`, where);
  return s;
}

export class DataValidation extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, parent: Range, path: PathSpec) {
    super(ctx, "DataValidation", parent, path, () => parent._target());
  }
}

defineProps<RangeTarget>(DataValidation, {
  rule: {
    api: "1.8",
    get: (t) => validationOf(t).rule,
    set: (t, value) => {
      const where = "DataValidation.rule";
      if (!value || typeof value !== "object")
        throw invalidArgument("The rule is not an object.", where);
      const keys = Object.keys(value);
      if (keys.length !== 1) throw invalidArgument("A rule has exactly one kind.", where);
      checkEnum(keys[0], DV_RULE_KINDS, where);
      const rule = value as Record<string, Record<string, unknown>>;
      if (rule.list) {
        validationOf(t).rule = {
          list: {
            inCellDropDown: checkBoolean(rule.list.inCellDropDown ?? true, where),
            source: checkDvText(rule.list.source, DV_TEXT_MAX, where),
          },
        };
      } else if (rule.custom) {
        const formula = checkString(rule.custom.formula, where);
        if (!formula.startsWith("=")) throw invalidArgument('A formula starts with "=".', where);
        validationOf(t).rule = { custom: { formula } };
      } else {
        throw notImplemented(`Data validation rule ${keys[0]}`);
      }
    },
  },
  ignoreBlanks: {
    api: "1.8",
    get: (t) => validationOf(t).ignoreBlanks,
    set: (t, v) => {
      validationOf(t).ignoreBlanks = checkBoolean(v, "DataValidation.ignoreBlanks");
    },
  },
  prompt: {
    api: "1.8",
    get: (t) => validationOf(t).prompt ?? null,
    set: (t, v) => {
      const where = "DataValidation.prompt";
      const p = (v ?? {}) as Record<string, unknown>;
      validationOf(t).prompt = {
        showPrompt: checkBoolean(p.showPrompt, where),
        title: checkDvText(p.title ?? "", DV_TITLE_MAX, where),
        message: checkDvText(p.message ?? "", DV_TEXT_MAX, where),
      };
    },
  },
  errorAlert: {
    api: "1.8",
    get: (t) => validationOf(t).errorAlert ?? null,
    set: (t, v) => {
      const where = "DataValidation.errorAlert";
      const a = (v ?? {}) as Record<string, unknown>;
      validationOf(t).errorAlert = {
        showAlert: checkBoolean(a.showAlert, where),
        style: checkEnum(a.style ?? "Stop", ["Stop", "Warning", "Information"], where),
        title: checkDvText(a.title ?? "", DV_TITLE_MAX, where),
        message: checkDvText(a.message ?? "", DV_TEXT_MAX, where),
      };
    },
  },
});

type CfTarget = { sheet: SheetState; cf: ConditionalFormatState };

export class ConditionalFormatCollection extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, parent: Range, path: PathSpec) {
    super(ctx, "ConditionalFormatCollection", parent, path, () => parent._target());
  }

  add(type: string): ConditionalFormat {
    const location = "ConditionalFormatCollection.add";
    let created: CfTarget | null = null;
    const cf = new ConditionalFormat(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "Add", args: [type] },
      () => created
    );
    cf._instantiate(location, "1.6", () => {
      const t = this._need(location);
      if (type !== "CellValue" && type !== "DataBar") {
        checkEnum(
          type,
          [
            "Custom",
            "DataBar",
            "ColorScale",
            "IconSet",
            "TopBottom",
            "PresetCriteria",
            "ContainsText",
            "CellValue",
          ],
          location
        );
        throw notImplemented(`Conditional format type ${type}`);
      }
      if (isWholeColumns(t.rect) || isWholeRows(t.rect)) {
        throw notImplemented("Conditional formats on whole rows or columns");
      }
      const st = this._ctx._host.state;
      const state: ConditionalFormatState = {
        id: st.nextObjectId++,
        type,
        rect: t.rect,
        ...(type === "CellValue" ? { cellValue: {} } : { dataBar: {} }),
      };
      t.sheet.conditionalFormats.push(state);
      created = { sheet: t.sheet, cf: state };
    });
    return cf;
  }
}

export class ConditionalFormat extends FakeObject<CfTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<CfTarget>
  ) {
    super(ctx, "ConditionalFormat", parent, path, resolve);
  }

  get cellValue(): CellValueConditionalFormat {
    return this._child(
      "cellValue",
      (p) =>
        new CellValueConditionalFormat(this._ctx, this, p, () => {
          const t = this._target();
          if (t && t.cf.type !== "CellValue") {
            throw new FakeOfficeError(
              "InvalidOperation",
              `This conditional format is of type ${t.cf.type}, not CellValue.`,
              "ConditionalFormat.cellValue"
            );
          }
          return t;
        })
    );
  }

  get dataBar(): DataBarConditionalFormat {
    return this._child(
      "dataBar",
      (p) =>
        new DataBarConditionalFormat(this._ctx, this, p, () => {
          const t = this._target();
          if (t && t.cf.type !== "DataBar") {
            throw new FakeOfficeError(
              "InvalidOperation",
              `This conditional format is of type ${t.cf.type}, not DataBar.`,
              "ConditionalFormat.dataBar"
            );
          }
          return t;
        })
    );
  }
}

defineProps<CfTarget>(ConditionalFormat, { type: { get: (t) => t.cf.type } });

export class CellValueConditionalFormat extends FakeObject<CfTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<CfTarget>
  ) {
    super(ctx, "CellValueConditionalFormat", parent, path, resolve);
  }

  get format(): ConditionalRangeFormat {
    return this._child("format", (p) => new ConditionalRangeFormat(this._ctx, this, p));
  }
}

defineProps<CfTarget>(CellValueConditionalFormat, {
  rule: {
    get: (t) => t.cf.cellValue!.rule ?? null,
    set: (t, v) => {
      const where = "CellValueConditionalFormat.rule";
      if (!v || typeof v !== "object") throw invalidArgument("The rule is not an object.", where);
      const rule = v as Record<string, unknown>;
      for (const k of Object.keys(rule)) {
        if (!["formula1", "formula2", "operator"].includes(k)) {
          throw invalidArgument(`Unknown rule field "${k}".`, where);
        }
      }
      const operator = checkEnum(rule.operator, CF_OPERATORS, where);
      const formula1 = checkString(rule.formula1, where);
      const needsTwo = operator === "Between" || operator === "NotBetween";
      if (needsTwo && typeof rule.formula2 !== "string") {
        throw invalidArgument(`${operator} needs formula2.`, where);
      }
      t.cf.cellValue!.rule = {
        formula1,
        operator,
        ...(needsTwo ? { formula2: rule.formula2 as string } : {}),
      };
    },
  },
});

export class ConditionalRangeFormat extends FakeObject<CfTarget> {
  constructor(ctx: FakeContext, parent: CellValueConditionalFormat, path: PathSpec) {
    super(ctx, "ConditionalRangeFormat", parent, path, () => parent._target());
  }

  get fill(): ConditionalRangeFill {
    return this._child("fill", (p) => new ConditionalRangeFill(this._ctx, this, p));
  }

  get font(): ConditionalRangeFont {
    return this._child("font", (p) => new ConditionalRangeFont(this._ctx, this, p));
  }
}

export class ConditionalRangeFill extends FakeObject<CfTarget> {
  constructor(ctx: FakeContext, parent: ConditionalRangeFormat, path: PathSpec) {
    super(ctx, "ConditionalRangeFill", parent, path, () => parent._target());
  }
}

defineProps<CfTarget>(ConditionalRangeFill, {
  color: {
    get: (t) => t.cf.cellValue!.fill ?? null,
    set: (t, v) => {
      t.cf.cellValue!.fill = checkColor(v, "ConditionalRangeFill.color");
    },
  },
});

export class ConditionalRangeFont extends FakeObject<CfTarget> {
  constructor(ctx: FakeContext, parent: ConditionalRangeFormat, path: PathSpec) {
    super(ctx, "ConditionalRangeFont", parent, path, () => parent._target());
  }
}

defineProps<CfTarget>(ConditionalRangeFont, {
  color: {
    get: (t) => t.cf.cellValue!.fontColor ?? null,
    set: (t, v) => {
      t.cf.cellValue!.fontColor = checkColor(v, "ConditionalRangeFont.color");
    },
  },
  bold: {
    get: (t) => t.cf.cellValue!.bold ?? null,
    set: (t, v) => {
      t.cf.cellValue!.bold = checkBoolean(v, "ConditionalRangeFont.bold");
    },
  },
  italic: {
    get: (t) => t.cf.cellValue!.italic ?? null,
    set: (t, v) => {
      t.cf.cellValue!.italic = checkBoolean(v, "ConditionalRangeFont.italic");
    },
  },
});

export class DataBarConditionalFormat extends FakeObject<CfTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<CfTarget>
  ) {
    super(ctx, "DataBarConditionalFormat", parent, path, resolve);
  }

  get positiveFormat(): ConditionalDataBarPositiveFormat {
    return this._child(
      "positiveFormat",
      (p) => new ConditionalDataBarPositiveFormat(this._ctx, this, p)
    );
  }
}

export class ConditionalDataBarPositiveFormat extends FakeObject<CfTarget> {
  constructor(ctx: FakeContext, parent: DataBarConditionalFormat, path: PathSpec) {
    super(ctx, "ConditionalDataBarPositiveFormat", parent, path, () => parent._target());
  }
}

defineProps<CfTarget>(ConditionalDataBarPositiveFormat, {
  fillColor: {
    get: (t) => t.cf.dataBar!.fillColor ?? null,
    set: (t, v) => {
      t.cf.dataBar!.fillColor = checkColor(v, "ConditionalDataBarPositiveFormat.fillColor");
    },
  },
  gradientFill: {
    get: (t) => t.cf.dataBar!.gradientFill ?? true,
    set: (t, v) => {
      t.cf.dataBar!.gradientFill = checkBoolean(v, "ConditionalDataBarPositiveFormat.gradientFill");
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Charts.

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Radar",
] as const;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

type ChartTarget = { sheet: SheetState; chart: ChartState };

export class ChartCollection extends FakeCollection<SheetState, ChartState> {
  constructor(ctx: FakeContext, parent: Worksheet, path: PathSpec) {
    super(ctx, "ChartCollection", parent, path, () => parent._target());
  }

  _list(t: SheetState): ChartState[] {
    return t.charts;
  }

  _item(target: ChartState, index: number): FakeObject<unknown> {
    const sheet = this._need("ChartCollection.items");
    return new Chart(this._ctx, this, { type: PATH_INDEXER, name: "", args: [index] }, () => ({
      sheet,
      chart: target,
    }));
  }

  _itemProto(): object {
    return Chart.prototype;
  }

  override _itemTarget(chart: ChartState): ChartTarget {
    return { sheet: this._need("ChartCollection.items"), chart };
  }

  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    const location = "ChartCollection.add";
    let created: ChartTarget | null = null;
    const chart = new Chart(
      this._ctx,
      this,
      {
        type: PATH_METHOD,
        name: "Add",
        args: [type, null, seriesBy ?? "Auto"],
        refs: [sourceData],
      },
      () => created
    );
    chart._instantiate(location, undefined, () => {
      const sheet = this._need(location);
      checkEnum(type, CHART_TYPES, location);
      const by = checkEnum(seriesBy ?? "Auto", SERIES_BY, location);
      if (!(sourceData instanceof Range)) {
        throw invalidArgument("sourceData must be a Range.", location);
      }
      const src = sourceData._need(location);
      const st = this._ctx._host.state;
      const n = sheet.charts.length + 1;
      const state: ChartState = {
        id: st.nextObjectId++,
        name: `Chart ${n}`,
        type,
        source: formatAddress(src.sheet.name, src.rect),
        seriesBy: by,
        title: "",
        categoryAxisTitle: "",
        valueAxisTitle: "",
        series: defaultSeries(src, by),
      };
      sheet.charts.push(state);
      created = { sheet, chart: state };
    });
    return chart;
  }
}

/** The series Excel makes from a source range: first column (or row) as categories. */
function defaultSeries(src: RangeTarget, by: string): ChartState["series"] {
  const byColumns = by === "Columns" || (by === "Auto" && rowsOf(src.rect) >= colsOf(src.rect));
  const { top, left, bottom, right } = src.rect;
  const at = (r: Rect): string => formatAddress(src.sheet.name, r);
  if (byColumns) {
    const hasCats = right > left;
    const categories = hasCats ? at({ top, bottom, left, right: left }) : undefined;
    const out: ChartState["series"] = [];
    for (let c = hasCats ? left + 1 : left; c <= right; c++) {
      out.push({
        name: `Series${out.length + 1}`,
        values: at({ top, bottom, left: c, right: c }),
        categories,
      });
    }
    return out;
  }
  const hasCats = bottom > top;
  const categories = hasCats ? at({ top, bottom: top, left, right }) : undefined;
  const out: ChartState["series"] = [];
  for (let r = hasCats ? top + 1 : top; r <= bottom; r++) {
    out.push({
      name: `Series${out.length + 1}`,
      values: at({ top: r, bottom: r, left, right }),
      categories,
    });
  }
  return out;
}

function anchorAddress(sheet: SheetState, cell: unknown, location: string): string {
  if (cell instanceof Range) {
    const t = cell._need(location);
    return formatRect(t.rect);
  }
  return formatRect(parseIn(sheet, cell, location));
}

export class Chart extends FakeObject<ChartTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<ChartTarget>
  ) {
    super(ctx, "Chart", parent, path, resolve);
  }

  get title(): ChartTitle {
    return this._child("title", (p) => new ChartTitle(this._ctx, this, p));
  }

  get axes(): ChartAxes {
    return this._child("axes", (p) => new ChartAxes(this._ctx, this, p));
  }

  get series(): ChartSeriesCollection {
    return this._child("series", (p) => new ChartSeriesCollection(this._ctx, this, p));
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const refs = [startCell, endCell].filter((x): x is Range => x instanceof Range);
    const location = "Chart.setPosition";
    this._call(
      "setPosition",
      [
        typeof startCell === "string" ? startCell : null,
        typeof endCell === "string" ? endCell : null,
      ],
      (t) => {
        const start = anchorAddress(t.sheet, startCell, location);
        const end = endCell === undefined ? undefined : anchorAddress(t.sheet, endCell, location);
        t.chart.position = { start, ...(end ? { end } : {}) };
      },
      undefined,
      refs
    );
  }
}

defineProps<ChartTarget>(Chart, {
  name: {
    get: (t) => t.chart.name,
    set: (t, v) => {
      t.chart.name = checkString(v, "Chart.name");
    },
  },
  chartType: {
    get: (t) => t.chart.type,
    set: (t, v) => {
      t.chart.type = checkEnum(v, CHART_TYPES, "Chart.chartType");
    },
  },
});

export class ChartTitle extends FakeObject<ChartTarget> {
  constructor(ctx: FakeContext, parent: Chart, path: PathSpec) {
    super(ctx, "ChartTitle", parent, path, () => parent._target());
  }
}

defineProps<ChartTarget>(ChartTitle, {
  text: {
    get: (t) => t.chart.title,
    set: (t, v) => {
      t.chart.title = checkString(v, "ChartTitle.text");
    },
  },
});

export class ChartAxes extends FakeObject<ChartTarget> {
  constructor(ctx: FakeContext, parent: Chart, path: PathSpec) {
    super(ctx, "ChartAxes", parent, path, () => parent._target());
  }

  get categoryAxis(): ChartAxis {
    return this._child("categoryAxis", (p) => new ChartAxis(this._ctx, this, p, "category"));
  }

  get valueAxis(): ChartAxis {
    return this._child("valueAxis", (p) => new ChartAxis(this._ctx, this, p, "value"));
  }
}

export class ChartAxis extends FakeObject<ChartTarget & { axis: "category" | "value" }> {
  constructor(ctx: FakeContext, parent: ChartAxes, path: PathSpec, axis: "category" | "value") {
    super(ctx, "ChartAxis", parent, path, () => {
      const t = parent._target();
      return t ? { ...t, axis } : null;
    });
  }

  get title(): ChartAxisTitle {
    return this._child("title", (p) => new ChartAxisTitle(this._ctx, this, p));
  }
}

export class ChartAxisTitle extends FakeObject<ChartTarget & { axis: "category" | "value" }> {
  constructor(ctx: FakeContext, parent: ChartAxis, path: PathSpec) {
    super(ctx, "ChartAxisTitle", parent, path, () => parent._target());
  }
}

defineProps<ChartTarget & { axis: "category" | "value" }>(ChartAxisTitle, {
  text: {
    get: (t) => (t.axis === "category" ? t.chart.categoryAxisTitle : t.chart.valueAxisTitle),
    set: (t, v) => {
      const text = checkString(v, "ChartAxisTitle.text");
      if (t.axis === "category") t.chart.categoryAxisTitle = text;
      else t.chart.valueAxisTitle = text;
    },
  },
});

type SeriesTarget = ChartTarget & { index: number };

export class ChartSeriesCollection extends FakeObject<ChartTarget> {
  constructor(ctx: FakeContext, parent: Chart, path: PathSpec) {
    super(ctx, "ChartSeriesCollection", parent, path, () => parent._target());
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetItemAt", args: [index] },
      () => {
        const t = this._target();
        if (!t) return null;
        if (!Number.isInteger(index) || index < 0 || index >= t.chart.series.length) {
          throw new FakeOfficeError(
            "ItemNotFound",
            `The chart has no series at index ${index}.`,
            "ChartSeriesCollection.getItemAt"
          );
        }
        return { ...t, index };
      }
    );
  }

  add(name?: string): ChartSeries {
    const location = "ChartSeriesCollection.add";
    let created: SeriesTarget | null = null;
    const s = new ChartSeries(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "Add", args: [name ?? null] },
      () => created
    );
    s._instantiate(location, "1.7", () => {
      const t = this._need(location);
      t.chart.series.push({ name: name ?? `Series${t.chart.series.length + 1}`, values: "" });
      created = { ...t, index: t.chart.series.length - 1 };
    });
    return s;
  }
}

defineProps<ChartTarget>(ChartSeriesCollection, {
  count: { get: (t) => t.chart.series.length },
});

export class ChartSeries extends FakeObject<SeriesTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<SeriesTarget>
  ) {
    super(ctx, "ChartSeries", parent, path, resolve);
  }

  private _setSource(name: string, range: Range, key: "values" | "categories"): void {
    const location = `ChartSeries.${name}`;
    this._call(
      name,
      [null],
      (t) => {
        if (!(range instanceof Range)) throw invalidArgument("Expected a Range.", location);
        const src = range._need(location);
        t.chart.series[t.index][key] = formatAddress(src.sheet.name, src.rect);
      },
      "1.7",
      [range]
    );
  }

  setValues(sourceData: Range): void {
    this._setSource("setValues", sourceData, "values");
  }

  setXAxisValues(sourceData: Range): void {
    this._setSource("setXAxisValues", sourceData, "categories");
  }
}

defineProps<SeriesTarget>(ChartSeries, {
  name: {
    get: (t) => t.chart.series[t.index].name,
    set: (t, v) => {
      t.chart.series[t.index].name = checkString(v, "ChartSeries.name");
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Tables.

const TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function checkTableName(st: WorkbookState, name: unknown, self: TableState | null): string {
  const where = "Table.name";
  if (
    typeof name !== "string" ||
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name)
  ) {
    throw invalidArgument(`"${String(name)}" is not a valid table name.`, where);
  }
  const clash = st.tableByName(name);
  if (clash && clash !== self) {
    throw new FakeOfficeError(
      "ItemAlreadyExists",
      `A table named "${name}" already exists.`,
      where
    );
  }
  return name;
}

type TableTarget = { table: TableState; sheet: SheetState };

export class TableCollection extends FakeCollection<WorkbookState, TableState> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    private readonly _sheet: Worksheet | null
  ) {
    super(ctx, "TableCollection", parent, path, () => ctx._host.state);
  }

  _list(st: WorkbookState): TableState[] {
    const sheet = this._sheet?._need("TableCollection");
    return st.liveTables().filter((t) => !sheet || t.sheetId === sheet.id);
  }

  _item(target: TableState): FakeObject<unknown> {
    return tableProxy(this._ctx, this, "GetItem", target.id, () => target);
  }

  _itemProto(): object {
    return Table.prototype;
  }

  override _itemTarget(table: TableState): TableTarget {
    return tableTarget(this._ctx._host.state, table);
  }

  getItem(key: string): Table {
    return tableProxy(this._ctx, this, "GetItem", key, () => {
      const t = this._find(key);
      if (!t) {
        throw new FakeOfficeError(
          "ItemNotFound",
          `The table "${key}" doesn't exist.`,
          "TableCollection.getItem"
        );
      }
      return t;
    });
  }

  getItemOrNullObject(key: string): Table {
    const t = tableProxy(
      this._ctx,
      this,
      "GetItemOrNullObject",
      key,
      () => this._find(key) ?? null
    );
    t._instantiate("TableCollection.getItemOrNullObject", "1.4");
    return t;
  }

  private _find(key: string): TableState | undefined {
    const st = this._ctx._host.state;
    return this._list(st).find((t) => t.name.toUpperCase() === key.toUpperCase() || t.id === key);
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    const location = "TableCollection.add";
    let created: TableState | null = null;
    const t = tableProxy(this._ctx, this, "Add", null, () => created, address);
    t._instantiate(location, undefined, () => {
      const st = this._ctx._host.state;
      let target: RangeTarget;
      if (address instanceof Range) {
        target = address._need(location);
      } else {
        const p = typeof address === "string" ? parseAddress(address) : null;
        if (!p) throw invalidArgument(`"${String(address)}" is not a valid address.`, location);
        const sheet = this._sheet
          ? this._sheet._need(location)
          : p.sheet !== undefined
            ? st.sheetByName(p.sheet)
            : undefined;
        if (!sheet)
          throw invalidArgument(`"${address}" names no sheet of this workbook.`, location);
        if (p.sheet !== undefined && p.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
          throw invalidArgument(`"${address}" is not on sheet "${sheet.name}".`, location);
        }
        target = { sheet, rect: p.rect };
      }
      if (!hasHeaders) throw notImplemented("tables.add without a header row");
      if (isWholeColumns(target.rect) || isWholeRows(target.rect)) {
        throw notImplemented("Tables over whole rows or columns");
      }
      const { sheet, rect } = target;
      if (sheet.mergesIn(rect).length) {
        throw new FakeOfficeError(
          "MergedRangeConflict",
          `A table can't overlap merged cells (${formatRect(rect)}).`,
          location
        );
      }
      const other = st.liveTables().find((x) => x.sheetId === sheet.id && intersects(x.rect, rect));
      if (other) {
        throw new FakeOfficeError(
          "InvalidOperation",
          `A table can't overlap another table (${other.name}).`,
          location
        );
      }
      if (sheet.autoFilter && intersects(sheet.autoFilter, rect)) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A table can't overlap a range that has a sheet AutoFilter.",
          location
        );
      }
      // Excel turns the header row into unique, non-empty text.
      const seen = new Set<string>();
      const row = sheet.row(rect.top, true);
      for (let c = rect.left; c <= rect.right; c++) {
        const v = row.v[c];
        let text = v === null || v === undefined ? "" : String(outputValue(v));
        if (text === "") text = `Column${c - rect.left + 1}`;
        let unique = text;
        for (let i = 2; seen.has(unique.toUpperCase()); i++) unique = `${text}${i}`;
        seen.add(unique.toUpperCase());
        row.v[c] = unique;
        if (row.f) row.f[c] = undefined;
      }
      sheet.touch();
      let n = st.tables.length + 1;
      while (st.tableByName(`Table${n}`)) n++;
      created = {
        id: st.newTableId(),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        style: "TableStyleMedium2",
        showHeaders: true,
      };
      st.tables.push(created);
    });
    return t;
  }
}

function tableProxy(
  ctx: FakeContext,
  parent: FakeObject<unknown>,
  method: string,
  key: string | null,
  resolve: Resolver<TableState>,
  ref?: Range | string
): Table {
  const refs = ref instanceof Range ? [ref] : [];
  const args = typeof ref === "string" ? [ref, true] : key === null ? [null, true] : [key];
  return new Table(ctx, parent, { type: PATH_METHOD, name: method, args, refs }, () => {
    const t = resolve();
    if (!t) return null;
    const sheet = ctx._host.state.sheetById(t.sheetId);
    if (!sheet || !ctx._host.state.tables.includes(t)) {
      throw new FakeOfficeError("ItemNotFound", `The table "${t.name}" no longer exists.`);
    }
    return { table: t, sheet };
  });
}

function tableTarget(st: WorkbookState, table: TableState): TableTarget {
  return { table, sheet: st.sheetById(table.sheetId)! };
}

export class Table extends FakeObject<TableTarget> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<TableTarget>
  ) {
    super(ctx, "Table", parent, path, resolve);
  }

  private _part(name: string, pick: (r: Rect) => Rect | null): Range {
    return new Range(this._ctx, this, { type: PATH_METHOD, name: wire(name), args: [] }, () => {
      const t = this._target();
      if (!t) return null;
      const rect = pick(t.table.rect);
      if (!rect) {
        throw new FakeOfficeError("ItemNotFound", "The table has no data rows.", `Table.${name}`);
      }
      return { sheet: t.sheet, rect };
    });
  }

  getRange(): Range {
    return this._part("getRange", (r) => r);
  }

  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", (r) => ({ ...r, bottom: r.top }));
  }

  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (r) =>
      r.bottom > r.top ? { ...r, top: r.top + 1 } : null
    );
  }
}

defineProps<TableTarget>(Table, {
  name: {
    get: (t) => t.table.name,
    set: (t, v, self) => {
      t.table.name = checkTableName(self._ctx._host.state, v, t.table);
    },
  },
  id: { get: (t) => t.table.id },
  style: {
    get: (t) => t.table.style,
    set: (t, v) => {
      const style = checkString(v, "Table.style");
      if (style !== "" && !TABLE_STYLE.test(style)) {
        throw invalidArgument(`"${style}" is not a built-in table style.`, "Table.style");
      }
      t.table.style = style;
    },
  },
  showHeaders: { get: (t) => t.table.showHeaders },
});

export class TableScopedCollection extends FakeCollection<TableState[], TableState> {
  constructor(
    ctx: FakeContext,
    parent: FakeObject<unknown>,
    path: PathSpec,
    resolve: Resolver<TableState[]>
  ) {
    super(ctx, "TableScopedCollection", parent, path, resolve);
  }

  _list(t: TableState[]): TableState[] {
    return t;
  }

  _item(target: TableState): FakeObject<unknown> {
    return tableProxy(this._ctx, this, "GetItem", target.id, () => target);
  }

  _itemProto(): object {
    return Table.prototype;
  }

  override _itemTarget(table: TableState): TableTarget {
    return tableTarget(this._ctx._host.state, table);
  }

  getFirst(): Table {
    return tableProxy(this._ctx, this, "GetFirst", null, () => {
      const list = this._need("TableScopedCollection.getFirst");
      if (!list.length) {
        throw new FakeOfficeError(
          "ItemNotFound",
          "There is no table in the range.",
          "TableScopedCollection.getFirst"
        );
      }
      return list[0];
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Sheet-level features: autofilter, freeze panes, page layout, page breaks.

function rangeArg(sheet: SheetState, arg: unknown, location: string): Rect {
  if (arg instanceof Range) {
    const t = arg._need(location);
    if (t.sheet !== sheet) throw invalidArgument("The range is on another sheet.", location);
    return t.rect;
  }
  return parseIn(sheet, arg, location);
}

export class AutoFilter extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, parent: Worksheet, path: PathSpec) {
    super(ctx, "AutoFilter", parent, path, () => parent._target());
  }

  apply(range: Range | string, columnIndex?: number, criteria?: unknown): void {
    const location = "AutoFilter.apply";
    if (columnIndex !== undefined || criteria !== undefined) {
      throw notImplemented("AutoFilter.apply with criteria");
    }
    this._call(
      "apply",
      [typeof range === "string" ? range : null],
      (sheet) => {
        const rect = rangeArg(sheet, range, location);
        const table = this._ctx._host.state
          .liveTables()
          .find((t) => t.sheetId === sheet.id && intersects(t.rect, rect));
        if (table) {
          throw new FakeOfficeError(
            "InvalidOperation",
            `The AutoFilter range overlaps the table ${table.name}.`,
            location
          );
        }
        sheet.autoFilter = rect;
      },
      "1.9",
      range instanceof Range ? [range] : []
    );
  }
}

export class WorksheetFreezePanes extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, parent: Worksheet, path: PathSpec) {
    super(ctx, "WorksheetFreezePanes", parent, path, () => parent._target());
  }

  freezeRows(count?: number): void {
    this._call(
      "freezeRows",
      [count ?? 1],
      (s) => {
        const n = checkNumber(count ?? 1, 0, MAX_ROWS - 1, "WorksheetFreezePanes.freezeRows");
        s.freeze = n === 0 ? null : { rows: n, cols: 0 };
      },
      "1.7"
    );
  }

  freezeColumns(count?: number): void {
    this._call(
      "freezeColumns",
      [count ?? 1],
      (s) => {
        const n = checkNumber(count ?? 1, 0, MAX_COLS - 1, "WorksheetFreezePanes.freezeColumns");
        s.freeze = n === 0 ? null : { rows: 0, cols: n };
      },
      "1.7"
    );
  }

  freezeAt(frozenRange: Range | string): void {
    this._call(
      "freezeAt",
      [typeof frozenRange === "string" ? frozenRange : null],
      (s) => {
        const rect = rangeArg(s, frozenRange, "WorksheetFreezePanes.freezeAt");
        const rows = isWholeColumns(rect) ? 0 : rect.bottom + 1;
        const cols = isWholeRows(rect) ? 0 : rect.right + 1;
        s.freeze = { rows, cols };
      },
      "1.7",
      frozenRange instanceof Range ? [frozenRange] : []
    );
  }

  /** The frozen cells (rows and columns from the top-left), or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    const location = "WorksheetFreezePanes.getLocationOrNullObject";
    const r = new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetLocationOrNullObject", args: [] },
      () => {
        const s = this._target();
        const f = s?.freeze;
        if (!s || !f) return null;
        return {
          sheet: s,
          rect: {
            top: 0,
            left: 0,
            bottom: f.rows > 0 ? f.rows - 1 : MAX_ROWS - 1,
            right: f.cols > 0 ? f.cols - 1 : MAX_COLS - 1,
          },
        };
      }
    );
    r._instantiate(location, "1.7");
    return r;
  }

  unfreeze(): void {
    this._call(
      "unfreeze",
      [],
      (s) => {
        s.freeze = null;
      },
      "1.7"
    );
  }
}

const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Folio", "Tabloid"] as const;
const ORIENTATION = ["Portrait", "Landscape"] as const;

export class PageLayout extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, parent: Worksheet, path: PathSpec) {
    super(ctx, "PageLayout", parent, path, () => parent._target());
  }

  get headersFooters(): HeaderFooterGroup {
    return this._child("headersFooters", (p) => new HeaderFooterGroup(this._ctx, this, p));
  }

  /** The rows repeated at the top of each printed page, or a null object when none are set. */
  getPrintTitleRowsOrNullObject(): Range {
    const location = "PageLayout.getPrintTitleRowsOrNullObject";
    const r = new Range(
      this._ctx,
      this,
      { type: PATH_METHOD, name: "GetPrintTitleRowsOrNullObject", args: [] },
      () => {
        const s = this._target();
        const rows = s?.pageLayout.printTitleRows;
        return s && rows ? { sheet: s, rect: parseIn(s, rows, location) } : null;
      }
    );
    r._instantiate(location, "1.9");
    return r;
  }

  setPrintTitleRows(printTitleRows: Range | string): void {
    const location = "PageLayout.setPrintTitleRows";
    this._call(
      "setPrintTitleRows",
      [typeof printTitleRows === "string" ? printTitleRows : null],
      (s) => {
        const rect = rangeArg(s, printTitleRows, location);
        s.pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
      },
      "1.9",
      printTitleRows instanceof Range ? [printTitleRows] : []
    );
  }
}

function marginProp(key: "top" | "bottom" | "left" | "right" | "header" | "footer") {
  const field = `${key}Margin` as const;
  return {
    api: "1.9",
    get: (s: SheetState) => s.pageLayout[field],
    set: (s: SheetState, v: unknown) => {
      s.pageLayout[field] = checkNumber(v, 0, 1000, `PageLayout.${field}`);
    },
  };
}

defineProps<SheetState>(PageLayout, {
  orientation: {
    api: "1.9",
    get: (s) => s.pageLayout.orientation,
    set: (s, v) => {
      s.pageLayout.orientation = checkEnum(v, ORIENTATION, "PageLayout.orientation");
    },
  },
  paperSize: {
    api: "1.9",
    get: (s) => s.pageLayout.paperSize,
    set: (s, v) => {
      s.pageLayout.paperSize = checkEnum(v, PAPER, "PageLayout.paperSize");
    },
  },
  zoom: {
    api: "1.9",
    get: (s) => ({ ...s.pageLayout.zoom }),
    set: (s, v) => {
      const where = "PageLayout.zoom";
      if (!v || typeof v !== "object") throw invalidArgument("zoom must be an object.", where);
      const z = v as Record<string, unknown>;
      const out: PageLayoutZoom = {};
      for (const [k, val] of Object.entries(z)) {
        if (k === "scale") out.scale = checkNumber(val, 10, 400, `${where}.scale`);
        else if (k === "horizontalFitToPages" || k === "verticalFitToPages") {
          const n = checkNumber(val, 0, 32767, `${where}.${k}`);
          if (!Number.isInteger(n)) throw invalidArgument(`${k} must be a whole number.`, where);
          out[k] = n;
        } else throw invalidArgument(`Unknown zoom option "${k}".`, where);
      }
      if (
        out.scale !== undefined &&
        (out.horizontalFitToPages ?? out.verticalFitToPages) !== undefined
      ) {
        throw invalidArgument("Use either scale or fit-to-pages, not both.", where);
      }
      s.pageLayout.zoom = out;
    },
  },
  topMargin: marginProp("top"),
  bottomMargin: marginProp("bottom"),
  leftMargin: marginProp("left"),
  rightMargin: marginProp("right"),
  headerMargin: marginProp("header"),
  footerMargin: marginProp("footer"),
});

type PageLayoutZoom = {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
};

export class HeaderFooterGroup extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, parent: PageLayout, path: PathSpec) {
    super(ctx, "HeaderFooterGroup", parent, path, () => parent._target());
  }

  get defaultForAllPages(): HeaderFooter {
    return this._child("defaultForAllPages", (p) => new HeaderFooter(this._ctx, this, p));
  }
}

export class HeaderFooter extends FakeObject<SheetState> {
  constructor(ctx: FakeContext, parent: HeaderFooterGroup, path: PathSpec) {
    super(ctx, "HeaderFooter", parent, path, () => parent._target());
  }
}

function headerFooterProp(
  group: "headers" | "footers",
  side: "left" | "center" | "right"
): PropSpec<SheetState> {
  const where = `HeaderFooter.${side}${group === "headers" ? "Header" : "Footer"}`;
  return {
    api: "1.9",
    get: (s) => s.pageLayout[group][side],
    set: (s, v) => {
      const text = checkString(v, where);
      if (text.length > 255)
        throw invalidArgument("Header and footer text is limited to 255.", where);
      s.pageLayout[group][side] = text;
    },
  };
}

defineProps<SheetState>(HeaderFooter, {
  leftHeader: headerFooterProp("headers", "left"),
  centerHeader: headerFooterProp("headers", "center"),
  rightHeader: headerFooterProp("headers", "right"),
  leftFooter: headerFooterProp("footers", "left"),
  centerFooter: headerFooterProp("footers", "center"),
  rightFooter: headerFooterProp("footers", "right"),
});

type PageBreakTarget = { sheet: SheetState; row: number };

/** A manual page break: only horizontal ones (above a row) are modelled. */
export class PageBreak extends FakeObject<PageBreakTarget> {}

defineProps<PageBreakTarget>(PageBreak, {
  rowIndex: { get: (t) => t.row, api: "1.9" },
  columnIndex: { get: () => 0, api: "1.9" },
});

export class PageBreakCollection extends FakeCollection<SheetState, number> {
  constructor(ctx: FakeContext, parent: Worksheet, path: PathSpec) {
    super(ctx, "PageBreakCollection", parent, path, () => parent._target());
  }

  _list(s: SheetState): number[] {
    return s.pageBreaks;
  }

  _item(row: number, index: number): FakeObject<unknown> {
    const sheet = this._need("PageBreakCollection.items");
    return new PageBreak(
      this._ctx,
      "PageBreak",
      this,
      { type: PATH_INDEXER, name: "", args: [index] },
      () => ({ sheet, row })
    );
  }

  _itemProto(): object {
    return PageBreak.prototype;
  }

  override _itemTarget(row: number): PageBreakTarget {
    return { sheet: this._need("PageBreakCollection.items"), row };
  }

  add(pageBreakRange: Range | string): void {
    const location = "PageBreakCollection.add";
    this._call(
      "add",
      [typeof pageBreakRange === "string" ? pageBreakRange : null],
      (s) => {
        const rect = rangeArg(s, pageBreakRange, location);
        if (rect.top === 0) throw invalidArgument("A page break cannot go above row 1.", location);
        if (!s.pageBreaks.includes(rect.top))
          s.pageBreaks = [...s.pageBreaks, rect.top].sort((a, b) => a - b);
      },
      "1.9",
      pageBreakRange instanceof Range ? [pageBreakRange] : []
    );
  }
}
