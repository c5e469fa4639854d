import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../../node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "../../node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// ../../node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "../../node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// ../../node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "../../node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// ../../node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "../../node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// ../../node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "../../node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// ../../node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "../../node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// ../../node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// ../../node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "../../node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups2 = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups2, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups2.number, groups2.string, groups2.array, groups2.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// ../../node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// ../../node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// ../../node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// ../../node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// ../../node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// ../../node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// ../../node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "../../node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// ../../node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "../../node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// ../../node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "../../node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit2 = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit2 === true)
        return !hasRef(schema);
      if (!limit2)
        return false;
      return countKeys(schema) <= limit2;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// ../../node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "../../node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// ../../node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "../../node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// ../../node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "../../node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// ../../node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "../../node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// ../../node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "../../node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// ../../node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "../../node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port2 = String(component.port);
        if (!isPort(port2)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port2);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// ../../node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "../../node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// ../../node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "../../node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// ../../node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "../../node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// ../../node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "../../node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// ../../node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../../node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "../../node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// ../../node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// ../../node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// ../../node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// ../../node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// ../../node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// ../../node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// ../../node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// ../../node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "../../node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// ../../node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "../../node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS2 = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS2[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// ../../node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "../../node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// ../../node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "../../node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// ../../node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "../../node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// ../../node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "../../node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// ../../node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "../../node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// ../core/dist/parallel/worker.node.js
import { parentPort } from "node:worker_threads";

// ../schemas/dist/generated/schemas.js
var schemaDocuments = {
  "v1/arrests.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/arrests.schema.json", "title": "Arrests", "description": "Arrests made by the agency: when and where, who was arrested, how (on view, on a summons or on a warrant) and for what charge. Modelled on the FBI NIBRS Arrestee segment; location is generalised to the block and arrestees are identified only by opaque identifiers.", "x-policedata-dataset": { "type": "arrests", "version": "1.0.0", "grain": { "id": "arrestee", "description": "One row per person arrested in one arrest. When several people are arrested in the same event, each gets a row with its own `arrest_id`, and `incident_id` links them. A person charged with several offences has one row carrying the most serious charge, as the NIBRS Arrestee segment does." }, "keys": ["arrest_id"], "aliases": ["Arrests", "Arrest Records", "Arrest Data", "Adult Arrests", "Juvenile Arrests", "Custodial Arrests", "Bookings"], "crosswalk": { "nibrs": "Arrestee segment (Group A) and Group B Arrest Report segment", "opd": "ARRESTS (also TRAFFIC ARRESTS, PEDESTRIAN ARRESTS)" } }, "type": "object", "required": ["arrest_id", "arrest_date", "subject_race", "subject_sex"], "properties": { "arrest_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the arrest of one person. Unique within the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["ID Reference Number ", "arrest_id"], "examples": ["258"] }, "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The incident or case number of the offence report the arrest belongs to; it links several people arrested in the same event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CASE", "Incident Number", "INCIDENT_ID", "case_number"], "examples": ["I190009753A"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that made the arrest.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that made the arrest.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["IN0490400"] }, "arrest_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the arrest.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["Event Date/Time", "arrest_date", "date"], "examples": ["2021-01-17"] }, "arrest_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time of the arrest.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Event Date/Time", "arrest_time", "time"], "examples": ["21:55:56"] }, "arrest_type": { "$ref": "#/$defs/arrest_type", "description": "How the person came to be arrested: on view, on a summons or citation, or taken into custody on a warrant or earlier report.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Type of Arrest", "arrest_type"], "examples": ["on_view"] }, "arrest_type_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The type of arrest exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Type of Arrest", "arrest_type"], "examples": ["On View"] }, "charge_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The most serious charge, as the agency words it. Put further charges in `raw_` columns or count them in `charge_count`.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["arrestCharges", "Subject Arrest Charges", "CitChargeT", "CITCHARGE_TYPE", "reason_for_arrest", "charge", "violation"], "examples": ["Public Intoxication"] }, "charge_statute": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The statute or ordinance number of the most serious charge.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["charge_statute", "statute"], "examples": ["IC 7.1-5-1-3"] }, "charge_severity": { "$ref": "defs/codes.schema.json#/$defs/charge_severity", "description": "Whether the most serious charge is a felony, a misdemeanor or a lesser infraction.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Offender Arrested", "charge_severity"], "examples": ["misdemeanor"] }, "charge_severity_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The class of the most serious charge exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Offender Arrested", "charge_severity"], "examples": ["Misdemeanor"] }, "offense_code": { "$ref": "defs/codes.schema.json#/$defs/offense_code", "description": "The NIBRS offence of the most serious charge (the NIBRS UCR Arrest Offense Code). Map local codes through their meaning, not their number.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["offense_code"], "examples": ["drunkenness"] }, "offense_code_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The offence code of the most serious charge exactly as published (a local, state, UCR or NIBRS code).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UCR", "offense_code"], "examples": ["90E"] }, "charge_count": { "$ref": "defs/person.schema.json#/$defs/count", "type": "integer", "minimum": 1, "description": "How many charges were brought against the person in this arrest.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["charge_count"], "examples": [2] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the arrest happened; block-level addresses (`11XX BATES ST`) or intersections are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Location", "location", "address", "Address"], "examples": ["20XX N RITTER AVE"] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "Latitude"], "examples": [39.7684] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lng", "lon", "Longitude"], "examples": [-86.1581] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["city"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The police district where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["District of occurrence", "district", "Precinct"], "examples": ["1"] }, "sector": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The sector or zone where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Sector", "SECTOR", "zone"], "examples": ["E"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The patrol beat where the arrest happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Beat", "BEAT"], "examples": ["NE32"] }, "adjacent_to_school": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the arrest happened at or next to a school.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Adjacent to School"], "examples": [false] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person arrested, stable across rows so repeated involvement can be counted without revealing who the person is.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Master Subject ID", "SubjectID", "PersonID", "subject_id"], "examples": ["360382739"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person arrested, as one or more standard codes.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["Subject's race", "Race", "SUBJECT_RACE", "subject_race"], "examples": [["black"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person arrested, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Subject's race", "Race", "subject_race_raw"], "examples": ["Black/African American"] }, "subject_race_source": { "$ref": "defs/person.schema.json#/$defs/race_source", "description": "How the race of the person arrested was obtained.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["race_source", "subject_race_source"], "examples": ["perceived"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person arrested is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Ethnicity", "SUBJECT_ETHNICITY", "subject_ethnicity"], "examples": ["not_hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person arrested.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["Subject's gender", "Sex", "Gender", "subject_sex"], "examples": ["female"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person arrested in whole years at the time of the event.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Subject's age", "Age", "SUBJECT_AGE", "subject_age"], "examples": [20] }, "subject_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person arrested when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SUBJECT_AGE_RANGE", "Age Range", "subject_age_range"], "examples": ["26-35"] }, "subject_juvenile": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person arrested was handled as a juvenile under state law (in most states, under 18 at the time of the offence).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["juvenile", "subject_juvenile"], "examples": [false] }, "juvenile_disposition": { "$ref": "#/$defs/juvenile_disposition", "description": "For an arrestee under 18: whether the case was handled within the department or referred to a court or other agency.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["juvenile_disposition"], "examples": ["referred_to_other_authorities"] }, "subject_resident": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person arrested lives in the jurisdiction where the arrest happened (NIBRS Resident Status).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Resident Status", "subject_resident"], "examples": [true] }, "subject_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the person arrested. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["Name", "subject_name"], "examples": ["Jane Doe"] }, "subject_date_of_birth": { "$ref": "defs/person.schema.json#/$defs/date_of_birth", "description": "The date of birth of the person arrested. Personal data: publish the age instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["DOB", "Date of Birth", "subject_date_of_birth"], "examples": ["1990-02-01"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the arresting officer.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OfficerID", "officer_id", "officer_id_hash"], "examples": ["1539"] }, "officer_division": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The division or unit of the arresting officer.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Assigned Division", "division"], "examples": ["1D"] }, "officer_bureau": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The bureau of the arresting officer.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Assigned Bureau", "bureau"], "examples": ["PSB"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "juvenile_disposition_under_18", "description": "`juvenile_disposition` is only given for arrestees under 18, so `subject_age`, when given, is at most 17." }, "if": { "required": ["juvenile_disposition"] }, "then": { "properties": { "subject_age": { "type": "integer", "maximum": 17 } } } }], "$defs": { "arrest_type": { "title": "Type of arrest", "description": "How the person came to be arrested, using the FBI NIBRS Type of Arrest codes.", "type": "string", "enum": ["on_view", "summoned_cited", "taken_into_custody", "unknown"], "x-policedata-codes": { "on_view": { "label": "On-view arrest", "description": "Officers saw the offence or arrested the person at the scene, without a warrant or prior incident report.", "aliases": ["O", "On View", "On-View Arrest", "AR1"], "crosswalk": { "nibrs": "O" } }, "summoned_cited": { "label": "Summoned or cited", "description": "The person was cited or summoned to appear in court and was not taken into custody.", "aliases": ["S", "Summoned/Cited", "Cited", "Summons"], "crosswalk": { "nibrs": "S" } }, "taken_into_custody": { "label": "Taken into custody", "description": "The person was taken into custody on a warrant or a previous incident report.", "aliases": ["T", "Taken into Custody", "Warrant", "AR2", "AR5"], "crosswalk": { "nibrs": "T" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the type of arrest is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops; it records whether a stop ended in arrest (`arrest_made`) but has no arrest records.", "nibrs": "NIBRS Type of Arrest (O On-View Arrest, S Summoned/Cited, T Taken Into Custody) maps one to one; NIBRS has no unknown value.", "opd": "OpenPoliceData does not normalise the type of arrest." } }, "juvenile_disposition": { "title": "Disposition of arrestee under 18", "description": "What happened to an arrestee under 18, using the FBI NIBRS codes.", "type": "string", "enum": ["handled_within_department", "referred_to_other_authorities"], "x-policedata-codes": { "handled_within_department": { "label": "Handled within the department", "description": "Released to a parent or guardian, or with a warning, without referral elsewhere.", "aliases": ["H", "Handled Within Department"], "crosswalk": { "nibrs": "H" } }, "referred_to_other_authorities": { "label": "Referred to other authorities", "description": "Referred to juvenile or criminal court, a welfare agency, or a probation or parole department.", "aliases": ["R", "Referred to Other Authorities"], "crosswalk": { "nibrs": "R" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops; it records whether a stop ended in arrest (`arrest_made`) but has no arrest records.", "nibrs": "NIBRS Disposition of Arrestee Under 18 (H, R) maps one to one.", "opd": "OpenPoliceData does not normalise this." } } } },
  "v1/assaults-on-officers.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/assaults-on-officers.schema.json", "title": "Assaults on officers", "description": "Assaults on police officers: what the officer was doing and how they were deployed, what the assailant used, whether the officer was injured or killed, and whether anyone was arrested. Categories follow the FBI's Law Enforcement Officers Killed and Assaulted (LEOKA) program, as used by Code for America's Comport.", "x-policedata-dataset": { "type": "assaults-on-officers", "version": "1.0.0", "grain": { "id": "incident_officer", "description": "One row per officer assaulted in an incident, as in Comport's IMPD data and the FBI's LEOKA counts. `incident_id` links officers assaulted in the same incident." }, "keys": ["incident_id", "assault_id"], "aliases": ["Assaults on Officers", "Officers Assaulted", "LEOKA", "Assaults on Police"], "crosswalk": { "nibrs": "Assault offences (13A, 13B, 13C) whose victim is a law enforcement officer (victim type L), with data elements 25A and 25B", "pdi": "Assaults on Officers" } }, "type": "object", "required": ["incident_id", "assault_id", "incident_date"], "properties": { "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The incident or report number that links the rows of one assault incident.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["id", "opaqueId", "INCNUM"], "examples": ["2019-045512"] }, "assault_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies this row within its incident: one officer assaulted. A sequence number or the agency's record number; with `incident_id` it is unique in the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OBJECTID"], "examples": ["1"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency whose officer was assaulted.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency whose officer was assaulted.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori"], "examples": ["IN0490400"] }, "incident_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the assault.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["occurredDate", "OCCURRED_DT", "date"], "examples": ["2019-06-14"] }, "incident_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time of the assault.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_TM", "time"], "examples": ["23:40"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the assault happened; block-level addresses are preferred.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["address", "location"], "examples": ["30XX N CAPITOL AVE"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["latitude", "lat"], "examples": [39.8112] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["longitude", "lon"], "examples": [-86.1596] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the assault happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["city", "CITY"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the assault happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Police district or precinct where the assault happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["district", "DISTRICT"], "examples": ["North"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Patrol beat where the assault happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["beat"], "examples": ["N24"] }, "officer_activity": { "$ref": "#/$defs/officer_activity", "description": "What the officer was doing when assaulted, normalised to the FBI's LEOKA categories.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["serviceType"], "examples": ["disturbance_call"] }, "officer_activity_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The officer's activity, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["serviceType"], "examples": ["Responding to Disturbance calls (man with gun etc)"] }, "officer_assignment_type": { "$ref": "#/$defs/officer_assignment_type", "description": "How the officer was deployed when assaulted, normalised to the FBI's LEOKA categories.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["assignment"], "examples": ["one_officer_vehicle"] }, "officer_assignment_type_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The officer's assignment, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["assignment"], "examples": ["ONE MAN VEHICLE ALONE/ASSISTED"] }, "subject_weapon": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/weapon" }, "minItems": 1, "uniqueItems": true, "description": "The weapon or force the assailant used, normalised to NIBRS-based classes (hands, fists and feet are `personal_weapons`).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["forceType"], "examples": [["personal_weapons"]] }, "subject_weapon_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The assailant's weapon or force, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["forceType"], "examples": ["HANDS FIST FEET ETC"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer assaulted, stable across rows and incidents.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerIdentifier", "officer_id_hash"], "examples": ["7f3e21"] }, "officer_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the officer assaulted, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerRace", "officer_race"], "examples": [["black"]] }, "officer_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the officer, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerRace"], "examples": ["Black"] }, "officer_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the officer assaulted.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerSex", "officer_sex"], "examples": ["female"] }, "officer_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the officer at the time of the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerAge", "officer_age"], "examples": [29] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The officer's years of service at the time of the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerYearsOfService"], "examples": [4] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's unit or squad at the time of the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["unit", "team"], "examples": ["NORTH DISTRICT LATE SHIFT"] }, "officer_injured": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was injured.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerInjured"], "examples": [false] }, "officer_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The officer's injuries as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerCondition"], "examples": ["Laceration"] }, "officer_killed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was killed.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerKilled"], "examples": [false] }, "arrest_made": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the assailant was arrested.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["arrestMade"], "examples": [true] }, "report_filed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a criminal report was filed for the assault.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["reportFiled"], "examples": [true] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the assailant, stable across rows.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentIdentifier"], "examples": ["55120"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the assailant, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentRace"], "examples": [["white"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the assailant, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentRace"], "examples": ["White"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the assailant is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_ethnicity"], "examples": ["not_hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the assailant.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentSex"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the assailant.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentAge"], "examples": [34] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "officer_killed_means_injured", "description": "`officer_killed` true means `officer_injured` is true." }, "if": { "required": ["officer_killed"], "properties": { "officer_killed": { "const": true } } }, "then": { "properties": { "officer_injured": { "const": true } } } }, { "x-policedata-rule": { "id": "unarmed_is_not_an_assault_weapon", "description": "`subject_weapon` of an assault never holds `unarmed`: an assault without a weapon is `personal_weapons` (hands, fists, feet)." }, "if": { "required": ["subject_weapon"] }, "then": { "properties": { "subject_weapon": { "type": "array", "not": { "type": "array", "contains": { "const": "unarmed" } } } } } }], "$defs": { "officer_activity": { "title": "Officer activity", "description": "What the officer was doing when assaulted, in the FBI's LEOKA categories (NIBRS data element 25A).", "type": "string", "enum": ["disturbance_call", "burglary_in_progress", "robbery_in_progress", "attempting_other_arrest", "civil_disorder", "prisoner_custody", "suspicious_person", "ambush", "mental_illness", "traffic_pursuit_stop", "other", "unknown"], "x-policedata-codes": { "disturbance_call": { "label": "Responding to a disturbance call", "description": "Family quarrels, a person with a firearm and similar disturbance calls.", "aliases": ["Responding to Disturbance calls (man with gun etc)", "Responding to Disturbance Call"], "crosswalk": { "nibrs": "01" } }, "burglary_in_progress": { "label": "Burglary in progress", "description": "A burglary in progress or pursuing burglary suspects.", "aliases": ["Burglaries in progress or pursuing burglars"], "crosswalk": { "nibrs": "02" } }, "robbery_in_progress": { "label": "Robbery in progress", "description": "A robbery in progress or pursuing robbery suspects.", "aliases": ["Robberies in progress or pursuing robbers"], "crosswalk": { "nibrs": "03" } }, "attempting_other_arrest": { "label": "Attempting another arrest", "description": "Making any other arrest.", "aliases": ["Attempting other arrests", "Attempting Other Arrests"], "crosswalk": { "nibrs": "04" } }, "civil_disorder": { "label": "Civil disorder", "description": "A riot or mass disobedience.", "aliases": ["Civil disorder (riot, mass disobedience)"], "crosswalk": { "nibrs": "05" } }, "prisoner_custody": { "label": "Handling prisoners", "description": "Handling, transporting or holding prisoners in custody.", "aliases": ["Handling, custody of prisoners", "Handling, Transporting, Custody of Prisoners"], "crosswalk": { "nibrs": "06" } }, "suspicious_person": { "label": "Investigating suspicious persons", "description": "Investigating suspicious persons or circumstances.", "aliases": ["Invest Suspicious persons or circumstances", "Investigating Suspicious Persons or Circumstances"], "crosswalk": { "nibrs": "07" } }, "ambush": { "label": "Ambush, no warning", "description": "The officer was attacked without warning.", "aliases": ["Ambush no warning", "Ambush-No Warning"], "crosswalk": { "nibrs": "08" } }, "mental_illness": { "label": "Handling a person with mental illness", "description": "Dealing with a person in mental health crisis.", "aliases": ["Mentally deranged", "Handling Persons with Mental Illness"], "crosswalk": { "nibrs": "09" } }, "traffic_pursuit_stop": { "label": "Traffic pursuit or stop", "description": "A traffic stop or vehicle pursuit.", "aliases": ["Traffic pursuits and stops", "Traffic Pursuits and Stops"], "crosswalk": { "nibrs": "10" } }, "other": { "label": "All other", "description": "Any other activity.", "aliases": ["All other", "All Other"], "crosswalk": { "nibrs": "11" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the activity is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover assaults on officers.", "nibrs": "NIBRS data element 25A, Type of Officer Activity/Circumstance, codes 01-11, one to one.", "opd": "OpenPoliceData has no assaults-on-officers table type." } }, "officer_assignment_type": { "title": "Officer assignment type", "description": `How the officer was deployed when assaulted, in the FBI's LEOKA categories (NIBRS data element 25B). "Alone" and "assisted" say whether other officers were present; the bare codes are for sources that do not say.`, "type": "string", "enum": ["two_officer_vehicle", "one_officer_vehicle", "one_officer_vehicle_alone", "one_officer_vehicle_assisted", "detective_special_assignment", "detective_special_assignment_alone", "detective_special_assignment_assisted", "other", "other_alone", "other_assisted", "unknown"], "x-policedata-codes": { "two_officer_vehicle": { "label": "Two-officer vehicle", "description": "A uniformed officer in a two-officer vehicle.", "aliases": ["TWO MAN VEHICLE", "Two-Officer Vehicle"], "crosswalk": { "nibrs": "F" } }, "one_officer_vehicle": { "label": "One-officer vehicle", "description": "A uniformed officer in a one-officer vehicle, alone or assisted not stated.", "aliases": ["ONE MAN VEHICLE ALONE/ASSISTED"], "crosswalk": {} }, "one_officer_vehicle_alone": { "label": "One-officer vehicle, alone", "description": "A uniformed officer in a one-officer vehicle, with no other officer present.", "aliases": ["One-Officer Vehicle (Alone)"], "crosswalk": { "nibrs": "G" } }, "one_officer_vehicle_assisted": { "label": "One-officer vehicle, assisted", "description": "A uniformed officer in a one-officer vehicle, assisted by other officers.", "aliases": ["One-Officer Vehicle (Assisted)"], "crosswalk": { "nibrs": "H" } }, "detective_special_assignment": { "label": "Detective or special assignment", "description": "A non-uniformed officer on detective or special assignment, alone or assisted not stated.", "aliases": ["DETECTIVE OR SPECIAL ASSIGN ALONE/ASSISTED"], "crosswalk": {} }, "detective_special_assignment_alone": { "label": "Detective or special assignment, alone", "description": "A non-uniformed officer on detective or special assignment, alone.", "aliases": ["Detective or Special Assignment (Alone)"], "crosswalk": { "nibrs": "I" } }, "detective_special_assignment_assisted": { "label": "Detective or special assignment, assisted", "description": "A non-uniformed officer on detective or special assignment, assisted.", "aliases": ["Detective or Special Assignment (Assisted)"], "crosswalk": { "nibrs": "J" } }, "other": { "label": "Other assignment", "description": "An officer serving in another capacity (foot patrol, off duty and so on), alone or assisted not stated.", "aliases": ["OTHER ALONE/ASSISTED"], "crosswalk": {} }, "other_alone": { "label": "Other assignment, alone", "description": "An officer serving in another capacity, alone.", "aliases": ["Other (Alone)"], "crosswalk": { "nibrs": "K" } }, "other_assisted": { "label": "Other assignment, assisted", "description": "An officer serving in another capacity, assisted.", "aliases": ["Other (Assisted)"], "crosswalk": { "nibrs": "L" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the assignment is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover assaults on officers.", "nibrs": "NIBRS data element 25B, Officer Assignment Type, F-L; the codes without alone/assisted (as Comport's IMPD data publishes them) have no single NIBRS code.", "opd": "OpenPoliceData has no assaults-on-officers table type." } } } },
  "v1/calls-for-service.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/calls-for-service.schema.json", "title": "Calls for service", "description": "Calls for police service from the computer-aided dispatch (CAD) system: 911 and non-emergency calls, alarms and officer-initiated activity, with when they came in, how urgent they were, what they were about, and how they were closed. Publishers often leave out sensitive calls (domestic violence, sexual assault, child abuse) and generalise addresses to the block.", "x-policedata-dataset": { "type": "calls-for-service", "version": "1.0.0", "grain": { "id": "call", "description": "One row per call for service: a dispatched 911 or non-emergency call, an alarm, or an officer-initiated call. Units and follow-up events of the same call are not separate rows." }, "keys": ["call_id"], "aliases": ["Calls for Service", "CFS", "CAD Logs", "Dispatch Logs", "Police Calls", "Dispatched Calls", "911 Calls"], "crosswalk": { "opd": "CALLS FOR SERVICE", "pdi": "Calls for Service (CAD logs)" } }, "type": "object", "required": ["call_id", "received_date"], "properties": { "call_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the call (the computer-aided dispatch event number). Unique within the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["id", "CFS_NO", "call_id"], "examples": ["P2007280856"] }, "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The report or case number, when the call led to a written report.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CASE_NO", "report_number", "case_number"], "examples": ["I190009753A"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that handled the call.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that handled the call.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["IN0490400"] }, "received_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the call was received (or, for officer-initiated calls, created).", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["eventtime", "received_date", "date"], "examples": ["2021-01-28"] }, "received_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the call was received.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["eventtime", "received_time", "time"], "examples": ["20:24:14"] }, "dispatched_datetime": { "$ref": "defs/datetime.schema.json#/$defs/datetime", "description": "When the first unit was dispatched. A full date and time, because dispatch can fall on the day after the call.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["dispatched_datetime"], "examples": ["2021-01-28T20:31:02"] }, "arrived_datetime": { "$ref": "defs/datetime.schema.json#/$defs/datetime", "description": "When the first unit arrived on scene.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["arrived_datetime"], "examples": ["2021-01-28T20:39:45"] }, "cleared_datetime": { "$ref": "defs/datetime.schema.json#/$defs/datetime", "description": "When the last unit cleared the call and it was closed.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["cleared_datetime"], "examples": ["2021-01-28T21:12:00"] }, "response_time_minutes": { "type": "number", "minimum": 0, "description": "Minutes from receiving the call to the first unit arriving, as the agency computes it.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["response_time_minutes"], "examples": [15.5] }, "call_source": { "$ref": "#/$defs/call_source", "description": "How the call reached the police: 911, another phone line, an alarm, or an officer starting it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CallType", "call_source"], "examples": ["emergency_911"] }, "call_source_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "How the call came in, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CallType"], "examples": ["TELEPHONE OTHER, NOT 911"] }, "priority": { "type": "string", "minLength": 1, "maxLength": 20, "description": "The dispatch priority the agency gave the call, in its own scheme (often 1 for the most urgent).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["priority", "Priority"], "examples": ["2"] }, "call_type_initial": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The type of call as first recorded by the call-taker.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["InitialCallType", "description", "Call_in_Response_To", "call_type_initial"], "examples": ["Suspicious Person (Specify)"] }, "call_type_final": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The type of call as recorded when it was closed, after officers learned what happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["FinalCallType", "call_type_final"], "examples": ["--SUSPICIOUS CIRCUM. - SUSPICIOUS PERSON"] }, "call_category": { "$ref": "#/$defs/call_category", "description": "A broad grouping of the call type that can be compared across agencies.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["call_category"], "examples": ["suspicious"] }, "disposition": { "$ref": "defs/person.schema.json#/$defs/text", "description": "How the call was closed, in the agency's own words or codes (report written, advised, gone on arrival, and so on).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["disposition", "Disposition", "DISPOSITION"], "examples": ["REPORT TAKEN"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the call was about; block-level addresses (`11XX BATES ST`) or intersections are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["location", "Location", "address"], "examples": ["11XX BATES ST"] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of where the call was about.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "Latitude"], "examples": [38.5767] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of where the call was about.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lng", "lon", "Longitude"], "examples": [-90.2311] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the call was about.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["city"], "examples": ["St. Louis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the call was about.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["MO"] }, "postal_code": { "$ref": "defs/location.schema.json#/$defs/postal_code", "description": "ZIP code of the call location.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ZIP", "Zip"], "examples": ["63111"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The police district or precinct of the call location.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["district", "Precinct", "DIST_NAME"], "examples": ["District 1"] }, "sector": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The sector or zone of the call location.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Sector", "SECTOR", "zone"], "examples": ["E"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The patrol beat of the call location.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Beat", "BEAT"], "examples": ["E2"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "$defs": { "call_source": { "title": "Call source", "description": "How the call reached the police: a 911 call, another phone line, an alarm, or an officer starting the call themselves.", "type": "string", "enum": ["emergency_911", "non_emergency", "alarm", "officer_initiated", "other", "unknown"], "x-policedata-codes": { "emergency_911": { "label": "911 call", "description": "A call to the 911 emergency number.", "aliases": ["911", "E911", "9-1-1"], "crosswalk": {} }, "non_emergency": { "label": "Non-emergency call", "description": "A call to a non-emergency number or another phone line.", "aliases": ["TELEPHONE OTHER, NOT 911", "Non-Emergency", "Telephone"], "crosswalk": {} }, "alarm": { "label": "Alarm", "description": "An alarm company or automatic alarm reported the event.", "aliases": ["ALARM CALL (NOT POLICE ALARM)", "Alarm"], "crosswalk": {} }, "officer_initiated": { "label": "Officer-initiated", "description": "An officer started the call on their own (on-view or self-initiated activity), without a request from the public.", "aliases": ["ONVIEW", "On View", "Self-Initiated", "Self-Initiated Activity", "Officer Initiated"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another source, such as a walk-in report, an online report or another agency.", "aliases": ["Other", "Walk-In", "Online"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known how the call came in.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no calls-for-service data.", "nibrs": "NIBRS records offences and arrests, not calls for service.", "opd": "OpenPoliceData defines CALLS FOR SERVICE as dispatched calls (911 or non-emergency) and officer-initiated calls but does not standardise these tables. The spellings come from Seattle's `CallType` column." } }, "call_category": { "title": "Call category", "description": "A broad grouping of call types that can be compared across agencies, based on the DSSG early-intervention schema's `lookup_dispatch_types`, with alarms added because they are a large share of calls.", "type": "string", "enum": ["hang_up", "alarm", "traffic_accident", "injury_accident", "traffic", "animal", "assault", "shooting", "stabbing", "person_with_weapon", "domestic_disturbance", "disorder", "suspicious", "theft", "drugs", "intoxicated_person", "vice", "gang_activity", "sex_offense", "child_abuse", "kidnapping", "missing_person", "suicide", "death", "bomb_threat", "riot", "escapee", "safety_hazard", "assist", "want_officer", "other", "unknown"], "x-policedata-codes": { "hang_up": { "label": "911 hang-up or nuisance call", "description": "A 911 hang-up, open line, misdial, busy or nuisance call.", "aliases": ["911 Hang Up", "Hang Up"], "crosswalk": {} }, "alarm": { "label": "Alarm", "description": "A burglary, panic or other alarm activation.", "aliases": ["Burglary Alarm (Alarm Company)", "Panic Alarm", "Alarm"], "crosswalk": {} }, "traffic_accident": { "label": "Traffic crash", "description": "A traffic crash without reported injury, including leaving the scene.", "aliases": ["Accident", "Leaving Scene"], "crosswalk": {} }, "injury_accident": { "label": "Injury crash", "description": "A traffic crash with someone hurt.", "aliases": ["Injury Accident"], "crosswalk": {} }, "traffic": { "label": "Traffic", "description": "Traffic problems and violations, parking complaints and hazards on the road.", "aliases": ["Parking Violation (Specify)", "Traffic"], "crosswalk": {} }, "animal": { "label": "Animal", "description": "A call about an animal.", "aliases": ["Animal"], "crosswalk": {} }, "assault": { "label": "Assault or fight", "description": "A fight or assault in progress or just happened.", "aliases": ["Assault", "FIGHT - IP - PHYSICAL (NO WEAPONS)", "ASLT - IP/JO - WITH OR W/O WPNS (NO SHOOTINGS)"], "crosswalk": {} }, "shooting": { "label": "Shooting or shots fired", "description": "A shooting or shots heard.", "aliases": ["Shooting", "Shots Fired", "Shots Fired - Into Dwelling / Property Damage"], "crosswalk": {} }, "stabbing": { "label": "Cutting or stabbing", "description": "A cutting or stabbing.", "aliases": ["Cutting", "Stabbing"], "crosswalk": {} }, "person_with_weapon": { "label": "Person with a weapon", "description": "Someone seen with a gun or other weapon.", "aliases": ["WEAPN-IP/JO-GUN,DEADLY WPN (NO THRT/ASLT/DIST)", "Person with Weapon"], "crosswalk": {} }, "domestic_disturbance": { "label": "Domestic disturbance", "description": "A disturbance or violence between family members or partners.", "aliases": ["Domestic Disturbance", "DIST - IP/JO - DV DIST - NO ASLT"], "crosswalk": {} }, "disorder": { "label": "Disturbance or disorderly person", "description": "A disturbance, disorderly or indecent behaviour, or a person in mental-health crisis.", "aliases": ["Disturbance", "Information on a Disturbance", "Indecent Act", "DISTURBANCE, MISCELLANEOUS/OTHER"], "crosswalk": {} }, "suspicious": { "label": "Suspicious person or activity", "description": "A suspicious person, vehicle or circumstance, including an open door.", "aliases": ["Suspicious Person (Specify)", "Suspicious Occupants of Auto", "Investigate Open Door", "Investigate Auto", "SUSPICIOUS PERSON, VEHICLE OR INCIDENT"], "crosswalk": {} }, "theft": { "label": "Theft, burglary or robbery", "description": "A theft, burglary, robbery or hold-up.", "aliases": ["Larceny", "Larceny from a Vehicle", "Holdup", "THEFT (DOES NOT INCLUDE SHOPLIFT OR SVCS)", "ROBBERY - IP/JO (INCLUDES STRONG ARM)"], "crosswalk": {} }, "drugs": { "label": "Drugs", "description": "Drug sales or possession, prescription fraud or an overdose.", "aliases": ["Drugs", "Narcotics"], "crosswalk": {} }, "intoxicated_person": { "label": "Intoxicated person", "description": "A person drunk or under the influence.", "aliases": ["Intoxicated Person"], "crosswalk": {} }, "vice": { "label": "Vice", "description": "Prostitution, gambling or other vice activity.", "aliases": ["Vice"], "crosswalk": {} }, "gang_activity": { "label": "Gang activity", "description": "Reported gang activity.", "aliases": ["Gang Activity"], "crosswalk": {} }, "sex_offense": { "label": "Sexual assault or prowler", "description": "A rape or other sexual assault, or a prowler.", "aliases": ["Rape", "Prowler"], "crosswalk": {} }, "child_abuse": { "label": "Child abuse", "description": "Abuse or neglect of a child.", "aliases": ["Child Abuse"], "crosswalk": {} }, "kidnapping": { "label": "Kidnapping", "description": "A kidnapping or abduction.", "aliases": ["Kidnapping"], "crosswalk": {} }, "missing_person": { "label": "Missing person", "description": "A missing or runaway person.", "aliases": ["Missing Person"], "crosswalk": {} }, "suicide": { "label": "Suicidal person", "description": "A person threatening or attempting suicide.", "aliases": ["Suicidal Person"], "crosswalk": {} }, "death": { "label": "Death", "description": "A death investigation or a body found.", "aliases": ["Death", "DOA"], "crosswalk": {} }, "bomb_threat": { "label": "Bomb threat", "description": "A bomb threat or suspicious package.", "aliases": ["Bomb Threat"], "crosswalk": {} }, "riot": { "label": "Riot", "description": "A riot or large disorderly crowd.", "aliases": ["Riot"], "crosswalk": {} }, "escapee": { "label": "Escaped prisoner", "description": "A prisoner who has escaped.", "aliases": ["Prisoner Escapee"], "crosswalk": {} }, "safety_hazard": { "label": "Safety hazard", "description": "A hazard to public safety that is not a traffic problem.", "aliases": ["Safety Hazard"], "crosswalk": {} }, "assist": { "label": "Assist", "description": "Assisting another agency, an officer or a member of the public.", "aliases": ["Assist", "Call for Police - Calling for Help"], "crosswalk": {} }, "want_officer": { "label": "Wants an officer", "description": "A caller asks for an officer, for example to make a report.", "aliases": ["Want Officer"], "crosswalk": {} }, "other": { "label": "Other", "description": "A call none of the codes above describes, such as a sick case or a supplemental report.", "aliases": ["Other", "Sick Case", "Sundry (Specify)", "Additional Information/Supplemental"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the call type is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no calls-for-service data.", "nibrs": "NIBRS records offences and arrests, not calls for service. A call type is what was reported, not a confirmed offence, so it is not crosswalked to NIBRS offence codes.", "opd": "OpenPoliceData skips standardisation of CALLS FOR SERVICE tables, so there is no equivalent list." } } } },
  "v1/citations.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/citations.schema.json", "title": "Citations", "description": "Tickets issued by officers for traffic, parking, pedestrian, civil and minor criminal violations: when and where, what violation, who was cited and, for traffic tickets, the vehicle and speed. A citation is not an arrest; criminal citations given instead of an arrest may also appear in arrests data.", "x-policedata-dataset": { "type": "citations", "version": "1.0.0", "grain": { "id": "citation_violation", "description": "One row per violation cited. A ticket that lists several violations has one row for each, with its own `citation_id`, and `citation_number` links them." }, "keys": ["citation_id"], "aliases": ["Citations", "Traffic Citations", "Vehicle Citations", "Tickets", "Traffic Tickets", "Civil Citations", "Parking Citations"], "crosswalk": { "nibrs": "Arrestee segment with Type of Arrest S (Summoned/Cited), for criminal citations only", "opd": "CITATIONS, TRAFFIC CITATIONS, PEDESTRIAN CITATIONS", "pdi": "Citations" } }, "type": "object", "required": ["citation_id", "citation_date"], "properties": { "citation_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the row: one violation cited on one ticket. Unique within the dataset. When each ticket has one violation, the ticket number can serve.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["citation_id"], "examples": ["E1234567-1"] }, "citation_number": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The number printed on the ticket. Links the violations written on the same ticket.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["citation_number", "Citation Number", "Ticket Number"], "examples": ["E1234567"] }, "stop_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The stop the citation was issued in, where the agency also publishes stops data.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["StopID", "stop_id", "TERRY_STOP_ID"], "examples": ["10207"] }, "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The incident or case number the citation belongs to.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["GO / SC Num", "Incident Number", "case_number"], "examples": ["20150000103696"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that issued the citation.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that issued the citation.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["IN0490400"] }, "citation_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the citation was issued.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["date", "citation_date", "Date"], "examples": ["2019-06-14"] }, "citation_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the citation was issued.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["time", "citation_time", "Time"], "examples": ["08:42"] }, "citation_type": { "$ref": "#/$defs/citation_type", "description": "What kind of ticket was issued: traffic, pedestrian, parking, criminal or civil.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["citation_type", "type"], "examples": ["traffic"] }, "citation_type_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The kind of citation exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["citation_type", "type"], "examples": ["Moving"] }, "violation": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The violation cited, as the agency words it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["violation", "Violation", "charge"], "examples": ["SPEEDING 10-14 OVER"] }, "violation_statute": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The statute or ordinance number of the violation.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["violation_statute", "statute"], "examples": ["IC 9-21-5-2"] }, "violation_severity": { "$ref": "defs/codes.schema.json#/$defs/charge_severity", "description": "Whether the violation is a felony, a misdemeanor or a non-criminal infraction.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["violation_severity"], "examples": ["infraction"] }, "speed": { "type": "number", "exclusiveMinimum": 0, "maximum": 250, "description": "For a speeding citation, the speed the vehicle was recorded at, in miles per hour.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["speed", "charged_speed"], "examples": [54] }, "posted_speed": { "type": "integer", "minimum": 5, "maximum": 85, "description": "For a speeding citation, the posted speed limit, in miles per hour.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["posted_speed"], "examples": [40] }, "fine_amount": { "type": "number", "minimum": 0, "description": "The fine on the ticket, in US dollars.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["fine_amount"], "examples": [150] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the citation was issued; block-level addresses (`11XX BATES ST`) or intersections are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["location", "Location", "address", "StopLocation"], "examples": ["I-465 / E 56TH ST"] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "Latitude"], "examples": [39.7684] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lng", "lon", "Longitude"], "examples": [-86.1581] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["StopCity", "city"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The police district or precinct where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["district", "Precinct", "division"], "examples": ["North"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The patrol beat where the citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Beat", "BEAT"], "examples": ["N21"] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person cited, stable across rows so repeated involvement can be counted without revealing who the person is.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectID", "PersonID", "subject_id"], "examples": ["7726"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person cited, as one or more standard codes.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Race", "Driver Race", "SUBJECT_RACE", "subject_race"], "examples": [["white", "hispanic_latino"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person cited, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Race", "Driver Race", "subject_race_raw"], "examples": ["W;H"] }, "subject_race_source": { "$ref": "defs/person.schema.json#/$defs/race_source", "description": "How the race of the person cited was obtained.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["race_source", "subject_race_source"], "examples": ["perceived"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person cited is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Ethnicity", "SUBJECT_ETHNICITY", "subject_ethnicity"], "examples": ["not_hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person cited.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Sex", "Gender", "SUBJECT_GENDER", "subject_sex"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person cited in whole years at the time of the event.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Age", "SUBJECT_AGE", "subject_age"], "examples": [27] }, "subject_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person cited when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SUBJECT_AGE_RANGE", "Age Range", "subject_age_range"], "examples": ["26-35"] }, "subject_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the person cited. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["Name", "first_name", "last_name", "subject_name"], "examples": ["Jane Doe"] }, "subject_date_of_birth": { "$ref": "defs/person.schema.json#/$defs/date_of_birth", "description": "The date of birth of the person cited. Personal data: publish the age instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["DOB", "Date of Birth", "subject_dob", "subject_date_of_birth"], "examples": ["1990-02-01"] }, "subject_drivers_license": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "The driving licence number of the person cited. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["drivers_license", "subject_drivers_license"], "examples": ["D1234567"] }, "subject_drivers_license_state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "The state that issued the driving licence of the person cited. Withheld in OPP's public releases.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["subject_drivers_license_state"], "examples": ["IN"] }, "vehicle_make": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Make of the vehicle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_make", "Make"], "examples": ["TOYOTA"] }, "vehicle_model": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Model of the vehicle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_model", "Model"], "examples": ["CAMRY"] }, "vehicle_year": { "$ref": "defs/datetime.schema.json#/$defs/year", "description": "Model year of the vehicle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_year"], "examples": [2012] }, "vehicle_color": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Colour of the vehicle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_color", "Color"], "examples": ["SILVER"] }, "vehicle_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Type of vehicle, such as passenger car, pickup truck or motorcycle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_type", "vehicleType"], "examples": ["Pass. Veh."] }, "vehicle_registration_state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "The state the vehicle is registered in.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_registration_state"], "examples": ["IN"] }, "vehicle_license_plate": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "Licence plate of the vehicle. Identifies a person: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["vehicle_license_plate", "Plate", "License Plate", "Tag"], "examples": ["ABC1234"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer who issued the citation.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OfficerID", "officer_id", "officer_id_hash"], "examples": ["1539"] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The issuing officer's unit or squad.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OfficerSquad", "unit", "officer_assignment"], "examples": ["TRAFFIC ENFORCEMENT SECTION"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "speed_only_on_traffic_citations", "description": "`speed` and `posted_speed` describe a moving vehicle, so a row that gives either is a `traffic` citation when `citation_type` is given." }, "if": { "anyOf": [{ "required": ["speed"] }, { "required": ["posted_speed"] }] }, "then": { "properties": { "citation_type": { "const": "traffic" } } } }], "$defs": { "citation_type": { "title": "Citation type", "description": "What kind of ticket was issued.", "type": "string", "enum": ["traffic", "pedestrian", "parking", "criminal", "civil", "other", "unknown"], "x-policedata-codes": { "traffic": { "label": "Traffic", "description": "A moving, equipment or licensing violation by the driver of a motor vehicle.", "aliases": ["Traffic", "Moving", "Non-Moving", "T"], "crosswalk": { "opd": "TRAFFIC CITATIONS" } }, "pedestrian": { "label": "Pedestrian", "description": "A violation by a pedestrian or cyclist, such as jaywalking.", "aliases": ["Pedestrian", "P"], "crosswalk": { "opd": "PEDESTRIAN CITATIONS" } }, "parking": { "label": "Parking", "description": "A parking violation, usually left on the vehicle with no person present.", "aliases": ["Parking"], "crosswalk": {} }, "criminal": { "label": "Criminal", "description": "A citation or notice to appear for a crime, usually a misdemeanor, given instead of a custodial arrest.", "aliases": ["Criminal", "Misdemeanor Citation", "Notice to Appear", "Summons"], "crosswalk": { "nibrs": "S", "opd": "CITATIONS" } }, "civil": { "label": "Civil or ordinance", "description": "A civil infraction or city ordinance violation that is not traffic or parking, such as a noise or code violation.", "aliases": ["Civil", "Ordinance", "Civil Infraction"], "crosswalk": { "opd": "CITATIONS" } }, "other": { "label": "Other", "description": "Another kind of citation.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the kind of citation is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP records whether a stop ended in a citation (`citation_issued`, `outcome` `citation`) but has no citation records.", "nibrs": "NIBRS reports a citation for a crime as an arrest with Type of Arrest S (Summoned/Cited); traffic, parking and civil citations are not NIBRS offences and have no equivalent.", "opd": 'OpenPoliceData table types TRAFFIC CITATIONS and PEDESTRIAN CITATIONS map one to one; other citations fall under CITATIONS ("tickets for traffic/civil violations"). Parking tickets have no OPD equivalent.' } } } },
  "v1/compare-manifest.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/compare-manifest.schema.json", "title": "Comparison manifest", "description": "The files `policedata compare` sets side by side: one entry per published dataset of one agency (its files, dataset type and mapping), from which it builds a scorecard of agencies by dataset types and, per dataset type, a table of field coverage. Written as YAML or JSON; paths and globs are relative to the manifest's folder.", "type": "object", "required": ["policedata_compare", "sources"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Optional: this schema's URL, for editor support." }, "policedata_compare": { "const": 1, "description": "The version of the manifest format: 1." }, "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The scorecard's title, such as `Use of force in six cities`." }, "sources": { "type": "array", "minItems": 1, "description": "The datasets to compare, each one or more files of one agency and one dataset type.", "items": { "$ref": "#/$defs/source" } } }, "$defs": { "source": { "title": "Source", "description": "One published dataset: an agency's files of one dataset type, read with one mapping. A `descriptor` (a dataset descriptor, see dataset.schema.json) fills in the agency, dataset type, mapping, declared coverage and, with its `data` field, the files; what the source says itself wins.", "type": "object", "additionalProperties": false, "properties": { "agency": { "$ref": "#/$defs/agency" }, "dataset_type": { "$ref": "dataset.schema.json#/$defs/dataset_type", "description": "The dataset type the files hold. Taken from the descriptor or the mapping file when absent." }, "files": { "description": "A path or glob, or a list of them, such as `data/uof-2019-*.csv`. Several files are one dataset (quarterly extracts): their rows are counted together.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "mapping": { "type": "string", "minLength": 1, "description": "The mapping file (YAML or JSON, see mapping.schema.json) that reads the files into the standard." }, "descriptor": { "type": "string", "minLength": 1, "description": "A dataset descriptor (JSON, see dataset.schema.json) for the files." }, "label": { "type": "string", "minLength": 1, "maxLength": 120, "description": "How the scorecard names this dataset, such as `Dallas 2019`. Default: the agency's city (or name) and the release." }, "release": { "type": "string", "minLength": 1, "maxLength": 60, "description": "Which release of the agency's data this is, such as `2019` or `2020-03 extract`. Two releases of one agency and dataset type are compared with each other." } } }, "agency": { "title": "Agency", "description": "The agency whose records the files hold (for a file compiling many agencies, its publisher).", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 2, "maxLength": 200, "description": "The agency's full name." }, "ori": { "$ref": "defs/agency.schema.json#/$defs/ori" }, "city": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The city or county it serves." }, "state": { "$ref": "defs/location.schema.json#/$defs/state" } } } } },
  "v1/complaints.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/complaints.schema.json", "title": "Complaints", "description": "Complaints of officer misconduct from members of the public and from within the department: what was alleged, against which officer, by whom, and what the investigation found. Modelled on Code for America's Comport complaints data and IMPD's published complaints.", "x-policedata-dataset": { "type": "complaints", "version": "1.0.0", "grain": { "id": "complaint_allegation_officer", "description": "One row per allegation against one officer within a complaint. A complaint with two allegations against each of two officers has four rows sharing `complaint_id`. Where a source repeats rows for several complainants (as IMPD does), each repeat is its own row and `complainant_id` tells them apart." }, "keys": ["complaint_id", "allegation_id"], "aliases": ["Citizen Complaints", "Complaints", "Complaints of Misconduct", "Allegations", "Internal Affairs Complaints", "Professional Standards Complaints"], "crosswalk": { "opd": "COMPLAINTS (also COMPLAINTS - ALLEGATIONS, COMPLAINTS - OFFICERS, COMPLAINTS - SUBJECTS)", "pdi": "Citizen Complaints" } }, "type": "object", "required": ["complaint_id", "allegation_id"], "properties": { "complaint_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the complaint. Every allegation row of the same complaint carries the same value.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["INCNUM", "id", "opaqueId", "Complaint_Number", "INCIDENT_ID"], "examples": ["7670"] }, "allegation_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies this row within the complaint: one allegation against one officer. Where the source has no allegation number, use its row identifier (IMPD's `OBJECTID`).", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OBJECTID", "allegation_id"], "examples": ["1001"] }, "case_number": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The file number the internal affairs or oversight office gave the investigation, where it differs from `complaint_id`.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["LINKNUM", "caseNumber", "fileNumber", "FILENUM"], "examples": ["15-012"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that the complaint was made against.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that the complaint was made against.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["IN0490400"] }, "complaint_source": { "$ref": "#/$defs/complaint_source", "description": "Who brought the complaint: a member of the public, the department itself or another agency.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["INCIDENT_TYPE", "incidentType", "complaint_source"], "examples": ["citizen"] }, "complaint_class": { "$ref": "#/$defs/complaint_class", "description": "Whether the complaint was taken formally or handled informally. IMPD publishes this in its `SOURCE` column together with the office that received it.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SOURCE", "source"], "examples": ["formal"] }, "received_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the agency received the complaint.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["receivedDate", "Complaint_Date", "COMPLAINT_DATE", "received_date"], "examples": ["2015-03-16"] }, "incident_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the incident complained about.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_DT", "occurredDate", "occuredDate", "Incident_Datetime", "occurred_date"], "examples": ["2015-03-13"] }, "incident_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time of the incident complained about.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_TM", "occurred_time"], "examples": ["21:48"] }, "closed_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the investigation was closed. Absent while it is still open.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["completedDate", "Closed_Date", "closed_date"], "examples": ["2015-07-02"] }, "investigation_status": { "$ref": "#/$defs/investigation_status", "description": "Whether the investigation of the complaint is still open.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Investigation status", "Status", "investigation_status"], "examples": ["closed"] }, "service_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "What the officer was doing when the incident happened, such as a call for service, a traffic stop or an arrest.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SERVICE_TYPE", "serviceType", "service_type"], "examples": ["Call For Service"] }, "allegation_category": { "$ref": "#/$defs/allegation_category", "description": "The broad class of misconduct alleged.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["ALG_CLASS", "allegationType", "allegation_category"], "examples": ["courtesy"] }, "allegation_category_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The allegation class exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ALG_CLASS", "allegationType"], "examples": ["Citizen Interaction"] }, "allegation": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The specific allegation or rule said to be broken, as the agency words it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["ALLEGATION", "allegation"], "examples": ["Rude, demeaning, or affronting language"] }, "finding": { "$ref": "#/$defs/finding", "description": "The outcome of the investigation of this allegation against this officer.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["FINDING", "finding", "disposition", "final_finding"], "examples": ["not_sustained"] }, "finding_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The finding exactly as published (blank cells stay absent).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["FINDING", "finding", "disposition"], "examples": ["Not Sustained"] }, "action_taken": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The discipline or other action taken against the officer on this allegation, if any.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ACTIONTAKEN", "action_taken"], "examples": ["Written Reprimand"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the incident complained about happened; block-level addresses (`11XX BATES ST`) or intersections are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Address", "location", "address"], "examples": ["61XX KEYSTONE AVE N"] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of where the incident complained about happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "Latitude"], "examples": [39.7684] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of where the incident complained about happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lng", "lon", "Longitude"], "examples": [-86.1581] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the incident complained about happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CITY", "city"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the incident complained about happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The police district or precinct where the incident happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["district", "Precinct"], "examples": ["North"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The patrol beat where the incident happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Beat", "BEAT"], "examples": ["N21"] }, "complainant_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person who complained, stable across rows so repeated involvement can be counted without revealing who the person is.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CITNUM", "residentIdentifier", "residentId", "complainant_id"], "examples": ["3432"] }, "complainant_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person who complained, as one or more standard codes.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["RACE", "residentRace", "complainant_race"], "examples": [["black"]] }, "complainant_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person who complained, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["RACE", "residentRace", "complainant_race_raw"], "examples": ["Black"] }, "complainant_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person who complained is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Ethnicity", "complainant_ethnicity"], "examples": ["not_hispanic_latino"] }, "complainant_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person who complained.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["SEX", "residentSex", "complainant_sex"], "examples": ["female"] }, "complainant_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person who complained in whole years at the time of the event.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_AGE", "residentAge", "complainant_age"], "examples": [22] }, "complainant_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person who complained when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["complainant_age_range"], "examples": ["26-35"] }, "complainant_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the person who complained. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["complainant_name"], "examples": ["Jane Doe"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the officer the allegation is against, stable across rows so repeated involvement can be counted without revealing who the person is.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFFNUM", "officerIdentifier", "officerId", "officer_id_hash", "officer_id"], "examples": ["3112"] }, "officer_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the officer the allegation is against, as one or more standard codes.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_RACE", "officerRace", "officer_race"], "examples": [["white"]] }, "officer_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the officer the allegation is against, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_RACE", "officerRace", "officer_race_raw"], "examples": ["White"] }, "officer_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the officer the allegation is against is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officer_ethnicity"], "examples": ["not_hispanic_latino"] }, "officer_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the officer the allegation is against.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_SEX", "officerSex", "officer_sex"], "examples": ["male"] }, "officer_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the officer the allegation is against in whole years at the time of the event.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_AGE", "officerAge", "officer_age"], "examples": [38] }, "officer_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the officer the allegation is against. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["FNAM", "LNAM", "officer_name"], "examples": ["John Smith"] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The officer's years of service at the time of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_YR_EMPLOY", "officerYearsOfService", "officer_years_of_service"], "examples": [6] }, "officer_rank": { "$ref": "defs/person.schema.json#/$defs/rank", "description": "The officer's rank at the time of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["TITLE", "officer_rank"], "examples": ["Patrol Officer"] }, "officer_division": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The division the officer was assigned to (IMPD's `UDTEXT24A`).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24A", "division"], "examples": ["OPERATIONS DIVISION"] }, "officer_district": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The district or bureau the officer was assigned to (IMPD's `UDTEXT24B`).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24B"], "examples": ["NORTH DISTRICT"] }, "officer_shift": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The shift or section the officer was assigned to (IMPD's `UDTEXT24C`).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24C", "shift"], "examples": ["ND LATE SHIFT"] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's unit or squad (IMPD's `UDTEXT24D`).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24D", "assignment", "unit"], "examples": ["VICE UNIT"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "complaint_date_given", "description": "A row gives `received_date`, `incident_date` or both: a complaint without any date cannot be counted by period." }, "if": { "not": { "required": ["received_date"] } }, "then": { "required": ["incident_date"] } }, { "x-policedata-rule": { "id": "pending_finding_has_no_closed_date", "description": "An allegation whose `finding` is `pending` is still under investigation, so it has no `closed_date`." }, "if": { "required": ["finding"], "properties": { "finding": { "const": "pending" } } }, "then": { "not": { "required": ["closed_date"] } } }, { "x-policedata-rule": { "id": "closed_date_means_closed", "description": "When `closed_date` is given, `investigation_status` is not `open`." }, "if": { "required": ["closed_date"] }, "then": { "properties": { "investigation_status": { "const": "closed" } } } }, { "x-policedata-rule": { "id": "closed_investigation_has_finding", "description": "When `investigation_status` is `closed`, `finding` is not `pending`." }, "if": { "required": ["investigation_status"], "properties": { "investigation_status": { "const": "closed" } } }, "then": { "properties": { "finding": { "not": { "const": "pending" } } } } }], "$defs": { "finding": { "title": "Complaint finding", "description": "The outcome of the investigation of one allegation against one officer.", "type": "string", "enum": ["sustained", "not_sustained", "exonerated", "unfounded", "administratively_closed", "withdrawn", "informally_resolved", "pending", "other", "unknown"], "x-policedata-codes": { "sustained": { "label": "Sustained", "description": "The investigation found that the officer did what was alleged and that it broke policy or law.", "aliases": ["Sustained", "SU", "Not within Policy", "Not Justified"], "crosswalk": {} }, "not_sustained": { "label": "Not sustained", "description": "The investigation could not find enough evidence to prove or disprove the allegation.", "aliases": ["Not Sustained", "NS"], "crosswalk": {} }, "exonerated": { "label": "Exonerated", "description": "The conduct happened but was lawful and within policy.", "aliases": ["Exonerated", "EX", "Within policy", "Justified"], "crosswalk": {} }, "unfounded": { "label": "Unfounded", "description": "The conduct did not happen as alleged, or the officer was not involved.", "aliases": ["Unfounded", "UN", "Unfounded/False", "Unfounded/Not Involved", "Unfounded/Unwarranted"], "crosswalk": {} }, "administratively_closed": { "label": "Closed without a finding", "description": "The case was closed without a decision on the merits, for example because no signed affidavit was received or the case was inactivated or vacated.", "aliases": ["NAF", "No Affidavit", "Inactivated", "Vacated"], "crosswalk": {} }, "withdrawn": { "label": "Withdrawn", "description": "The complainant withdrew the complaint before a finding was made.", "aliases": ["Withdrawn"], "crosswalk": {} }, "informally_resolved": { "label": "Resolved informally", "description": "The allegation was resolved without a finding, for example by coaching, mentoring or mediation.", "aliases": ["Coached/Mentored", "Mediation"], "crosswalk": {} }, "pending": { "label": "Pending", "description": "The allegation is still under investigation and has no finding yet. IMPD and Comport leave the finding blank while a case is open; map a blank to `pending` only where the publisher says that is what a blank means.", "aliases": ["Pending", "Open", "Under Investigation"], "crosswalk": {} }, "other": { "label": "Other", "description": "A finding none of the codes above describes.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the finding is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no complaints data.", "nibrs": "NIBRS covers crimes and arrests, not complaints against officers.", "opd": "OpenPoliceData publishes COMPLAINTS tables as released and does not normalise findings. The four classic findings (sustained, not sustained, exonerated, unfounded) are those of Comport, the DSSG early-intervention schema and the Chicago `final_finding` codes." } }, "allegation_category": { "title": "Allegation category", "description": "The broad class of misconduct alleged, grouped from the allegation classes published by IMPD (`ALG_CLASS`, Comport `allegationType`) and the incident types of the DSSG early-intervention schema.", "type": "string", "enum": ["use_of_force", "courtesy", "bias", "harassment", "search_seizure", "arrest_detention", "custody", "vehicle_operation", "performance", "policy_violation", "criminal_conduct", "conduct_unbecoming", "insubordination", "off_duty_employment", "other", "unknown"], "x-policedata-codes": { "use_of_force": { "label": "Use of force", "description": "Force that was unnecessary or more than reasonably necessary.", "aliases": ["Use of Force"], "crosswalk": {} }, "courtesy": { "label": "Courtesy and demeanour", "description": "Rude, insulting or unprofessional language, gestures or behaviour towards a member of the public.", "aliases": ["Citizen Interaction", "Courtesy", "Discourtesy"], "crosswalk": {} }, "bias": { "label": "Bias or profiling", "description": "Treatment based on race, sex, sexual orientation or another protected characteristic.", "aliases": ["Bias-Based Profiling"], "crosswalk": {} }, "harassment": { "label": "Harassment or intimidation", "description": "Harassment, threats or intimidation, on or off duty.", "aliases": ["Harassment", "Intimidation"], "crosswalk": {} }, "search_seizure": { "label": "Search or seizure", "description": "A search, entry or seizure of property without lawful grounds or contrary to procedure.", "aliases": ["Search/Seizure"], "crosswalk": {} }, "arrest_detention": { "label": "Arrest or detention", "description": "An arrest, stop or detention without lawful grounds or contrary to procedure.", "aliases": ["Detention/Arrest"], "crosswalk": {} }, "custody": { "label": "Handling of people in custody", "description": "Mistreatment, neglect or unsafe transport of a person in custody.", "aliases": ["Prisoner Handling/Trans."], "crosswalk": {} }, "vehicle_operation": { "label": "Vehicle operation", "description": "Unsafe or unlawful driving of a police vehicle, including crashes.", "aliases": ["Vehicle Operation"], "crosswalk": {} }, "performance": { "label": "Performance of duty", "description": "Neglect of duty or work below the required standard, including poor investigations, reports and supervision.", "aliases": ["Substandard Performance", "Neglect of Duty", "Investigative Procedures", "Field Operations", "Supv. Responsibilities"], "crosswalk": {} }, "policy_violation": { "label": "Violation of rules or procedures", "description": "Breaking a department rule, order or standard operating procedure not covered by a more specific category.", "aliases": ["Violation of Any Rule", "Unit or Section SOPs", "Info. Security/Access", "Equipment and Uniforms"], "crosswalk": {} }, "criminal_conduct": { "label": "Criminal conduct", "description": "Conduct that would be a crime or other violation of law.", "aliases": ["Violation of Any Law"], "crosswalk": {} }, "conduct_unbecoming": { "label": "Conduct unbecoming", "description": "Conduct on or off duty that reflects badly on the department.", "aliases": ["Conduct Unbecoming"], "crosswalk": {} }, "insubordination": { "label": "Insubordination", "description": "Disobeying supervisors, breaching internal discipline or failing to cooperate with an investigation.", "aliases": ["Breach of Discipline", "Insubordination", "Failure to Cooperate"], "crosswalk": {} }, "off_duty_employment": { "label": "Off-duty employment", "description": "Misconduct in or breaking the rules on secondary or off-duty employment.", "aliases": ["Off-Duty Employment"], "crosswalk": {} }, "other": { "label": "Other", "description": "A category none of the codes above describes (for example IMPD's `Animal Incidents`).", "aliases": ["Other", "Animal Incidents"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the category is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no complaints data.", "nibrs": "NIBRS covers crimes and arrests, not complaints against officers.", "opd": "OpenPoliceData does not normalise allegation categories; it splits some releases into COMPLAINTS - ALLEGATIONS tables." } }, "complaint_source": { "title": "Complaint source", "description": "Who brought the complaint: a member of the public, the department itself or another agency.", "type": "string", "enum": ["citizen", "internal", "other_agency", "other", "unknown"], "x-policedata-codes": { "citizen": { "label": "Member of the public", "description": "A civilian complained: the person affected, a witness or someone on their behalf.", "aliases": ["Citizen Complaint", "Citizen", "Civilian", "External", "Community"], "crosswalk": {} }, "internal": { "label": "Internal", "description": "A supervisor or other member of the department raised the complaint.", "aliases": ["Internal", "Department"], "crosswalk": {} }, "other_agency": { "label": "Another agency", "description": "Another police department, prosecutor or government body referred the complaint.", "aliases": ["Other Agency", "Police"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another source.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known who complained.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no complaints data.", "nibrs": "NIBRS covers crimes and arrests, not complaints against officers.", "opd": "OpenPoliceData's COMPLAINTS type covers internal and community complaints alike and does not normalise the source. The codes follow the DSSG `complaint_origins` (internal, external) and `origination_types` (civilian, internal, police) lists." } }, "complaint_class": { "title": "Complaint class", "description": "Whether the complaint was taken as a formal complaint (investigated, with findings) or handled informally.", "type": "string", "enum": ["formal", "informal"], "x-policedata-codes": { "formal": { "label": "Formal", "description": "Taken as a formal complaint and investigated.", "aliases": ["CPCO (Formal)", "Formal"], "crosswalk": {} }, "informal": { "label": "Informal", "description": "Handled informally, for example by a supervisor's conversation with the complainant.", "aliases": ["CPCO (Informal)", "Informal"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no complaints data.", "nibrs": "NIBRS covers crimes and arrests, not complaints against officers.", "opd": "OpenPoliceData does not normalise this; IMPD and Comport publish it inside `SOURCE` (`CPCO (Formal)`, `CPCO (Informal)`)." } }, "investigation_status": { "title": "Investigation status", "description": "Whether the investigation of the complaint is still open.", "type": "string", "enum": ["open", "closed"], "x-policedata-codes": { "open": { "label": "Open", "description": "The investigation is still going on.", "aliases": ["Open", "Active", "Pending", "Under Investigation"], "crosswalk": {} }, "closed": { "label": "Closed", "description": "The investigation is finished.", "aliases": ["Closed", "Completed"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP covers stops only; it has no complaints data.", "nibrs": "NIBRS covers crimes and arrests, not complaints against officers.", "opd": "OpenPoliceData does not normalise investigation status." } } } },
  "v1/config.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/config.schema.json", "title": "Project config", "description": "The datasets of a repository and how to check them, so that `policedata validate` with no file arguments (as in CI) checks all of them. Written as `policedata.config.json` or `policedata.config.yaml` at the root of the repository. Paths and globs are relative to the config file's folder.", "type": "object", "required": ["datasets"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Optional: this schema's URL, for editor support." }, "datasets": { "description": "The datasets to validate, each one or more files of one dataset type.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/dataset" } } }, "$defs": { "dataset": { "title": "Dataset", "description": "Files of one dataset type, checked with the same mapping, severity overrides and bar.", "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "description": "A path or glob, or a list of them, such as `data/stops-*.csv`.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "type": { "description": "The dataset type, such as `stops`. Detected from the columns when absent, or given by the mapping.", "type": "string", "pattern": "^[a-z][a-z-]*$" }, "mapping": { "description": "A mapping file (YAML or JSON, see mapping.schema.json) for these files.", "type": "string", "minLength": 1 }, "severity": { "description": "Severity overrides by finding code, such as `exact_address: info`.", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "enum": ["error", "warning", "info"] } }, "ignore": { "description": "Finding codes not to report.", "type": "array", "items": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "uniqueItems": true }, "fail_on": { "description": "The lowest severity that fails the run (exit code 1). Default `error`.", "enum": ["error", "warning", "none"] }, "min_level": { "description": "The lowest conformance level that passes. Default `none`.", "enum": ["none", "basic", "good", "complete"] }, "max_samples": { "description": "Samples kept per finding code in the report (default 20). Counts are always exact.", "type": "integer", "minimum": 0 }, "limits": { "description": "Bounds on hostile or broken input, raised for a genuine file that hits one (docs/limits.md). The command line's `--limit` overrides them.", "type": "object", "additionalProperties": false, "properties": { "max_decompressed_bytes": { "description": "Bytes a gzip stream may expand to (default 8 GiB).", "type": "integer", "minimum": 1 }, "max_cell_chars": { "description": "Characters of one CSV cell (default 1,048,576).", "type": "integer", "minimum": 1 }, "max_columns": { "description": "Columns of one row (default 10,000).", "type": "integer", "minimum": 1 }, "max_record_chars": { "description": "Characters of one CSV row, JSON record or NDJSON line (default 16,777,216).", "type": "integer", "minimum": 1 }, "max_json_depth": { "description": "Nesting depth of a JSON record (default 64).", "type": "integer", "minimum": 1 }, "max_workbook_bytes": { "description": "Bytes of an .xlsx or .xls file, read whole (default 50 MiB).", "type": "integer", "minimum": 1 }, "max_tracked_keys": { "description": "Distinct keys and rows remembered by the duplicate checks (default 1,000,000).", "type": "integer", "minimum": 1 } } } } } } },
  "v1/crime-incidents.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/crime-incidents.schema.json", "title": "Crime incidents", "description": "Crimes reported to or discovered by the police, from the records management system (RMS): what offence, when and where it happened, and whether it was cleared. Offences are classified with FBI NIBRS offence codes and, for summary statistics, UCR Part I classes. Victims, offenders and arrestees are not described here.", "x-policedata-dataset": { "type": "crime-incidents", "version": "1.0.0", "grain": { "id": "incident_offense", "description": "One row per offence within an incident. An incident with several offences (a burglary and a theft), or several counted offences of one kind (IMPD adds a letter to the case number for each victim of an aggravated assault), has one row each, linked by `incident_id`. A file that lists only the most serious offence of each incident has one row per incident with `offense_id` `1`." }, "keys": ["incident_id", "offense_id"], "aliases": ["Crime Incidents", "Incidents", "Incident Reports", "Crime Reports", "Crime Statistics", "RMS logs", "UCR Current Year", "Offenses"], "crosswalk": { "nibrs": "Group A Incident Report: Administrative and Offense segments (Group B offences reach NIBRS only as arrests)", "opd": "INCIDENTS", "pdi": "RMS logs (crime incidents)" } }, "type": "object", "required": ["incident_id", "offense_id", "incident_date", "offense_code"], "properties": { "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The report or case number of the incident. Every offence recorded in the same incident shares it.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["INCNUM", "INCIDENT_NO", "CASE_NO", "Incident Number", "INCIDENT_ID", "case_number", "caseNumber", "GO / SC Num"], "examples": ["I190009753"] }, "offense_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies this offence within its incident: an offence or sequence number, or a row identifier that already includes the incident number (IMPD's `CASE` adds a letter per counted offence: `I190024560A`, `I190024560B`). Use `1` when a file lists one offence per incident.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["CASE"], "examples": ["I190009753A", "1"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that recorded the offence.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that recorded the offence.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["department_id"], "examples": ["INIPD0000"] }, "reported_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the offence was reported to or discovered by the police.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Reported_Date", "receivedDate"], "examples": ["2019-01-03"] }, "reported_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the offence was reported.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Reported_Time"], "examples": ["09:15"] }, "incident_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the offence happened, or began when it spans a period. When it is not known, NIBRS practice is to give the report date here as well.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["DATE_", "OCCURRED_DT", "OCCURRED_D", "Date Occurred", "INCIDENT_DATE", "occurredDate", "date", "Date"], "examples": ["2019-01-02"] }, "incident_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the offence happened or began. Leave it absent when unknown rather than writing a placeholder such as `99:99` or `00:00`.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["TIME", "OCCURRED_TM", "OCCURRED_T", "Time Occurred", "time", "Time"], "examples": ["18:28"] }, "incident_end_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "For an offence that happened at an unknown moment within a period (a burglary of an empty home), the last date of that period.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["2019-01-04"] }, "incident_end_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time at which that period ended.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["07:30"] }, "offense_code": { "$ref": "defs/codes.schema.json#/$defs/offense_code", "description": "The offence, as a NIBRS offence code. Map local codes through their meaning, not their number: IMPD's summary `UCR` code 120 is rape, while NIBRS 120 is robbery.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["burglary"] }, "offense_code_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The offence code exactly as the agency published it (a local, state or summary UCR code).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["UCR"], "examples": ["191"] }, "offense_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The offence as the agency describes it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CRIME", "violation"], "examples": ["BURG-FORCIBLE ENT-RES DAY"] }, "ucr_category": { "$ref": "#/$defs/ucr_category", "description": "The UCR Part I class the offence counts toward in summary crime statistics, or `not_part_i`.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["burglary"] }, "offense_attempted": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the offence was only attempted (true) or completed (false).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": [false] }, "weapon_type": { "type": "array", "items": { "$ref": "#/$defs/weapon_type" }, "minItems": 1, "maxItems": 3, "uniqueItems": true, "description": "The weapons or force involved, as NIBRS codes (up to three). NIBRS records them only for homicide, kidnapping, sex offences, robbery, assault, extortion, weapon law violations and human trafficking.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["weapon", "armed_with"], "examples": [["firearm"], ["knife_cutting_instrument", "personal_weapons"]] }, "forced_entry": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "For a burglary, whether entry was forced (NIBRS Method of Entry).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": [true] }, "location_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The kind of place where the offence happened (residence, street, parking lot, convenience store), as the agency records it.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["RESIDENCE/HOME"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the offence happened. Publish block-level addresses (`20XX N RITTER AVE`, `5500 BLOCK S CONCORD ST`): an exact home address can identify a victim, above all for sexual offences.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["ADDRESS", "Address", "Location", "location", "Match_addr", "ADDR_TXT", "Blocked_Location_of_Incident", "Incident Location", "INCIDENT_LOCATION_X", "streetaddress"], "examples": ["20XX N RITTER AVE"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of the offence location (WGS 84), generalised like the address. State-plane coordinates (such as IMPD's `X_COORD`) are not latitudes: convert them or keep them as `raw_` columns.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Latitude", "latitude", "LATITUDE_X", "lat", "Y (LAT)"], "examples": [39.8052] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of the offence location (WGS 84), generalised like the address.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Longitude", "longitude", "LONGITUDE_X", "lon", "lng", "X (LONG)"], "examples": [-86.1047] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the offence.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the offence happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CITY", "city"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the offence happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "postal_code": { "$ref": "defs/location.schema.json#/$defs/postal_code", "description": "ZIP code where the offence happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ZIP"], "examples": ["46218"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Police district, division or precinct where the offence happened.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["DISTRICT", "district", "DIST_NAME", "DIVISION", "division", "Precinct", "Area Command"], "examples": ["Northeast"] }, "sector": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Sector or zone where the offence happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SECTOR", "Sector", "sector"], "examples": ["NE3"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Patrol beat where the offence happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["BEAT", "Beat", "beat"], "examples": ["NE32"] }, "clearance": { "$ref": "#/$defs/clearance", "description": "Whether the offence has been cleared (solved) by arrest or by exceptional means, was unfounded, or remains open.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["not_cleared"] }, "clearance_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The case status or clearance exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["OPEN"] }, "clearance_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the offence was cleared by arrest or exceptionally.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["2019-02-14"] }, "exceptional_clearance_reason": { "$ref": "#/$defs/exceptional_clearance_reason", "description": "Why the offence was cleared exceptionally. Only given when `clearance` is `cleared_exceptionally`.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["victim_refused_to_cooperate"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "ucr_category_matches_offense_code", "description": "`ucr_category` is the Part I class of `offense_code` (for example `theft_from_motor_vehicle`, NIBRS 23F, is `larceny_theft`; `simple_assault`, 13B, is `not_part_i`), unless the offence code is `other` or `unknown`." }, "if": { "required": ["offense_code", "ucr_category"], "properties": { "offense_code": { "$ref": "defs/codes.schema.json#/$defs/offense_code", "not": { "enum": ["other", "unknown"] } } } }, "then": { "allOf": [{ "if": { "properties": { "offense_code": { "const": "murder_nonnegligent_manslaughter" } } }, "then": { "properties": { "ucr_category": { "const": "murder_nonnegligent_manslaughter" } } } }, { "if": { "properties": { "offense_code": { "const": "negligent_manslaughter" } } }, "then": { "properties": { "ucr_category": { "const": "negligent_manslaughter" } } } }, { "if": { "properties": { "offense_code": { "enum": ["rape", "sodomy", "sexual_assault_with_object"] } } }, "then": { "properties": { "ucr_category": { "const": "rape" } } } }, { "if": { "properties": { "offense_code": { "const": "robbery" } } }, "then": { "properties": { "ucr_category": { "const": "robbery" } } } }, { "if": { "properties": { "offense_code": { "const": "aggravated_assault" } } }, "then": { "properties": { "ucr_category": { "const": "aggravated_assault" } } } }, { "if": { "properties": { "offense_code": { "const": "burglary" } } }, "then": { "properties": { "ucr_category": { "const": "burglary" } } } }, { "if": { "properties": { "offense_code": { "enum": ["pocket_picking", "purse_snatching", "shoplifting", "theft_from_building", "theft_from_coin_operated_machine", "theft_from_motor_vehicle", "theft_of_motor_vehicle_parts", "all_other_larceny"] } } }, "then": { "properties": { "ucr_category": { "const": "larceny_theft" } } } }, { "if": { "properties": { "offense_code": { "const": "motor_vehicle_theft" } } }, "then": { "properties": { "ucr_category": { "const": "motor_vehicle_theft" } } } }, { "if": { "properties": { "offense_code": { "const": "arson" } } }, "then": { "properties": { "ucr_category": { "const": "arson" } } } }, { "if": { "properties": { "offense_code": { "enum": ["human_trafficking_commercial_sex", "human_trafficking_involuntary_servitude"] } } }, "then": { "properties": { "ucr_category": { "const": "human_trafficking" } } } }, { "if": { "properties": { "offense_code": { "not": { "enum": ["murder_nonnegligent_manslaughter", "negligent_manslaughter", "rape", "sodomy", "sexual_assault_with_object", "robbery", "aggravated_assault", "burglary", "pocket_picking", "purse_snatching", "shoplifting", "theft_from_building", "theft_from_coin_operated_machine", "theft_from_motor_vehicle", "theft_of_motor_vehicle_parts", "all_other_larceny", "motor_vehicle_theft", "arson", "human_trafficking_commercial_sex", "human_trafficking_involuntary_servitude"] } } } }, "then": { "properties": { "ucr_category": { "const": "not_part_i" } } } }] } }, { "x-policedata-rule": { "id": "weapon_only_for_weapon_offenses", "description": "`weapon_type` is only given for offences for which NIBRS records a weapon or force: homicides, kidnapping, forcible sex offences, robbery, aggravated and simple assault, extortion, weapon offences and human trafficking." }, "if": { "required": ["weapon_type", "offense_code"], "properties": { "offense_code": { "$ref": "defs/codes.schema.json#/$defs/offense_code" } } }, "then": { "properties": { "offense_code": { "enum": ["murder_nonnegligent_manslaughter", "negligent_manslaughter", "justifiable_homicide", "kidnapping_abduction", "rape", "sodomy", "sexual_assault_with_object", "fondling", "robbery", "aggravated_assault", "simple_assault", "extortion_blackmail", "weapon_law_violations", "national_firearms_act_violation", "weapons_of_mass_destruction", "explosives", "human_trafficking_commercial_sex", "human_trafficking_involuntary_servitude", "other", "unknown"] } } } }, { "x-policedata-rule": { "id": "forced_entry_only_for_burglary", "description": "`forced_entry` (NIBRS Method of Entry) is only given for burglary." }, "if": { "required": ["forced_entry", "offense_code"], "properties": { "offense_code": { "$ref": "defs/codes.schema.json#/$defs/offense_code" } } }, "then": { "properties": { "offense_code": { "const": "burglary" } } } }, { "x-policedata-rule": { "id": "homicide_and_assault_are_completed", "description": "Homicides, assaults and intimidation are always completed: an attempted murder is an aggravated assault, so `offense_attempted` cannot be true for them." }, "if": { "required": ["offense_attempted", "offense_code"], "properties": { "offense_code": { "enum": ["murder_nonnegligent_manslaughter", "negligent_manslaughter", "justifiable_homicide", "aggravated_assault", "simple_assault", "intimidation"] } } }, "then": { "properties": { "offense_attempted": { "const": false } } } }, { "x-policedata-rule": { "id": "exceptional_clearance_reason_requires_exceptional_clearance", "description": "`exceptional_clearance_reason` is only given when `clearance` is `cleared_exceptionally`." }, "if": { "required": ["exceptional_clearance_reason", "clearance"], "properties": { "clearance": { "$ref": "#/$defs/clearance" } } }, "then": { "properties": { "clearance": { "const": "cleared_exceptionally" } } } }, { "x-policedata-rule": { "id": "clearance_date_requires_clearance", "description": "`clearance_date` is only given for an offence cleared by arrest or exceptionally." }, "if": { "required": ["clearance_date", "clearance"], "properties": { "clearance": { "$ref": "#/$defs/clearance" } } }, "then": { "properties": { "clearance": { "enum": ["cleared_by_arrest", "cleared_exceptionally"] } } } }], "$defs": { "ucr_category": { "title": "UCR Part I category", "description": "The FBI Uniform Crime Reporting (summary) Part I class the offence counts toward, the categories of published crime statistics.", "type": "string", "enum": ["murder_nonnegligent_manslaughter", "negligent_manslaughter", "rape", "robbery", "aggravated_assault", "burglary", "larceny_theft", "motor_vehicle_theft", "arson", "human_trafficking", "not_part_i"], "x-policedata-codes": { "murder_nonnegligent_manslaughter": { "label": "Murder and nonnegligent manslaughter", "description": "Part I class 1a: the willful (nonnegligent) killing of one person by another. Attempts are aggravated assaults.", "aliases": ["CRIMINAL HOMICIDE"], "crosswalk": { "nibrs": "09A" } }, "negligent_manslaughter": { "label": "Manslaughter by negligence", "description": "Part I class 1b: killing another person through gross negligence. Not counted in the violent crime total.", "aliases": ["MANSLAUGHTER BY NEG", "Manslaughter by Negligence"], "crosswalk": { "nibrs": "09B" } }, "rape": { "label": "Rape", "description": "Part I class 2 under the revised (2013) definition, attempts included.", "aliases": ["RAPE", "RAPE-ATTEMPT"], "crosswalk": { "nibrs": "11A;11B;11C" } }, "robbery": { "label": "Robbery", "description": "Part I class 3, attempts included.", "aliases": ["ROBBERY-ARMED-HIWAY", "ATTEMPT STRONG ARMED ROBBERY"], "crosswalk": { "nibrs": "120" } }, "aggravated_assault": { "label": "Aggravated assault", "description": "Part I class 4, including attempted murder.", "aliases": ["AGGRAVATED ASSAULT-GUN", "AGGRAVATED ASSAULT-HANDS,FIS"], "crosswalk": { "nibrs": "13A" } }, "burglary": { "label": "Burglary", "description": "Part I class 5 (breaking or entering), attempts included.", "aliases": ["BURG-FORCIBLE ENT-RES DAY", "BURG-ATTEMPT-RES NIGHT"], "crosswalk": { "nibrs": "220" } }, "larceny_theft": { "label": "Larceny-theft", "description": "Part I class 6: theft other than of a motor vehicle, attempts included.", "aliases": ["Larceny-Theft", "LARCENY-OVER 200-FROM AUTO", "LARCENY-ATTEMPT"], "crosswalk": { "nibrs": "23A;23B;23C;23D;23E;23F;23G;23H" } }, "motor_vehicle_theft": { "label": "Motor vehicle theft", "description": "Part I class 7, attempts included.", "aliases": ["STOLEN VEHICLE", "ATTEMPT VEHICLE THEFT"], "crosswalk": { "nibrs": "240" } }, "arson": { "label": "Arson", "description": "Part I class 8.", "aliases": ["Arson"], "crosswalk": { "nibrs": "200" } }, "human_trafficking": { "label": "Human trafficking", "description": "Commercial sex acts and involuntary servitude, collected with the Part I offences since 2013.", "aliases": ["Human Trafficking"], "crosswalk": { "nibrs": "64A;64B" } }, "not_part_i": { "label": "Not a Part I offence", "description": "Any other record: a Part II offence (such as simple assault, fraud, vandalism or a drug violation), a justifiable homicide, or a non-criminal report.", "aliases": ["Part II"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover crime incidents.", "nibrs": "Each Part I class is the set of NIBRS offence codes given in its crosswalk (separated by `;`), as in the FBI's NIBRS-to-summary conversion; `not_part_i` covers every other code.", "opd": "OpenPoliceData does not normalise offences." } }, "weapon_type": { "title": "Weapon or force", "description": "The type of weapon or force involved in an offence, as NIBRS records it.", "type": "string", "enum": ["firearm", "handgun", "rifle", "shotgun", "other_firearm", "knife_cutting_instrument", "blunt_object", "motor_vehicle", "personal_weapons", "poison", "explosives", "fire_incendiary_device", "drugs_narcotics", "asphyxiation", "other", "unknown", "none"], "x-policedata-codes": { "firearm": { "label": "Firearm", "description": "A firearm whose type was not recorded.", "aliases": ["11", "Firearm", "FIREARM", "gun"], "crosswalk": { "nibrs": "11" } }, "handgun": { "label": "Handgun", "description": "A pistol or revolver.", "aliases": ["12", "Handgun"], "crosswalk": { "nibrs": "12" } }, "rifle": { "label": "Rifle", "description": "A rifle.", "aliases": ["13", "Rifle"], "crosswalk": { "nibrs": "13" } }, "shotgun": { "label": "Shotgun", "description": "A shotgun.", "aliases": ["14", "Shotgun"], "crosswalk": { "nibrs": "14" } }, "other_firearm": { "label": "Other firearm", "description": "Any other firearm.", "aliases": ["15", "Other Firearm"], "crosswalk": { "nibrs": "15" } }, "knife_cutting_instrument": { "label": "Knife/cutting instrument", "description": "A knife, razor, axe, broken bottle or other cutting or stabbing instrument.", "aliases": ["20", "Knife/Cutting Instrument", "KNIFE OR CUTTING INSTRUMENT", "knife"], "crosswalk": { "nibrs": "20" } }, "blunt_object": { "label": "Blunt object", "description": "A club, bat, pipe or other blunt object.", "aliases": ["30", "Blunt Object", "blunt_object"], "crosswalk": { "nibrs": "30" } }, "motor_vehicle": { "label": "Motor vehicle/vessel", "description": "A motor vehicle or vessel used as a weapon.", "aliases": ["35", "Motor Vehicle/Vessel", "vehicle"], "crosswalk": { "nibrs": "35" } }, "personal_weapons": { "label": "Personal weapons", "description": "Hands, fists, feet, teeth or other parts of the body.", "aliases": ["40", "Personal Weapons", "HANDS FIST FEET ETC"], "crosswalk": { "nibrs": "40" } }, "poison": { "label": "Poison", "description": "Poison, including gas.", "aliases": ["50", "Poison"], "crosswalk": { "nibrs": "50" } }, "explosives": { "label": "Explosives", "description": "An explosive device.", "aliases": ["60", "Explosives"], "crosswalk": { "nibrs": "60" } }, "fire_incendiary_device": { "label": "Fire/incendiary device", "description": "Fire or an incendiary device.", "aliases": ["65", "Fire/Incendiary Device"], "crosswalk": { "nibrs": "65" } }, "drugs_narcotics": { "label": "Drugs/narcotics/sleeping pills", "description": "Drugs, narcotics or sleeping pills used to harm or overpower the victim.", "aliases": ["70", "Drugs/Narcotics/Sleeping Pills"], "crosswalk": { "nibrs": "70" } }, "asphyxiation": { "label": "Asphyxiation", "description": "Drowning, strangulation or suffocation.", "aliases": ["85", "Asphyxiation"], "crosswalk": { "nibrs": "85" } }, "other": { "label": "Other", "description": "Any other weapon.", "aliases": ["90", "Other", "OTHER DANGEROUS WEAPON", "other"], "crosswalk": { "nibrs": "90" } }, "unknown": { "label": "Unknown", "description": "A weapon or force was used, but which is not known.", "aliases": ["95", "Unknown", "undetermined", "unknown"], "crosswalk": { "nibrs": "95" } }, "none": { "label": "None", "description": "No weapon or force was involved.", "aliases": ["99", "None", "unarmed"], "crosswalk": { "nibrs": "99" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover weapons used in offences.", "nibrs": "NIBRS Type of Weapon/Force Involved codes map one to one; the automatic-firearm suffix `A` is not kept.", "opd": "OpenPoliceData does not normalise weapons." } }, "clearance": { "title": "Clearance", "description": "How the offence stands in the Uniform Crime Reporting sense of being solved: cleared by arrest, cleared exceptionally, unfounded, or not cleared.", "type": "string", "enum": ["not_cleared", "cleared_by_arrest", "cleared_exceptionally", "unfounded", "unknown"], "x-policedata-codes": { "not_cleared": { "label": "Not cleared", "description": "No one has been arrested and the offence has not been cleared exceptionally: the case is open, inactive or suspended.", "aliases": ["Open", "Inactive", "Suspended"], "crosswalk": {} }, "cleared_by_arrest": { "label": "Cleared by arrest", "description": "At least one person was arrested, charged and turned over for prosecution for the offence.", "aliases": ["Cleared by Arrest", "Cleared through arrest"], "crosswalk": {} }, "cleared_exceptionally": { "label": "Cleared exceptionally", "description": "The offender is identified and could be arrested, but something outside police control prevents it; `exceptional_clearance_reason` says what.", "aliases": ["Cleared Exceptionally", "Exceptional clearance"], "crosswalk": { "nibrs": "A;B;C;D;E" } }, "unfounded": { "label": "Unfounded", "description": "Investigation showed that no offence occurred or was attempted; the record is removed from crime counts.", "aliases": ["Unfounded"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source does not say whether the offence was cleared.", "aliases": [], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover crime incidents.", "nibrs": "NIBRS has no single clearance field: an incident is cleared by arrest when an Arrestee segment is submitted, and Cleared Exceptionally (data element 4) holds A to E, or N when not applicable. Unfounded incidents are deleted rather than coded.", "opd": "OpenPoliceData does not normalise clearances." } }, "exceptional_clearance_reason": { "title": "Exceptional clearance reason", "description": "Why an offence was cleared by exceptional means rather than by arrest.", "type": "string", "enum": ["death_of_offender", "prosecution_declined", "in_custody_of_other_jurisdiction", "victim_refused_to_cooperate", "juvenile_no_custody"], "x-policedata-codes": { "death_of_offender": { "label": "Death of offender", "description": "The offender died before they could be arrested.", "aliases": ["A", "Death of Offender"], "crosswalk": { "nibrs": "A" } }, "prosecution_declined": { "label": "Prosecution declined", "description": "The prosecutor declined the case for a reason other than lack of probable cause.", "aliases": ["B", "Prosecution Declined"], "crosswalk": { "nibrs": "B" } }, "in_custody_of_other_jurisdiction": { "label": "In custody of other jurisdiction", "description": 'The offender is held by another jurisdiction (formerly "extradition denied").', "aliases": ["C", "In Custody of Other Jurisdiction", "Extradition Denied"], "crosswalk": { "nibrs": "C" } }, "victim_refused_to_cooperate": { "label": "Victim refused to cooperate", "description": "The victim refused to cooperate in the prosecution.", "aliases": ["D", "Victim Refused to Cooperate"], "crosswalk": { "nibrs": "D" } }, "juvenile_no_custody": { "label": "Juvenile, no custody", "description": "A juvenile offender was handled without being taken into custody, by notice to a parent or guardian.", "aliases": ["E", "Juvenile/No Custody"], "crosswalk": { "nibrs": "E" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover crime incidents.", "nibrs": "NIBRS Cleared Exceptionally codes A to E map one to one; N (not applicable) is expressed by leaving this field absent.", "opd": "OpenPoliceData does not normalise clearances." } } } },
  "v1/dataset.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/dataset.schema.json", "title": "Dataset descriptor", "description": "Metadata about one published file: whose records it holds, which dataset type and schema version it follows, the period it covers, when it was extracted and where it comes from. Written as a small JSON document beside the file; it describes the file, not its rows.", "type": "object", "required": ["dataset_type", "schema_version", "title", "format"], "properties": { "agency": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 2, "maxLength": 200, "description": "The agency's full name as it publishes it.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["AgencyFull", "Agency", "agency_name"], "examples": ["Indianapolis Metropolitan Police Department"] }, "ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The agency's nine-character FBI Originating Agency Identifier (ORI). Seven-character ORIs, as in the FBI's summary data, take `00` at the end.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["oricodes", "department_id"], "examples": ["INIPD0000"] }, "city": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The city or county the agency serves.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["SourceName"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "The two-letter USPS code of the agency's state or territory.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["State", "state"], "examples": ["IN"] } }, "description": "The law-enforcement agency whose records the file holds. Leave it out for a file that compiles many agencies (a statewide or national dataset) and name the `publisher` instead.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": [{ "name": "Indianapolis Metropolitan Police Department", "ori": "INIPD0000", "city": "Indianapolis", "state": "IN" }] }, "publisher": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The organisation that published the file when it is not the agency itself: a state office, a newspaper, a research project.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["supplying_entity"], "examples": ["The Washington Post"] }, "dataset_type": { "$ref": "#/$defs/dataset_type", "description": "Which of the standard's dataset types the file holds; it selects the schema the rows are checked against.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["TableType"], "examples": ["complaints"] }, "schema_version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$", "description": "The version of the dataset type's schema the file is described against, as `MAJOR.MINOR.PATCH`.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["1.0.0"] }, "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "A short human-readable name for the file, as a catalogue would list it.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["IMPD citizen complaints, December 2019 extract"] }, "description": { "type": "string", "minLength": 1, "maxLength": 5e3, "description": "What the file contains and anything a user must know to read it correctly: what one row is, what is left out, known quirks.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Description"], "examples": ["Citizen complaints against IMPD officers, one row per allegation."] }, "coverage_start": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The first day of the period the records cover (by the date the dataset type counts by: the stop, the incident, the complaint).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["coverage_start"], "examples": ["2013-01-01"] }, "coverage_end": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The last day of the period the records cover.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["coverage_end"], "examples": ["2013-12-31"] }, "as_of": { "$ref": "#/$defs/partial_date", "description": `The date the records were extracted from the agency's systems. Records are revised after publication (dispositions change, missing details are filled in), so two copies of the "same" file can differ; give a month or year alone if that is all that is known.`, "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["2019-10-31"] }, "published": { "$ref": "#/$defs/partial_date", "description": "The date this version of the file was published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["2019-11-04"] }, "source_url": { "type": "string", "format": "uri", "description": "Where the file can be downloaded: the open-data portal page, or the archived copy it was taken from.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["source_url", "URL", "url"], "examples": ["https://github.com/punctuationmarks/IMPD-Data-Analysis/blob/2bc2f806fdd2e219f5920d9d3ee094671e5c1362/RawData/Unordered/IMPD_complaints_Dec_2019.csv"] }, "data_dictionary_url": { "type": "string", "format": "uri", "description": "Where the publisher explains the file's columns and codes.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["readme"], "examples": ["https://data.example.gov/use-of-force/data-dictionary"] }, "format": { "$ref": "#/$defs/format", "description": "The file format.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["DataType", "type"], "examples": ["csv"] }, "row_count": { "type": "integer", "minimum": 0, "description": "The number of records in the file, leaving out the header, title rows and empty rows.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": [3465] }, "license": { "type": "string", "minLength": 1, "maxLength": 200, "description": "The licence or terms the file is published under, as an SPDX identifier where there is one (`CC-BY-4.0`, `ODC-PDDL-1.0`) or a short phrase.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["CC-BY-4.0"] }, "contact": { "type": "string", "minLength": 1, "maxLength": 300, "description": "How to reach the publisher about the file: a team e-mail address or web page, not a named person.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["opendata@example.gov"] }, "data": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^\\S(.*\\S)?$", "description": "The data file this descriptor describes: a path relative to this descriptor (or a glob, for a dataset published as several files). `policedata compare` reads a folder of descriptors through it.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["indianapolis-complaints-2019-12.csv"] }, "mapping": { "type": "string", "minLength": 1, "maxLength": 500, "pattern": "^\\S+$", "description": "The mapping file used to read this file into the standard: a path relative to this descriptor, or a URL.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["../mappings/indianapolis-complaints-2019-12.yaml"] } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "agency_or_publisher", "description": "A descriptor names the `agency` whose records the file holds or, for a file compiling many agencies, its `publisher`." }, "if": { "not": { "required": ["agency"] } }, "then": { "required": ["publisher"] } }], "$defs": { "dataset_type": { "title": "Dataset type", "description": "One of the standard's dataset types, named as its schema file is.", "type": "string", "enum": ["stops", "use-of-force", "officer-involved-shootings", "complaints", "calls-for-service", "arrests", "citations", "crime-incidents", "assaults-on-officers", "vehicle-pursuits", "employees"] }, "format": { "title": "File format", "description": "The format of a published file.", "type": "string", "enum": ["csv", "tsv", "json", "ndjson", "xlsx", "xls"], "x-policedata-codes": { "csv": { "label": "CSV", "description": "Comma-separated values, with a header row.", "aliases": ["CSV", "csv", "text/csv"], "crosswalk": { "opd": "CSV" } }, "tsv": { "label": "TSV", "description": "Tab-separated values, with a header row.", "aliases": ["TSV", "tab-separated"], "crosswalk": {} }, "json": { "label": "JSON", "description": "A JSON array of records (or an object holding one).", "aliases": ["JSON", "application/json"], "crosswalk": {} }, "ndjson": { "label": "Newline-delimited JSON", "description": "One JSON record per line (JSON Lines).", "aliases": ["NDJSON", "JSON Lines", "jsonl"], "crosswalk": {} }, "xlsx": { "label": "Excel workbook", "description": "A Microsoft Excel workbook (Office Open XML, 2007 and later).", "aliases": ["xlsx", "Excel"], "crosswalk": { "opd": "Excel" } }, "xls": { "label": "Legacy Excel workbook", "description": "A Microsoft Excel 97-2003 workbook.", "aliases": ["xls", "Excel"], "crosswalk": { "opd": "Excel" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not describe source files.", "nibrs": "NIBRS is submitted in its own flat-file and XML formats, which are not publication formats.", "opd": "OpenPoliceData's DataType records CSV and Excel files as here; its other values (ArcGIS, Socrata, CKAN, Carto, Opendatasoft, HTML) are portals or APIs rather than file formats and have no code here." } }, "partial_date": { "title": "Date, possibly partial", "description": "An ISO 8601 calendar date, `YYYY-MM-DD`, or only the month (`YYYY-MM`) or year (`YYYY`) when that is all the publisher states.", "type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "examples": ["2019-10-31", "2019-12"] } } },
  "v1/defs/agency.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/agency.schema.json", "title": "Agency", "description": "The law-enforcement agency a record belongs to.", "$defs": { "name": { "title": "Agency name", "description": "The agency's full name as it publishes it.", "type": "string", "minLength": 2, "maxLength": 200, "examples": ["Indianapolis Metropolitan Police Department"] }, "ori": { "title": "FBI ORI", "description": "The agency's nine-character FBI Originating Agency Identifier: two-letter state code followed by seven letters or digits.", "type": "string", "pattern": "^[A-Z]{2}[A-Z0-9]{7}$", "examples": ["INIPD0000"] }, "unit": { "title": "Organisational unit", "description": "A division, bureau, district, unit or squad name as the agency writes it.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["North District", "Narcotics Unit"] } } },
  "v1/defs/codes.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/codes.schema.json", "title": "Shared code lists", "description": "Code lists shared by several dataset types: race, ethnicity, sex and gender, the source of a race value, and the offence, charge class, weapon, impairment, injury severity and review finding lists that more than one type uses. Each code carries its label, common source spellings, and its crosswalk to the Stanford Open Policing Project (opp), FBI NIBRS (nibrs) and OpenPoliceData (opd). Common spellings are hints for building a mapping: the same letter means different things in different cities, so a mapping file always states its own crosswalk.", "$defs": { "race": { "title": "Race", "description": "One race code. A person may have several; see the person race list.", "type": "string", "enum": ["white", "black", "hispanic_latino", "asian", "pacific_islander", "asian_pacific_islander", "american_indian_alaska_native", "middle_eastern_south_asian", "multiple", "other", "unknown", "unspecified"], "x-policedata-codes": { "white": { "label": "White", "description": "A person having origins in any of the original peoples of Europe, the Middle East (where not coded separately) or North Africa.", "aliases": ["W", "WHITE", "Caucasian", "WHI", "WHT", "White/Caucasian"], "crosswalk": { "opp": "white", "nibrs": "W", "opd": "WHITE" } }, "black": { "label": "Black", "description": "A person having origins in any of the Black racial groups of Africa.", "aliases": ["B", "BLACK", "Black or African American", "African American", "Black/African American", "BLK"], "crosswalk": { "opp": "black", "nibrs": "B", "opd": "BLACK" } }, "hispanic_latino": { "label": "Hispanic or Latino", "description": "Recorded as a race value by sources that fold ethnicity into race. Prefer the separate ethnicity field where the source has one.", "aliases": ["H", "HISPANIC", "Latino", "Hispanic/Latino", "SPANISH (DO NOT USE)", "L"], "crosswalk": { "opp": "hispanic", "nibrs": "U", "opd": "HISPANIC/LATINO" } }, "asian": { "label": "Asian", "description": "A person having origins in any of the original peoples of the Far East, Southeast Asia or the Indian subcontinent.", "aliases": ["A", "ASIAN", "Asian American"], "crosswalk": { "opp": "asian/pacific islander", "nibrs": "A", "opd": "ASIAN" } }, "pacific_islander": { "label": "Native Hawaiian or Other Pacific Islander", "description": "A person having origins in any of the original peoples of Hawaii, Guam, Samoa or other Pacific Islands.", "aliases": ["P", "PACIFIC ISLANDER", "Native Hawaiian", "Hawaiian/Pacific Islander", "NHPI"], "crosswalk": { "opp": "asian/pacific islander", "nibrs": "P", "opd": "HAWAIIAN/PACIFIC ISLANDER" } }, "asian_pacific_islander": { "label": "Asian or Pacific Islander", "description": "The combined category used by sources that do not separate Asian from Pacific Islander.", "aliases": ["API", "AAPI", "Asian/Pacific Islander", "Asian or Pacific Islander"], "crosswalk": { "opp": "asian/pacific islander", "nibrs": "U", "opd": "ASIAN/PACIFIC ISLANDER" } }, "american_indian_alaska_native": { "label": "American Indian or Alaska Native", "description": "A person having origins in any of the original peoples of North, Central or South America who maintains tribal affiliation or community attachment.", "aliases": ["I", "N", "AMERICAN INDIAN", "Native American", "Indigenous", "American Indian/Alaskan Native", "Indian/Alaskan Native", "AI/AN"], "crosswalk": { "opp": "other", "nibrs": "I", "opd": "INDIGENOUS" } }, "middle_eastern_south_asian": { "label": "Middle Eastern or South Asian", "description": "Used by sources that record it separately (for example California RIPA stop data).", "aliases": ["M", "MIDDLE EASTERN", "Middle Eastern or South Asian", "MESA"], "crosswalk": { "opp": "other", "nibrs": "U", "opd": "MIDDLE EASTERN/SOUTH ASIAN" } }, "multiple": { "label": "Two or more races", "description": "The source records the person as belonging to more than one race without listing them. When the races are listed, record each one instead.", "aliases": ["Bi-racial", "Biracial", "Multi-racial", "Two or more races", "MULTIPLE"], "crosswalk": { "opp": "other", "nibrs": "U", "opd": "MULTIPLE" } }, "other": { "label": "Other", "description": "A race the source records that none of the codes above describes.", "aliases": ["O", "OTHER", "Other race"], "crosswalk": { "opp": "other", "nibrs": "U", "opd": "OTHER" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the race is not known.", "aliases": ["U", "UNK", "UNKNOWN", "--", "Unknown race"], "crosswalk": { "opp": "unknown", "nibrs": "U", "opd": "UNKNOWN" } }, "unspecified": { "label": "Not recorded", "description": "The source left the race blank, or recorded that it was not collected or declined.", "aliases": ["NULL", "N/A", "NOT RECORDED", "NOT SPECIFIED", "DECLINED", "I DO NOT WISH TO SELF IDENTIFY"], "crosswalk": { "opp": "unknown", "nibrs": "U", "opd": "UNSPECIFIED" } } }, "x-policedata-crosswalk-notes": { "opp": 'OPP has six values and folds Hispanic ethnicity into race ("if ethnicity, i.e. hispanic use it, else default to race"). Asian and Pacific Islander codes collapse to `asian/pacific islander`; American Indian, Middle Eastern and multiple collapse to `other`.', "nibrs": "NIBRS race has six codes (W, B, I, A, P, U) and records Hispanic origin in a separate ethnicity field, so `hispanic_latino` as a race maps to race U plus ethnicity H. Combined or unlisted categories map to U.", "opd": "OpenPoliceData's expanded race categories map one to one." } }, "ethnicity": { "title": "Ethnicity", "description": "Hispanic or Latino origin, recorded separately from race.", "type": "string", "enum": ["hispanic_latino", "not_hispanic_latino", "unknown", "unspecified"], "x-policedata-codes": { "hispanic_latino": { "label": "Hispanic or Latino", "description": "A person of Cuban, Mexican, Puerto Rican, South or Central American, or other Spanish culture or origin, regardless of race.", "aliases": ["H", "HI", "HISPANIC", "Latino", "Hispanic or Latino", "Y"], "crosswalk": { "opp": "hispanic", "nibrs": "H", "opd": "HISPANIC/LATINO" } }, "not_hispanic_latino": { "label": "Not Hispanic or Latino", "description": "The source recorded the person as not Hispanic or Latino.", "aliases": ["N", "NH", "NON-HISPANIC", "Not Hispanic", "Non-Hispanic/Non-Latino"], "crosswalk": { "nibrs": "N", "opd": "NON-HISPANIC/NON-LATINO" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the ethnicity is not known.", "aliases": ["U", "UNK", "UNKNOWN"], "crosswalk": { "nibrs": "U", "opd": "UNKNOWN" } }, "unspecified": { "label": "Not recorded", "description": "The source left the ethnicity blank or did not collect it.", "aliases": ["NULL", "N/A", "NOT RECORDED"], "crosswalk": { "nibrs": "U", "opd": "UNSPECIFIED" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP has no ethnicity field; a Hispanic ethnicity overrides the race value (`hispanic`).", "nibrs": "NIBRS ethnicity codes H, N, U.", "opd": "OpenPoliceData ethnicity categories map one to one." } }, "sex": { "title": "Sex or gender", "description": "The person's sex or gender as the source records it.", "type": "string", "enum": ["male", "female", "transgender_male", "transgender_female", "nonbinary", "gender_nonconforming", "other", "unknown", "unspecified"], "x-policedata-codes": { "male": { "label": "Male", "description": "The source recorded the person as male.", "aliases": ["M", "MALE", "Man", "MAN/BOY"], "crosswalk": { "opp": "male", "nibrs": "M", "opd": "MALE" } }, "female": { "label": "Female", "description": "The source recorded the person as female.", "aliases": ["F", "FEMALE", "Woman", "WOMAN/GIRL"], "crosswalk": { "opp": "female", "nibrs": "F", "opd": "FEMALE" } }, "transgender_male": { "label": "Transgender man", "description": "The source recorded the person as transgender man.", "aliases": ["Transgender man", "Trans male", "FTM"], "crosswalk": { "nibrs": "U", "opd": "TRANSGENDER_MALE" } }, "transgender_female": { "label": "Transgender woman", "description": "The source recorded the person as transgender woman.", "aliases": ["Transgender woman", "Trans female", "MTF"], "crosswalk": { "nibrs": "U", "opd": "TRANSGENDER_FEMALE" } }, "nonbinary": { "label": "Non-binary", "description": "The source recorded the person as non-binary.", "aliases": ["Non-binary", "Nonbinary", "X", "GENDER NONBINARY"], "crosswalk": { "nibrs": "U", "opd": "GENDER_NONBINARY" } }, "gender_nonconforming": { "label": "Gender non-conforming", "description": "The source recorded the person as gender non-conforming.", "aliases": ["Gender nonconforming", "Non-conforming", "GNC"], "crosswalk": { "nibrs": "U", "opd": "GENDER_NONCONFORMING" } }, "other": { "label": "Other", "description": "A sex or gender the source records that none of the codes above describes.", "aliases": ["O", "OTHER"], "crosswalk": { "nibrs": "U", "opd": "OTHER" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the sex is not known.", "aliases": ["U", "UNK", "UNKNOWN", "Z", "--"], "crosswalk": { "nibrs": "U", "opd": "UNKNOWN" } }, "unspecified": { "label": "Not recorded", "description": "The source left the sex blank or did not collect it.", "aliases": ["NULL", "N/A", "NOT RECORDED"], "crosswalk": { "nibrs": "U", "opd": "UNSPECIFIED" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP keeps only `male` and `female`; every other value becomes missing (NA).", "nibrs": "NIBRS has M, F and U; values other than male and female map to U.", "opd": "OpenPoliceData gender categories map one to one." } }, "race_source": { "title": "Source of a race value", "description": "How the race or ethnicity value was obtained (compare the Washington Post's `race_source` and Seattle's \"perceived\" race).", "type": "string", "enum": ["perceived", "self_reported", "records", "other", "unknown"], "x-policedata-codes": { "perceived": { "label": "Perceived by the officer", "description": "The officer recorded what they perceived; the person was not asked.", "aliases": ["Perceived", "Observed", "Officer perception"], "crosswalk": {} }, "self_reported": { "label": "Self-reported", "description": "The person stated it.", "aliases": ["Self-reported", "Self reported", "Stated"], "crosswalk": {} }, "records": { "label": "From records", "description": "Taken from an identity document, a records system or public records.", "aliases": ["Public record", "Records", "DMV"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another source, such as video or a photograph.", "aliases": ["Clip", "Photo", "Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source of the value was not recorded.", "aliases": ["Not available", "Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record the source.", "nibrs": "NIBRS does not record the source.", "opd": "OpenPoliceData does not record the source." } }, "weapon": { "title": "Weapon", "description": "What a person was armed with or used as a weapon, in the classes of the FBI NIBRS Type Weapon/Force element (as the Washington Post's `armed_with` also does). Firearms are grouped under `firearm` with `firearm_` codes for the kind when known. A person may carry several weapons.", "type": "string", "enum": ["firearm", "firearm_handgun", "firearm_rifle", "firearm_shotgun", "firearm_other", "knife", "blunt_object", "vehicle", "personal_weapons", "explosives", "replica", "other", "unknown_weapon", "unarmed", "unknown"], "x-policedata-codes": { "firearm": { "label": "Firearm", "description": "A firearm of a kind not stated.", "aliases": ["gun", "Firearm", "FIREARM"], "crosswalk": { "nibrs": "11" } }, "firearm_handgun": { "label": "Handgun", "description": "A pistol or revolver.", "aliases": ["Suspect - Handgun", "Handgun", "IMPD - Duty Handgun", "IMPD - Back-Up Handgun", "Duty Handgun"], "crosswalk": { "nibrs": "12" } }, "firearm_rifle": { "label": "Rifle", "description": "A rifle.", "aliases": ["Suspect - Rifle", "Rifle", "IMPD - Patrol Rifle", "Personal Patrol Rifle"], "crosswalk": { "nibrs": "13" } }, "firearm_shotgun": { "label": "Shotgun", "description": "A shotgun.", "aliases": ["Shotgun", "IMPD - Shotgun", "Personal Shotgun"], "crosswalk": { "nibrs": "14" } }, "firearm_other": { "label": "Other firearm", "description": "Another firearm, such as a machine gun or submachine gun.", "aliases": ["Other Firearm", "IMPD SWAT - Machine Gun"], "crosswalk": { "nibrs": "15" } }, "knife": { "label": "Knife or cutting instrument", "description": "A knife or other cutting or stabbing instrument: razors, machetes, axes, cleavers, scissors, broken bottles, ice picks.", "aliases": ["knife", "Suspect - Knife", "KNIFE OR CUTTING INSTRUMENT", "machete", "box cutter", "sword", "hatchet"], "crosswalk": { "nibrs": "20" } }, "blunt_object": { "label": "Blunt object", "description": "A blunt object such as a bat, club, brick, hammer, pipe or tire iron.", "aliases": ["blunt_object", "blunt object", "hammer", "metal pipe"], "crosswalk": { "nibrs": "30" } }, "vehicle": { "label": "Motor vehicle", "description": "A motor vehicle or vessel used as a weapon.", "aliases": ["vehicle", "VEHICLE"], "crosswalk": { "nibrs": "35" } }, "personal_weapons": { "label": "Hands, fists, feet", "description": "The body used as a weapon: hands, fists, feet, teeth.", "aliases": ["HANDS FIST FEET ETC", "Hands, Fists, Feet, etc."], "crosswalk": { "nibrs": "40" } }, "explosives": { "label": "Explosives", "description": "An explosive device.", "aliases": ["Explosives"], "crosswalk": { "nibrs": "60" } }, "replica": { "label": "Replica or toy weapon", "description": "A toy, replica or other non-working firearm.", "aliases": ["replica", "toy weapon", "TOY"], "crosswalk": {} }, "other": { "label": "Other weapon", "description": "Any other weapon, such as a BB or pellet gun, Taser or pepper spray.", "aliases": ["other", "Suspect - Misc Weapon", "OTHER DANGEROUS WEAPON", "OTHER"], "crosswalk": { "nibrs": "90" } }, "unknown_weapon": { "label": "Armed, weapon unknown", "description": "The person had a weapon but it is not known what kind.", "aliases": ["unknown", "unknown weapon"], "crosswalk": { "nibrs": "95" } }, "unarmed": { "label": "Unarmed", "description": "The person had no weapon.", "aliases": ["unarmed", "Suspect - Unarmed", "NONE"], "crosswalk": { "nibrs": "99" } }, "unknown": { "label": "Not known whether armed", "description": "Whether the person had a weapon could not be determined.", "aliases": ["undetermined", "UNDETER"], "crosswalk": { "nibrs": "95" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record weapons.", "nibrs": "NIBRS Type Weapon/Force codes 11-15, 20, 30, 35, 40, 60, 90, 95 and 99. NIBRS has no replica class and one Unknown (95) for both `unknown_weapon` and `unknown`; its Poison, Fire, Drugs and Asphyxiation codes (50, 65, 70, 85) map to `other`, and its automatic-weapon suffix `A` is not kept.", "opd": "OpenPoliceData does not normalise weapons." } }, "review_finding": { "title": "Review finding", "description": "The outcome of the agency's review of a use of force, such as a shooting.", "type": "string", "enum": ["justified", "within_policy", "not_justified", "not_within_policy", "pending", "other", "unknown"], "x-policedata-codes": { "justified": { "label": "Justified", "description": "The review found the force legally justified.", "aliases": ["Justified"], "crosswalk": {} }, "within_policy": { "label": "Within policy", "description": "The review found the force complied with department policy.", "aliases": ["Within policy", "In compliance"], "crosswalk": {} }, "not_justified": { "label": "Not justified", "description": "The review found the force was not justified.", "aliases": ["Not Justified"], "crosswalk": {} }, "not_within_policy": { "label": "Not within policy", "description": "The review found the force broke department policy.", "aliases": ["Not within Policy"], "crosswalk": {} }, "pending": { "label": "Review pending", "description": "The review has not finished.", "aliases": ["Pending"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another finding, such as a review closed without a ruling.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the finding is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record reviews of force.", "nibrs": "NIBRS does not cover reviews of force.", "opd": "OpenPoliceData does not normalise review findings." } }, "injury_severity": { "title": "Injury severity", "description": "The most serious injury a person received, from none to fatal.", "type": "string", "enum": ["none", "complaint_of_pain", "minor", "serious", "fatal", "unknown"], "x-policedata-codes": { "none": { "label": "No injury", "description": "No injury and no complaint of pain.", "aliases": ["NO COMPLAINT OF INJURY/PAIN", "No injuries noted or visible", "None"], "crosswalk": { "nibrs": "N" } }, "complaint_of_pain": { "label": "Complaint of pain only", "description": "The person complained of pain but no injury was seen.", "aliases": ["COMPLAINT OF INJURY/PAIN BUT NONE OBSERVED", "COMPLAINT OF INJURY/PAIN", "Complaint of Pain", "Non-Visible Injury/Pain"], "crosswalk": {} }, "minor": { "label": "Minor injury", "description": "A minor injury such as an abrasion, bruise or small cut.", "aliases": ["MINOR INJURY", "Abrasion/Scrape", "Bruise", "Minor Scrapes"], "crosswalk": { "nibrs": "M" } }, "serious": { "label": "Serious injury", "description": "A serious bodily injury such as a broken bone, gunshot wound, severe laceration or loss of consciousness.", "aliases": ["SERIOUS INJURY", "Gunshot Wound", "Fracture"], "crosswalk": { "nibrs": "O" } }, "fatal": { "label": "Fatal", "description": "The person died of their injuries.", "aliases": ["DEATH", "Death"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the severity is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record injuries.", "nibrs": "NIBRS Type of Injury: N None, M Apparent Minor Injury; `serious` covers O Other Major Injury and the other major codes (B, I, L, T, U). A death is recorded as a homicide offence, not an injury code, and a complaint of pain has no equivalent.", "opd": "OpenPoliceData does not normalise injuries." } }, "impairment": { "title": "Impairment or condition", "description": 'Signs of impairment or mental health crisis the officer noted in the person. A person may show several; a source value naming two ("Alcohol and unknown drugs") maps to both codes.', "type": "string", "enum": ["alcohol", "drugs", "alcohol_or_drugs", "mental_health", "none_detected", "other", "unknown"], "x-policedata-codes": { "alcohol": { "label": "Alcohol", "description": "The person appeared to be under the influence of alcohol.", "aliases": ["Alchohol", "Alcohol", "ALCOHOL", "Yes/Alcohol"], "crosswalk": {} }, "drugs": { "label": "Drugs", "description": "The person appeared to be under the influence of drugs.", "aliases": ["Unknown Drugs", "Marijuana", "Drugs", "Yes/Drugs"], "crosswalk": {} }, "alcohol_or_drugs": { "label": "Alcohol or drugs", "description": "The source records alcohol and drug impairment together without saying which.", "aliases": ["SUSPECTED UNDER INFLUENCE OF ALCOHOL/DRUGS", "Alcohol/Drugs", "Alc/Drugs"], "crosswalk": {} }, "mental_health": { "label": "Mental health crisis", "description": "The person appeared to be in mental distress or mentally unstable.", "aliases": ["Mentally unstable", "EDP/MENTALLY UNSTABLE", "MENTALLY DISTURBED"], "crosswalk": {} }, "none_detected": { "label": "None detected", "description": "The officer noted no impairment.", "aliases": ["None detected", "N/A - None", "None"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another condition, such as agitation, that none of the codes above describes.", "aliases": ["Agitated", "Incoherent", "Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record impairment.", "nibrs": "NIBRS records an offender's suspected use of alcohol or drugs only for offences, not for uses of force, pursuits or other encounters; it is not mapped here.", "opd": "OpenPoliceData does not normalise impairment." } }, "charge_severity": { "title": "Charge severity", "description": "The class of an offence charged or cited: felony, misdemeanor or a lesser infraction.", "type": "string", "enum": ["felony", "misdemeanor", "infraction", "other", "unknown"], "x-policedata-codes": { "felony": { "label": "Felony", "description": "A serious crime, punishable by more than a year in prison.", "aliases": ["F", "Felony", "Criminal - Felony"], "crosswalk": {} }, "misdemeanor": { "label": "Misdemeanor", "description": "A lesser crime, usually punishable by a fine or up to a year in jail.", "aliases": ["M", "Misdemeanor", "Criminal - Misdemeanor", "VC - Misdemeanor"], "crosswalk": {} }, "infraction": { "label": "Infraction or ordinance violation", "description": "A non-criminal violation, such as most traffic infractions and city ordinance violations, usually punishable by a fine only.", "aliases": ["I", "Infraction", "VC - Infraction", "Ordinance Violation", "Civil Infraction"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another class, such as a warrant or hold from another jurisdiction with no charge of its own.", "aliases": ["Other", "Warrant/Hold"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the class is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record the class of a charge or violation: its `arrest_made` and `citation_issued` flags only say that a stop ended in an arrest or a ticket.", "nibrs": "NIBRS does not record whether a charge is a felony or misdemeanor; its offence codes classify the kind of crime, not its class.", "opd": "OpenPoliceData does not normalise charge severity. The spellings come from Orlando's `Offender Arrested` (Felony/Misdemeanor) and Comport's pursuit `violation` values." } }, "offense_code": { "title": "Offence code", "description": "The offence, as a NIBRS offence code (FBI National Incident-Based Reporting System). Group A offences are reported to NIBRS as incidents; Group B offences are reported only when someone is arrested, but agencies record them as incidents too.", "type": "string", "enum": ["murder_nonnegligent_manslaughter", "negligent_manslaughter", "justifiable_homicide", "kidnapping_abduction", "rape", "sodomy", "sexual_assault_with_object", "fondling", "robbery", "aggravated_assault", "simple_assault", "intimidation", "arson", "extortion_blackmail", "burglary", "pocket_picking", "purse_snatching", "shoplifting", "theft_from_building", "theft_from_coin_operated_machine", "theft_from_motor_vehicle", "theft_of_motor_vehicle_parts", "all_other_larceny", "motor_vehicle_theft", "counterfeiting_forgery", "false_pretenses_swindle", "credit_card_atm_fraud", "impersonation", "welfare_fraud", "wire_fraud", "identity_theft", "hacking_computer_invasion", "money_laundering", "embezzlement", "stolen_property_offenses", "destruction_damage_vandalism", "drug_narcotic_violations", "drug_equipment_violations", "incest", "statutory_rape", "pornography_obscene_material", "betting_wagering", "operating_promoting_gambling", "gambling_equipment_violations", "sports_tampering", "prostitution", "assisting_promoting_prostitution", "purchasing_prostitution", "bribery", "weapon_law_violations", "national_firearms_act_violation", "weapons_of_mass_destruction", "explosives", "import_violations", "export_violations", "federal_liquor_offenses", "federal_tobacco_offenses", "wildlife_trafficking", "human_trafficking_commercial_sex", "human_trafficking_involuntary_servitude", "animal_cruelty", "treason", "espionage", "illegal_entry_into_us", "false_citizenship", "smuggling_aliens", "reentry_after_deportation", "harboring_escapee", "flight_to_avoid_prosecution", "flight_to_avoid_deportation", "bad_checks", "curfew_loitering_vagrancy", "disorderly_conduct", "driving_under_the_influence", "drunkenness", "family_offenses_nonviolent", "liquor_law_violations", "peeping_tom", "runaway", "trespass_of_real_property", "failure_to_appear", "federal_resource_violations", "perjury", "all_other_offenses", "other", "unknown"], "x-policedata-codes": { "murder_nonnegligent_manslaughter": { "label": "Murder and nonnegligent manslaughter", "description": "The willful (nonnegligent) killing of one person by another. NIBRS Group A offence 09A, a crime against persons.", "aliases": ["09A", "Murder & Non-negligent Manslaughter", "CRIMINAL HOMICIDE"], "crosswalk": { "nibrs": "09A" } }, "negligent_manslaughter": { "label": "Negligent manslaughter", "description": "The killing of another person through negligence. NIBRS Group A offence 09B, a crime against persons.", "aliases": ["09B", "Negligent Manslaughter", "MANSLAUGHTER BY NEG"], "crosswalk": { "nibrs": "09B" } }, "justifiable_homicide": { "label": "Justifiable homicide", "description": "The killing of a felon by a police officer in the line of duty, or by a private individual during the commission of a felony. Not a crime; recorded for completeness. NIBRS Group A offence 09C, a crime against persons.", "aliases": ["09C", "Justifiable Homicide"], "crosswalk": { "nibrs": "09C" } }, "kidnapping_abduction": { "label": "Kidnapping/abduction", "description": "Unlawfully seizing, transporting or holding a person against their will, or a minor without the consent of a parent or guardian. NIBRS Group A offence 100, a crime against persons.", "aliases": ["100", "Kidnapping/Abduction Person"], "crosswalk": { "nibrs": "100" } }, "rape": { "label": "Rape", "description": "Penetration, no matter how slight, of the vagina or anus with any body part or object, or oral penetration by a sex organ of another person, without the consent of the victim (the FBI definition since 2013). NIBRS Group A offence 11A, a crime against persons.", "aliases": ["11A", "RAPE", "RAPE-ATTEMPT"], "crosswalk": { "nibrs": "11A" } }, "sodomy": { "label": "Sodomy", "description": "Oral or anal sexual intercourse with another person without consent, or where the victim cannot give consent. NIBRS Group A offence 11B, a crime against persons.", "aliases": ["11B", "Sodomy"], "crosswalk": { "nibrs": "11B" } }, "sexual_assault_with_object": { "label": "Sexual assault with an object", "description": "Using an object or instrument to penetrate the genital or anal opening of another person without consent. NIBRS Group A offence 11C, a crime against persons.", "aliases": ["11C", "Sexual Assault With An Object"], "crosswalk": { "nibrs": "11C" } }, "fondling": { "label": "Fondling", "description": "Touching the private body parts of another person for sexual gratification without consent. NIBRS Group A offence 11D, a crime against persons.", "aliases": ["11D", "Fondling"], "crosswalk": { "nibrs": "11D" } }, "robbery": { "label": "Robbery", "description": "Taking, or attempting to take, anything of value from a person by force, threat of force or violence, or by putting the victim in fear. NIBRS Group A offence 120, a crime against property.", "aliases": ["120", "Robbery", "ROBBERY-ARMED-HIWAY", "ROBBERY-STRONG ARM-HIWAY", "ATTEMPT ARMED ROBBERY"], "crosswalk": { "nibrs": "120" } }, "aggravated_assault": { "label": "Aggravated assault", "description": "An unlawful attack in which the offender uses or displays a weapon, or the victim suffers obvious severe injury. Attempted murder is recorded here. NIBRS Group A offence 13A, a crime against persons.", "aliases": ["13A", "Aggravated Assault", "AGGRAVATED ASSAULT-GUN", "AGGRAVATED ASSAULT-KNIFE", "AGGRAVATED ASSAULT-OTHER WEA"], "crosswalk": { "nibrs": "13A" } }, "simple_assault": { "label": "Simple assault", "description": "An unlawful physical attack without a weapon in which the victim does not suffer obvious severe injury. NIBRS Group A offence 13B, a crime against persons.", "aliases": ["13B", "Simple Assault"], "crosswalk": { "nibrs": "13B" } }, "intimidation": { "label": "Intimidation", "description": "Placing a person in reasonable fear of bodily harm by threatening words or conduct, without displaying a weapon or attacking. NIBRS Group A offence 13C, a crime against persons.", "aliases": ["13C", "Intimidation"], "crosswalk": { "nibrs": "13C" } }, "arson": { "label": "Arson", "description": "Willfully or maliciously burning, or attempting to burn, a building, vehicle or other property. NIBRS Group A offence 200, a crime against property.", "aliases": ["200", "Arson"], "crosswalk": { "nibrs": "200" } }, "extortion_blackmail": { "label": "Extortion/blackmail", "description": "Obtaining money, property or anything of value by threatening harm to a person, their property or their reputation. NIBRS Group A offence 210, a crime against property.", "aliases": ["210", "Extortion/Blackmail"], "crosswalk": { "nibrs": "210" } }, "burglary": { "label": "Burglary/breaking and entering", "description": "Unlawful entry into a structure to commit a felony or a theft. NIBRS Group A offence 220, a crime against property.", "aliases": ["220", "Burglary/Breaking & Entering", "BURG-FORCIBLE ENT-RES DAY", "BURG-NO FORCE-RES NIGHT", "BURG-ATTEMPT-NON-RES DAY"], "crosswalk": { "nibrs": "220" } }, "pocket_picking": { "label": "Pocket-picking", "description": "Theft of articles from another person's clothing or handbag without force, while the victim has them with them. NIBRS Group A offence 23A, a crime against property.", "aliases": ["23A", "Pocket-picking", "LARCENY-OVER 200-POCKETPICK"], "crosswalk": { "nibrs": "23A" } }, "purse_snatching": { "label": "Purse-snatching", "description": "Grabbing a purse, handbag or similar from a person with no more force than needed to take it. NIBRS Group A offence 23B, a crime against property.", "aliases": ["23B", "Purse-snatching", "LARCENY-OVER 200-PURSESNATC"], "crosswalk": { "nibrs": "23B" } }, "shoplifting": { "label": "Shoplifting", "description": "Theft of goods displayed for sale by a person who is not an employee of the store. NIBRS Group A offence 23C, a crime against property.", "aliases": ["23C", "Shoplifting", "LARCENY-OVER 200-SHOPLIFTING", "LARCENY-UNDER 50-SHOPLIFTIN"], "crosswalk": { "nibrs": "23C" } }, "theft_from_building": { "label": "Theft from building", "description": "Theft from within a building open to the public or where the offender is legally present. NIBRS Group A offence 23D, a crime against property.", "aliases": ["23D", "Theft From Building", "LARCENY-OVER 200-FROM BUILD"], "crosswalk": { "nibrs": "23D" } }, "theft_from_coin_operated_machine": { "label": "Theft from coin-operated machine or device", "description": "Theft from a machine or device operated by coins, tokens or cards. NIBRS Group A offence 23E, a crime against property.", "aliases": ["23E", "Theft From Coin-Operated Machine or Device", "LARCENY-OVER 200-COIN OPERA"], "crosswalk": { "nibrs": "23E" } }, "theft_from_motor_vehicle": { "label": "Theft from motor vehicle", "description": "Theft of articles from a motor vehicle, locked or not (except its parts and accessories). NIBRS Group A offence 23F, a crime against property.", "aliases": ["23F", "Theft From Motor Vehicle", "LARCENY-OVER 200-FROM AUTO"], "crosswalk": { "nibrs": "23F" } }, "theft_of_motor_vehicle_parts": { "label": "Theft of motor vehicle parts or accessories", "description": "Theft of any part or accessory attached to a motor vehicle. NIBRS Group A offence 23G, a crime against property.", "aliases": ["23G", "Theft of Motor Vehicle Parts or Accessories", "LARCENY-OVER 200-AUTO ACCES"], "crosswalk": { "nibrs": "23G" } }, "all_other_larceny": { "label": "All other larceny", "description": "Any other theft not described by the larceny codes above, including theft of bicycles. NIBRS Group A offence 23H, a crime against property.", "aliases": ["23H", "All Other Larceny", "LARCENY-OVER 200-OTHER", "LARCENY-OVER 200-BICYCLE"], "crosswalk": { "nibrs": "23H" } }, "motor_vehicle_theft": { "label": "Motor vehicle theft", "description": "Theft of a motor vehicle, or an attempt to steal one. NIBRS Group A offence 240, a crime against property.", "aliases": ["240", "Motor Vehicle Theft", "STOLEN VEHICLE", "ATTEMPT VEHICLE THEFT"], "crosswalk": { "nibrs": "240" } }, "counterfeiting_forgery": { "label": "Counterfeiting/forgery", "description": "Altering, copying or imitating something, or passing such a copy, intending to deceive. NIBRS Group A offence 250, a crime against property.", "aliases": ["250", "Counterfeiting/Forgery"], "crosswalk": { "nibrs": "250" } }, "false_pretenses_swindle": { "label": "False pretenses/swindle/confidence game", "description": "Obtaining money or property by deceit or false representation. NIBRS Group A offence 26A, a crime against property.", "aliases": ["26A", "False Pretenses/Swindle/Confidence Game"], "crosswalk": { "nibrs": "26A" } }, "credit_card_atm_fraud": { "label": "Credit card/automated teller machine fraud", "description": "Unlawful use of a credit or debit card, or an automated teller machine, to obtain money or goods. NIBRS Group A offence 26B, a crime against property.", "aliases": ["26B", "Credit Card/Automated Teller Machine Fraud"], "crosswalk": { "nibrs": "26B" } }, "impersonation": { "label": "Impersonation", "description": "Falsely posing as another person to gain a benefit or cause harm. NIBRS Group A offence 26C, a crime against property.", "aliases": ["26C", "Impersonation"], "crosswalk": { "nibrs": "26C" } }, "welfare_fraud": { "label": "Welfare fraud", "description": "Deceiving a government benefit programme to obtain benefits. NIBRS Group A offence 26D, a crime against property.", "aliases": ["26D", "Welfare Fraud"], "crosswalk": { "nibrs": "26D" } }, "wire_fraud": { "label": "Wire fraud", "description": "A fraud committed by telephone, radio, television or electronic communication. NIBRS Group A offence 26E, a crime against property.", "aliases": ["26E", "Wire Fraud"], "crosswalk": { "nibrs": "26E" } }, "identity_theft": { "label": "Identity theft", "description": "Using another person's identifying information without permission to obtain money, goods or services. NIBRS Group A offence 26F, a crime against property.", "aliases": ["26F", "Identity Theft"], "crosswalk": { "nibrs": "26F" } }, "hacking_computer_invasion": { "label": "Hacking/computer invasion", "description": "Wilfully accessing a computer, network or data without authorisation. NIBRS Group A offence 26G, a crime against property.", "aliases": ["26G", "Hacking/Computer Invasion", "Fraud Offenses-Hacking/Computer Invasion"], "crosswalk": { "nibrs": "26G" } }, "money_laundering": { "label": "Money laundering", "description": "Concealing the criminal origin of money or property. Reported by federal and tribal agencies only. NIBRS Group A offence 26H, a crime against property.", "aliases": ["26H", "Money Laundering"], "crosswalk": { "nibrs": "26H" } }, "embezzlement": { "label": "Embezzlement", "description": "Misappropriating money or property entrusted to the offender's care or control. NIBRS Group A offence 270, a crime against property.", "aliases": ["270", "Embezzlement"], "crosswalk": { "nibrs": "270" } }, "stolen_property_offenses": { "label": "Stolen property offenses", "description": "Receiving, buying, selling, possessing or transporting property known to be stolen. NIBRS Group A offence 280, a crime against property.", "aliases": ["280", "Stolen Property Offenses"], "crosswalk": { "nibrs": "280" } }, "destruction_damage_vandalism": { "label": "Destruction/damage/vandalism of property", "description": "Wilfully or maliciously destroying, damaging or defacing property without the owner's consent. NIBRS Group A offence 290, a crime against property.", "aliases": ["290", "Destruction/Damage/Vandalism of Property"], "crosswalk": { "nibrs": "290" } }, "drug_narcotic_violations": { "label": "Drug/narcotic violations", "description": "Unlawfully making, selling, buying, using, possessing or transporting a controlled substance. NIBRS Group A offence 35A, a crime against society.", "aliases": ["35A", "Drug/Narcotic Violations"], "crosswalk": { "nibrs": "35A" } }, "drug_equipment_violations": { "label": "Drug equipment violations", "description": "Unlawfully making, selling, buying, possessing or transporting equipment used to make or use drugs. NIBRS Group A offence 35B, a crime against society.", "aliases": ["35B", "Drug Equipment Violations"], "crosswalk": { "nibrs": "35B" } }, "incest": { "label": "Incest", "description": "Non-forcible sexual intercourse between people related within the degrees where marriage is prohibited by law. NIBRS Group A offence 36A, a crime against persons.", "aliases": ["36A", "Incest"], "crosswalk": { "nibrs": "36A" } }, "statutory_rape": { "label": "Statutory rape", "description": "Non-forcible sexual intercourse with a person under the statutory age of consent. NIBRS Group A offence 36B, a crime against persons.", "aliases": ["36B", "Statutory Rape"], "crosswalk": { "nibrs": "36B" } }, "pornography_obscene_material": { "label": "Pornography/obscene material", "description": "Making, distributing, selling, buying or possessing obscene material. NIBRS Group A offence 370, a crime against society.", "aliases": ["370", "Pornography/Obscene Material"], "crosswalk": { "nibrs": "370" } }, "betting_wagering": { "label": "Betting/wagering", "description": "Unlawfully staking money or something of value on a game or event. NIBRS Group A offence 39A, a crime against society.", "aliases": ["39A", "Betting/Wagering"], "crosswalk": { "nibrs": "39A" } }, "operating_promoting_gambling": { "label": "Operating/promoting/assisting gambling", "description": "Unlawfully operating, promoting or assisting a gambling business. NIBRS Group A offence 39B, a crime against society.", "aliases": ["39B", "Operating/Promoting/Assisting Gambling"], "crosswalk": { "nibrs": "39B" } }, "gambling_equipment_violations": { "label": "Gambling equipment violations", "description": "Unlawfully making, selling or possessing gambling equipment. NIBRS Group A offence 39C, a crime against society.", "aliases": ["39C", "Gambling Equipment Violations"], "crosswalk": { "nibrs": "39C" } }, "sports_tampering": { "label": "Sports tampering", "description": "Unlawfully altering or influencing the outcome of a sporting event. NIBRS Group A offence 39D, a crime against society.", "aliases": ["39D", "Sports Tampering"], "crosswalk": { "nibrs": "39D" } }, "prostitution": { "label": "Prostitution", "description": "Unlawfully engaging in sexual activity for money or something of value. NIBRS Group A offence 40A, a crime against society.", "aliases": ["40A", "Prostitution"], "crosswalk": { "nibrs": "40A" } }, "assisting_promoting_prostitution": { "label": "Assisting or promoting prostitution", "description": "Soliciting customers, transporting people or running a place for prostitution. NIBRS Group A offence 40B, a crime against society.", "aliases": ["40B", "Assisting or Promoting Prostitution"], "crosswalk": { "nibrs": "40B" } }, "purchasing_prostitution": { "label": "Purchasing prostitution", "description": "Buying or agreeing to buy sexual activity. NIBRS Group A offence 40C, a crime against society.", "aliases": ["40C", "Purchasing Prostitution"], "crosswalk": { "nibrs": "40C" } }, "bribery": { "label": "Bribery", "description": "Offering, giving, receiving or soliciting anything of value to sway a public or legal duty. NIBRS Group A offence 510, a crime against property.", "aliases": ["510", "Bribery"], "crosswalk": { "nibrs": "510" } }, "weapon_law_violations": { "label": "Weapon law violations", "description": "Violating laws or ordinances that regulate weapons. NIBRS Group A offence 520, a crime against society.", "aliases": ["520", "Weapon Law Violations"], "crosswalk": { "nibrs": "520" } }, "national_firearms_act_violation": { "label": "Violation of National Firearms Act of 1934", "description": "Violating the federal law on machine guns, short-barrelled guns, silencers and destructive devices. Reported by federal and tribal agencies only. NIBRS Group A offence 521, a crime against society.", "aliases": ["521", "Violation of National Firearm Act of 1934"], "crosswalk": { "nibrs": "521" } }, "weapons_of_mass_destruction": { "label": "Weapons of mass destruction", "description": "Using, threatening or conspiring to use a weapon of mass destruction. Reported by federal and tribal agencies only. NIBRS Group A offence 522, a crime against society.", "aliases": ["522", "Weapons of Mass Destruction"], "crosswalk": { "nibrs": "522" } }, "explosives": { "label": "Explosives", "description": "Violating federal law on explosives. Reported by federal and tribal agencies only. NIBRS Group A offence 526, a crime against society.", "aliases": ["526", "Explosives"], "crosswalk": { "nibrs": "526" } }, "import_violations": { "label": "Import violations", "description": "Violating federal law on bringing goods into the United States. Reported by federal and tribal agencies only. NIBRS Group A offence 58A, a crime against society.", "aliases": ["58A", "Import Violations"], "crosswalk": { "nibrs": "58A" } }, "export_violations": { "label": "Export violations", "description": "Violating federal law on taking goods out of the United States. Reported by federal and tribal agencies only. NIBRS Group A offence 58B, a crime against society.", "aliases": ["58B", "Export Violations"], "crosswalk": { "nibrs": "58B" } }, "federal_liquor_offenses": { "label": "Federal liquor offenses", "description": "Violating federal law on liquor. Reported by federal and tribal agencies only. NIBRS Group A offence 61A, a crime against society.", "aliases": ["61A", "Federal Liquor Offenses"], "crosswalk": { "nibrs": "61A" } }, "federal_tobacco_offenses": { "label": "Federal tobacco offenses", "description": "Violating federal law on tobacco. Reported by federal and tribal agencies only. NIBRS Group A offence 61B, a crime against society.", "aliases": ["61B", "Federal Tobacco Offenses"], "crosswalk": { "nibrs": "61B" } }, "wildlife_trafficking": { "label": "Wildlife trafficking", "description": "Unlawful trade in protected fish, wildlife or plants. Reported by federal and tribal agencies only. NIBRS Group A offence 620, a crime against society.", "aliases": ["620", "Wildlife Trafficking"], "crosswalk": { "nibrs": "620" } }, "human_trafficking_commercial_sex": { "label": "Human trafficking, commercial sex acts", "description": "Inducing a person by force, fraud or coercion, or a minor by any means, to take part in commercial sex acts. NIBRS Group A offence 64A, a crime against persons.", "aliases": ["64A", "Human Trafficking, Commercial Sex Acts"], "crosswalk": { "nibrs": "64A" } }, "human_trafficking_involuntary_servitude": { "label": "Human trafficking, involuntary servitude", "description": "Obtaining a person's labour or services by force, fraud or coercion. NIBRS Group A offence 64B, a crime against persons.", "aliases": ["64B", "Human Trafficking, Involuntary Servitude"], "crosswalk": { "nibrs": "64B" } }, "animal_cruelty": { "label": "Animal cruelty", "description": "Intentionally, knowingly or recklessly mistreating or killing an animal without just cause. NIBRS Group A offence 720, a crime against society.", "aliases": ["720", "Animal Cruelty"], "crosswalk": { "nibrs": "720" } }, "treason": { "label": "Treason", "description": "Levying war against the United States or giving aid and comfort to its enemies. Reported by federal and tribal agencies only. NIBRS Group A offence 101, a crime against society.", "aliases": ["101", "Treason"], "crosswalk": { "nibrs": "101" } }, "espionage": { "label": "Espionage", "description": "Gathering or passing national defence information to harm the United States. Reported by federal and tribal agencies only. NIBRS Group A offence 103, a crime against society.", "aliases": ["103", "Espionage"], "crosswalk": { "nibrs": "103" } }, "illegal_entry_into_us": { "label": "Illegal entry into the United States", "description": "Entering the United States unlawfully. Reported by federal and tribal agencies only. NIBRS Group A offence 30A, a crime against society.", "aliases": ["30A", "Illegal Entry into the United States"], "crosswalk": { "nibrs": "30A" } }, "false_citizenship": { "label": "False citizenship", "description": "Falsely claiming United States citizenship. Reported by federal and tribal agencies only. NIBRS Group A offence 30B, a crime against society.", "aliases": ["30B", "False Citizenship"], "crosswalk": { "nibrs": "30B" } }, "smuggling_aliens": { "label": "Smuggling aliens", "description": "Bringing or helping people into the United States unlawfully. Reported by federal and tribal agencies only. NIBRS Group A offence 30C, a crime against society.", "aliases": ["30C", "Smuggling Aliens"], "crosswalk": { "nibrs": "30C" } }, "reentry_after_deportation": { "label": "Re-entry after deportation", "description": "Returning to the United States after deportation without permission. Reported by federal and tribal agencies only. NIBRS Group A offence 30D, a crime against society.", "aliases": ["30D", "Re-entry after Deportation"], "crosswalk": { "nibrs": "30D" } }, "harboring_escapee": { "label": "Harboring escapee/concealing from arrest", "description": "Hiding or helping a person to avoid arrest or escape custody. Reported by federal and tribal agencies only. NIBRS Group A offence 49A, a crime against society.", "aliases": ["49A", "Harboring Escapee/Concealing from Arrest"], "crosswalk": { "nibrs": "49A" } }, "flight_to_avoid_prosecution": { "label": "Flight to avoid prosecution", "description": "Leaving a jurisdiction to avoid prosecution, custody or testimony. Reported by federal and tribal agencies only. NIBRS Group A offence 49B, a crime against society.", "aliases": ["49B", "Flight to Avoid Prosecution"], "crosswalk": { "nibrs": "49B" } }, "flight_to_avoid_deportation": { "label": "Flight to avoid deportation", "description": "Fleeing to avoid deportation. Reported by federal and tribal agencies only. NIBRS Group A offence 49C, a crime against society.", "aliases": ["49C", "Flight to Avoid Deportation"], "crosswalk": { "nibrs": "49C" } }, "bad_checks": { "label": "Bad checks", "description": "Knowingly writing or passing a check on an account with insufficient funds or that does not exist. NIBRS Group B offence 90A, a crime against property.", "aliases": ["90A", "Bad Checks"], "crosswalk": { "nibrs": "90A" } }, "curfew_loitering_vagrancy": { "label": "Curfew/loitering/vagrancy violations", "description": "Violating curfew or loitering and vagrancy laws. NIBRS Group B offence 90B, a crime against society.", "aliases": ["90B", "Curfew/Loitering/Vagrancy Violations"], "crosswalk": { "nibrs": "90B" } }, "disorderly_conduct": { "label": "Disorderly conduct", "description": "Breaching the peace or offending public order or decency. NIBRS Group B offence 90C, a crime against society.", "aliases": ["90C", "Disorderly Conduct"], "crosswalk": { "nibrs": "90C" } }, "driving_under_the_influence": { "label": "Driving under the influence", "description": "Driving or operating a vehicle while impaired by alcohol or drugs. NIBRS Group B offence 90D, a crime against society.", "aliases": ["90D", "Driving Under the Influence"], "crosswalk": { "nibrs": "90D" } }, "drunkenness": { "label": "Drunkenness", "description": "Being drunk in public to the point of impairment (not driving). NIBRS Group B offence 90E, a crime against society.", "aliases": ["90E", "Drunkenness"], "crosswalk": { "nibrs": "90E" } }, "family_offenses_nonviolent": { "label": "Family offenses, nonviolent", "description": "Unlawful, nonviolent acts against family members, such as neglect, abandonment or non-payment of support. NIBRS Group B offence 90F, a crime against society.", "aliases": ["90F", "Family Offenses, Nonviolent"], "crosswalk": { "nibrs": "90F" } }, "liquor_law_violations": { "label": "Liquor law violations", "description": "Violating state or local laws on making, selling, carrying or possessing alcohol (except drunkenness and driving under the influence). NIBRS Group B offence 90G, a crime against society.", "aliases": ["90G", "Liquor Law Violations"], "crosswalk": { "nibrs": "90G" } }, "peeping_tom": { "label": "Peeping Tom", "description": "Secretly watching people in private places for sexual gratification. NIBRS Group B offence 90H, a crime against society.", "aliases": ["90H", "Peeping Tom"], "crosswalk": { "nibrs": "90H" } }, "runaway": { "label": "Runaway", "description": "A minor leaving home without permission. Retired from NIBRS in 2019; kept for older data. NIBRS Group B offence 90I, a crime against society.", "aliases": ["90I", "Runaway"], "crosswalk": { "nibrs": "90I" } }, "trespass_of_real_property": { "label": "Trespass of real property", "description": "Unlawfully entering land, a structure or a vehicle. NIBRS Group B offence 90J, a crime against society.", "aliases": ["90J", "Trespass of Real Property"], "crosswalk": { "nibrs": "90J" } }, "failure_to_appear": { "label": "Failure to appear", "description": "Failing to appear in court as required. Reported by federal and tribal agencies only. NIBRS Group B offence 90K, a crime against society.", "aliases": ["90K", "Failure to Appear"], "crosswalk": { "nibrs": "90K" } }, "federal_resource_violations": { "label": "Federal resource violations", "description": "Violating federal law protecting public lands and resources. Reported by federal and tribal agencies only. NIBRS Group B offence 90L, a crime against society.", "aliases": ["90L", "Federal Resource Violations"], "crosswalk": { "nibrs": "90L" } }, "perjury": { "label": "Perjury", "description": "Wilfully lying under oath. Reported by federal and tribal agencies only. NIBRS Group B offence 90M, a crime against society.", "aliases": ["90M", "Perjury"], "crosswalk": { "nibrs": "90M" } }, "all_other_offenses": { "label": "All other offenses", "description": "Any other crime not covered by the codes above (excluding traffic offences). NIBRS Group B offence 90Z, against persons, property or society.", "aliases": ["90Z", "All Other Offenses"], "crosswalk": { "nibrs": "90Z" } }, "other": { "label": "Other (not a NIBRS offence)", "description": "A record that is not a criminal offence NIBRS classifies, such as a missing person, found property, a death investigation or a traffic offence.", "aliases": [], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The offence has not been classified, or the source does not say which offence it was.", "aliases": [], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not code offences: it covers stops, and its `violation` field is free text.", "nibrs": "Each code except `other` and `unknown` is one NIBRS offence code (Group A and Group B, 2019 and later). 90I Runaway was retired in 2019 and is kept for older data; the codes the FBI reserves for federal and tribal agencies are included so their data can be described. Summary UCR codes are not NIBRS codes: map them through the offence, never by number.", "opd": "OpenPoliceData publishes INCIDENTS and ARRESTS tables but does not normalise offences." } } } },
  "v1/defs/datetime.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/datetime.schema.json", "title": "Dates and times", "description": "Calendar dates, clock times and local date-times in the standard's ISO 8601 forms. Sources publish more than ten date formats; the validator's mapping step turns them into these.", "$defs": { "date": { "title": "Date", "description": "A calendar date, ISO 8601 `YYYY-MM-DD`.", "type": "string", "format": "date", "examples": ["2019-06-14"] }, "time": { "title": "Time", "description": "A local clock time, 24-hour `HH:MM` or `HH:MM:SS`.", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$", "examples": ["21:48", "04:14:00"] }, "datetime": { "title": "Local date-time", "description": "A date and time, ISO 8601 `YYYY-MM-DDTHH:MM[:SS]`, with an optional UTC offset (`Z` or `+HH:MM`). Without an offset the time is local to the agency.", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$", "examples": ["2019-06-14T21:48:00", "2019-06-14T21:48:00-05:00"] }, "year": { "title": "Year", "description": "A four-digit calendar year.", "type": "integer", "minimum": 1900, "maximum": 2100, "examples": [2019] } } },
  "v1/defs/identifiers.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/identifiers.schema.json", "title": "Identifiers", "description": "Identifiers that tie rows together: incidents, cases, people. Identifiers of people must be opaque (hashed or agency-assigned), never names or badge numbers.", "$defs": { "id": { "title": "Identifier", "description": "A non-empty identifier assigned by the agency or the publisher. Letters, digits and common punctuation; no surrounding spaces.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^\\S(.*\\S)?$", "examples": ["2019-004512", "IA2019-0042"] }, "person_hash": { "title": "Opaque person identifier", "description": "An opaque identifier for a person that is stable within the dataset (and ideally across releases) so repeated involvement can be counted without revealing who the person is. Publish a keyed hash (for example HMAC-SHA-256 of the badge number), not the badge number itself.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^\\S+$", "examples": ["3f9a1c0e7b", "OFC-000173"] } } },
  "v1/defs/location.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/location.schema.json", "title": "Location", "description": "Where an event happened. Addresses may be generalised to the block (`11XX BATES ST`) to protect the people involved; coordinates are WGS 84 decimal degrees, and `location_precision` says how exact they are.", "$defs": { "address": { "title": "Address", "description": "A street address, block-level address (`8XX YORK ST`), intersection (`MAIN ST / 5TH AVE`) or place description. Publish block-level addresses unless the place is public.", "type": "string", "minLength": 1, "maxLength": 300, "examples": ["11XX BATES ST", "MAIN ST / 5TH AVE"] }, "latitude": { "title": "Latitude", "description": "WGS 84 latitude in decimal degrees.", "type": "number", "minimum": -90, "maximum": 90, "examples": [39.7684] }, "longitude": { "title": "Longitude", "description": "WGS 84 longitude in decimal degrees.", "type": "number", "minimum": -180, "maximum": 180, "examples": [-86.1581] }, "location_precision": { "title": "Location precision", "description": "How exactly the location fields place the event.", "type": "string", "enum": ["exact", "address", "block", "intersection", "street", "beat", "postal_code", "city", "unknown"], "x-policedata-codes": { "exact": { "label": "Exact point", "description": "Coordinates or address of the exact place.", "aliases": ["exact", "rooftop"], "crosswalk": {} }, "address": { "label": "Street address", "description": "A full street address, house number included.", "aliases": ["address"], "crosswalk": {} }, "block": { "label": "Block", "description": "Generalised to the block (for example `11XX BATES ST`).", "aliases": ["block", "hundred block"], "crosswalk": {} }, "intersection": { "label": "Intersection", "description": "The nearest intersection of two streets.", "aliases": ["intersection"], "crosswalk": {} }, "street": { "label": "Street", "description": "A street without a house or block number.", "aliases": ["street"], "crosswalk": {} }, "beat": { "label": "Beat or district", "description": "Only the patrol beat, sector, district or precinct is known.", "aliases": ["beat", "district", "precinct"], "crosswalk": {} }, "postal_code": { "label": "ZIP code", "description": "Only the ZIP code is known.", "aliases": ["zip", "postal"], "crosswalk": {} }, "city": { "label": "City", "description": "Only the city or town is known.", "aliases": ["city", "not_available"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The precision of the location is not known.", "aliases": ["unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not record precision; it drops geocodes far from the median.", "nibrs": "NIBRS records a location type, not a precision.", "opd": "OpenPoliceData does not normalise precision. The Washington Post's `location_precision` maps onto it." } }, "city": { "title": "City", "description": "City or town name.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["Indianapolis"] }, "state": { "title": "State", "description": "Two-letter USPS state or territory code.", "type": "string", "enum": ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI"], "examples": ["IN"] }, "postal_code": { "title": "ZIP code", "description": "Five-digit US ZIP code, optionally ZIP+4.", "type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$", "examples": ["46204"] }, "area": { "title": "Police geography", "description": "A police or administrative area as the agency names it: beat, sector, district, precinct, zone, neighbourhood or council district.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["North", "D21", "Sector 3"] } } },
  "v1/defs/person.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/defs/person.schema.json", "title": "Person attributes", "description": "Attributes of a person involved in a record, shared by subjects (civilians, suspects, drivers, complainants) and officers. Dataset types use them under a role prefix: `subject_race`, `officer_sex`, `complainant_age` and so on.", "$defs": { "race": { "title": "Race (normalised)", "description": 'The person\'s race as one or more standard codes. Several codes when the source lists several (for example `B;H`); `multiple` when it only says "two or more".', "type": "array", "items": { "$ref": "codes.schema.json#/$defs/race" }, "minItems": 1, "uniqueItems": true, "examples": [["black"], ["white", "hispanic_latino"]] }, "raw_value": { "title": "Source value", "description": "The value exactly as the source published it, kept beside the normalised value so that nothing is lost in the crosswalk.", "type": "string", "maxLength": 500, "examples": ["B", "Black or African American", "W;W"] }, "ethnicity": { "title": "Ethnicity", "$ref": "codes.schema.json#/$defs/ethnicity" }, "sex": { "title": "Sex or gender", "$ref": "codes.schema.json#/$defs/sex" }, "race_source": { "title": "Source of the race value", "$ref": "codes.schema.json#/$defs/race_source" }, "age": { "title": "Age in years", "description": "Age in whole years at the time of the event.", "type": "integer", "minimum": 0, "maximum": 120, "examples": [34] }, "age_range": { "title": "Age range", "description": "An age bucket when the source publishes ranges instead of ages: `LO-HI` inclusive (`18-24`), or `LO+` for an open upper end (`65+`).", "type": "string", "pattern": "^([0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+)$", "examples": ["18-24", "56+"] }, "date_of_birth": { "title": "Date of birth", "description": "Date of birth. Identifies a person: publish an age or age range instead.", "$ref": "datetime.schema.json#/$defs/date" }, "name": { "title": "Person name", "description": "A person's name. Identifies a person: publish an opaque identifier instead.", "type": "string", "minLength": 1, "maxLength": 200, "examples": ["Jane Doe"] }, "years_of_service": { "title": "Years of service", "description": "An officer's completed years of service at the time of the event.", "type": "number", "minimum": 0, "maximum": 60, "examples": [7] }, "badge_number": { "title": "Badge or employee number", "description": "A badge, star or employee number. Identifies an officer directly: publish an opaque hash instead.", "type": "string", "minLength": 1, "maxLength": 32, "examples": ["4471"] }, "rank": { "title": "Rank", "description": "An officer's rank or title as the agency writes it.", "type": "string", "minLength": 1, "maxLength": 100, "examples": ["Sergeant"] }, "flag": { "title": "Yes or no", "description": "A yes/no fact. Absent when the source did not record it.", "type": "boolean", "examples": [true] }, "count": { "title": "Count", "description": "A whole number of people or things, zero or more.", "type": "integer", "minimum": 0, "examples": [2] }, "text": { "title": "Free text", "description": "Free text as the source writes it. Must not contain names or other personal data.", "type": "string", "minLength": 1, "maxLength": 2e3, "examples": ["Resisting arrest"] } } },
  "v1/employees.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/employees.schema.json", "title": "Employees", "description": "The police workforce: who works for the agency on a given date, sworn or civilian, with rank, assignment, length of service and demographics, so the workforce can be compared with the community it serves. Aggregate tables (counts by race, as in Comport's DemographicValue or IMPD's demographics file) are summaries of these rows, not rows themselves.", "x-policedata-dataset": { "type": "employees", "version": "1.0.0", "grain": { "id": "employee_snapshot", "description": "One row per employee per snapshot: each person on the roster as of `as_of_date`. A file that stacks several snapshots (such as NJ OAG's per-officer table, one per year) repeats each person once per snapshot." }, "keys": ["employee_id", "as_of_date"], "aliases": ["Employee", "Employee Demographics", "Workforce Demographics", "Officer Demographics", "Officer Diversity", "Personnel Records", "Police Employees", "Roster"], "crosswalk": { "opd": "EMPLOYEE", "pdi": "Workforce demographics" } }, "type": "object", "required": ["employee_id", "as_of_date", "employee_race", "employee_sex"], "properties": { "employee_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the employee, stable across snapshots and the same as the officer identifier the agency uses in its other datasets (use of force, complaints), so the tables can be joined without naming anyone. Never the badge or payroll number itself.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OFFNUM", "officerIdentifier", "OfficerID", "officer_id", "officer_id_hash"], "examples": ["a41f9c07e2"] }, "as_of_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the roster snapshot the row describes. When the source gives only a year or quarter (NJ OAG's `year`, Bloomington's `2020 Q1`), use the last day of that period.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["year"], "examples": ["2019-12-31"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that employs the person.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency_name", "agency", "department_name"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the employing agency.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["department_id"], "examples": ["INIPD0000"] }, "agency_county": { "type": "string", "minLength": 1, "maxLength": 100, "description": "The county of the employing agency, for files that cover a whole state.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["agency_county", "county_name"], "examples": ["Marion"] }, "employee_type": { "$ref": "#/$defs/employee_type", "description": "Whether the employee is a sworn officer or a civilian. Workforce comparisons with the community are usually made for sworn officers only.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["sworn"] }, "employment_status": { "$ref": "#/$defs/employment_status", "description": "The employee's status on `as_of_date`: active, on leave, suspended, or departed and why.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["active"] }, "rank": { "$ref": "defs/person.schema.json#/$defs/rank", "description": "The employee's rank or job title as the agency writes it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["TITLE", "Investigator_Rank"], "examples": ["Sergeant"] }, "rank_group": { "$ref": "#/$defs/rank_group", "description": "The sworn rank grouped into bands that compare across agencies. Not given for civilians.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": ["sergeant"] }, "assignment": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The division, district, bureau or unit the employee is assigned to on `as_of_date`.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["assignment", "officer_assignment", "Investigator_Current_Assignment", "Officer Organization Desc", "unit"], "examples": ["NORTH DISTRICT"] }, "hire_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the employee was hired or sworn in. Personal data: a hire date, with rank, sex and race beside it, usually singles out one person in a roster, and that unmasks `employee_id` in every other dataset that uses it. Publish `hire_year` or `years_of_service` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["HIRE_DT", "hire_date", "Officer Commission Date", "Investigator_Appointed_Date", "Accused_Appointment_Date"], "examples": ["2013-08-19"] }, "hire_year": { "$ref": "defs/datetime.schema.json#/$defs/year", "description": "The year the employee was hired or sworn in.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": [], "examples": [2013] }, "years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The employee's completed years of service on `as_of_date`.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_YR_EMPLOY", "officerYearsOfService", "Officer Yrs of Service", "Officer Years of Service", "officer_years_of_service", "experience", "ofcexp"], "examples": [6] }, "employee_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The employee's race, normalised.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["officer_race", "OFF_RACE", "OffRace", "Officer_Race", "ofcrace", "race"], "examples": [["black"]] }, "employee_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The employee's race exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officer_race", "OFF_RACE", "OffRace", "Officer_Race"], "examples": ["Black"] }, "employee_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the employee is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFFICER_ETHNICITY", "Officers Ethnicity"], "examples": ["not_hispanic_latino"] }, "employee_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The employee's sex or gender.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["officer_gender", "OFF_SEX", "OffSex", "Officer_Gender", "ofcgender", "officer_sex"], "examples": ["female"] }, "employee_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The employee's age in whole years on `as_of_date`.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officer_age", "OFF_AGE", "ofcage"], "examples": [38] }, "employee_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The employee's age bucket when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFFICER_AGE_RANGE"], "examples": ["35-44"] }, "employee_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The employee's name. Identifies the person: publish `employee_id` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["FNAM", "LNAM", "officer_first_name", "officer_last_name", "Investigator_Name"], "examples": ["Jane Doe"] }, "employee_badge_number": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "The employee's badge, star or payroll number. Identifies the person: publish `employee_id` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["CURRENT_BA", "CURRENT_BADGE_NO", "Investigator_Star"], "examples": ["4471"] }, "employee_date_of_birth": { "$ref": "defs/person.schema.json#/$defs/date_of_birth", "description": "The employee's date of birth. Personal data: publish the age instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["officer_dob"], "examples": ["1981-04-02"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "sworn_rank_not_civilian", "description": "A `rank_group` above recruit is a sworn rank, so the employee's `employee_type` is not `civilian` (a civilian's job title goes in `rank`; recruits may still be civilians until they are sworn in)." }, "if": { "required": ["rank_group", "employee_type"], "properties": { "rank_group": { "$ref": "#/$defs/rank_group", "not": { "enum": ["recruit", "unknown"] } } } }, "then": { "properties": { "employee_type": { "not": { "const": "civilian" } } } } }], "$defs": { "employee_type": { "title": "Employee type", "description": "Whether an employee is a sworn law-enforcement officer or a civilian (non-sworn) member of staff.", "type": "string", "enum": ["sworn", "civilian", "reserve", "other", "unknown"], "x-policedata-codes": { "sworn": { "label": "Sworn officer", "description": "A sworn law-enforcement officer with arrest powers, of any rank, full- or part-time.", "aliases": ["Sworn", "SWORN", "Officer", "Police Officer"], "crosswalk": {} }, "civilian": { "label": "Civilian", "description": "A non-sworn employee: dispatchers, analysts, records and administrative staff, crime-scene technicians and so on.", "aliases": ["Civilian", "CIVILIAN", "Non-Sworn", "Non Sworn"], "crosswalk": {} }, "reserve": { "label": "Reserve or auxiliary officer", "description": "A reserve, auxiliary or volunteer officer who serves part-time, sworn or not depending on the state.", "aliases": ["Reserve", "Auxiliary"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another kind of employee, such as a contractor listed on the roster.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source does not say whether the employee is sworn.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover employees.", "nibrs": "NIBRS does not cover employees. The FBI's separate Police Employee (LEOKA) counts split full-time officers from civilians, which `sworn` and `civilian` match; reserves are not counted there.", "opd": "OpenPoliceData publishes EMPLOYEE tables but does not normalise this value." } }, "employment_status": { "title": "Employment status", "description": "The employee's status on the snapshot date.", "type": "string", "enum": ["active", "on_leave", "suspended", "retired", "resigned", "terminated", "deceased", "separated", "other", "unknown"], "x-policedata-codes": { "active": { "label": "Active", "description": "Employed and on duty status, including light or restricted duty.", "aliases": ["Active", "A"], "crosswalk": {} }, "on_leave": { "label": "On leave", "description": "Employed but on extended leave (medical, military, family or administrative leave).", "aliases": ["Leave", "On Leave", "Military Leave", "Medical Leave"], "crosswalk": {} }, "suspended": { "label": "Suspended", "description": "Employed but suspended.", "aliases": ["Suspended"], "crosswalk": {} }, "retired": { "label": "Retired", "description": "Left the agency by retirement.", "aliases": ["Retired"], "crosswalk": {} }, "resigned": { "label": "Resigned", "description": "Left the agency by resignation.", "aliases": ["Resigned"], "crosswalk": {} }, "terminated": { "label": "Terminated", "description": "Dismissed by the agency.", "aliases": ["Terminated", "Dismissed"], "crosswalk": {} }, "deceased": { "label": "Deceased", "description": "Died while employed.", "aliases": ["Deceased"], "crosswalk": {} }, "separated": { "label": "Separated, reason not given", "description": "Left the agency; the source does not say why.", "aliases": ["Separated", "Inactive"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another status.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source does not give the status.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover employees.", "nibrs": "NIBRS does not cover employees.", "opd": "OpenPoliceData does not normalise employment status." } }, "rank_group": { "title": "Rank group", "description": "A sworn rank grouped into bands that compare across agencies, whatever each agency calls its ranks.", "type": "string", "enum": ["recruit", "officer", "senior_officer", "sergeant", "lieutenant", "captain", "command", "chief", "other", "unknown"], "x-policedata-codes": { "recruit": { "label": "Recruit", "description": "A recruit, cadet or trainee in the academy or in field training.", "aliases": ["Recruit", "Cadet", "Trainee"], "crosswalk": {} }, "officer": { "label": "Officer", "description": "The entry rank: police officer, patrol officer, deputy, trooper.", "aliases": ["Police Officer", "Patrol Officer", "Officer", "Deputy", "Trooper", "Patrolman"], "crosswalk": {} }, "senior_officer": { "label": "Senior officer or detective", "description": "A non-supervisory rank above entry: corporal, detective, investigator, master or senior officer, agent.", "aliases": ["Corporal", "Detective", "Investigator", "Master Patrol Officer", "Agent"], "crosswalk": {} }, "sergeant": { "label": "Sergeant", "description": "The first supervisory rank.", "aliases": ["Sergeant", "Sgt"], "crosswalk": {} }, "lieutenant": { "label": "Lieutenant", "description": "A lieutenant.", "aliases": ["Lieutenant", "Lt"], "crosswalk": {} }, "captain": { "label": "Captain", "description": "A captain.", "aliases": ["Captain", "Capt"], "crosswalk": {} }, "command": { "label": "Command staff", "description": "A rank above captain below the head of the agency: major, commander, inspector, deputy or assistant chief.", "aliases": ["Major", "Commander", "Inspector", "Deputy Chief", "Assistant Chief"], "crosswalk": {} }, "chief": { "label": "Chief executive", "description": "The head of the agency: chief, commissioner, superintendent, sheriff, director.", "aliases": ["Chief of Police", "Chief", "Commissioner", "Superintendent", "Sheriff"], "crosswalk": {} }, "other": { "label": "Other", "description": "A sworn rank that does not fit these bands.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The rank is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover employees.", "nibrs": "NIBRS does not cover employees.", "opd": "OpenPoliceData does not normalise ranks." } } } },
  "v1/mapping.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/mapping.schema.json", "title": "Mapping file", "description": "How one publisher's file maps onto the standard: which column feeds which field, how its codes crosswalk to the standard's code lists, which values mean \"not recorded\", and how its dates are written. Written once per source (as JSON or YAML) and passed to `policedata validate --mapping`.", "type": "object", "required": ["policedata_mapping", "type", "fields"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Optional: this schema's URL, for editor support." }, "policedata_mapping": { "description": "Version of the mapping file format. Always 1 for now.", "const": 1 }, "type": { "description": "The dataset type the file maps onto, such as `use-of-force`.", "type": "string", "pattern": "^[a-z][a-z-]*$" }, "source": { "description": 'A short label for the source, shown in reports ("Dallas PD use of force 2013").', "type": "string", "minLength": 1 }, "missing": { "description": 'Values that mean "not recorded" in every column, compared after trimming spaces (for example `NULL`, `-`, `.`, `999999`). Replaces the default list. An empty cell is always missing.', "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "date_format": { "description": "Default format of the file's dates, used by every date field without its own `format`. Tokens: `YYYY` `YY` `MM` `M` `MMM` `DD` `D` `HH` `H` `hh` `h` `mm` `ss` `SSS` `A` (AM/PM) `Z` (UTC offset), or `excel_serial`.", "type": "string", "minLength": 1 }, "sheet": { "description": "For workbooks: the sheet to read. Default: the first sheet with data.", "type": "string", "minLength": 1 }, "delimiter": { "description": "For CSV files: the character between cells, when it is not the one detected (detection tries comma, tab, semicolon and vertical bar). One character, or `tab`.", "type": "string", "minLength": 1 }, "fields": { "description": "For each field of the standard, where its value comes from. A plain string names the source column.", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9_]*$" }, "additionalProperties": { "$ref": "#/$defs/field_source" } }, "ignore": { "description": "Source columns deliberately left out of the standard (kept under `raw_` in normalised output and reported as acknowledged, not as unmapped).", "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "row_id_columns": { "description": "Columns that only number the rows (such as `OBJECTID`). They are left out when looking for rows that repeat each other, so copies that differ only in their row number are found.", "type": "array", "items": { "type": "string" }, "uniqueItems": true } }, "$defs": { "field_source": { "oneOf": [{ "type": "string", "minLength": 1, "description": "The name of the source column, as published." }, { "$ref": "#/$defs/column_source" }, { "$ref": "#/$defs/constant_source" }, { "$ref": "#/$defs/columns_source" }, { "$ref": "#/$defs/parts_source" }, { "$ref": "#/$defs/flags_source" }] }, "value_options": { "type": "object", "properties": { "format": { "description": "Date or time format of this column (see `date_format`).", "type": "string", "minLength": 1 }, "values": { "description": 'Crosswalk from source values to the standard\'s codes (`W: white`). Matching ignores case and surrounding spaces. Map a value to null to mean "not recorded", to a list of codes when it names several (`"Black-Hispanic": [black, hispanic_latino]`, list fields only), and use the key `""` for an empty cell.', "type": "object", "additionalProperties": { "anyOf": [{ "type": ["string", "null"] }, { "type": "array", "items": { "type": "string" }, "minItems": 1, "uniqueItems": true }] } }, "separator": { "description": "For list fields (such as race) and multi-valued cells: the separator between values (`;`, `,`).", "type": "string", "minLength": 1 }, "missing": { "description": 'Extra values that mean "not recorded" in this column only.', "type": "array", "items": { "type": "string" } }, "true_values": { "description": "For yes/no fields: extra source values meaning yes (Yes, Y, 1, TRUE are always understood).", "type": "array", "items": { "type": "string" } }, "false_values": { "description": "For yes/no fields: extra source values meaning no.", "type": "array", "items": { "type": "string" } }, "part": { "description": "Take only the date or only the time from a column holding both.", "enum": ["date", "time"] }, "pattern": { "description": "A regular expression with one capture group: the field's value is what the group matches (`^(.*?)[A-Z]$` takes `I190001683` from `I190001683A`). A cell it does not match is reported.", "type": "string", "minLength": 1 } } }, "column_source": { "type": "object", "required": ["column"], "unevaluatedProperties": false, "allOf": [{ "$ref": "#/$defs/value_options" }], "properties": { "column": { "description": "The source column, as published.", "type": "string", "minLength": 1 } } }, "constant_source": { "type": "object", "required": ["value"], "additionalProperties": false, "properties": { "value": { "description": "A constant for every row, such as the agency name.", "type": ["string", "number", "boolean"] } } }, "columns_source": { "type": "object", "required": ["columns"], "unevaluatedProperties": false, "allOf": [{ "$ref": "#/$defs/value_options" }], "properties": { "columns": { "description": "Several source columns joined into one value, such as a date column and a time column.", "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 2 }, "join": { "description": "Text placed between the joined values. Default: one space.", "type": "string" } } }, "parts_source": { "type": "object", "required": ["parts"], "additionalProperties": false, "properties": { "parts": { "description": "A date built from separate year, month and day columns (month may be a number or a name).", "type": "object", "required": ["year", "month", "day"], "additionalProperties": false, "properties": { "year": { "type": "string", "minLength": 1 }, "month": { "type": "string", "minLength": 1 }, "day": { "type": "string", "minLength": 1 } } } } }, "flags_source": { "type": "object", "required": ["flags"], "additionalProperties": false, "properties": { "flags": { "description": "Indicator columns, one per code (`Taser: less_lethal_taser`): a row's value is the code of every column whose cell means yes. For files that publish one yes/no column per category.", "type": "object", "minProperties": 1, "additionalProperties": { "type": "string", "minLength": 1 } }, "true_values": { "description": "Extra cell values meaning yes (Yes, Y, 1, TRUE and X are always understood).", "type": "array", "items": { "type": "string" } } } } } },
  "v1/officer-involved-shootings.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/officer-involved-shootings.schema.json", "title": "Officer-involved shootings", "description": `Shootings in which police officers fired at people, fatal or not: who was shot at, what they were armed with and doing, who fired and with what, and the outcome. Also fits national fatal-shooting databases such as the Washington Post's "Fatal Force". Field choices follow Comport, OpenPDI and the Post's data dictionary.`, "x-policedata-dataset": { "type": "officer-involved-shootings", "version": "1.0.0", "grain": { "id": "incident_subject_officer", "description": "One row per person shot at per officer who fired, in one shooting incident (IMPD's layout). Several weapons carried by the same person are listed together in `subject_weapon` rather than repeated as rows. Files with one row per person and no officers (the Washington Post) leave the officer fields empty. `incident_id` links the rows of an incident." }, "keys": ["incident_id", "shooting_id"], "aliases": ["Officer-Involved Shootings", "Officer Involved Shootings", "OIS", "Police Shootings", "Fatal Force", "Fatal Police Shootings"], "crosswalk": { "opd": "OFFICER-INVOLVED SHOOTINGS (with its - INCIDENTS, - SUBJECTS and - OFFICERS tables)", "nibrs": "Justifiable homicide by a law enforcement officer (offence 09C) covers only the fatal shootings", "pdi": "Officer-Involved Shootings" } }, "type": "object", "required": ["incident_id", "shooting_id", "incident_date", "subject_race", "subject_sex"], "properties": { "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The incident number that links the rows of one shooting. Files with one row per person and no incident number (the Washington Post) use the person's record id.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["INCNUM", "opaqueId", "POLICE_SHOOTING_NO"], "examples": ["31997"] }, "shooting_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies this row within its incident: one person shot at and, where officers are listed, one officer who fired. A sequence number or the agency's record number; with `incident_id` it is unique in the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OBJECTID", "id", "uid"], "examples": ["1"] }, "case_number": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The criminal case or central complaint number the shooting was filed under.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["caseNumber", "CC#"], "examples": ["18-123456"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency whose officers fired.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["lawenforcementagency", "agency", "department_name"], "examples": ["Indianapolis Metropolitan Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency whose officers fired.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["oricodes", "ori"], "examples": ["IN0490400"] }, "incident_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the shooting.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_DT", "date", "occurredDate", "DATE"], "examples": ["2018-11-09"] }, "incident_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time of the shooting.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_TM"], "examples": ["22:15"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the shooting happened; block-level addresses are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["address", "streetaddress", "LOCATION"], "examples": ["54XX N KEYSTONE AVE"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "latitude", "Y (LAT)"], "examples": [39.8567] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lon", "longitude", "long", "X (LONG)"], "examples": [-86.1217] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision", "is_geocoding_exact"], "examples": ["block"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the shooting happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CITY", "city"], "examples": ["Indianapolis"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the shooting happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["IN"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Police district or precinct where the shooting happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["DISTRICT", "district"], "examples": ["North"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Patrol beat where the shooting happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["beat"], "examples": ["N24"] }, "service_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Why officers were in contact with the person: the call type, stop or activity as the agency records it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["SERVICE_TYPE", "serviceType", "service_type"], "examples": ["Call For Service"] }, "review_finding": { "$ref": "defs/codes.schema.json#/$defs/review_finding", "description": "The outcome of the agency's review of the shooting, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["DISPOSITION", "disposition"], "examples": ["justified"] }, "review_finding_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The review outcome, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["DISPOSITION", "disposition"], "examples": ["Justified"] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person shot at, stable across rows.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CITNUM", "residentIdentifier"], "examples": ["18792"] }, "subject_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the person shot at. Personal data: news databases publish it, agencies should publish `subject_id` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["name"], "examples": ["Jane Doe"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person shot at, normalised; several codes when the source lists several (the Post's `B;H`).", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["RACE", "race", "raceethnicity", "residentRace"], "examples": [["black"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person shot at, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["RACE", "race", "raceethnicity", "residentRace"], "examples": ["B;H"] }, "subject_race_source": { "$ref": "defs/person.schema.json#/$defs/race_source", "description": "How the race of the person was determined.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["race_source"], "examples": ["records"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_ethnicity", "ethnicity"], "examples": ["not_hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person shot at.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["SEX", "gender", "residentSex"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person shot at.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_AGE", "age", "residentAge"], "examples": [27] }, "subject_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SUBJECT_AGE_RANGE"], "examples": ["25-34"] }, "subject_armed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was armed with something an officer believed could cause harm.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_armed"], "examples": [true] }, "subject_weapon": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/weapon" }, "minItems": 1, "uniqueItems": true, "description": "What the person was armed with, normalised to NIBRS-based classes; several codes when they had several.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_WEAPON", "armed_with", "armed", "residentWeaponUsed", "weapon_class"], "examples": [["firearm_handgun"]] }, "subject_weapon_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The person's weapon, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_WEAPON", "armed_with", "armed", "residentWeaponUsed", "weapon_type"], "examples": ["Suspect - Handgun"] }, "threat_type": { "$ref": "#/$defs/threat_type", "description": "What the person did just before the shooting.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["threat_type", "threat_level", "threat_level_display"], "examples": ["point"] }, "flee_status": { "$ref": "#/$defs/flee_status", "description": "Whether and how the person was fleeing.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["flee_status", "flee"], "examples": ["not_fleeing"] }, "mental_illness_related": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether reports indicate the person had a history of mental illness, expressed suicidal intentions or was in mental distress at the time.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["was_mental_illness_related", "signs_of_mental_illness"], "examples": [false] }, "body_camera_worn": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether an officer was wearing a body camera that may have recorded some of the incident.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["body_camera"], "examples": [true] }, "subject_injured": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was injured, including killed.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["subject_injured"], "examples": [true] }, "subject_injury_severity": { "$ref": "defs/codes.schema.json#/$defs/injury_severity", "description": "The most serious injury the person received.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_injury_severity"], "examples": ["serious"] }, "subject_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The person's injuries or condition as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_COND_TYPE", "residentCondition"], "examples": ["Gunshot Wound"] }, "subject_died": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person died. Every row of a fatal-shootings database such as the Washington Post's is true.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["subject_died"], "examples": [false] }, "manner_of_death": { "$ref": "#/$defs/manner_of_death", "description": "How officers caused the person's death. Only present when the person died.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["manner_of_death", "classification"], "examples": ["shot"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer who fired, stable across rows and incidents.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFFNUM", "officerIdentifier", "officer_id_hash"], "examples": ["921"] }, "officer_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the officer who fired, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_RACE", "officerRace", "officer_race"], "examples": [["white"]] }, "officer_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the officer, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_RACE", "officerRace"], "examples": ["White"] }, "officer_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the officer is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFFICER_ETHNICITY"], "examples": ["not_hispanic_latino"] }, "officer_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the officer who fired.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_SEX", "officerSex", "officer_sex"], "examples": ["male"] }, "officer_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the officer at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_AGE", "officerAge", "officer_age"], "examples": [37] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The officer's years of service at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_YR_EMPLOY", "officerYearsOfService"], "examples": [8] }, "officer_division": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's division at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24A", "division"], "examples": ["OPERATIONS DIVISION"] }, "officer_district": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's district or bureau at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24B"], "examples": ["NORTH DISTRICT"] }, "officer_shift": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's shift or section at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24C", "shift"], "examples": ["ND LATE SHIFT"] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's unit or assignment at the time of the shooting.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["UDTEXT24D", "assignment", "unit"], "examples": ["SWAT UNIT"] }, "officer_weapon": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/weapon" }, "minItems": 1, "uniqueItems": true, "description": "The weapon the officer fired, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_WEAPON", "officerWeaponUsed"], "examples": [["firearm_handgun"]] }, "officer_weapon_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The officer's weapon, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_WEAPON", "officerWeaponUsed"], "examples": ["IMPD - Duty Handgun"] }, "shots_fired": { "$ref": "defs/person.schema.json#/$defs/count", "type": "integer", "minimum": 1, "description": "How many rounds the officer fired, when known. At least one.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Number  Shots"], "examples": [3] }, "discharge_intentional": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer fired on purpose; false for accidental discharges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["intentional"], "examples": [true] }, "officer_injured": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was injured.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerInjured", "officer_injured"], "examples": [false] }, "officer_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The officer's injuries or condition as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_COND_TYPE", "officerCondition"], "examples": ["No injuries noted or visible"] }, "officer_killed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was killed.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerKilled"], "examples": [false] }, "narrative": { "$ref": "defs/person.schema.json#/$defs/text", "description": "A short description of what happened. Descriptions often name the people involved: remove names before publishing.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["description", "blurb", "summary"], "examples": ["Officers responding to a call were fired upon and returned fire."] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "unarmed_stands_alone", "description": "`unarmed` in `subject_weapon` is the only code in the list and means `subject_armed` is false." }, "if": { "required": ["subject_weapon"], "properties": { "subject_weapon": { "type": "array", "contains": { "const": "unarmed" } } } }, "then": { "properties": { "subject_weapon": { "type": "array", "maxItems": 1 }, "subject_armed": { "const": false } } } }, { "x-policedata-rule": { "id": "weapon_means_armed", "description": "A weapon code in `subject_weapon` (anything but `unarmed`, `replica` or `unknown`) means `subject_armed` is true." }, "if": { "required": ["subject_weapon"], "properties": { "subject_weapon": { "type": "array", "contains": { "enum": ["firearm", "firearm_handgun", "firearm_rifle", "firearm_shotgun", "firearm_other", "knife", "blunt_object", "vehicle", "personal_weapons", "explosives", "other", "unknown_weapon"] } } } }, "then": { "properties": { "subject_armed": { "const": true } } } }, { "x-policedata-rule": { "id": "not_armed_means_no_weapon", "description": "`subject_armed` false means `subject_weapon` holds only `unarmed` or `replica`." }, "if": { "required": ["subject_armed"], "properties": { "subject_armed": { "const": false } } }, "then": { "properties": { "subject_weapon": { "type": "array", "items": { "enum": ["unarmed", "replica"] } } } } }, { "x-policedata-rule": { "id": "subject_death_is_fatal_injury", "description": "`subject_died` true means `subject_injured` is true and `subject_injury_severity` is `fatal`." }, "if": { "required": ["subject_died"], "properties": { "subject_died": { "const": true } } }, "then": { "properties": { "subject_injured": { "const": true }, "subject_injury_severity": { "const": "fatal" } } } }, { "x-policedata-rule": { "id": "fatal_injury_means_subject_died", "description": "`subject_injury_severity` `fatal` means `subject_died` is true." }, "if": { "required": ["subject_injury_severity"], "properties": { "subject_injury_severity": { "const": "fatal" } } }, "then": { "properties": { "subject_died": { "const": true } } } }, { "x-policedata-rule": { "id": "manner_of_death_requires_death", "description": "`manner_of_death` is only given when `subject_died` is true." }, "if": { "required": ["manner_of_death"] }, "then": { "required": ["subject_died"], "properties": { "subject_died": { "const": true } } } }, { "x-policedata-rule": { "id": "officer_killed_means_injured", "description": "`officer_killed` true means `officer_injured` is true." }, "if": { "required": ["officer_killed"], "properties": { "officer_killed": { "const": true } } }, "then": { "properties": { "officer_injured": { "const": true } } } }], "$defs": { "threat_type": { "title": "Threat type", "description": "What the person did just before the shooting, in the Washington Post's categories.", "type": "string", "enum": ["shoot", "point", "attack", "threat", "move", "flee", "accident", "other", "unknown"], "x-policedata-codes": { "shoot": { "label": "Fired a weapon", "description": "The person fired a weapon.", "aliases": ["shoot"], "crosswalk": {} }, "point": { "label": "Pointed a weapon", "description": "The person pointed a weapon at someone.", "aliases": ["point"], "crosswalk": {} }, "attack": { "label": "Attacked", "description": "The person attacked with another weapon or physical force. The Post's 2015-2021 `threat_level` `attack` also covered shooting and pointing.", "aliases": ["attack"], "crosswalk": {} }, "threat": { "label": "Weapon visible", "description": "The person had a weapon visible to the officers.", "aliases": ["threat"], "crosswalk": {} }, "move": { "label": "Moved threateningly", "description": "The person was moving in a threatening way.", "aliases": ["move"], "crosswalk": {} }, "flee": { "label": "Fleeing", "description": "The person was fleeing (see `flee_status`).", "aliases": ["flee"], "crosswalk": {} }, "accident": { "label": "Accident", "description": "The shooting was an accident.", "aliases": ["accident"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another threat; the Post's 2015-2021 `threat_level` `other`, which includes many significant threats.", "aliases": ["other"], "crosswalk": {} }, "unknown": { "label": "Undetermined", "description": "The threat could not be determined from the evidence.", "aliases": ["undetermined"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover shootings.", "nibrs": "NIBRS does not record the threat that led to a police shooting.", "opd": "OpenPoliceData does not normalise threat types." } }, "flee_status": { "title": "Flee status", "description": "How, if at all, the person was moving away from officers before the shooting.", "type": "string", "enum": ["not_fleeing", "foot", "car", "other", "unknown"], "x-policedata-codes": { "not_fleeing": { "label": "Not fleeing", "description": "The person was not fleeing.", "aliases": ["not", "Not fleeing"], "crosswalk": {} }, "foot": { "label": "On foot", "description": "The person was fleeing on foot.", "aliases": ["foot", "Foot"], "crosswalk": {} }, "car": { "label": "By car", "description": "The person was fleeing in a car.", "aliases": ["car", "Car"], "crosswalk": {} }, "other": { "label": "Other", "description": "The person was fleeing by another vehicle or means.", "aliases": ["other", "Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "It is not known whether the person was fleeing.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover shootings.", "nibrs": "NIBRS does not record fleeing.", "opd": "OpenPoliceData does not normalise flee status." } }, "manner_of_death": { "title": "Manner of death", "description": "How officers caused the death of a person killed in the shooting.", "type": "string", "enum": ["shot", "shot_and_tasered", "other", "unknown"], "x-policedata-codes": { "shot": { "label": "Shot", "description": "The person was shot.", "aliases": ["shot", "Gunshot"], "crosswalk": {} }, "shot_and_tasered": { "label": "Shot and Tasered", "description": "The person was shot and also hit with a Taser.", "aliases": ["shot and Tasered"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another manner of death.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The manner of death is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover deaths.", "nibrs": "NIBRS records justifiable homicides by officers as offence 09C, not a manner of death.", "opd": "OpenPoliceData does not normalise manner of death." } } } },
  "v1/report-diff.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/report-diff.schema.json", "title": "Report diff", "description": "Two conformance reports of the same source (an agency's dataset in two releases) compared by `policedata diff`: level and score, findings new, fixed or changed in count, fields that appeared or went away, and schema drift (columns renamed, dropped or added, date formats changed). Version 1 of the diff format.", "type": "object", "required": ["$schema", "diff_version", "tool", "old", "new", "findings", "columns", "date_formats", "fields", "notes"], "additionalProperties": false, "properties": { "$schema": { "const": "https://schemas.policedata.dev/v1/report-diff.schema.json" }, "diff_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "version": { "type": "string" } } }, "old": { "$ref": "#/$defs/side" }, "new": { "$ref": "#/$defs/side" }, "findings": { "type": "array", "items": { "type": "object", "required": ["code", "severity", "title", "status", "old_count", "new_count", "old_fields", "new_fields", "new_values"], "additionalProperties": false, "properties": { "code": { "type": "string" }, "severity": { "enum": ["error", "warning", "info"] }, "title": { "type": "string" }, "status": { "enum": ["new", "fixed", "more", "fewer", "same"] }, "old_count": { "type": "integer", "minimum": 0 }, "new_count": { "type": "integer", "minimum": 0 }, "old_fields": { "type": "array", "items": { "type": "string" } }, "new_fields": { "type": "array", "items": { "type": "string" } }, "new_values": { "type": "array", "items": { "type": "string" } }, "compared_per_row": { "type": "boolean", "description": "True when the releases differ in size and this finding (about rows) was called more or fewer by its share of the rows rather than its count." } } } }, "columns": { "type": "array", "items": { "type": "object", "required": ["kind", "fields"], "additionalProperties": false, "properties": { "kind": { "enum": ["renamed", "dropped", "added"] }, "old": { "type": "string" }, "new": { "type": "string" }, "fields": { "type": "array", "items": { "type": "string" } }, "paired_by": { "enum": ["spelling", "same_field", "alias"] } } } }, "date_formats": { "type": "array", "items": { "type": "object", "required": ["old_column", "new_column", "fields", "before", "after"], "additionalProperties": false, "properties": { "old_column": { "type": "string" }, "new_column": { "type": "string" }, "fields": { "type": "array", "items": { "type": "string" } }, "before": { "$ref": "#/$defs/formats" }, "after": { "$ref": "#/$defs/formats" } } } }, "fields": { "type": "array", "items": { "type": "object", "required": ["name", "level", "status", "before", "after"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "level": { "enum": ["required", "recommended", "optional"] }, "status": { "enum": ["now_published", "no_longer_published", "more_complete", "less_complete"] }, "before": { "type": ["number", "null"], "minimum": 0, "maximum": 1 }, "after": { "type": ["number", "null"], "minimum": 0, "maximum": 1 } } } }, "notes": { "type": "array", "items": { "type": "string" } } }, "$defs": { "side": { "type": "object", "required": ["file", "dataset_type", "mapping", "rows", "invalid_rows", "level", "score", "coverage"], "additionalProperties": false, "properties": { "file": { "type": "string" }, "dataset_type": { "type": ["string", "null"] }, "mapping": { "type": ["string", "null"] }, "rows": { "type": "integer", "minimum": 0 }, "invalid_rows": { "type": "integer", "minimum": 0 }, "level": { "enum": ["none", "basic", "good", "complete"] }, "score": { "type": "number", "minimum": 0, "maximum": 100 }, "coverage": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["start", "end"], "additionalProperties": false, "properties": { "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }] } } }, "formats": { "type": "array", "items": { "type": "object", "required": ["format", "rows"], "additionalProperties": false, "properties": { "format": { "type": "string" }, "rows": { "type": "integer", "minimum": 1 } } } } } },
  "v1/report.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/report.schema.json", "title": "Conformance report", "description": "What `policedata validate` found in one file: its dataset type, how its columns map onto the standard, counts and samples of every finding, completeness per field, and the conformance level and score. Version 1 of the report format.", "type": "object", "required": ["$schema", "report_version", "tool", "standard_version", "validated_at", "file", "dataset", "rows", "invalid_rows", "coverage", "conformance", "summary", "fields", "columns", "findings", "limits_reached"], "additionalProperties": false, "properties": { "$schema": { "const": "https://schemas.policedata.dev/v1/report.schema.json" }, "report_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "version": { "type": "string" } } }, "standard_version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$" }, "validated_at": { "type": "string", "format": "date-time" }, "file": { "type": "object", "required": ["name", "format"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "size": { "type": "integer", "minimum": 0 }, "format": { "enum": ["csv", "json", "ndjson", "xlsx", "xls"] }, "encoding": { "type": "string" }, "compressed": { "const": "gzip" }, "sheet": { "type": "string" }, "dialect": { "type": "object", "required": ["delimiter", "quote", "lineEnding"], "additionalProperties": false, "properties": { "delimiter": { "type": "string" }, "quote": { "type": "string" }, "lineEnding": { "enum": ["lf", "crlf", "cr", "mixed", "none"] } } } } }, "dataset": { "type": "object", "required": ["type", "type_source", "keys", "mapping"], "additionalProperties": false, "properties": { "type": { "type": ["string", "null"] }, "title": { "type": "string" }, "type_source": { "enum": ["option", "mapping", "detected", "none"] }, "confidence": { "type": "number", "minimum": 0, "maximum": 1 }, "grain": { "type": "string" }, "keys": { "type": "array", "items": { "type": "string" } }, "mapping": { "type": ["string", "null"] } } }, "rows": { "type": "integer", "minimum": 0 }, "invalid_rows": { "type": "integer", "minimum": 0 }, "coverage": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["field", "start", "end"], "additionalProperties": false, "properties": { "field": { "type": "string" }, "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }] }, "conformance": { "type": "object", "required": ["level", "score", "components", "reasons"], "additionalProperties": false, "properties": { "level": { "enum": ["none", "basic", "good", "complete"] }, "score": { "type": "number", "minimum": 0, "maximum": 100 }, "components": { "type": "object", "required": ["required", "recommended", "optional", "clean"], "additionalProperties": false, "properties": { "required": { "$ref": "#/$defs/share" }, "recommended": { "$ref": "#/$defs/share" }, "optional": { "$ref": "#/$defs/share" }, "clean": { "$ref": "#/$defs/share" } } }, "reasons": { "type": "array", "items": { "type": "string" } } } }, "summary": { "type": "object", "required": ["error", "warning", "info"], "additionalProperties": false, "properties": { "error": { "type": "integer", "minimum": 0 }, "warning": { "type": "integer", "minimum": 0 }, "info": { "type": "integer", "minimum": 0 } } }, "fields": { "type": "array", "items": { "$ref": "#/$defs/field" } }, "columns": { "type": "array", "items": { "type": "object", "required": ["name", "status", "fields"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "status": { "enum": ["mapped", "ignored", "unmapped"] }, "fields": { "type": "array", "items": { "type": "string" } }, "date_formats": { "description": "For a column feeding a date or time field: the formats its valid cells are written in (in the mapping file's format language, such as M/D/YYYY or YYYY-MM-DDTHH:mm:ss), with the rows of each, most rows first. Reports written by earlier versions do not have it.", "type": "array", "items": { "type": "object", "required": ["format", "rows"], "additionalProperties": false, "properties": { "format": { "type": "string" }, "rows": { "type": "integer", "minimum": 1 } } } } } } }, "findings": { "type": "array", "items": { "$ref": "#/$defs/finding_group" } }, "limits_reached": { "type": "array", "items": { "type": "string" } } }, "$defs": { "share": { "type": "number", "minimum": 0, "maximum": 1 }, "field": { "type": "object", "required": ["name", "level", "pii", "status", "columns", "valid", "empty", "placeholder", "invalid", "completeness", "validity"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "level": { "enum": ["required", "recommended", "optional"] }, "pii": { "type": "boolean" }, "status": { "enum": ["mapped", "missing"] }, "columns": { "type": "array", "items": { "type": "string" } }, "origin": { "enum": ["field_name", "alias", "fuzzy", "mapping", "raw_of", "constant"] }, "valid": { "type": "integer", "minimum": 0 }, "empty": { "type": "integer", "minimum": 0 }, "placeholder": { "type": "integer", "minimum": 0 }, "invalid": { "type": "integer", "minimum": 0 }, "completeness": { "$ref": "#/$defs/share" }, "validity": { "$ref": "#/$defs/share" } } }, "finding_group": { "type": "object", "required": ["code", "severity", "category", "title", "fix", "count", "samples"], "additionalProperties": false, "properties": { "code": { "type": "string", "pattern": "^[a-z][a-z0-9_]*$" }, "severity": { "enum": ["error", "warning", "info"] }, "category": { "enum": ["source", "structure", "mapping", "value", "schema", "dataset", "privacy"] }, "title": { "type": "string" }, "fix": { "type": "string" }, "count": { "type": "integer", "minimum": 1 }, "samples": { "type": "array", "items": { "$ref": "#/$defs/sample" } } } }, "sample": { "type": "object", "required": ["message", "params"], "additionalProperties": false, "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 0 }, "row": { "type": "integer", "minimum": 1, "description": "The row a spreadsheet program shows for `line`, given when they differ: rows above it held line breaks inside quoted cells, so the file's lines ran ahead of its rows." }, "column": { "type": "string" }, "field": { "type": "string" }, "value": { "type": "string" }, "sheet": { "type": "string" }, "message": { "type": "string" }, "params": { "type": "object", "additionalProperties": { "anyOf": [{ "type": ["string", "number", "boolean"] }, { "type": "array", "items": { "type": "string" } }] } } } } } },
  "v1/scorecard.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/scorecard.schema.json", "title": "Scorecard", "description": "What `policedata compare` found for many agencies' datasets side by side: per dataset its level, score, rows, period and field coverage (the share of rows with a valid value per standard field, with what could not be crosswalked), the focus fields of the Police Data Initiative, and the changes between two releases of the same source. Version 1 of the scorecard format.", "type": "object", "required": ["$schema", "scorecard_version", "tool", "standard_version", "title", "focus", "agencies", "dataset_types", "sources", "changes"], "additionalProperties": false, "properties": { "$schema": { "const": "https://schemas.policedata.dev/v1/scorecard.schema.json" }, "scorecard_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "version": { "type": "string" } } }, "standard_version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$" }, "title": { "type": "string" }, "focus": { "description": "The focus concepts, in the order the sources' `focus` lists them.", "type": "array", "items": { "type": "object", "required": ["id", "label"], "additionalProperties": false, "properties": { "id": { "type": "string" }, "label": { "type": "string" } } } }, "agencies": { "type": "array", "items": { "type": "object", "required": ["name", "sources"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "ori": { "type": "string" }, "city": { "type": "string" }, "state": { "type": "string" }, "sources": { "type": "array", "items": { "type": "string" } } } } }, "dataset_types": { "type": "array", "items": { "type": "object", "required": ["dataset_type", "title", "sources", "fields", "unpublished_optional"], "additionalProperties": false, "properties": { "dataset_type": { "type": "string" }, "title": { "type": "string" }, "sources": { "type": "array", "items": { "type": "string" } }, "fields": { "type": "array", "items": { "type": "string" } }, "unpublished_optional": { "type": "array", "items": { "type": "string" } } } } }, "sources": { "type": "array", "items": { "$ref": "#/$defs/source" } }, "changes": { "type": "array", "items": { "type": "object", "required": ["agency", "dataset_type", "from", "to", "diff"], "additionalProperties": false, "properties": { "agency": { "type": "string" }, "dataset_type": { "type": "string" }, "from": { "type": "string" }, "to": { "type": "string" }, "diff": { "$ref": "report-diff.schema.json" } } } } }, "$defs": { "share": { "type": "number", "minimum": 0, "maximum": 1 }, "count": { "type": "integer", "minimum": 0 }, "source": { "type": "object", "required": ["id", "label", "agency", "dataset_type", "files", "mapping", "rows", "invalid_rows", "level", "score", "reasons", "coverage", "summary", "focus", "fields", "not_published", "unmapped_columns"], "additionalProperties": false, "properties": { "id": { "type": "string" }, "label": { "type": "string" }, "agency": { "type": "string" }, "dataset_type": { "type": "string" }, "release": { "type": "string" }, "files": { "type": "array", "items": { "type": "string" } }, "mapping": { "type": ["string", "null"] }, "rows": { "$ref": "#/$defs/count" }, "invalid_rows": { "$ref": "#/$defs/count" }, "level": { "enum": ["none", "basic", "good", "complete"] }, "score": { "type": "number", "minimum": 0, "maximum": 100 }, "reasons": { "type": "array", "items": { "type": "string" } }, "coverage": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["field", "start", "end"], "additionalProperties": false, "properties": { "field": { "type": "string" }, "start": { "type": "string", "format": "date" }, "end": { "type": "string", "format": "date" } } }] }, "declared_coverage": { "type": "object", "additionalProperties": false, "properties": { "start": { "type": "string" }, "end": { "type": "string" } } }, "summary": { "type": "object", "required": ["error", "warning", "info"], "additionalProperties": false, "properties": { "error": { "$ref": "#/$defs/count" }, "warning": { "$ref": "#/$defs/count" }, "info": { "$ref": "#/$defs/count" } } }, "focus": { "type": "array", "items": { "type": "object", "required": ["concept", "fields", "completeness"], "additionalProperties": false, "properties": { "concept": { "type": "string" }, "fields": { "type": "array", "items": { "type": "string" } }, "completeness": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/share" }] } } } }, "fields": { "type": "array", "items": { "$ref": "#/$defs/field" } }, "not_published": { "type": "array", "items": { "type": "string" } }, "unmapped_columns": { "type": "array", "items": { "type": "string" } } } }, "field": { "type": "object", "required": ["name", "level", "status", "columns", "valid", "empty", "placeholder", "invalid", "completeness"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "level": { "enum": ["required", "recommended", "optional"] }, "focus": { "type": "string" }, "status": { "enum": ["published", "not_published"] }, "columns": { "type": "array", "items": { "type": "string" } }, "valid": { "$ref": "#/$defs/count" }, "empty": { "$ref": "#/$defs/count" }, "placeholder": { "$ref": "#/$defs/count" }, "invalid": { "$ref": "#/$defs/count" }, "completeness": { "$ref": "#/$defs/share" }, "not_crosswalked": { "type": "object", "required": ["rows", "values"], "additionalProperties": false, "properties": { "rows": { "type": "integer", "minimum": 1 }, "values": { "type": "array", "items": { "type": "string" } } } } } } } },
  "v1/stops.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/stops.schema.json", "title": "Stops", "description": "Traffic and pedestrian stops, including Terry stops (stop-and-frisk) and field interviews: who was stopped, why, whether they were searched, and what happened. Modelled on the Stanford Open Policing Project's standard.", "x-policedata-dataset": { "type": "stops", "version": "1.0.0", "grain": { "id": "person_stop", "description": "One row per person stopped. When several people are stopped together, each gets a row with its own `stop_id`, and `incident_id` links them." }, "keys": ["stop_id"], "aliases": ["Traffic Stops", "Pedestrian Stops", "Terry Stops", "Stop and Frisk", "Field Interviews", "Vehicle Stops"], "crosswalk": { "opp": "standardized stop data (one row per stop)", "opd": "STOPS, TRAFFIC STOPS, PEDESTRIAN STOPS", "pdi": "Traffic and Pedestrian Stops" } }, "type": "object", "required": ["stop_id", "stop_date", "subject_race", "subject_sex"], "properties": { "stop_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the stop of one person. Unique within the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["TERRY_STOP_ID", "Stop ID", "StopID", "stop_number", "raw_row_number"], "examples": ["10207"] }, "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The report or incident number that links stops made in the same event (Seattle's `GO / SC Num`).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["GO / SC Num", "GO Number", "Incident Number", "report_number", "case_number"], "examples": ["20150000103696"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that made the stop.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name", "AgencyDescription"], "examples": ["Seattle Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that made the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["WASPD0000"] }, "stop_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date of the stop.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["date", "Reported_Date", "StopDate", "stop_date", "Date of Stop"], "examples": ["2015-03-30"] }, "stop_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time of the stop.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["time", "Reported_Time", "StopTime", "Time of Stop"], "examples": ["21:08"] }, "stop_type": { "$ref": "#/$defs/stop_type", "description": "Whether the person was stopped on foot or in a vehicle.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["type", "Stop Type", "stop_class"], "examples": ["pedestrian"] }, "reason_for_stop": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Why the person was stopped: the call type, violation or suspicion as the agency records it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["InitialCallType", "Purpose", "reason", "Stop Reason", "reason_for_stop"], "examples": ["SUSPICIOUS PERSON"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the stop happened; block-level addresses are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["location", "address", "StopLocation", "Location"], "examples": ["11XX BATES ST"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lat", "Y", "Latitude"], "examples": [47.6062] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["lng", "lon", "X", "Longitude"], "examples": [-122.3321] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the stop happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["StopCity", "city"], "examples": ["Seattle"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the stop happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["WA"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Police district or precinct where the stop happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Precinct", "district", "division"], "examples": ["East"] }, "sector": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Sector or zone where the stop happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Sector", "zone"], "examples": ["E"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Patrol beat where the stop happened.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Beat"], "examples": ["E2"] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person stopped, stable across their stops.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectID", "subject_id", "PersonID"], "examples": ["7726"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person stopped, normalised.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectPerceivedRace", "subject_race", "Race", "Driver Race"], "examples": [["black"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person stopped, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectPerceivedRace", "Race"], "examples": ["Black or African American"] }, "subject_race_source": { "$ref": "defs/person.schema.json#/$defs/race_source", "description": "How the race of the person stopped was obtained.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["race_source"], "examples": ["perceived"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person stopped is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Ethnicity", "subject_ethnicity"], "examples": ["not_hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person stopped.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectPerceivedGender", "subject_sex", "Gender", "Sex"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person stopped.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["subject_age", "Age"], "examples": [27] }, "subject_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person stopped when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SubjectAgeGroup", "age_group", "Age Range"], "examples": ["26-35"] }, "subject_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The name of the person stopped. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["subject_name", "Name", "first_name", "last_name"], "examples": ["Jane Doe"] }, "subject_date_of_birth": { "$ref": "defs/person.schema.json#/$defs/date_of_birth", "description": "The date of birth of the person stopped. Personal data: publish the age instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["subject_dob", "DOB", "Date of Birth"], "examples": ["1990-02-01"] }, "subject_drivers_license": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "The driving licence number of the person stopped. Personal data: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["drivers_license", "DL Number", "License Number"], "examples": ["D1234567"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer who made the stop.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OfficerID", "officer_id", "officer_id_hash"], "examples": ["1539"] }, "officer_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the officer, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Officer_Race", "officer_race"], "examples": [["white"]] }, "officer_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the officer, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Officer_Race"], "examples": ["White"] }, "officer_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the officer.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Officer_Gender", "officer_sex"], "examples": ["male"] }, "officer_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the officer at the time of the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officer_age"], "examples": [41] }, "officer_year_of_birth": { "$ref": "defs/datetime.schema.json#/$defs/year", "description": "The officer's year of birth.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Officer_YOB", "officer_yob"], "examples": [1973] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The officer's years of service at the time of the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officer_years_of_service", "Years of Service"], "examples": [12] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's squad or unit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OfficerSquad", "unit", "officer_assignment"], "examples": ["EAST PCT 3RD W - E/G RELIEF"] }, "officer_name": { "$ref": "defs/person.schema.json#/$defs/name", "description": "The officer's name. Identifies the officer: publish `officer_id` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["officer_name", "Officer Name"], "examples": ["John Smith"] }, "frisk_performed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was frisked (patted down).", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["FriskFlag", "frisk", "Frisked"], "examples": [false] }, "search_conducted": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person or their vehicle was searched.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["search_conducted", "Searched", "DriverSearch"], "examples": [true] }, "search_person": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was searched.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["search_person", "PersonSearch"], "examples": [true] }, "search_vehicle": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the vehicle was searched.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["search_vehicle", "VehicleSearch"], "examples": [false] }, "search_basis": { "$ref": "#/$defs/search_basis", "description": "The legal basis for the search. Only present when a search was conducted.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["search_basis", "search_type", "Basis"], "examples": ["consent"] }, "contraband_found": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether contraband was found. Only present when a search was conducted.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["contraband_found", "Contraband"], "examples": [false] }, "contraband_drugs": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether drugs were found.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["contraband_drugs"], "examples": [false] }, "contraband_weapons": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether weapons were found.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["contraband_weapons"], "examples": [false] }, "contraband_alcohol": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether alcohol was found.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["contraband_alcohol"], "examples": [false] }, "contraband_other": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether other contraband was found.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["contraband_other"], "examples": [false] }, "outcome": { "$ref": "#/$defs/stop_outcome", "description": "The strictest action taken as a result of the stop.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["outcome", "Stop Resolution", "Action", "disposition"], "examples": ["arrest"] }, "arrest_made": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was arrested.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["ArrestFlag", "arrest_made", "Arrested", "DriverArrest"], "examples": [false] }, "citation_issued": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a citation was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["citation_issued", "Citation"], "examples": [false] }, "warning_issued": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a warning was issued.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["warning_issued", "Warning"], "examples": [false] }, "use_of_force": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether force was used during the stop.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["EngageForce", "use_of_force", "Force Used"], "examples": [false] }, "violation": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The violation, offence or statute cited.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["violation", "Violation", "charge"], "examples": ["SPEEDING 10-14 OVER"] }, "vehicle_make": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Make of the vehicle stopped.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_make", "Make"], "examples": ["TOYOTA"] }, "vehicle_year": { "$ref": "defs/datetime.schema.json#/$defs/year", "description": "Model year of the vehicle stopped.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicle_year"], "examples": [2012] }, "vehicle_license_plate": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "Licence plate of the vehicle stopped. Identifies a person: do not publish.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["vehicle_license_plate", "Plate", "License Plate", "Tag"], "examples": ["ABC1234"] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "search_basis_requires_search", "description": "`search_basis` is only given when `search_conducted` is true." }, "if": { "required": ["search_basis"] }, "then": { "required": ["search_conducted"], "properties": { "search_conducted": { "const": true } } } }, { "x-policedata-rule": { "id": "search_detail_requires_search", "description": "`search_person` or `search_vehicle` true means `search_conducted` is true." }, "if": { "anyOf": [{ "required": ["search_person"], "properties": { "search_person": { "const": true } } }, { "required": ["search_vehicle"], "properties": { "search_vehicle": { "const": true } } }] }, "then": { "required": ["search_conducted"], "properties": { "search_conducted": { "const": true } } } }, { "x-policedata-rule": { "id": "contraband_requires_search", "description": "`contraband_found` is only given when a search was conducted." }, "if": { "required": ["contraband_found"] }, "then": { "required": ["search_conducted"], "properties": { "search_conducted": { "const": true } } } }, { "x-policedata-rule": { "id": "contraband_detail_requires_contraband", "description": "Any of `contraband_drugs`, `contraband_weapons`, `contraband_alcohol` or `contraband_other` true means `contraband_found` is true." }, "if": { "anyOf": [{ "required": ["contraband_drugs"], "properties": { "contraband_drugs": { "const": true } } }, { "required": ["contraband_weapons"], "properties": { "contraband_weapons": { "const": true } } }, { "required": ["contraband_alcohol"], "properties": { "contraband_alcohol": { "const": true } } }, { "required": ["contraband_other"], "properties": { "contraband_other": { "const": true } } }] }, "then": { "required": ["contraband_found"], "properties": { "contraband_found": { "const": true } } } }, { "x-policedata-rule": { "id": "arrest_outcome_implies_arrest_made", "description": "`outcome` `arrest` means `arrest_made` is true." }, "if": { "required": ["outcome"], "properties": { "outcome": { "const": "arrest" } } }, "then": { "required": ["arrest_made"], "properties": { "arrest_made": { "const": true } } } }, { "x-policedata-rule": { "id": "citation_outcome_implies_citation_issued", "description": "`outcome` `citation` means `citation_issued` is not false." }, "if": { "required": ["outcome"], "properties": { "outcome": { "const": "citation" } } }, "then": { "properties": { "citation_issued": { "const": true } } } }], "$defs": { "stop_type": { "title": "Stop type", "description": "Whether the stop was of a pedestrian or a vehicle.", "type": "string", "enum": ["pedestrian", "vehicular"], "x-policedata-codes": { "pedestrian": { "label": "Pedestrian", "description": "The person was on foot (including Terry stops and field interviews).", "aliases": ["P", "Pedestrian", "Terry", "Ped"], "crosswalk": { "opp": "pedestrian", "opd": "PEDESTRIAN STOPS" } }, "vehicular": { "label": "Vehicular", "description": "The person was in or on a vehicle (traffic stop).", "aliases": ["V", "Vehicle", "Traffic", "Vehicular"], "crosswalk": { "opp": "vehicular", "opd": "TRAFFIC STOPS" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP `type` values `pedestrian` and `vehicular`.", "nibrs": "NIBRS does not cover stops.", "opd": "OpenPoliceData separates them as table types PEDESTRIAN STOPS and TRAFFIC STOPS." } }, "search_basis": { "title": "Search basis", "description": "The legal basis for a search.", "type": "string", "enum": ["consent", "probable_cause", "plain_view", "k9", "incident_to_arrest", "warrant", "inventory", "protective_frisk", "other"], "x-policedata-codes": { "consent": { "label": "Consent", "description": "The person agreed to the search.", "aliases": ["Consent", "C"], "crosswalk": { "opp": "consent" } }, "probable_cause": { "label": "Probable cause", "description": "The officer had probable cause.", "aliases": ["Probable Cause", "PC"], "crosswalk": { "opp": "probable cause" } }, "plain_view": { "label": "Plain view", "description": "Contraband was in plain view.", "aliases": ["Plain View"], "crosswalk": { "opp": "plain view" } }, "k9": { "label": "K9 alert", "description": "A police dog alerted.", "aliases": ["K9", "Canine"], "crosswalk": { "opp": "k9" } }, "incident_to_arrest": { "label": "Incident to arrest", "description": "The search followed an arrest.", "aliases": ["Search Incident to Arrest", "SIA"], "crosswalk": { "opp": "other" } }, "warrant": { "label": "Warrant", "description": "A search warrant was executed.", "aliases": ["Search Warrant", "Warrant"], "crosswalk": { "opp": "other" } }, "inventory": { "label": "Inventory", "description": "An inventory search of an impounded vehicle.", "aliases": ["Inventory"], "crosswalk": { "opp": "other" } }, "protective_frisk": { "label": "Protective frisk", "description": "A protective search for weapons.", "aliases": ["Protective Frisk", "Frisk"], "crosswalk": { "opp": "other" } }, "other": { "label": "Other", "description": "Another basis.", "aliases": ["Other"], "crosswalk": { "opp": "other" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP's `search_basis` has k9, plain view, consent, probable cause and other; the finer codes here map to `other`.", "nibrs": "NIBRS does not cover searches.", "opd": "OpenPoliceData does not normalise search bases." } }, "stop_outcome": { "title": "Stop outcome", "description": "The strictest action taken as a result of a stop.", "type": "string", "enum": ["arrest", "summons", "citation", "warning", "field_contact", "report", "no_action", "other"], "x-policedata-codes": { "arrest": { "label": "Arrest", "description": "The person was arrested.", "aliases": ["Arrest", "Custodial Arrest"], "crosswalk": { "opp": "arrest" } }, "summons": { "label": "Summons", "description": "The person was summoned to court without arrest.", "aliases": ["Summons", "Referred for Prosecution"], "crosswalk": { "opp": "summons" } }, "citation": { "label": "Citation", "description": "A citation or ticket was issued.", "aliases": ["Citation", "Citation / Infraction", "Ticket"], "crosswalk": { "opp": "citation" } }, "warning": { "label": "Warning", "description": "A written or verbal warning was given.", "aliases": ["Warning", "Verbal Warning", "Written Warning"], "crosswalk": { "opp": "warning" } }, "field_contact": { "label": "Field contact", "description": "The stop was documented with no enforcement action (a field interview or contact card).", "aliases": ["Field Contact", "FI"], "crosswalk": {} }, "report": { "label": "Report taken", "description": "An offence report was written without arrest or citation.", "aliases": ["Offense Report", "Report"], "crosswalk": {} }, "no_action": { "label": "No action", "description": "The person was released with no action.", "aliases": ["No Action", "None", "Released"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another outcome.", "aliases": ["Other"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP's `outcome` is the strictest of warning, citation, summons and arrest; the other codes here have no OPP equivalent and map to missing.", "nibrs": "NIBRS does not cover stops.", "opd": "OpenPoliceData does not normalise outcomes." } } } },
  "v1/use-of-force.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/use-of-force.schema.json", "title": "Use of force", "description": `Force used by officers on people: what kind of force, why, how the person resisted, who was injured or taken to hospital, and whether the person was arrested. Agencies publish it as "Use of Force", "Response to Resistance" or "Use of Control". Field choices follow Code for America's Comport, OpenPDI and the FBI National Use-of-Force Data Collection.`, "x-policedata-dataset": { "type": "use-of-force", "version": "1.0.0", "grain": { "id": "incident_officer_subject", "description": "One row per officer per person force was used on in an incident, listing every kind of force that officer used on that person in `force_type` (Dallas's layout). Files with one row per force type (Comport's IMPD layout) keep that finer grain, each row with its own `force_id`; files with one row per incident (Lincoln) describe its one officer and one person. `incident_id` links the rows of an incident." }, "keys": ["incident_id", "force_id"], "aliases": ["Use of Force", "Response to Resistance", "R2R", "Use of Control", "Police Use of Force Incidents", "Use of Force Incidents", "UOF"], "crosswalk": { "opd": "USE OF FORCE (with its - INCIDENTS, - SUBJECTS, - OFFICERS and - SUBJECTS/OFFICERS tables)", "pdi": "Use of Force" } }, "type": "object", "required": ["incident_id", "force_id", "incident_date", "force_type", "subject_race", "subject_sex"], "properties": { "incident_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The incident or file number that links every row of the same use-of-force incident.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["FILENUM", "Primary Key", "incid", "Incident_Num", "INCIDENT_NO", "PIB File Number", "Incident Number", "Event #", "Event", "opaqueId", "INCNUM"], "examples": ["UF2019-1702"] }, "force_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies this row within its incident: a sequence number (1, 2, 3) or the agency's own record number. Together with `incident_id` it is unique in the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["RIN", "OBJECTID", "FID", "ID"], "examples": ["2817"] }, "case_number": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The criminal case or report number the incident was filed under, when it differs from the incident number.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["caseNumber", "CASE_NO", "fileNumber"], "examples": ["20161671159"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency whose officer used force.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name"], "examples": ["Dallas Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency whose officer used force.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori", "department_id"], "examples": ["TXDPD0000"] }, "incident_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the force was used.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_D", "Date  Occurred", "date", "INCIDENT_DATE", "occurredDate", "Date", "Date Occurred"], "examples": ["2019-12-01"] }, "incident_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the force was used.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OCCURRED_T", "Time  Occurred", "time", "Time", "Time of Day"], "examples": ["22:34"] }, "location_address": { "$ref": "defs/location.schema.json#/$defs/address", "description": "Where the force was used; block-level addresses are preferred.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Address", "Location", "Match_addr", "Incident Location", "INCIDENT_LOCATION_X", "Blocked_Location_of_Incident", "address"], "examples": ["1XX S BELTLINE RD"] }, "latitude": { "$ref": "defs/location.schema.json#/$defs/latitude", "description": "Latitude of the place the force was used. State-plane coordinates such as Dallas's `X`/`Y` are not latitudes: keep them as `raw_` columns.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Latitude", "LATITUDE_X", "latitude"], "examples": [32.7028] }, "longitude": { "$ref": "defs/location.schema.json#/$defs/longitude", "description": "Longitude of the place the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Longitude", "LONGITUDE_X", "longitude"], "examples": [-96.5863] }, "location_precision": { "$ref": "defs/location.schema.json#/$defs/location_precision", "description": "How exactly the location fields place the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["location_precision"], "examples": ["block"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["city", "City_1"], "examples": ["Dallas"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["TX"] }, "postal_code": { "$ref": "defs/location.schema.json#/$defs/postal_code", "description": "ZIP code where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ZIP"], "examples": ["75253"] }, "district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Police district, division, precinct or area command where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["DIVISION", "Area  Command", "DISTRICT", "District", "division", "district", "Precinct"], "examples": ["SOUTHEAST"] }, "sector": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Sector where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SECTOR", "Sector", "sector"], "examples": ["350"] }, "beat": { "$ref": "defs/location.schema.json#/$defs/area", "description": "Patrol beat where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["BEAT", "Beat", "beat"], "examples": ["357"] }, "council_district": { "$ref": "defs/location.schema.json#/$defs/area", "description": "City council district where the force was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Council District", "DIST_NAME", "CouncilDistrict"], "examples": ["D8"] }, "service_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Why the officer was in contact with the person before force was used: the call type, stop or activity as the agency records it.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["SERVICE_TY", "Nature of Contact", "serviceType", "service_type", "Service Type", "Nature", "Call Type", "Call_in_Response_To", "natinc"], "examples": ["Traffic Stop"] }, "force_type": { "type": "array", "items": { "$ref": "#/$defs/force_type" }, "minItems": 1, "uniqueItems": true, "description": 'The kinds of force the officer used on the person in this row, normalised. List every kind when the source records several (Dallas\'s `ForceType` "Take Down - Arm, Held Suspect Down").', "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["ForceType", "officerForceType", "force_type", "Weapon Used 1", "PD Force Type", "Use of Force Type", "UOF_FORCE_TYPE", "Response", "typecontrol"], "examples": [["physical_takedown", "physical_restraint"]] }, "force_type_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The force used, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["ForceType", "officerForceType", "force_type", "Weapon Used 1", "PD Force Type", "Use of Force Type", "UOF_FORCE_TYPE", "Response"], "examples": ["Take Down - Arm, Held Suspect Down"] }, "force_level": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The agency's own level or tier for the force, as published. Scales differ between agencies (Austin's level 1 is the most serious), so compare levels only within one agency.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["R2R Level", "Use of Force Level", "officerForceTypeScale", "Incident_Type"], "examples": ["3"] }, "force_effective": { "$ref": "defs/person.schema.json#/$defs/flag", "description": 'Whether the force achieved its purpose. When the source gives one answer per force type (Dallas\'s `ForceEffec` "Yes, No"), keep that list in a `raw_` column and leave this field empty unless all answers agree.', "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ForceEffec", "Use of Force Effective"], "examples": [true] }, "discharge_count": { "$ref": "defs/person.schema.json#/$defs/count", "description": "How many Taser cycles, less-lethal rounds or firearm rounds the officer fired at the person.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Number  Shots", "Cycles_Num"], "examples": [1] }, "reason_for_force": { "$ref": "#/$defs/force_reason", "description": "Why the officer says force was needed, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["UOF_REASON", "Reason Desc", "useOfForceReason", "reason", "Use of Force Reason"], "examples": ["effect_arrest"] }, "reason_for_force_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The reason for force, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["UOF_REASON", "Reason Desc", "useOfForceReason", "reason", "Use of Force Reason"], "examples": ["NECESSARY TO EFFECT ARREST / DETENTION"] }, "subject_resistance": { "type": "array", "items": { "$ref": "#/$defs/subject_resistance" }, "minItems": 1, "uniqueItems": true, "description": "How the person resisted, normalised; several codes when the source lists several.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["Subject Resistance", "citizenResistance", "citizenResistType", "resistance_type", "Type_of_Resistance", "resist"], "examples": [["verbal", "defensive"]] }, "subject_resistance_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The person's resistance, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Subject Resistance", "citizenResistance", "citizenResistType", "resistance_type", "Type_of_Resistance"], "examples": ["expired code-verbal resistance/aggression; expired code-empty hand defensive resistance"] }, "subject_armed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was armed, or the officer believed them to be armed.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_armed", "Suspect Armed"], "examples": [false] }, "subject_weapon": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/weapon" }, "minItems": 1, "uniqueItems": true, "description": "What the person was armed with, if anything, normalised to the standard's weapon codes (shared with officer-involved shootings).", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Subject Weapon"], "examples": [["knife"]] }, "subject_weapon_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The person's weapon, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Subject Weapon"], "examples": ["Knife"] }, "subject_impairment": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/impairment" }, "minItems": 1, "uniqueItems": true, "description": "Signs of alcohol or drug impairment or mental health crisis the officer noted in the person, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_INFL_A", "Subject Conduct Desc", "Subject Influencing Factors", "aggravatingFactors", "aggravating_factors", "Alcohol Drugs"], "examples": [["alcohol", "drugs"]] }, "subject_impairment_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The person's impairment or condition, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_INFL_A", "Subject Conduct Desc", "Subject Influencing Factors", "aggravatingFactors", "aggravating_factors", "Alcohol Drugs"], "examples": ["Alchohol and unknown drugs"] }, "subject_injured": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was injured.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_INJURE", "residentInjured", "subject_injured", "Subject Injured", "Suspect Injured", "Offender Injured"], "examples": [true] }, "subject_injury_severity": { "$ref": "defs/codes.schema.json#/$defs/injury_severity", "description": "The most serious injury the person received.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Subject Effects"], "examples": ["minor"] }, "subject_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The person's injuries or condition as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CitCondTyp", "residentCondition", "Subject Effects", "subject_injuries", "Subject Injured- If yes, type:"], "examples": ["Abrasion/Scrape"] }, "subject_hospitalized": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was taken to hospital.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["residentHospitalized", "subject_hospitalized", "Subject Hospitalized"], "examples": [false] }, "subject_died": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person died as a result of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_died"], "examples": [false] }, "arrest_made": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the person was arrested.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CIT_ARREST", "arrestMade", "arrested", "Subject Arrested", "Offender Arrested"], "examples": [true] }, "arrest_charges": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The charges the person was arrested on. Only present when the person was arrested.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CitChargeT", "arrestCharges", "charge", "Subject Arrest Charges", "CITCHARGE_TYPE"], "examples": ["Evading Arrest, Warrant/Hold"] }, "review_finding": { "$ref": "defs/codes.schema.json#/$defs/review_finding", "description": "The outcome of the agency's review of the force, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["disposition", "Disposition"], "examples": ["within_policy"] }, "review_finding_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The review outcome, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["disposition", "Disposition"], "examples": ["Within policy"] }, "officer_count": { "$ref": "defs/person.schema.json#/$defs/count", "description": "How many officers used force in the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["# of Officers", "tofc", "Officers Involved"], "examples": [2] }, "subject_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier for the person force was used on, stable across rows and incidents.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["CitNum", "Master Subject ID", "residentIdentifier", "residentId", "Subject_ID"], "examples": ["60833"] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the person force was used on, normalised.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["CitRace", "Subject  Race", "residentRace", "subject_race", "Subject_Race", "SUBJECT_RACE", "susrace", "Subject Race"], "examples": [["white", "hispanic_latino"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the person force was used on, exactly as published.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["CitRace", "Subject  Race", "residentRace", "Subject_Race", "SUBJECT_RACE", "susrace", "Subject Race"], "examples": ["Hispanic"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the person is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Subject  Ethnicity", "subject_ethnicity", "Subject Ethnicity"], "examples": ["hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the person force was used on.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["CitSex", "Subject  Sex", "residentSex", "subject_sex", "Subject_Gender", "SUBJECT_GENDER", "susgender", "Subject Gender"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the person force was used on.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["residentAge", "subject_age", "SUSPECT_AGE", "susage", "Subject Age", "Suspect Age"], "examples": [26] }, "subject_age_range": { "$ref": "defs/person.schema.json#/$defs/age_range", "description": "The age bucket of the person when ages are published as ranges.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["SUBJECT_AGE_RANGE"], "examples": ["18-24"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer who used force, stable across rows and incidents.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerIdentifier", "Officer_ID", "officer_id", "officerId", "OFFNUM", "officer_id_hash"], "examples": ["a41f9c"] }, "officer_badge_number": { "$ref": "defs/person.schema.json#/$defs/badge_number", "description": "The officer's badge or employee number. Identifies the officer: publish `officer_id` instead.", "x-policedata-level": "optional", "x-policedata-pii": true, "x-policedata-aliases": ["CURRENT_BA", "CURRENT_BADGE_NO"], "examples": ["11285"] }, "officer_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the officer, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OffRace", "officerRace", "officer_race", "ofcrace", "OFFICER_RACE", "Officer Race/Ethnicity"], "examples": [["white"]] }, "officer_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the officer, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OffRace", "officerRace", "ofcrace", "OFFICER_RACE", "Officer Race/Ethnicity"], "examples": ["White"] }, "officer_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the officer is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFFICER_ETHNICITY"], "examples": ["not_hispanic_latino"] }, "officer_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the officer.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OffSex", "officerSex", "officer_sex", "ofcgender", "OFFICER_GENDER", "Officer Gender"], "examples": ["male"] }, "officer_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the officer at the time of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerAge", "officer_age", "ofcage", "Officer Age"], "examples": [31] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The officer's years of service at the time of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerYearsOfService", "Officer Yrs of Service", "ofcexp", "experience", "Officer Years of Service", "OFF_YR_EMPLOY"], "examples": [2] }, "officer_hire_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the officer was hired or commissioned. Prefer `officer_years_of_service`, which identifies the officer less.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["HIRE_DT", "Officer  Commission Date", "hire_date"], "examples": ["2017-03-08"] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The officer's unit, squad or team at the time of the incident.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Officer  Organization Desc", "ofcteam", "assignment", "unit", "Unit", "team"], "examples": ["CHARLIE DISTRICT REPS REG III PATROL"] }, "officer_injured": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was injured.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_INJURE", "officerInjured", "officer_injured", "Officer Injured", "Off_Injured"], "examples": [false] }, "officer_injury_severity": { "$ref": "defs/codes.schema.json#/$defs/injury_severity", "description": "The most serious injury the officer received.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["Effect on Officer"], "examples": ["none"] }, "officer_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The officer's injuries or condition as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OffCondTyp", "officerCondition", "Effect on Officer", "officer_injuries", "Officer Injured- If yes, type:"], "examples": ["No injuries noted or visible"] }, "officer_hospitalized": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the officer was taken to hospital.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["OFF_HOSPIT", "officerHospitalized", "officer_hospitalized"], "examples": [false] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "arrest_charges_require_arrest", "description": "`arrest_charges` is only given when `arrest_made` is true." }, "if": { "required": ["arrest_charges"] }, "then": { "required": ["arrest_made"], "properties": { "arrest_made": { "const": true } } } }, { "x-policedata-rule": { "id": "subject_injury_severity_means_injured", "description": "A `subject_injury_severity` of `minor`, `serious` or `fatal` means `subject_injured` is true." }, "if": { "required": ["subject_injury_severity"], "properties": { "subject_injury_severity": { "enum": ["minor", "serious", "fatal"] } } }, "then": { "properties": { "subject_injured": { "const": true } } } }, { "x-policedata-rule": { "id": "no_subject_injury_means_not_injured", "description": "A `subject_injury_severity` of `none` means `subject_injured` is false." }, "if": { "required": ["subject_injury_severity"], "properties": { "subject_injury_severity": { "const": "none" } } }, "then": { "properties": { "subject_injured": { "const": false } } } }, { "x-policedata-rule": { "id": "subject_death_is_fatal_injury", "description": "`subject_died` true means `subject_injured` is true and `subject_injury_severity` is `fatal`." }, "if": { "required": ["subject_died"], "properties": { "subject_died": { "const": true } } }, "then": { "properties": { "subject_injured": { "const": true }, "subject_injury_severity": { "const": "fatal" } } } }, { "x-policedata-rule": { "id": "fatal_injury_means_subject_died", "description": "`subject_injury_severity` `fatal` means `subject_died` is true." }, "if": { "required": ["subject_injury_severity"], "properties": { "subject_injury_severity": { "const": "fatal" } } }, "then": { "properties": { "subject_died": { "const": true } } } }, { "x-policedata-rule": { "id": "officer_injury_severity_means_injured", "description": "A `officer_injury_severity` of `minor`, `serious` or `fatal` means `officer_injured` is true." }, "if": { "required": ["officer_injury_severity"], "properties": { "officer_injury_severity": { "enum": ["minor", "serious", "fatal"] } } }, "then": { "properties": { "officer_injured": { "const": true } } } }, { "x-policedata-rule": { "id": "no_officer_injury_means_not_injured", "description": "A `officer_injury_severity` of `none` means `officer_injured` is false." }, "if": { "required": ["officer_injury_severity"], "properties": { "officer_injury_severity": { "const": "none" } } }, "then": { "properties": { "officer_injured": { "const": false } } } }, { "x-policedata-rule": { "id": "unarmed_stands_alone", "description": "`unarmed` in `subject_weapon` is the only code in the list and means `subject_armed` is false." }, "if": { "required": ["subject_weapon"], "properties": { "subject_weapon": { "type": "array", "contains": { "const": "unarmed" } } } }, "then": { "properties": { "subject_weapon": { "type": "array", "maxItems": 1 }, "subject_armed": { "const": false } } } }, { "x-policedata-rule": { "id": "weapon_means_armed", "description": "A weapon code in `subject_weapon` (anything but `unarmed`, `replica` or `unknown`) means `subject_armed` is true." }, "if": { "required": ["subject_weapon"], "properties": { "subject_weapon": { "type": "array", "contains": { "enum": ["firearm", "firearm_handgun", "firearm_rifle", "firearm_shotgun", "firearm_other", "knife", "blunt_object", "vehicle", "personal_weapons", "explosives", "other", "unknown_weapon"] } } } }, "then": { "properties": { "subject_armed": { "const": true } } } }, { "x-policedata-rule": { "id": "not_armed_means_no_weapon", "description": "`subject_armed` false means `subject_weapon` holds only `unarmed` or `replica`." }, "if": { "required": ["subject_armed"], "properties": { "subject_armed": { "const": false } } }, "then": { "properties": { "subject_weapon": { "type": "array", "items": { "enum": ["unarmed", "replica"] } } } } }], "$defs": { "force_type": { "title": "Force type", "description": "The kind of force an officer used, grouped by the first word of the code: `verbal_`, `display_` (pointing or showing a weapon), `physical_`, `less_lethal_`, `firearm`, `canine`, `vehicle`. A bare group code (`physical`, `less_lethal`, `canine`) is for sources that only record the group. Keep the source's wording in `force_type_raw`.", "type": "string", "enum": ["verbal_command", "display_firearm", "display_taser", "display_other", "physical", "physical_control_hold", "physical_takedown", "physical_strike", "physical_restraint", "physical_neck_restraint", "less_lethal", "less_lethal_taser", "less_lethal_chemical", "less_lethal_impact_weapon", "less_lethal_impact_munition", "less_lethal_distraction_device", "firearm", "canine", "canine_bite", "vehicle", "pursuit", "other", "unknown"], "x-policedata-codes": { "verbal_command": { "label": "Verbal command", "description": "Orders or warnings given by voice, recorded by sources that list them among the force used.", "aliases": ["Verbal Command", "Verbal"], "crosswalk": {} }, "display_firearm": { "label": "Firearm pointed or displayed", "description": "A firearm was drawn and pointed at or displayed to the person without being fired.", "aliases": ["Weapon display at Person", "Firearms Displayed", "Firearm Displayed", "Draw Weapon", "Combat Stance"], "crosswalk": { "opd": "POINTING WEAPON" } }, "display_taser": { "label": "Taser pointed or displayed", "description": "A Taser or other conducted energy device was pointed at the person or sparked as a warning without being fired.", "aliases": ["Taser Display at Person", "Taser Displayed", "Draw Less Lethal"], "crosswalk": { "opd": "POINTING WEAPON" } }, "display_other": { "label": "Other weapon displayed", "description": "A baton or another weapon was shown as a warning without being used.", "aliases": ["Baton Display"], "crosswalk": {} }, "physical": { "label": "Physical force (unspecified)", "description": "Empty-hand force when the source does not say which kind.", "aliases": ["Physical Contact", "WEAPONLESS (PRESSURE POINTS/KICKS/HAND)", "Hands/Arms", "Physical-Other", "Physical force used to handcuff"], "crosswalk": { "nibrs": "40" } }, "physical_control_hold": { "label": "Control hold or escort", "description": "Joint locks, arm bars, pressure points, wrist holds and hand-controlled escorts.", "aliases": ["Joint Locks", "Arm Bar", "Pressure Points", "Hand Control Technique", "Hand Controlled Escort", "Physical-Joint/Pressure", "Escort Position"], "crosswalk": { "nibrs": "40" } }, "physical_takedown": { "label": "Takedown or balance displacement", "description": "Taking the person to the ground, including pushes, trips, grabs and leg sweeps that put them off balance.", "aliases": ["Take Down - Arm", "Take Down - Body", "Take Down - Head", "Take Down - Group", "Team Take Down", "Arm Take Down", "Body Take Down", "Head Take Down", "Handcuffing Take Down", "Balance Displacement", "BD - Grabbed", "BD - Pushed", "BD - Tripped", "Physical-Take Down", "Physical-Leg Sweep", "Forced to Ground"], "crosswalk": { "nibrs": "40" } }, "physical_strike": { "label": "Strike", "description": "Punches, palm, elbow, knee and foot strikes, kicks and head butts.", "aliases": ["Hand/Arm Strike", "Hand/Arm/Elbow Strike", "Feet/Legs Strike", "Feet/Leg/Knee Strike", "Head Butt", "Physical-Fist Strike", "Physical-Elbow Strike", "Physical-Kick", "Physical-Knee Strike", "Physical-Palm Strike"], "crosswalk": { "nibrs": "40" } }, "physical_restraint": { "label": "Restraint or weight", "description": "Holding the person down, body weight, handcuffing by force and leg restraints.", "aliases": ["Held Suspect Down", "Stacked Weight", "Handcuffing", "Leg Restraint System", "Physical-Handcuffing", "Physical-Weight Leverage"], "crosswalk": { "nibrs": "40" } }, "physical_neck_restraint": { "label": "Neck restraint", "description": "A chokehold or vascular neck restraint.", "aliases": ["LVNR"], "crosswalk": { "nibrs": "40" } }, "less_lethal": { "label": "Less-lethal weapon (unspecified)", "description": "A less-lethal weapon when the source does not say which.", "aliases": ["Less Lethal", "Less Lethal-Other"], "crosswalk": { "nibrs": "90" } }, "less_lethal_taser": { "label": "Taser (conducted energy device)", "description": "A Taser or other conducted energy device fired with probes or used in drive-stun mode, whether or not the probes hit.", "aliases": ["Taser", "Taser Deployment", "Less Lethal-Taser", "CED - PRONGS-ENTER # CYCLES (use #shots field)", "CED - PRONGS MISSED-ENTER # CYCLES (use #shots field)", "CED - DRIVE STUN-ENTER # CYCLES (use #shots field)"], "crosswalk": { "nibrs": "90" } }, "less_lethal_chemical": { "label": "Chemical agent", "description": "OC (pepper) spray, CS gas, pepperball saturation and other chemical agents.", "aliases": ["OC Spray", "CHEMICAL AGENT - O C SPRAY", "Pepperball Saturation", "Less Lethal-CS/OC", "Less Lethal-BPS Gas", "Less Lethal-Burning CS", "Less Lethal-Clearout OC", "Less Lethal-CS Fogger", "Less Lethal-CS Grenade"], "crosswalk": { "nibrs": "90" } }, "less_lethal_impact_weapon": { "label": "Impact weapon", "description": "A baton or another hand-held impact weapon.", "aliases": ["Baton Strike/Open Mode", "Baton Strike/Closed Mode", "IMPACT WEAPON - BATON", "IMPACT WEAPON - OTHER", "Other Impact Weapon", "Less Lethal-Baton"], "crosswalk": { "nibrs": "30" } }, "less_lethal_impact_munition": { "label": "Impact munition", "description": "Bean-bag, rubber, foam (40 mm) or pepperball rounds fired at the person.", "aliases": ["40mm Less Lethal", "Pepperball Impact", "IMPACT MUNITION/BEANBAG RND-ENTER # SHOTS", "IMPACT MUNITION/RUBBER RND-ENTER # SHOTS", "Less Lethal-Bean Bag", "Less Lethal-Pepperball"], "crosswalk": { "nibrs": "90" } }, "less_lethal_distraction_device": { "label": "Distraction device", "description": "A flash-bang or other noise and light distraction device.", "aliases": ["Less Lethal-Flash Bang", "Flash Bang"], "crosswalk": { "nibrs": "90" } }, "firearm": { "label": "Firearm discharged", "description": "A firearm was fired at or toward the person. Record the shooting in an officer-involved shootings dataset as well.", "aliases": ["Deadly Force/Firearm", "FIREARM - HANDGUN-ENTER # SHOTS", "FIREARM - RIFLE-ENTER # SHOTS", "FIREARM -  SHOTGUN-ENTER # SHOTS", "Weapon Fired", "Lethal-Handgun", "Lethal-Rifle", "Lethal-Shotgun", "Lethal-Sniper Rifle", "Lethal-Sub Machine Gun"], "crosswalk": { "nibrs": "11" } }, "canine": { "label": "Police dog deployed", "description": "A police dog was deployed against the person; whether it bit is not recorded.", "aliases": ["K-9 Deployment", "K9"], "crosswalk": { "nibrs": "90" } }, "canine_bite": { "label": "Police dog bite", "description": "A police dog bit the person.", "aliases": ["CANINE - BITE", "Canine Bite"], "crosswalk": { "nibrs": "90" } }, "vehicle": { "label": "Vehicle used as force", "description": "A police vehicle was used against the person or their vehicle, including the pursuit intervention technique (PIT).", "aliases": ["PURSUIT IMMOBILIZATION TECHNIQUE (PIT)", "Lethal-Vehicle"], "crosswalk": { "nibrs": "35" } }, "pursuit": { "label": "Pursuit", "description": "A foot or vehicle pursuit, recorded by sources that list it among the force used. It is not force in itself.", "aliases": ["Foot Pursuit", "Vehicle Pursuit"], "crosswalk": {} }, "other": { "label": "Other", "description": "Force that none of the codes above describes.", "aliases": ["Other", "OTHER"], "crosswalk": { "nibrs": "90" } }, "unknown": { "label": "Unknown", "description": "The source recorded that the type of force is not known.", "aliases": ["Unknown", "UNKNOWN"], "crosswalk": { "nibrs": "95" } } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover use of force beyond the free-text `use_of_force_description` and `use_of_force_reason` on stops.", "nibrs": "NIBRS Type Weapon/Force describes an offender's weapon, not an officer's force; codes map where the instrument matches (hands 40 Personal Weapons, baton 30 Blunt Object, firearm 11, vehicle 35, other instruments 90 Other, unknown 95). Verbal commands, displays and pursuits have no equivalent.", "opd": "OpenPoliceData does not normalise force types; pointing a firearm or Taser corresponds to its POINTING WEAPON table type." } }, "force_reason": { "title": "Reason for force", "description": "Why the officer says force was needed.", "type": "string", "enum": ["effect_arrest", "maintain_custody", "prevent_escape", "overcome_resistance", "defend_officer", "defend_other", "weapon_threat", "danger_to_self_or_others", "barricaded_person", "crowd_control", "stop_vehicle", "property_protection", "animal", "accidental", "other", "unknown"], "x-policedata-codes": { "effect_arrest": { "label": "To make an arrest or detention", "description": "Force used to take the person into custody or to detain or frisk them.", "aliases": ["Arrest", "Detention/Frisk", "NECESSARY TO EFFECT ARREST / DETENTION", "Resisting Arrest"], "crosswalk": {} }, "maintain_custody": { "label": "To keep control of a person in custody", "description": "The person was already in custody and force was used to keep control.", "aliases": ["IN CUSTODY, MAINTAINING CONTROL"], "crosswalk": {} }, "prevent_escape": { "label": "To stop the person fleeing", "description": "The person was running away or trying to escape.", "aliases": ["Fleeing"], "crosswalk": {} }, "overcome_resistance": { "label": "To overcome resistance or aggression", "description": "The person resisted, refused to comply or was combative. Sources that record resistance in the reason column use this code.", "aliases": ["Active Aggression", "Defensive Resistance", "Passive Resistance", "Combative Suspect", "Non-Compliant"], "crosswalk": {} }, "defend_officer": { "label": "To defend the officer", "description": "The person assaulted or threatened the officer.", "aliases": ["NECESSARY TO DEFEND REPORTING OFFICER", "Assaulting Officer(s)"], "crosswalk": {} }, "defend_other": { "label": "To defend another person", "description": "The person assaulted or threatened someone else, or a violent felony had to be prevented.", "aliases": ["NECESSARY TO DEFEND ANOTHER", "Assault to Other Person", "Assaulting Citizen(s)", "TO PREVENT A VIOLENT FELONY"], "crosswalk": {} }, "weapon_threat": { "label": "Person displayed a weapon", "description": "The person showed or threatened the use of a weapon.", "aliases": ["Weapon Display"], "crosswalk": {} }, "danger_to_self_or_others": { "label": "Danger to self or others", "description": "Force used to protect the person from themselves or others, for example someone in mental health crisis.", "aliases": ["Danger to self or others", "TO RESTRAIN FOR SUBJECTS SAFETY"], "crosswalk": {} }, "barricaded_person": { "label": "Barricaded person", "description": "The person had barricaded themselves.", "aliases": ["Barricaded Person"], "crosswalk": {} }, "crowd_control": { "label": "Crowd control", "description": "Force used to disperse or control a crowd.", "aliases": ["Crowd Disbursement", "Crowd Control"], "crosswalk": {} }, "stop_vehicle": { "label": "To stop a fleeing vehicle", "description": "Force used to end a vehicle pursuit.", "aliases": ["NECESSARY TO IMMOBILIZE A VEHICLE PURSUIT (PIT)"], "crosswalk": {} }, "property_protection": { "label": "To stop destruction of property", "description": "The person was damaging property.", "aliases": ["Property Destruction"], "crosswalk": {} }, "animal": { "label": "Dangerous animal", "description": "Force used against an aggressive animal.", "aliases": ["Aggressive Animal"], "crosswalk": {} }, "accidental": { "label": "Accidental", "description": "The force, usually a weapon discharge, was not intended.", "aliases": ["Accidental Discharge"], "crosswalk": {} }, "other": { "label": "Other", "description": "A reason none of the codes above describes.", "aliases": ["Other", "OTHER (DOCUMENT IN SUPPLEMENT)"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the reason is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover use of force beyond the free-text `use_of_force_description` and `use_of_force_reason` on stops.", "nibrs": "NIBRS does not cover an officer's reason for using force.", "opd": "OpenPoliceData does not normalise reasons for force." } }, "subject_resistance": { "title": "Subject resistance", "description": "How the person resisted, from least to most serious. A person may show several kinds in one incident.", "type": "string", "enum": ["none", "passive", "verbal", "defensive", "active_aggression", "fleeing", "weapon", "other", "unknown"], "x-policedata-codes": { "none": { "label": "No resistance", "description": "The source recorded that the person did not resist.", "aliases": ["None"], "crosswalk": {} }, "passive": { "label": "Passive resistance", "description": "The person did not comply but did not actively resist, for example going limp or refusing to move.", "aliases": ["Passive Resistance", "expired code-passive resistance", "Non-Compliant"], "crosswalk": {} }, "verbal": { "label": "Verbal resistance", "description": "The person resisted or threatened with words only.", "aliases": ["expired code-verbal resistance/aggression"], "crosswalk": {} }, "defensive": { "label": "Defensive resistance", "description": "The person physically pulled away, braced or tensed to stop the officer gaining control, including preparing to resist.", "aliases": ["Defensive Resistance", "DEFENSIVE RESISTANCE", "expired code-empty hand defensive resistance", "EMPTY HAND DEFENSIVE RESISTANCE", "PREPARATORY RESISTANCE"], "crosswalk": {} }, "active_aggression": { "label": "Active aggression", "description": "The person attacked or tried to attack the officer or someone else without a weapon.", "aliases": ["Active Aggression", "expired code-empty hand active aggression", "Combative Suspect", "Assaulting Officer(s)"], "crosswalk": {} }, "fleeing": { "label": "Fleeing", "description": "The person ran or drove away.", "aliases": ["Fleeing", "expired code-evading/fleeing motor vehicle"], "crosswalk": {} }, "weapon": { "label": "Armed resistance", "description": "The person threatened or attacked with a weapon such as a knife or firearm.", "aliases": ["expired code-edged weapon", "expired code-firearm", "Weapon Display"], "crosswalk": {} }, "other": { "label": "Other", "description": "Resistance none of the codes above describes.", "aliases": ["Other", "expired code-other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the resistance is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover use of force beyond the free-text `use_of_force_description` and `use_of_force_reason` on stops.", "nibrs": "NIBRS does not cover resistance to officers; the FBI National Use-of-Force Data Collection records it, outside the systems crosswalked here.", "opd": "OpenPoliceData does not normalise resistance." } } } },
  "v1/vehicle-pursuits.schema.json": { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://schemas.policedata.dev/v1/vehicle-pursuits.schema.json", "title": "Vehicle pursuits", "description": "Vehicle pursuits: attempts by officers in vehicles to stop a vehicle whose driver is believed to know they are being signalled to stop but flees or ignores them (OpenPoliceData's definition). Records why the pursuit began, how fast and far it went, how it ended, who was hurt and what was damaged, and whether policy was followed. Field choices follow Code for America's Comport (Santa Rosa PD).", "x-policedata-dataset": { "type": "vehicle-pursuits", "version": "1.0.0", "grain": { "id": "pursuit", "description": "One row per vehicle pursuit. Officer fields describe the officer who started it; `officer_count` says how many took part." }, "keys": ["pursuit_id"], "aliases": ["Vehicle Pursuits", "Pursuits", "Police Pursuits"], "crosswalk": { "opd": "VEHICLE PURSUITS", "pdi": "Pursuits" } }, "type": "object", "required": ["pursuit_id", "pursuit_date"], "properties": { "pursuit_id": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "Identifies the pursuit. Unique within the dataset.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["id", "opaqueId", "pursuitNumber"], "examples": ["P2016-0042"] }, "case_number": { "$ref": "defs/identifiers.schema.json#/$defs/id", "description": "The case or report number the pursuit was filed under.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["caseNumber"], "examples": ["16-011234"] }, "agency_name": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that reported the pursuit.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["agency", "department_name"], "examples": ["Santa Rosa Police Department"] }, "agency_ori": { "$ref": "defs/agency.schema.json#/$defs/ori", "description": "The FBI ORI of the agency that reported the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["ori"], "examples": ["CA0490500"] }, "pursuit_date": { "$ref": "defs/datetime.schema.json#/$defs/date", "description": "The date the pursuit began.", "x-policedata-level": "required", "x-policedata-pii": false, "x-policedata-aliases": ["occurredDate", "date", "Date"], "examples": ["2016-04-03"] }, "pursuit_time": { "$ref": "defs/datetime.schema.json#/$defs/time", "description": "The local time the pursuit began.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["time", "Time"], "examples": ["01:25"] }, "start_area": { "$ref": "defs/location.schema.json#/$defs/area", "description": 'The beat, district or area where the pursuit began, or "Outside City Limits".', "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["locationBegan"], "examples": ["Beat 3"] }, "end_area": { "$ref": "defs/location.schema.json#/$defs/area", "description": "The beat, district or area where the pursuit ended.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["locationEnded"], "examples": ["Outside City Limits"] }, "city": { "$ref": "defs/location.schema.json#/$defs/city", "description": "City where the pursuit began.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["city"], "examples": ["Santa Rosa"] }, "state": { "$ref": "defs/location.schema.json#/$defs/state", "description": "State where the pursuit took place.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["state"], "examples": ["CA"] }, "initiating_agency": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency that started the pursuit, when several agencies took part.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["initiatedByAgency"], "examples": ["SR PD"] }, "concluding_agency": { "$ref": "defs/agency.schema.json#/$defs/name", "description": "The agency in charge when the pursuit ended.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["concludedByAgency"], "examples": ["State Highway Patrol"] }, "pursuit_reason": { "$ref": "#/$defs/pursuit_reason", "description": "The offence or reason the driver was being stopped when they fled, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["reason", "violation"], "examples": ["traffic_infraction"] }, "pursuit_reason_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The reason for the pursuit, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["reason", "violation"], "examples": ["VC - Infraction"] }, "officer_id": { "$ref": "defs/identifiers.schema.json#/$defs/person_hash", "description": "An opaque identifier of the officer who started the pursuit.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["officerIdentifier", "officer_id_hash"], "examples": ["c81d02"] }, "officer_years_of_service": { "$ref": "defs/person.schema.json#/$defs/years_of_service", "description": "The pursuing officer's years of service.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerYearsOfService"], "examples": [6] }, "officer_unit": { "$ref": "defs/agency.schema.json#/$defs/unit", "description": "The pursuing officer's team, bureau or assignment.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["team", "assignment", "bureau"], "examples": ["Patrol Team 2"] }, "officer_count": { "$ref": "defs/person.schema.json#/$defs/count", "description": "How many officers took part in the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["associatedOfficerCount"], "examples": [3] }, "vehicle_type": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The kind of vehicle that fled.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["vehicleType"], "examples": ["Motorcycle"] }, "max_speed": { "type": "number", "minimum": 0, "maximum": 250, "description": "The highest speed reached during the pursuit, in miles per hour.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["maxSpeed"], "examples": [85] }, "duration_minutes": { "type": "number", "minimum": 0, "maximum": 1440, "description": "How long the pursuit lasted, in minutes.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["totalTimeMinutes"], "examples": [4.5] }, "distance_range": { "$ref": "#/$defs/distance_range", "description": "How far the pursuit went.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["distance"], "examples": ["from_2_to_5_miles"] }, "weather_condition": { "$ref": "defs/person.schema.json#/$defs/text", "description": "The weather during the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["weatherCondition", "Weather Condition", "weather_conditions"], "examples": ["Raining"] }, "subject_impairment": { "type": "array", "items": { "$ref": "defs/codes.schema.json#/$defs/impairment" }, "minItems": 1, "uniqueItems": true, "description": "Signs that the fleeing driver was impaired by alcohol or drugs, normalised.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["influencingFactor"], "examples": [["alcohol"]] }, "subject_impairment_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The driver's impairment, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["influencingFactor"], "examples": ["Alcohol and drugs"] }, "stop_device_used": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a stop device or tactic was used on the fleeing vehicle.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["stopDeviceUsed"], "examples": [false] }, "stop_device": { "$ref": "#/$defs/stop_device", "description": "The stop device or tactic used. Only present when one was used.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["stopDevice"], "examples": ["spike_strip"] }, "helicopter_available": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a helicopter was available to support the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["copterAvailable"], "examples": [false] }, "helicopter_used": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a helicopter took part in the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["copterUsed"], "examples": [false] }, "in_car_camera_available": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the pursuing vehicle had an in-car camera.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["inCarCamAvailable"], "examples": [true] }, "in_car_camera_used": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the in-car camera recorded the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["inCarCamUsed"], "examples": [true] }, "pursuit_terminated": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether police called off the pursuit before the vehicle stopped.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["aborted"], "examples": [false] }, "terminated_by": { "$ref": "#/$defs/terminated_by", "description": "Who called off the pursuit. Only present when it was called off.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["abortedBy"], "examples": ["supervisor"] }, "outcome": { "$ref": "#/$defs/pursuit_outcome", "description": "How the pursuit ended, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["concludedBy"], "examples": ["suspect_stopped"] }, "outcome_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "How the pursuit ended, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["concludedBy"], "examples": ["Suspect stopped vehicle"] }, "collision_occurred": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether any vehicle crashed during the pursuit.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["accident"], "examples": [false] }, "injured_parties": { "type": "array", "items": { "$ref": "#/$defs/injured_parties" }, "minItems": 1, "uniqueItems": true, "description": "Who was injured, normalised; several codes when several groups were hurt.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["injuryType"], "examples": [["subject", "bystander"]] }, "injured_parties_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The injuries, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["injuryType"], "examples": ["Suspect(s) and Un-Involved Citizen(s)"] }, "officer_injury_description": { "$ref": "defs/person.schema.json#/$defs/text", "description": "Injuries to officers as the agency describes them.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["officerCondition"], "examples": ["No injuries noted or visible"] }, "damaged_property": { "type": "array", "items": { "$ref": "#/$defs/damaged_property" }, "minItems": 1, "uniqueItems": true, "description": "What was damaged, normalised; several codes when several things were damaged.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["damageType"], "examples": [["subject_vehicle", "bystander_vehicle"]] }, "damaged_property_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The damage, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["damageType"], "examples": ["Un-Involved Citizen and Suspect Vehicles"] }, "arrest_made": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the driver or anyone in the fleeing vehicle was arrested.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["arrestMade"], "examples": [true] }, "dui_arrest_made": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the driver was arrested for driving under the influence.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["duiArrest"], "examples": [false] }, "policy_followed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the review found the pursuit followed department policy.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["followPolicy"], "examples": [true] }, "pursuit_justified": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether the review found the pursuit justified.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["justified"], "examples": [true] }, "liability_claim_filed": { "$ref": "defs/person.schema.json#/$defs/flag", "description": "Whether a liability claim was filed against the agency over the pursuit.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["liabilityClaim"], "examples": [false] }, "subject_race": { "$ref": "defs/person.schema.json#/$defs/race", "description": "The race of the fleeing driver, normalised.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["residentRace"], "examples": [["hispanic_latino"]] }, "subject_race_raw": { "$ref": "defs/person.schema.json#/$defs/raw_value", "description": "The race of the fleeing driver, exactly as published.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentRace"], "examples": ["Hispanic"] }, "subject_ethnicity": { "$ref": "defs/person.schema.json#/$defs/ethnicity", "description": "Whether the fleeing driver is Hispanic or Latino, where recorded separately from race.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["subject_ethnicity"], "examples": ["hispanic_latino"] }, "subject_sex": { "$ref": "defs/person.schema.json#/$defs/sex", "description": "The sex or gender of the fleeing driver.", "x-policedata-level": "recommended", "x-policedata-pii": false, "x-policedata-aliases": ["residentSex"], "examples": ["male"] }, "subject_age": { "$ref": "defs/person.schema.json#/$defs/age", "description": "The age of the fleeing driver.", "x-policedata-level": "optional", "x-policedata-pii": false, "x-policedata-aliases": ["residentAge"], "examples": [22] } }, "patternProperties": { "^raw_[a-z0-9_]+$": { "description": "A source column kept as it was published, under a `raw_` prefix.", "type": "string" } }, "additionalProperties": false, "allOf": [{ "x-policedata-rule": { "id": "stop_device_requires_use", "description": "`stop_device` is only given when `stop_device_used` is true." }, "if": { "required": ["stop_device"] }, "then": { "required": ["stop_device_used"], "properties": { "stop_device_used": { "const": true } } } }, { "x-policedata-rule": { "id": "stop_device_outcome_means_device_used", "description": "`outcome` `stop_device` means `stop_device_used` is true." }, "if": { "required": ["outcome"], "properties": { "outcome": { "const": "stop_device" } } }, "then": { "properties": { "stop_device_used": { "const": true } } } }, { "x-policedata-rule": { "id": "helicopter_used_requires_available", "description": "`helicopter_used` true means `helicopter_available` is true." }, "if": { "required": ["helicopter_used"], "properties": { "helicopter_used": { "const": true } } }, "then": { "properties": { "helicopter_available": { "const": true } } } }, { "x-policedata-rule": { "id": "camera_used_requires_available", "description": "`in_car_camera_used` true means `in_car_camera_available` is true." }, "if": { "required": ["in_car_camera_used"], "properties": { "in_car_camera_used": { "const": true } } }, "then": { "properties": { "in_car_camera_available": { "const": true } } } }, { "x-policedata-rule": { "id": "terminated_by_requires_termination", "description": "`terminated_by` is only given when `pursuit_terminated` is true." }, "if": { "required": ["terminated_by"] }, "then": { "required": ["pursuit_terminated"], "properties": { "pursuit_terminated": { "const": true } } } }, { "x-policedata-rule": { "id": "terminated_outcome_means_terminated", "description": "`outcome` `terminated` means `pursuit_terminated` is true." }, "if": { "required": ["outcome"], "properties": { "outcome": { "const": "terminated" } } }, "then": { "properties": { "pursuit_terminated": { "const": true } } } }, { "x-policedata-rule": { "id": "dui_arrest_implies_arrest", "description": "`dui_arrest_made` true means `arrest_made` is true." }, "if": { "required": ["dui_arrest_made"], "properties": { "dui_arrest_made": { "const": true } } }, "then": { "properties": { "arrest_made": { "const": true } } } }, { "x-policedata-rule": { "id": "crash_outcome_means_collision", "description": "`outcome` `suspect_crashed` means `collision_occurred` is true." }, "if": { "required": ["outcome"], "properties": { "outcome": { "const": "suspect_crashed" } } }, "then": { "properties": { "collision_occurred": { "const": true } } } }, { "x-policedata-rule": { "id": "injured_parties_none_stands_alone", "description": "`none` in `injured_parties` is the only code in the list." }, "if": { "required": ["injured_parties"], "properties": { "injured_parties": { "type": "array", "contains": { "const": "none" } } } }, "then": { "properties": { "injured_parties": { "type": "array", "maxItems": 1 } } } }, { "x-policedata-rule": { "id": "damaged_property_none_stands_alone", "description": "`none` in `damaged_property` is the only code in the list." }, "if": { "required": ["damaged_property"], "properties": { "damaged_property": { "type": "array", "contains": { "const": "none" } } } }, "then": { "properties": { "damaged_property": { "type": "array", "maxItems": 1 } } } }], "$defs": { "pursuit_reason": { "title": "Pursuit reason", "description": "The offence or reason the fleeing driver was being stopped. Codes are grouped: `criminal_` offences, `traffic_` (vehicle code) violations, and wanted persons; the bare group codes are for sources that do not give the level.", "type": "string", "enum": ["criminal", "criminal_felony", "criminal_misdemeanor", "traffic", "traffic_misdemeanor", "traffic_infraction", "wanted", "other", "unknown"], "x-policedata-codes": { "criminal": { "label": "Criminal offence", "description": "A criminal offence of unstated level.", "aliases": ["Criminal Violation"], "crosswalk": {} }, "criminal_felony": { "label": "Felony", "description": "A felony.", "aliases": ["Criminal - Felony"], "crosswalk": {} }, "criminal_misdemeanor": { "label": "Misdemeanor", "description": "A criminal misdemeanor.", "aliases": ["Criminal - Misdemeanor"], "crosswalk": {} }, "traffic": { "label": "Traffic violation", "description": "A vehicle code violation of unstated level.", "aliases": ["Vehicle Code Violation"], "crosswalk": {} }, "traffic_misdemeanor": { "label": "Traffic misdemeanor", "description": "A vehicle code misdemeanor, such as reckless driving.", "aliases": ["VC - Misdemeanor"], "crosswalk": {} }, "traffic_infraction": { "label": "Traffic infraction", "description": "A vehicle code infraction, such as speeding or an equipment violation.", "aliases": ["VC - Infraction", "Infraction"], "crosswalk": {} }, "wanted": { "label": "Wanted person or vehicle", "description": "A be-on-the-lookout notice, a warrant or a wanted person or vehicle.", "aliases": ["BOL/Warrant/Wanted"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another reason.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the reason is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record the reason for a pursuit.", "opd": "OpenPoliceData does not normalise the reason for a pursuit." } }, "pursuit_outcome": { "title": "Pursuit outcome", "description": "How the pursuit ended.", "type": "string", "enum": ["suspect_stopped", "suspect_crashed", "stop_device", "terminated", "suspect_eluded", "other", "unknown"], "x-policedata-codes": { "suspect_stopped": { "label": "Driver stopped", "description": "The fleeing driver stopped the vehicle.", "aliases": ["Suspect stopped vehicle"], "crosswalk": {} }, "suspect_crashed": { "label": "Fleeing vehicle crashed", "description": "The fleeing vehicle crashed.", "aliases": ["Suspect vehicle crashed"], "crosswalk": {} }, "stop_device": { "label": "Stopped by a device or tactic", "description": "A stop device or tactic, such as spike strips or a PIT manoeuvre, stopped the vehicle.", "aliases": ["Stop device was used sucessfully"], "crosswalk": {} }, "terminated": { "label": "Called off", "description": "Officers or a supervisor ended the pursuit, usually for public safety.", "aliases": ["Public Safety"], "crosswalk": {} }, "suspect_eluded": { "label": "Driver got away", "description": "The fleeing vehicle escaped.", "aliases": ["Suspect vehicle eluded pursuit"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another ending.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the ending is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record pursuit outcomes.", "opd": "OpenPoliceData does not normalise pursuit outcomes." } }, "terminated_by": { "title": "Who called off the pursuit", "description": "Who decided to end a pursuit.", "type": "string", "enum": ["involved_officer", "supervisor", "other", "unknown"], "x-policedata-codes": { "involved_officer": { "label": "Pursuing officer", "description": "One of the officers in the pursuit.", "aliases": ["Involved officer(s)"], "crosswalk": {} }, "supervisor": { "label": "Supervisor", "description": "A supervisor.", "aliases": ["Supervisor"], "crosswalk": {} }, "other": { "label": "Other", "description": "Someone else, such as a dispatcher or another agency.", "aliases": ["Other"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record who ended a pursuit.", "opd": "OpenPoliceData does not normalise who ended a pursuit." } }, "distance_range": { "title": "Pursuit distance", "description": "How far the pursuit went, in the bins agencies publish.", "type": "string", "enum": ["under_1_mile", "from_1_to_2_miles", "from_2_to_5_miles", "from_5_to_10_miles", "over_10_miles", "unknown"], "x-policedata-codes": { "under_1_mile": { "label": "Less than 1 mile", "description": "Under one mile.", "aliases": ["Less than 1 mile"], "crosswalk": {} }, "from_1_to_2_miles": { "label": "1 to 2 miles", "description": "From one to two miles.", "aliases": ["1 to 2 miles"], "crosswalk": {} }, "from_2_to_5_miles": { "label": "2 to 5 miles", "description": "More than two and up to five miles.", "aliases": ["2.1 to 5 miles"], "crosswalk": {} }, "from_5_to_10_miles": { "label": "5 to 10 miles", "description": "More than five and up to ten miles.", "aliases": ["5.1 to 10 miles"], "crosswalk": {} }, "over_10_miles": { "label": "More than 10 miles", "description": "Beyond ten miles.", "aliases": ["Beyond 10 miles"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that the distance is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record pursuit distances.", "opd": "OpenPoliceData does not normalise pursuit distances." } }, "stop_device": { "title": "Stop device", "description": "A device or tactic used to stop the fleeing vehicle.", "type": "string", "enum": ["pit", "spike_strip", "other"], "x-policedata-codes": { "pit": { "label": "Pursuit intervention technique (PIT)", "description": "A police vehicle pushed the rear of the fleeing vehicle to spin it out.", "aliases": ["PIT", "PURSUIT IMMOBILIZATION TECHNIQUE (PIT)"], "crosswalk": {} }, "spike_strip": { "label": "Spike strip", "description": "Tire-deflation spikes laid across the road.", "aliases": ["Spike Strip"], "crosswalk": {} }, "other": { "label": "Other", "description": "Another device or tactic, such as a roadblock.", "aliases": ["Other"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record stop devices.", "opd": "OpenPoliceData does not normalise stop devices." } }, "injured_parties": { "title": "Injured parties", "description": "Who was injured in the pursuit.", "type": "string", "enum": ["none", "subject", "officer", "bystander", "unknown"], "x-policedata-codes": { "none": { "label": "No one", "description": "No one was injured.", "aliases": ["None"], "crosswalk": {} }, "subject": { "label": "Fleeing driver or passengers", "description": "People in the fleeing vehicle.", "aliases": ["Suspect(s) Only"], "crosswalk": {} }, "officer": { "label": "Officers", "description": "Police officers.", "aliases": [], "crosswalk": {} }, "bystander": { "label": "Uninvolved people", "description": "People not involved in the pursuit.", "aliases": ["Un-Involved Citizen(s)"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record injuries in pursuits.", "opd": "OpenPoliceData does not normalise injuries in pursuits." } }, "damaged_property": { "title": "Damaged property", "description": "What was damaged in the pursuit.", "type": "string", "enum": ["none", "subject_vehicle", "patrol_vehicle", "bystander_vehicle", "other_property", "unknown"], "x-policedata-codes": { "none": { "label": "Nothing", "description": "Nothing was damaged.", "aliases": ["None"], "crosswalk": {} }, "subject_vehicle": { "label": "Fleeing vehicle", "description": "The fleeing vehicle.", "aliases": ["Suspect Vehicle Only"], "crosswalk": {} }, "patrol_vehicle": { "label": "Police vehicle", "description": "A police vehicle.", "aliases": ["Patrol Vehicle"], "crosswalk": {} }, "bystander_vehicle": { "label": "Uninvolved vehicle", "description": "A vehicle not involved in the pursuit.", "aliases": ["Un-Involved Citizen"], "crosswalk": {} }, "other_property": { "label": "Other property", "description": "Other property, such as fences, buildings or road furniture.", "aliases": ["Property"], "crosswalk": {} }, "unknown": { "label": "Unknown", "description": "The source recorded that it is not known.", "aliases": ["Unknown"], "crosswalk": {} } }, "x-policedata-crosswalk-notes": { "opp": "OPP does not cover pursuits.", "nibrs": "NIBRS does not record damage in pursuits.", "opd": "OpenPoliceData does not normalise damage in pursuits." } } } }
};

// ../schemas/dist/registry.js
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function decodePointer(pointer2) {
  return pointer2.split("/").slice(1).map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
}
function majorOf(version) {
  return version.split(".")[0] ?? version;
}
function createRegistry(documents) {
  const byId = /* @__PURE__ */ new Map();
  for (const document of documents)
    byId.set(document.$id, document);
  const resolveRef = (ref, baseId) => {
    const [path = "", pointer2 = ""] = ref.split("#");
    const id = path === "" ? baseId : new URL(path, baseId).href;
    let node = byId.get(id);
    for (const part of decodePointer(pointer2))
      node = isObject(node) ? node[part] : void 0;
    return isObject(node) ? { schema: node, id, pointer: pointer2 } : void 0;
  };
  const codeListOf = (schema, id, pointer2) => {
    const codes = schema["x-policedata-codes"];
    if (!codes)
      return void 0;
    const name = pointer2.split("/").pop() ?? "";
    const owner = byId.get(id)?.["x-policedata-dataset"]?.type;
    return {
      id: owner ? `${owner}.${name}` : name,
      title: String(schema.title ?? name),
      description: String(schema.description ?? ""),
      ref: `${id}#${pointer2}`,
      values: schema.enum ?? Object.keys(codes),
      codes,
      notes: schema["x-policedata-crosswalk-notes"]
    };
  };
  const flatten = (schema, baseId) => {
    const layers = [schema];
    let codeList;
    let definition;
    let current = schema;
    let currentId = baseId;
    for (let depth = 0; typeof current.$ref === "string" && depth < 10; depth++) {
      const target = resolveRef(current.$ref, currentId);
      if (!target)
        break;
      definition ??= `${target.id}#${target.pointer}`;
      codeList ??= codeListOf(target.schema, target.id, target.pointer);
      layers.push(target.schema);
      current = target.schema;
      currentId = target.id;
    }
    const merged = {};
    for (const layer of layers.reverse())
      Object.assign(merged, layer);
    delete merged.$ref;
    return { merged, codeList, definition };
  };
  const datasetSchemas = () => [...byId.values()].filter((document) => isObject(document["x-policedata-dataset"]));
  const getSchema = (type, version = "1") => datasetSchemas().find((document) => {
    const annotation = document["x-policedata-dataset"];
    return annotation.type === type && majorOf(annotation.version) === majorOf(version);
  });
  const describe = (document) => ({
    ...document["x-policedata-dataset"],
    title: String(document.title ?? ""),
    description: String(document.description ?? ""),
    schemaId: document.$id
  });
  const objectAt = (schemaId, pointer2) => {
    const target = resolveRef(`#${pointer2}`, schemaId);
    if (!target)
      return void 0;
    let current = target.schema;
    let currentId = target.id;
    for (let depth = 0; depth < 10 && !isObject(current.properties); depth++) {
      const next = typeof current.$ref === "string" ? resolveRef(current.$ref, currentId) : isObject(current.items) ? { schema: current.items, id: currentId } : void 0;
      if (!next)
        return void 0;
      current = next.schema;
      currentId = next.id;
    }
    return isObject(current.properties) ? { schema: current, id: currentId } : void 0;
  };
  const listSchemaFields = (schemaId, pointer2 = "") => {
    const target = objectAt(schemaId, pointer2);
    if (!target)
      return [];
    const properties = target.schema.properties;
    return Object.entries(properties).map(([name, property]) => {
      const { merged, codeList: ownList, definition } = flatten(property, target.id);
      let codeList = ownList;
      let itemType;
      let enumValues;
      if (merged.type === "array" && isObject(merged.items)) {
        const items = flatten(merged.items, definition?.split("#")[0] ?? target.id);
        itemType = items.merged.type;
        codeList ??= items.codeList;
        if (!codeList && Array.isArray(items.merged.enum))
          enumValues = items.merged.enum;
      }
      if (!codeList && Array.isArray(merged.enum))
        enumValues = merged.enum;
      const optionalNumber = (key) => typeof merged[key] === "number" ? merged[key] : void 0;
      const field = {
        name,
        description: String(merged.description ?? ""),
        level: merged["x-policedata-level"],
        pii: merged["x-policedata-pii"] === true,
        aliases: merged["x-policedata-aliases"] ?? [],
        examples: merged.examples ?? [],
        type: merged.type
      };
      if (typeof merged.title === "string")
        field.title = merged.title;
      if (itemType)
        field.itemType = itemType;
      if (typeof merged.format === "string")
        field.format = merged.format;
      if (typeof merged.pattern === "string")
        field.pattern = merged.pattern;
      const bounds = { minimum: optionalNumber("minimum"), maximum: optionalNumber("maximum") };
      if (bounds.minimum !== void 0)
        field.minimum = bounds.minimum;
      if (bounds.maximum !== void 0)
        field.maximum = bounds.maximum;
      const minLength = optionalNumber("minLength");
      const maxLength = optionalNumber("maxLength");
      if (minLength !== void 0)
        field.minLength = minLength;
      if (maxLength !== void 0)
        field.maxLength = maxLength;
      if (codeList)
        field.codeList = codeList;
      if (enumValues)
        field.enum = enumValues;
      if (definition)
        field.definition = definition;
      return field;
    });
  };
  const listFields = (type, version) => {
    const document = getSchema(type, version);
    return document ? listSchemaFields(document.$id) : [];
  };
  const listSchemaRules = (schemaId) => {
    const rules = byId.get(schemaId)?.allOf ?? [];
    return rules.map((rule) => rule["x-policedata-rule"]).filter(Boolean);
  };
  const listCodeLists = () => {
    const lists = [];
    for (const document of byId.values()) {
      const defs = document.$defs ?? {};
      for (const [name, schema] of Object.entries(defs)) {
        const list = codeListOf(schema, document.$id, `/$defs/${name}`);
        if (list)
          lists.push(list);
      }
    }
    return lists;
  };
  return {
    documents: byId,
    listDatasetTypes: () => datasetSchemas().map(describe),
    getDatasetType: (type, version) => {
      const document = getSchema(type, version);
      return document ? describe(document) : void 0;
    },
    getSchema,
    listFields,
    listRules: (type, version) => {
      const document = getSchema(type, version);
      return document ? listSchemaRules(document.$id) : [];
    },
    listSchemaFields,
    listSchemaRules,
    listCodeLists,
    resolveRef
  };
}

// ../schemas/dist/create-ajv.js
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// ../schemas/dist/vocabulary.js
var FIELD_LEVELS = ["required", "recommended", "optional"];
var CROSSWALK_SYSTEMS = ["opp", "nibrs", "opd"];
var snakeCase = { type: "string", pattern: "^[a-z][a-z0-9_]*$" };
var nonEmpty = { type: "string", minLength: 1 };
var crosswalkProps = { opp: nonEmpty, nibrs: nonEmpty, opd: nonEmpty };
var vocabulary = [
  {
    keyword: "x-policedata-level",
    metaSchema: { enum: FIELD_LEVELS }
  },
  {
    keyword: "x-policedata-pii",
    metaSchema: { type: "boolean" }
  },
  {
    keyword: "x-policedata-aliases",
    metaSchema: { type: "array", items: nonEmpty, uniqueItems: true }
  },
  {
    keyword: "x-policedata-rule",
    metaSchema: {
      type: "object",
      required: ["id", "description"],
      additionalProperties: false,
      properties: { id: snakeCase, description: nonEmpty }
    }
  },
  {
    keyword: "x-policedata-codes",
    metaSchema: {
      type: "object",
      minProperties: 1,
      propertyNames: snakeCase,
      additionalProperties: {
        type: "object",
        required: ["label", "description", "aliases", "crosswalk"],
        additionalProperties: false,
        properties: {
          label: nonEmpty,
          description: nonEmpty,
          aliases: { type: "array", items: nonEmpty },
          crosswalk: { type: "object", additionalProperties: false, properties: crosswalkProps }
        }
      }
    }
  },
  {
    keyword: "x-policedata-crosswalk-notes",
    metaSchema: {
      type: "object",
      required: [...CROSSWALK_SYSTEMS],
      additionalProperties: false,
      properties: crosswalkProps
    }
  },
  {
    keyword: "x-policedata-dataset",
    metaSchema: {
      type: "object",
      required: ["type", "version", "grain", "keys", "aliases", "crosswalk"],
      additionalProperties: false,
      properties: {
        type: { type: "string", pattern: "^[a-z][a-z-]*$" },
        version: { type: "string", pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$" },
        grain: {
          type: "object",
          required: ["id", "description"],
          additionalProperties: false,
          properties: { id: snakeCase, description: nonEmpty }
        },
        keys: { type: "array", items: snakeCase, minItems: 1, uniqueItems: true },
        aliases: { type: "array", items: nonEmpty },
        crosswalk: {
          type: "object",
          additionalProperties: false,
          properties: { ...crosswalkProps, pdi: nonEmpty }
        }
      }
    }
  }
];

// ../schemas/dist/create-ajv.js
var addFormats = import_ajv_formats.default;
function createAjv(options = {}) {
  const ajv = new import__.Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, ...options });
  addFormats(ajv, ["date", "date-time", "time", "uri", "email"]);
  for (const keyword of vocabulary)
    ajv.addKeyword(keyword);
  for (const document of Object.values(schemaDocuments))
    ajv.addSchema(document);
  return ajv;
}

// ../schemas/dist/csv-form.js
var LIST_SEPARATOR = ";";

// ../schemas/dist/index.js
var registry = createRegistry(Object.values(schemaDocuments));

// ../core/dist/findings/definition.js
function defineFinding(definition) {
  return definition;
}

// ../core/dist/findings/row-numbers.js
var inSpreadsheet = (row) => row === void 0 ? "" : ` (row ${row} in a spreadsheet)`;
var MAX_SPANNING_ROWS = 5e5;
var SpanningRows = class {
  starts = new Uint32Array(64);
  /** Lines spanned beyond their first by the rows up to and including each: a running total. */
  totals = new Uint32Array(64);
  count = 0;
  saturated = false;
  get size() {
    return this.count;
  }
  /** A row starting on `line` spans `lines` lines. Rows are added in file order. */
  add(line, lines) {
    if (lines <= 1)
      return;
    if (this.count >= MAX_SPANNING_ROWS) {
      this.saturated = true;
      return;
    }
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.totals = grown(this.totals);
    }
    const before = this.count === 0 ? 0 : this.totals[this.count - 1] ?? 0;
    this.starts[this.count] = line;
    this.totals[this.count] = before + lines - 1;
    this.count += 1;
  }
  /** Appends the spanning rows another part of the file recorded (the parts come in file order). */
  append(record) {
    for (let i = 0; i < record.count; i++)
      this.add(record.starts[i] ?? 0, (record.extras[i] ?? 0) + 1);
    if (record.saturated)
      this.saturated = true;
  }
  take() {
    const extras = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++)
      extras[i] = (this.totals[i] ?? 0) - (i === 0 ? 0 : this.totals[i - 1] ?? 0);
    return { starts: this.starts.slice(0, this.count), extras, count: this.count, saturated: this.saturated };
  }
  /**
   * The spreadsheet row of the record on (or spanning) `line`: the line less every line that rows
   * before it spanned beyond their first. Undefined when it cannot be known (too many spanning rows
   * were seen to keep them all, and `line` is past the last one kept).
   */
  rowOf(line) {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = low + high >> 1;
      if ((this.starts[middle] ?? 0) <= line) {
        found = middle;
        low = middle + 1;
      } else
        high = middle - 1;
    }
    if (this.saturated && found === this.count - 1)
      return void 0;
    if (found === -1)
      return line;
    const start = this.starts[found] ?? 0;
    const total = this.totals[found] ?? 0;
    const before = found === 0 ? 0 : this.totals[found - 1] ?? 0;
    if (line <= start + (total - before))
      return start - before;
    return line - total;
  }
};
function grown(array) {
  const bigger = new Uint32Array(Math.min(array.length * 2, MAX_SPANNING_ROWS));
  bigger.set(array);
  return bigger;
}

// ../core/dist/findings/dataset.js
var duplicateKey = defineFinding({
  code: "duplicate_key",
  perRow: true,
  severity: "error",
  category: "dataset",
  title: "Two rows have the same key",
  description: "The fields that identify a row (the dataset type's keys) repeat, so rows cannot be told apart or joined reliably. Often the file's grain differs from the standard's (one row per officer where the standard expects one per incident).",
  fix: "Check the file's grain against the reference page; add the missing key field (such as an officer or allegation identifier) or remove duplicated rows.",
  message: ({ keys, firstLine, firstRow }) => `Key ${keys} already appears on line ${firstLine}${inSpreadsheet(firstRow)}.`
});
var duplicateRow = defineFinding({
  code: "duplicate_row",
  perRow: true,
  severity: "warning",
  category: "dataset",
  title: "A row repeats another row exactly",
  description: "Every cell of the row equals an earlier row. Exact repeats usually come from a faulty export or a join.",
  fix: "Remove the repeated rows, or add the field that tells them apart.",
  message: ({ firstLine, firstRow }) => `Same as line ${firstLine}${inSpreadsheet(firstRow)}.`
});
var futureDate = defineFinding({
  code: "future_date",
  perRow: true,
  severity: "error",
  category: "dataset",
  title: "A date in the future",
  description: "The date is after the day the file was validated (or its as-of date), which cannot be right for an event that has happened.",
  fix: "Correct the date at the source; look for swapped day and month or a mistyped year.",
  message: ({ asOf }) => `After ${asOf}.`
});
var dateBefore1970 = defineFinding({
  code: "date_before_1970",
  perRow: true,
  severity: "warning",
  category: "dataset",
  title: "A date before 1970",
  description: "The date is before 1970. Few police open datasets reach back that far; such dates are often placeholders (1900-01-01) or mistyped years.",
  fix: "Check the date; publish unknown dates as empty cells rather than placeholders.",
  message: () => "Before 1970-01-01."
});
var fieldMostlyEmpty = defineFinding({
  code: "field_mostly_empty",
  severity: "warning",
  category: "dataset",
  title: "A required or recommended field is mostly unusable",
  description: "The file has the field, but fewer than half of its rows give a usable value: the cells are empty or placeholders, or hold values that could not be read (codes without a crosswalk, malformed dates).",
  fix: "When the values could not be read, add them to the crosswalk (or give the format) in the mapping file; when they are empty, fill the field where it is recorded and check the export did not drop it.",
  message: ({ field, percent, unreadable }) => `${field} has a usable value in only ${percent}% of rows; ${unreadable ? "most of its values could not be read (see the value findings)" : "most of its cells are empty"}.`
});
var datasetFindings = [duplicateKey, duplicateRow, futureDate, dateBefore1970, fieldMostlyEmpty];

// ../core/dist/read/types.js
var DEFAULT_LIMITS = {
  maxDecompressedBytes: 8 * 1024 ** 3,
  maxCellChars: 1024 * 1024,
  maxColumns: 1e4,
  maxJsonDepth: 64,
  maxRecordChars: 16 * 1024 * 1024,
  // Workbooks are read whole and take 25-50 times their size in memory (SheetJS), so keep this modest.
  maxWorkbookBytes: 50 * 1024 * 1024
};

// ../core/dist/limits.js
var DEFAULT_MAX_TRACKED_KEYS = 1e6;
var limit = (option, unit, defaultValue) => {
  const words = option.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).split(" ");
  return { option, flag: words.join("-"), config: words.join("_"), unit, defaultValue };
};
var LIMITS = [
  limit("maxDecompressedBytes", "bytes", DEFAULT_LIMITS.maxDecompressedBytes),
  limit("maxCellChars", "characters", DEFAULT_LIMITS.maxCellChars),
  limit("maxColumns", "columns", DEFAULT_LIMITS.maxColumns),
  limit("maxRecordChars", "characters", DEFAULT_LIMITS.maxRecordChars),
  limit("maxJsonDepth", "levels", DEFAULT_LIMITS.maxJsonDepth),
  limit("maxWorkbookBytes", "bytes", DEFAULT_LIMITS.maxWorkbookBytes),
  limit("maxTrackedKeys", "keys", DEFAULT_MAX_TRACKED_KEYS)
];
var SUFFIXES = {
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3
};
var limitHint = (option) => {
  const info = LIMITS.find((entry) => entry.option === option);
  return info ? `--limit ${info.flag}=N on the command line, limits: { ${info.config}: N } in the project config, or the library option ${option === "maxTrackedKeys" ? option : `limits.${option}`}` : option;
};

// ../core/dist/findings/json.js
var jsonSyntaxError = defineFinding({
  code: "json_syntax_error",
  severity: "error",
  category: "structure",
  title: "The JSON is not well formed",
  description: "The text breaks JSON syntax at the line and column shown, for example a missing comma, a trailing comma, single quotes, NaN, or a file cut short. In a JSON array nothing after this point can be read; in NDJSON only this line is skipped.",
  fix: "Export the file again with a JSON library rather than by hand, and check the download is complete. The position shown is where the reader gave up; the mistake is at or just before it.",
  message: ({ found, expected, column }) => `At column ${column}: expected ${expected}, but found ${found}.`
});
var jsonDepthLimit = defineFinding({
  code: "json_depth_limit",
  severity: "error",
  category: "structure",
  title: "JSON nested deeper than the limit",
  description: "A record nests objects or arrays deeper than the configured limit, so it was skipped. Police records are flat tables; deep nesting usually means the wrong file or a file built to exhaust a parser. Past a hard limit reading stops.",
  fix: `Flatten nested values into columns. If the nesting is genuine, raise the limit: ${limitHint("maxJsonDepth")}.`,
  message: ({ limit: limit2, stopped }) => stopped ? `Nesting exceeds ${limit2} levels; reading stopped here.` : `This record nests deeper than ${limit2} levels; it was skipped.`
});
var jsonRecordTooLarge = defineFinding({
  code: "json_record_too_large",
  severity: "error",
  category: "structure",
  title: "A record is larger than the size limit",
  description: "One JSON record (or NDJSON line) is longer than the configured number of characters, so it was skipped without being kept in memory. This usually means an embedded file, a runaway text field, or a line break missing between NDJSON records.",
  fix: `Remove embedded files or very long text from the export. If the records are genuine, raise the limit: ${limitHint("maxRecordChars")}.`,
  message: ({ limit: limit2 }) => `This record is longer than ${limit2} characters; it was skipped.`
});
var jsonNotObject = defineFinding({
  code: "json_not_object",
  severity: "error",
  category: "structure",
  title: "A record is not a JSON object",
  description: 'Each record must be an object of "column": value pairs. This one is an array, a string, a number or null, so it has no column names and was skipped.',
  fix: 'Export one object per record, for example [{"id": 1, "date": "2019-01-02"}], not arrays of values.',
  message: ({ found }) => `Expected a record as a JSON object, found ${found}; it was skipped.`
});
var jsonNotTable = defineFinding({
  code: "json_not_table",
  severity: "error",
  category: "structure",
  title: "No array of records in the JSON",
  description: 'The JSON is neither an array of records nor an object holding one under "data", "records", "rows" or "features" (the shapes used by open-data portals), so no records could be found.',
  fix: 'Publish a JSON array of objects, one per record, or wrap it as {"data": [...]}.',
  message: ({ found }) => `No array of records found: the JSON is ${found}.`
});
var jsonRecordsPath = defineFinding({
  code: "json_records_path",
  severity: "info",
  category: "structure",
  title: "Records read from inside a wrapper object",
  description: "The top level of the JSON is an object, as open-data portals and ArcGIS services produce; the records were read from the array named here. Other members of the wrapper (metadata, geometry) were not read.",
  fix: "Nothing is required. Check that the array named is the one holding the records.",
  message: ({ path }) => `Records were read from "${path}".`
});
var noRecords = defineFinding({
  code: "no_records",
  severity: "error",
  category: "structure",
  title: "The file has no records",
  description: "The file is well formed but holds no records (an empty JSON array, an NDJSON file of blank lines, an empty sheet), so there is nothing to validate. That can be genuine for a short period, but usually means a failed export. An error, as a CSV header with no rows is (header_only).",
  fix: "Check the export query and period (and, for a workbook, the sheet read). If there really were no events, say so in the dataset description, and lower this finding with --severity no_records=warning.",
  message: () => "The file holds no records."
});
var jsonNewKey = defineFinding({
  code: "json_new_key",
  severity: "info",
  category: "structure",
  title: "A key first appears part-way through the file",
  description: "The column list is taken from the first records; this key was first seen later and was added as a new column. Records before it have no value for it. A key that appears late is often a typo or a change of export format.",
  fix: "Give every record the same keys, using null for a missing value.",
  message: ({ key }) => `The key "${key}" first appears here and was added as a column.`
});
var nestedValue = defineFinding({
  code: "nested_value",
  severity: "warning",
  category: "structure",
  title: "A column holds nested objects or arrays",
  description: "The standard is a flat table: each value is a string, number, boolean or null. Nested values are kept as compact JSON text so they can be mapped, but they will not match a field of the standard as they are. Reported once per column.",
  fix: 'Flatten the nested value into separate columns (for example "subject.race" into "subject_race").',
  message: ({ kind }) => `This column holds a nested ${kind}; it is kept as JSON text.`
});
var jsonDuplicateKey = defineFinding({
  code: "json_duplicate_key",
  severity: "warning",
  category: "structure",
  title: "A record repeats a key",
  description: "The same key appears twice in one record. JSON tools disagree about which value wins; the last one was kept.",
  fix: "Remove the repeated key from the export, or rename one of the two columns.",
  message: ({ key }) => `The key "${key}" appears more than once in this record; the last value was kept.`
});
var workbookTooLarge = defineFinding({
  code: "workbook_too_large",
  severity: "error",
  category: "source",
  title: "The workbook is larger than the size limit",
  description: "A workbook has to be read whole (it is a zip archive or a binary file), so workbooks larger than the limit, or that would expand beyond it, are refused rather than risk running out of memory.",
  fix: `Save the sheet as CSV (UTF-8), which is read as a stream of any size, or raise the limit: ${limitHint("maxWorkbookBytes")}.`,
  message: ({ limit: limit2, size, inflated }) => inflated ? `The workbook would expand to ${size} bytes, more than the limit allows (${limit2} bytes); it was not read.` : `The workbook is ${size} bytes, more than the limit of ${limit2} bytes; it was not read.`
});
var workbookUnreadable = defineFinding({
  code: "workbook_unreadable",
  severity: "error",
  category: "source",
  title: "The workbook could not be read",
  description: "The file looks like an Excel workbook but could not be opened: it may be password-protected, damaged, cut short, or in a format the reader does not know.",
  fix: "Open the file in Excel or LibreOffice, remove any password, and save it again as .xlsx or as CSV (UTF-8).",
  message: ({ reason }) => `The workbook could not be read: ${reason}.`
});
var workbookEmpty = defineFinding({
  code: "workbook_empty",
  severity: "error",
  category: "structure",
  title: "No sheet of the workbook holds data",
  description: "Every sheet of the workbook is empty, so there is nothing to validate.",
  fix: "Check that the export finished and that you picked the right file.",
  message: ({ sheets }) => `No sheet holds any data (sheets: ${sheets.join(", ")}).`
});
var sheetNotFound = defineFinding({
  code: "sheet_not_found",
  severity: "error",
  category: "structure",
  title: "The requested sheet is not in the workbook",
  description: "A sheet was asked for by name, but the workbook has no sheet of that name.",
  fix: "Use one of the sheet names listed, spelled exactly as in the workbook.",
  message: ({ sheet, sheets }) => `There is no sheet named "${sheet}"; the workbook has ${sheets.join(", ")}.`
});
var sheetSelected = defineFinding({
  code: "sheet_selected",
  severity: "info",
  category: "structure",
  title: "The workbook has several sheets; one was read",
  description: "Only one sheet is read: the one asked for, or else the first that holds data. Other sheets also hold data (a sheet per year, a summary, a data dictionary), and they were not checked. Empty sheets are not reported.",
  fix: "Publish one table per file, or name the sheet to read with `sheet: <name>` in the mapping file (docs/mapping-files.md).",
  message: ({ sheet, sheets, otherSheetsWithData }) => `Read sheet "${sheet}" of ${sheets.length} (${sheets.join(", ")}); ${otherSheetsWithData} other ${otherSheetsWithData === 1 ? "sheet holds" : "sheets hold"} data and ${otherSheetsWithData === 1 ? "was" : "were"} not checked.`
});
var excelErrorValue = defineFinding({
  code: "excel_error_value",
  severity: "warning",
  category: "value",
  title: "A cell holds an Excel error",
  description: "The cell shows an Excel error such as #N/A, #REF! or #DIV/0! instead of a value, usually a formula that failed. The error text is kept as the value.",
  fix: "Fix the formula, or replace the error with an empty cell, before publishing.",
  message: ({ error }) => `The cell holds the Excel error ${error}.`
});
var jsonFindings = [
  jsonSyntaxError,
  jsonDepthLimit,
  jsonRecordTooLarge,
  jsonNotObject,
  jsonNotTable,
  jsonRecordsPath,
  noRecords,
  jsonNewKey,
  nestedValue,
  jsonDuplicateKey,
  workbookTooLarge,
  workbookUnreadable,
  workbookEmpty,
  sheetNotFound,
  sheetSelected,
  excelErrorValue
];

// ../core/dist/findings/mapping.js
var datasetTypeUncertain = defineFinding({
  code: "dataset_type_uncertain",
  severity: "warning",
  category: "mapping",
  title: "The dataset type was guessed with low confidence",
  description: "The dataset type was detected from the column names, but another type matched almost as well. The results depend on the type being right.",
  fix: "State the type: `type:` in the mapping file, or --type on the command line.",
  message: ({ type, confidence, runnerUp }) => `Detected as ${type} with confidence ${Math.round(confidence * 100)}% (next: ${runnerUp}).`
});
var datasetTypeMismatch = defineFinding({
  code: "dataset_type_mismatch",
  severity: "warning",
  category: "mapping",
  title: "The columns look like another dataset type",
  description: "The file was checked as the dataset type it was given (with --type, a config dataset's type, or the web page's selector), but its column names match another type much better. Every field of the wrong type is then reported missing.",
  fix: "Check the dataset type given: leave it out to let the type be detected, or give the type the columns describe.",
  message: ({ type, detected, confidence }) => `Checked as ${type}, as asked, but the columns look like ${detected} (${Math.round(confidence * 100)}% confidence).`
});
var requiredFieldMissing = defineFinding({
  code: "required_field_missing",
  severity: "error",
  category: "mapping",
  title: "A required field is not in the file",
  description: "No column of the file maps to a field the standard requires for this dataset type, so the dataset cannot be used for the comparisons the standard exists for.",
  fix: "Publish the field, or if a column already holds it under another name, map it in the mapping file (`fields: { <field>: <column> }`).",
  message: ({ field }) => `Required field ${field} is not in the file.`
});
var recommendedFieldMissing = defineFinding({
  code: "recommended_field_missing",
  severity: "warning",
  category: "mapping",
  title: "A recommended field is not in the file",
  description: "No column maps to a field the standard recommends; it is needed for the comparisons the Police Data Initiative cares about. A `_raw` field keeps the value as published beside its coded twin (`subject_race_raw` beside `subject_race`): it is read from the same column by itself when the twin comes from one column, and is not reported when the twin is missing too.",
  fix: "Publish the field if you record it, or map the column that holds it in the mapping file. A `_raw` field whose twin is built from several columns (yes/no flags) can be mapped to a column that holds the value as published, if the file has one.",
  message: ({ field }) => `Recommended field ${field} is not in the file.`
});
var unmappedColumn = defineFinding({
  code: "unmapped_column",
  severity: "info",
  category: "mapping",
  title: "A column does not map to any field",
  description: "A column of the file matches no field of the standard. It is kept (as `raw_<name>` when normalised) but not validated. It may be a field under an unfamiliar name.",
  fix: "If it holds a standard field, map it in the mapping file; if it is deliberately extra, list it under `ignore:`.",
  message: ({ header }) => `Column "${header}" does not map to any field of the standard.`
});
var fuzzyHeaderMatch = defineFinding({
  code: "fuzzy_header_match",
  severity: "info",
  category: "mapping",
  title: "A column was matched by a close spelling",
  description: "A column name is close to, but not exactly, a known name of a field, so it was matched by similarity. Check the match is right.",
  fix: "Confirm the match by writing it in the mapping file (`fields: { <field>: <column> }`).",
  message: ({ header, field }) => `Column "${header}" was matched to ${field} by a close spelling.`
});
var mappingColumnNotFound = defineFinding({
  code: "mapping_column_not_found",
  severity: "error",
  category: "mapping",
  title: "The mapping file names a column the file does not have",
  description: "The mapping file maps a field to a column that is not in this file, so the field is treated as absent. Column names often change between releases.",
  fix: "Correct the column name in the mapping file, or write a mapping for this release.",
  message: ({ field, column, suggestion }) => `Field ${field} is mapped to column "${column}", which is not in the file.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`
});
var datasetTypeUnknown = defineFinding({
  code: "dataset_type_unknown",
  severity: "error",
  category: "mapping",
  title: "The dataset type could not be detected",
  description: "None of the column names matches a field of any dataset type, so the file could not be checked against the standard.",
  fix: "State the type (`type:` in a mapping file, or --type on the command line) and map the columns in a mapping file.",
  message: () => "No column matches a field of any dataset type."
});
var trackingLimit = defineFinding({
  code: "duplicate_check_limit",
  severity: "info",
  category: "mapping",
  title: "Duplicate checks stopped at the memory limit",
  description: "Keys and rows are remembered in bounded memory for the duplicate checks. Past the limit, later repeats of rows not yet remembered are not detected.",
  fix: `If the machine has memory to spare (12 bytes per key), raise the limit: ${limitHint("maxTrackedKeys")}.`,
  message: ({ limit: limit2 }) => `Duplicate checks covered the first ${limit2} distinct keys and rows.`
});
var mappingNotForFile = defineFinding({
  code: "mapping_not_for_file",
  severity: "error",
  category: "mapping",
  title: "The mapping file seems written for another file",
  description: "Most of the columns the mapping file names are not in this file, so most fields are reported missing. The mapping was probably written for another source, another dataset type or an older release of this one.",
  fix: "Check that you gave the mapping file written for this file. If this release renamed its columns, update the mapping (`policedata map` proposes one to start from).",
  message: ({ missing, named, type, detected }) => `${missing} of the ${named} columns the mapping names are not in the file.${detected ? ` The mapping is for ${type}, but the columns look like ${detected}.` : ""}`
});
var mappingFindings = [
  mappingNotForFile,
  datasetTypeUnknown,
  datasetTypeUncertain,
  datasetTypeMismatch,
  requiredFieldMissing,
  recommendedFieldMissing,
  unmappedColumn,
  fuzzyHeaderMatch,
  mappingColumnNotFound,
  trackingLimit
];

// ../core/dist/findings/privacy.js
var piiField = defineFinding({
  code: "pii_field",
  severity: "warning",
  category: "privacy",
  title: "The file publishes a field that can identify people",
  description: "A field the standard marks as personal data (a name, date of birth, licence plate, licence or badge number) is in the file with values.",
  fix: "Remove the column before release, or replace it with an opaque identifier (a keyed hash) or an age, unless the law and your policy require it to be public.",
  message: ({ field }) => `${field} can identify people.`
});
var piiColumnName = defineFinding({
  code: "pii_column_name",
  severity: "warning",
  category: "privacy",
  title: "A column name suggests personal data",
  description: "A column that maps to no field has a name that suggests personal data (name, date of birth, SSN, phone, plate, licence, or a house number, which with its street gives an exact address).",
  fix: "Check the column; remove it before release if it identifies people.",
  message: ({ header, kind }) => `Column "${header}" looks like ${kind}.`
});
var piiValue = defineFinding({
  code: "pii_value",
  perRow: true,
  severity: "error",
  category: "privacy",
  title: "A value looks like personal data",
  description: "A cell looks like a Social Security number, a phone number or an e-mail address. These identify people and almost never belong in police open data.",
  fix: "Remove or redact the value before release; check free-text columns (narratives, notes) for more.",
  message: ({ kind }) => `Looks like ${kind}.`
});
var exactAddress = defineFinding({
  code: "exact_address",
  perRow: true,
  severity: "warning",
  category: "privacy",
  title: "An exact house-number address",
  description: "The location has a full house number. Police open data usually generalises addresses to the block (`11XX BATES ST`) so that people involved, often victims, cannot be found at home. The address itself is not repeated in the report; the message gives its block form.",
  fix: "Generalise addresses to the block (replace the last two digits of the house number with XX) unless the place is public.",
  message: ({ block }) => `A full house-number address; publish it as "${block}".`
});
var privacyFindings = [piiField, piiColumnName, piiValue, exactAddress];

// ../core/dist/findings/schema.js
var requiredValueMissing = defineFinding({
  code: "required_value_missing",
  severity: "error",
  category: "schema",
  title: "A required field is empty in a row",
  description: "The file has the field, but this row leaves it empty (or holds a placeholder such as NULL).",
  fix: "Fill the field in every row. If the value was genuinely not recorded, the code list may have an `unknown` or `unspecified` code for it.",
  message: ({ field }) => `Required field ${field} has no value.`
});
var valueOutOfRange = defineFinding({
  code: "value_out_of_range",
  severity: "error",
  category: "schema",
  title: "A value outside the allowed range",
  description: "The value is a number or text of the right kind, but outside what the standard allows (an age of 140, a latitude of 95, an empty list).",
  fix: "Correct the value at the source, or publish it as empty if it is not known.",
  message: ({ limit: limit2 }) => `Must be ${limit2}.`
});
var valueFormatMismatch = defineFinding({
  code: "value_format_mismatch",
  severity: "error",
  category: "schema",
  title: "A value in the wrong form",
  description: "The value does not have the form the standard requires, such as a nine-character FBI ORI or a five-digit ZIP code.",
  fix: "Correct the value to the form shown in the reference page for the field.",
  message: ({ expected }) => `Expected ${expected}.`
});
var valueNotAllowed = defineFinding({
  code: "value_not_allowed",
  severity: "error",
  category: "schema",
  title: "A value that is not one of the allowed values",
  description: "The field takes one of a fixed set of values and this is not one of them.",
  fix: "Use one of the allowed values, or crosswalk the source value in the mapping file.",
  message: ({ allowed }) => `Allowed values: ${allowed}.`
});
var ruleViolation = defineFinding({
  code: "rule_violation",
  severity: "error",
  category: "schema",
  title: "Fields of a row contradict each other",
  description: "A cross-field rule of the standard does not hold in this row, for example a search basis given when no search was conducted, or an outcome of arrest without arrest_made. Each rule is listed in the dataset type's reference page.",
  fix: "Correct whichever of the fields is wrong at the source; the message names the rule.",
  message: ({ rule, description }) => `${rule}: ${description}`
});
var schemaViolation = defineFinding({
  code: "schema_violation",
  severity: "error",
  category: "schema",
  title: "A value the schema does not accept",
  description: "The row does not match the schema in a way none of the more specific findings describes.",
  fix: "Check the field against its reference page; the message gives the schema's reason.",
  message: ({ detail }) => detail
});
var schemaFindings = [
  requiredValueMissing,
  valueOutOfRange,
  valueFormatMismatch,
  valueNotAllowed,
  ruleViolation,
  schemaViolation
];

// ../core/dist/findings/source.js
var emptyFile = defineFinding({
  code: "empty_file",
  severity: "error",
  category: "source",
  title: "The file is empty",
  description: "The file has no content at all (or only blank lines and spaces), so there is nothing to validate.",
  fix: "Check that the export finished and that you picked the right file.",
  message: () => "The file is empty."
});
var binaryFile = defineFinding({
  code: "binary_file",
  severity: "error",
  category: "source",
  title: "The file is not text",
  description: "The file contains bytes that never occur in text (such as NUL bytes) or starts with the signature of a binary format the validator does not read.",
  fix: "Export the data as CSV (UTF-8), JSON, NDJSON or an Excel workbook (.xlsx or .xls).",
  message: ({ detected }) => `The file is not text (${detected}).`
});
var encodingNotUtf8 = defineFinding({
  code: "encoding_not_utf8",
  severity: "warning",
  category: "source",
  title: "The file is not UTF-8",
  description: "The file is in a legacy or UTF-16 encoding. It was read correctly, but many tools assume UTF-8 and will garble accented letters and symbols.",
  fix: 'Save or export the file as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8).',
  message: ({ encoding }) => `The file is encoded as ${encoding}, not UTF-8.`
});
var invalidUtf8 = defineFinding({
  code: "invalid_utf8",
  severity: "error",
  category: "source",
  title: "Bytes that are not valid UTF-8, or text already damaged",
  description: "Part of the file is not valid UTF-8, often because text in another encoding was pasted into a UTF-8 file; the bytes were read as the replacement character U+FFFD (\uFFFD). A file can also hold U+FFFD itself, written by an earlier conversion that met such bytes: the original characters are lost either way, and both are reported alike.",
  fix: "Re-export the file as UTF-8 from the system of record, or correct the text on the lines shown.",
  message: () => "This line holds bytes that are not valid UTF-8, or the replacement character (\uFFFD) they leave."
});
var byteOrderMark = defineFinding({
  code: "byte_order_mark",
  severity: "info",
  category: "source",
  title: "The file starts with a byte order mark",
  description: "The file starts with a UTF-8 byte order mark (BOM), as Excel and ArcGIS exports often do. It was removed before reading the header, but some tools make it part of the first column name.",
  fix: "Nothing is required. To remove it, save as UTF-8 without BOM.",
  message: () => "The file starts with a UTF-8 byte order mark."
});
var decompressedSizeLimit = defineFinding({
  code: "decompressed_size_limit",
  severity: "error",
  category: "source",
  title: "The compressed file expands beyond the size limit",
  description: "The gzip-compressed file expanded to more than the decompressed size limit, so reading stopped there. Rows after that point were not checked. This protects against compressed files built to exhaust memory or disk.",
  fix: `If the file is genuine, raise the limit: ${limitHint("maxDecompressedBytes")}.`,
  message: ({ limit: limit2 }) => `Decompressed content exceeds the limit of ${limit2} bytes; reading stopped.`
});
var readError = defineFinding({
  code: "read_error",
  severity: "error",
  category: "source",
  title: "The file could not be read to the end",
  description: "Reading failed part-way, for example a truncated gzip stream or a disk error. Rows after that point were not checked.",
  fix: "Download or export the file again and check it is complete.",
  message: ({ reason }) => `Reading stopped: ${reason}.`
});
var sourceFindings = [
  emptyFile,
  binaryFile,
  encodingNotUtf8,
  invalidUtf8,
  byteOrderMark,
  decompressedSizeLimit,
  readError
];

// ../core/dist/findings/structure.js
var headerOnly = defineFinding({
  code: "header_only",
  severity: "error",
  category: "structure",
  title: "The file has a header but no data rows",
  description: "The header row was read, but no record follows it, so there is nothing to validate.",
  fix: "Check that the export finished and that its filters did not exclude every record.",
  message: () => "The file has a header row but no data rows."
});
var blankHeader = defineFinding({
  code: "blank_header",
  severity: "warning",
  category: "structure",
  title: "A column has no name",
  description: "A cell of the header row is empty, so nothing says what the column holds. Spreadsheet exports do this for an index column or a stray trailing delimiter. The validator calls the column `column_N` (N its position) from here on.",
  fix: "Give every column a name, or remove columns that hold nothing.",
  message: ({ index, name }) => `Column ${index} has no name; it is called "${name}" in this report.`
});
var duplicateHeader = defineFinding({
  code: "duplicate_header",
  severity: "warning",
  category: "structure",
  title: "Two columns have the same name",
  description: "The header names the same column twice, so tools that look columns up by name silently keep only one. The validator renames the later one with a suffix (`Address_2`) from here on.",
  fix: "Rename one of the columns to say how it differs (for example `Street Address` and `Mailing Address`), or remove the copy.",
  message: ({ name, index, first, renamed }) => `Column ${index} is named "${name}" like column ${first}; it is called "${renamed}" in this report.`
});
var headerWhitespace = defineFinding({
  code: "header_whitespace",
  severity: "warning",
  category: "structure",
  title: "A column name has stray spaces",
  description: "A column name starts or ends with a space, or has two spaces in a row. They are invisible in a spreadsheet but make the name differ from the one people type, so lookups by name fail.",
  fix: "Remove the extra spaces from the column name in the export.",
  message: ({ problem }) => `The name has ${problem}.`
});
var raggedRow = defineFinding({
  code: "ragged_row",
  severity: "error",
  category: "structure",
  title: "A row has a different number of cells than the header",
  description: "Each row should have one cell per column. With more or fewer cells, values may sit under the wrong column, so the row counts as a row with errors. Usual causes: an unquoted delimiter inside a value (more cells), a line break inside an unquoted value or a row cut short (fewer cells).",
  fix: "More cells than columns: quote values that contain the delimiter or line breaks (most export tools do this when asked for RFC 4180 CSV). Fewer: check that the row was not cut short, and export it again with every column, empty ones included.",
  message: ({ expected, actual }) => `This row has ${actual} ${actual === 1 ? "cell" : "cells"}; the header has ${expected} ${expected === 1 ? "column" : "columns"}.`
});
var titleRow = defineFinding({
  code: "title_row",
  severity: "warning",
  category: "structure",
  title: "A title line sits above the header",
  description: "The file starts with a line such as a report title or date above the real header row. The validator skipped it and used the wider row below as the header, but other tools will take the title as the header.",
  fix: "Remove title and note lines so that the column names are on the first line.",
  message: ({ title, headerLine, headerRow }) => `Skipped a title line ("${title}"); the header is on line ${headerLine}${inSpreadsheet(headerRow)}.`
});
var singleColumn = defineFinding({
  code: "single_column",
  severity: "warning",
  category: "structure",
  title: "The file has a single column; the delimiter may be wrong",
  description: "Every row was read as one column, yet the lines contain another character that looks like a delimiter. The file was probably split with the wrong delimiter.",
  fix: "Export with commas, or give the delimiter the file uses: `delimiter:` in the mapping file, or `--delimiter` on the command line.",
  message: ({ candidate }) => `Only one column was found, but the lines contain ${candidate}; is that the delimiter?`
});
var blankRows = defineFinding({
  code: "blank_rows",
  severity: "info",
  category: "structure",
  title: "Blank lines were skipped",
  description: "A line is empty or holds only delimiters. It carries no data and was skipped.",
  fix: "Nothing is required. Removing blank lines makes the file easier for other tools to read.",
  message: () => "Skipped a blank line."
});
var unterminatedQuote = defineFinding({
  code: "unterminated_quote",
  severity: "error",
  category: "structure",
  title: "A quoted value is never closed",
  description: "A value opens with a quote that is never closed, so everything up to the end of the file was read as part of that one value. Rows after this line were not read as rows.",
  fix: 'Close the quote, or double any quote character inside a quoted value ("" stands for one ").',
  message: () => "A quote opened on this line is never closed; the rest of the file was read as one value."
});
var strayQuote = defineFinding({
  code: "stray_quote",
  severity: "warning",
  category: "structure",
  title: "A quote character in an unexpected place",
  description: "A quote appears inside a value that is not quoted, or text follows the closing quote of a value. The characters were kept as text, but other tools may split or join values differently.",
  fix: `Quote the whole value and double the quotes inside it, for example "5'10""" for 5'10".`,
  message: ({ where }) => where === "after" ? "Text follows the closing quote of a value." : "A quote appears inside a value that is not quoted."
});
var cellSizeLimit = defineFinding({
  code: "cell_size_limit",
  severity: "error",
  category: "structure",
  title: "A cell is longer than the size limit",
  description: "A single value is longer than the cell size limit, so only its start was kept. Such cells usually come from an unterminated quote or a file built to exhaust memory.",
  fix: `Check the value. If the file is genuine, raise the limit: ${limitHint("maxCellChars")}.`,
  message: ({ limit: limit2, length }) => `This cell has ${length ?? `more than ${limit2}`} characters; only the first ${limit2} were kept.`
});
var columnLimit = defineFinding({
  code: "column_limit",
  severity: "error",
  category: "structure",
  title: "A row has more columns than the limit",
  description: "A row has more cells than the column limit; the cells beyond it were dropped.",
  fix: `Check the delimiter and the row. If the file is genuine, raise the limit: ${limitHint("maxColumns")}.`,
  message: ({ limit: limit2, actual }) => `This row has ${actual ?? `more than ${limit2}`} cells; only the first ${limit2} were kept.`
});
var rowSizeLimit = defineFinding({
  code: "row_size_limit",
  severity: "error",
  category: "structure",
  title: "A row is longer than the size limit",
  description: "The cells of one row together exceed the record size limit, so the rest of the row was cut.",
  fix: `Check the row. If the file is genuine, raise the limit: ${limitHint("maxRecordChars")}.`,
  message: ({ limit: limit2 }) => `This row has more than ${limit2} characters; the rest was cut.`
});
var emptyRecord = defineFinding({
  code: "empty_record",
  severity: "warning",
  category: "structure",
  title: "A row holds a value in only one column",
  description: "All but one cell of the row are empty, as in a pre-numbered line of a form that was never filled in. It is not counted or validated as a record.",
  fix: "Remove unfilled lines before publishing, or fill them in.",
  message: () => "Only one cell of this row has a value; the row was skipped."
});
var lineBreakInCell = defineFinding({
  code: "line_break_in_cell",
  severity: "info",
  category: "structure",
  title: "A cell holds a line break, so its row spans several lines",
  description: "A quoted cell contains a line break, which CSV allows. The row then spans several lines of the file, and from there on the line numbers in this report (lines of the file, as a text editor shows them) run ahead of the row numbers a spreadsheet program shows; samples then give both (`line 3355 (row 1150 in a spreadsheet)`). Reported once per row.",
  fix: "Nothing to fix if the line breaks are part of the values (addresses, narratives). Otherwise replace line breaks inside values with spaces before publishing.",
  message: ({ lines }) => `This row spans ${lines} lines: a cell holds a line break.`
});
var structureFindings = [
  headerOnly,
  emptyRecord,
  blankHeader,
  duplicateHeader,
  headerWhitespace,
  raggedRow,
  titleRow,
  singleColumn,
  blankRows,
  unterminatedQuote,
  strayQuote,
  cellSizeLimit,
  columnLimit,
  rowSizeLimit,
  lineBreakInCell
];

// ../core/dist/findings/values.js
var invalidDate = defineFinding({
  code: "invalid_date",
  severity: "error",
  category: "value",
  title: "A date that could not be read",
  description: "The cell is not a date in any form the validator knows (ISO `2019-06-14`, US `6/14/2019`, `2019/06/14 00:00:00+00`, Excel serial numbers, month names), or it names a day that does not exist.",
  fix: 'Publish dates as YYYY-MM-DD. If the column uses another consistent format, give it in the mapping file (`format: "DD/MM/YYYY"`).',
  message: ({ format, dayFirst }) => format ? `Not a date in the format ${format}.` : dayFirst ? `Not a date if the month comes first, but a date if the day does (${dayFirst}). If the whole column is written day first, its other dates are being read the wrong way round: give this column \`format: "${dayFirst}"\` in a mapping file (policedata map writes one).` : "Not a date."
});
var dateOrderAmbiguous = defineFinding({
  code: "date_order_ambiguous",
  severity: "warning",
  category: "value",
  title: "Every date in a column also reads day first",
  description: "The column writes dates month first with slashes or dashes, and no number in the day or month place is above 12, so every date also reads with the day first (`03/04/2019`: March 4 or 3 April). The validator reads them month first, as US files write them; if the file writes the day first, every date is read wrongly and nothing else shows it.",
  fix: 'Check how the source system writes dates. If the day comes first, give the column that format in the mapping file (`format: "DD/MM/YYYY"`); if the month comes first, nothing to do.',
  message: ({ example, dayFirst }) => dayFirst.includes(", ") ? `Every date also reads day first (${example}); read month first. If the file writes the day first, its dates are in several forms (day first: ${dayFirst}) and a mapping gives one format per column: publish them in one form.` : `Every date also reads day first (${example}); read month first. If the file writes the day first, give this column \`format: "${dayFirst}"\` in a mapping file.`
});
var invalidTime = defineFinding({
  code: "invalid_time",
  severity: "error",
  category: "value",
  title: "A time that could not be read",
  description: "The cell is not a clock time (`21:48`, `9:48 PM`, `2148`, `21:48:00:000`) or names a time that does not exist.",
  fix: "Publish times as 24-hour HH:MM. Give a consistent other format in the mapping file.",
  message: ({ format }) => format ? `Not a time in the format ${format}.` : "Not a time."
});
var invalidDatetime = defineFinding({
  code: "invalid_datetime",
  severity: "error",
  category: "value",
  title: "A date and time that could not be read",
  description: "The cell is not a date with a time of day in any known form.",
  fix: "Publish date-times as YYYY-MM-DDTHH:MM:SS. Give a consistent other format in the mapping file.",
  message: ({ format }) => format ? `Not a date and time in the format ${format}.` : "Not a date and time."
});
var invalidNumber = defineFinding({
  code: "invalid_number",
  severity: "error",
  category: "value",
  title: "A number that could not be read",
  description: "The field holds a number, but the cell is not one (for example `ADULT` in an age column).",
  fix: 'Publish plain numbers. Write values that mean "not recorded" as empty cells, or list them under `missing:` in the mapping file.',
  message: ({ expected }) => `Expected ${expected}.`
});
var invalidBoolean = defineFinding({
  code: "invalid_boolean",
  severity: "error",
  category: "value",
  title: "A yes/no value that could not be read",
  description: "The field is yes or no, but the cell is not one of Yes/No, Y/N, True/False, T/F or 1/0.",
  fix: "Publish yes/no fields as true/false, or list the words your file uses under `true_values:` / `false_values:` in the mapping file.",
  message: () => "Not a yes/no value."
});
var invalidAgeRange = defineFinding({
  code: "invalid_age_range",
  severity: "error",
  category: "value",
  title: "An age range that could not be read",
  description: "The cell is not an age range such as `18-24`, `18 TO 24`, `65+` or `56 and Above`.",
  fix: 'Publish age ranges as LO-HI or LO+; write "not recorded" as an empty cell.',
  message: () => "Not an age range."
});
var unmappedCode = defineFinding({
  code: "unmapped_code",
  severity: "error",
  category: "value",
  title: "A value that is not in the code list",
  description: "The field takes a code from one of the standard's code lists, and the cell is neither a code nor its label, nor in the mapping file's crosswalk. Codes cannot be guessed safely: the same letter means different things in different cities.",
  fix: 'Add the value to the field\'s crosswalk in the mapping file (`values: { "W": white }`), or map it to null if it means "not recorded".',
  message: ({ list, suggestion }) => `Not in the code list "${list}".${suggestion ? ` If it means "${suggestion}", add it to the crosswalk.` : ""}`
});
var missingValueSentinel = defineFinding({
  code: "missing_value_sentinel",
  severity: "info",
  category: "value",
  title: 'A placeholder was read as "not recorded"',
  description: 'The cell holds a placeholder such as NULL, N/A, - or ., which was counted as a missing value. Placeholders make files harder to use than empty cells. (Values a mapping file itself reads as "not recorded", through a crosswalk to null or a column\'s own `missing` list, are not reported.)',
  fix: "Publish missing values as empty cells. If the placeholder is a real value in this file, set `missing:` in the mapping file to the placeholders it does use.",
  message: ({ sentinel }) => `"${sentinel}" was read as "not recorded".`
});
var patternMismatch = defineFinding({
  code: "pattern_mismatch",
  severity: "error",
  category: "value",
  title: "A cell does not have the form the mapping expects",
  description: "The mapping file takes part of this column's cells with a pattern (for example the incident number inside a case number), and this cell does not match it.",
  fix: "Check the cell at the source, or widen the pattern in the mapping file.",
  message: ({ pattern }) => `Does not match the pattern ${pattern}.`
});
var valueFindings = [
  dateOrderAmbiguous,
  patternMismatch,
  invalidDate,
  invalidTime,
  invalidDatetime,
  invalidNumber,
  invalidBoolean,
  invalidAgeRange,
  unmappedCode,
  missingValueSentinel
];

// ../core/dist/findings/catalogue.js
var catalogue = [
  ...privacyFindings,
  ...sourceFindings,
  ...structureFindings,
  ...jsonFindings,
  ...mappingFindings,
  ...valueFindings,
  ...schemaFindings,
  ...datasetFindings
];
var byCode = new Map(catalogue.map((definition) => [definition.code, definition]));
function findingDefinition(code) {
  const definition = byCode.get(code);
  if (!definition)
    throw new Error(`finding code "${code}" is not in the catalogue`);
  return definition;
}

// ../core/dist/findings/collector.js
var MAX_SAMPLE_VALUE = 500;
var CATEGORY_ORDER = [
  "privacy",
  "source",
  "structure",
  "mapping",
  "value",
  "schema",
  "dataset"
];
var DISTINCT_SAMPLES = /* @__PURE__ */ new Set(["value", "mapping"]);
function copyText(text) {
  const short = text.length > MAX_SAMPLE_VALUE ? `${text.slice(0, MAX_SAMPLE_VALUE - 1)}\u2026` : text;
  return ` ${short}`.slice(1);
}
var FindingCollector = class {
  file;
  policy;
  entries = /* @__PURE__ */ new Map();
  /** Rows that span several lines, to give each sample its spreadsheet row (see row-numbers.ts). */
  spans = new SpanningRows();
  constructor(file, policy) {
    this.file = file;
    this.policy = policy;
  }
  /**
   * Codes reported at least once with `stopped: true` (reading stopped there), with the line of the
   * first such report, whatever was sampled or ignored.
   */
  stopping = /* @__PURE__ */ new Map();
  /**
   * Every code reported, ignored ones too, with the line of its first report (0 for none): a limit
   * reached, or reading stopped, is a fact about the report even when its finding is not listed.
   */
  reported = /* @__PURE__ */ new Map();
  report(code, location, params = {}) {
    const definition = findingDefinition(code);
    if (params.stopped === true && !this.stopping.has(code))
      this.stopping.set(code, location.line ?? 0);
    if (!this.reported.has(code))
      this.reported.set(code, location.line ?? 0);
    if (this.policy.ignore.has(code))
      return;
    let entry = this.entries.get(code);
    if (!entry) {
      entry = { count: 0, samples: [], sampled: /* @__PURE__ */ new Set() };
      this.entries.set(code, entry);
    }
    entry.count += 1;
    const key = location.value === void 0 || !DISTINCT_SAMPLES.has(definition.category) ? void 0 : `${location.field ?? location.column}${location.value}`;
    if (entry.samples.length < this.policy.maxSamples && (key === void 0 || !entry.sampled.has(key))) {
      if (key !== void 0)
        entry.sampled.add(key);
      const severity = this.severityOf(code);
      const kept = location.value === void 0 ? location : { ...location, value: copyText(location.value) };
      entry.samples.push({ file: this.file, ...kept, code, severity, params });
    }
  }
  /** The code's severity: the options' override, else the catalogue's. */
  severityOf(code) {
    return this.policy.severity[code] ?? findingDefinition(code).severity;
  }
  isError(code) {
    if (this.policy.ignore.has(code))
      return false;
    return this.severityOf(code) === "error";
  }
  rowSpans(line, lines) {
    this.spans.add(line, lines);
  }
  count(code) {
    return this.entries.get(code)?.count ?? 0;
  }
  /** `{ row }` for a line whose spreadsheet row differs from it (rows above it spanned lines). */
  rowOf(line) {
    if (line === void 0 || line < 1 || this.spans.size === 0)
      return {};
    const row = this.spans.rowOf(line);
    return row === void 0 || row === line ? {} : { row };
  }
  /** Lines named in a finding's params (`firstLine`, `headerLine`) with their rows too, where they differ. */
  withRows(params) {
    if (this.spans.size === 0)
      return params;
    const { firstLine, headerLine } = params;
    const firstRow = typeof firstLine === "number" ? this.rowOf(firstLine).row : void 0;
    const headerRow = typeof headerLine === "number" ? this.rowOf(headerLine).row : void 0;
    if (firstRow === void 0 && headerRow === void 0)
      return params;
    return {
      ...params,
      ...firstRow !== void 0 ? { firstRow } : {},
      ...headerRow !== void 0 ? { headerRow } : {}
    };
  }
  /** Findings grouped by code, errors first, then by count. */
  groups() {
    const order = { error: 0, warning: 1, info: 2 };
    return [...this.entries.entries()].map(([code, entry]) => {
      const definition = findingDefinition(code);
      const severity = this.severityOf(code);
      return {
        code,
        severity,
        category: definition.category,
        title: definition.title,
        fix: definition.fix,
        count: entry.count,
        samples: entry.samples.map(({ code: _code, severity: _severity, params: given, ...location }) => {
          const params = this.withRows(given);
          return { ...location, ...this.rowOf(location.line), params, message: definition.message(params) };
        })
      };
    }).sort((a, b) => order[a.severity] - order[b.severity] || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || b.count - a.count || a.code.localeCompare(b.code));
  }
};

// ../core/dist/mapping/suggest.js
function editDistance(a, b, max = Number.POSITIVE_INFINITY) {
  if (Math.abs(a.length - b.length) > max)
    return max + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max)
      return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
function closest(word, candidates) {
  const target = word.toLowerCase();
  const max = Math.max(1, Math.floor(target.length / 3));
  let best;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase(), max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// ../core/dist/coerce/date-time.js
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var pad = (value, width = 2) => String(value).padStart(width, "0");
var DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1] ?? 0;
}
function validDate(parts) {
  const { year, month, day } = parts;
  if (year === void 0 || month === void 0 || day === void 0)
    return false;
  return year >= 1e3 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function validTime(parts) {
  const { hour, minute, second = 0 } = parts;
  if (hour === void 0 || minute === void 0)
    return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}
function applyMeridiem(hour, meridiem) {
  if (!meridiem)
    return hour;
  if (hour < 1 || hour > 12)
    return void 0;
  const pm = meridiem[0]?.toLowerCase() === "p";
  return hour % 12 + (pm ? 12 : 0);
}
function twoDigitYear(year) {
  return year < 50 ? 2e3 + year : 1900 + year;
}
var TIME_TAIL = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.:]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
var ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME_TAIL}$`);
var YMD_SLASH = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME_TAIL}$`);
var MDY = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})${TIME_TAIL}$`);
var YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
var MONTH_NAME_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
var DAY_MONTH_NAME = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{4}|\d{2})$/;
var EXCEL_SERIAL = /^(\d{4,5})(?:\.(\d+))?$/;
function withTime(parts, g, at) {
  if (!g[at])
    return parts;
  const hour = applyMeridiem(Number(g[at]), g[at + 3] || void 0);
  if (hour === void 0)
    return void 0;
  const result = { ...parts, hour, minute: Number(g[at + 1]), second: Number(g[at + 2] || 0) };
  if (g[at + 4])
    result.offset = g[at + 4];
  return result;
}
function monthIndex(name) {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
function fromExcelSerial(serial) {
  const millis = Math.round((serial - 25569) * 864e5);
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds()
  };
}
var DATE_FAMILIES = [
  "iso",
  "ymd_slash",
  "mdy",
  "ymd_compact",
  "month_name",
  "excel_serial"
];
function groups(pattern, text) {
  const m = pattern.exec(text);
  return m ? Array.from(m, (group) => group ?? "") : void 0;
}
var fullYear = (text) => text.length === 2 ? twoDigitYear(Number(text)) : Number(text);
function dateParts(g, order) {
  const [a, b, c] = [g[1] ?? "", g[2] ?? "", g[3] ?? ""];
  if (order === "ymd")
    return { year: Number(a), month: Number(b), day: Number(c) };
  if (order === "mdy")
    return { year: fullYear(c), month: Number(a), day: Number(b) };
  return { year: fullYear(c), month: Number(b), day: Number(a) };
}
var FAMILY_PARSERS = {
  iso: (text) => {
    const g = groups(ISO, text);
    return g && withTime(dateParts(g, "ymd"), g, 4);
  },
  ymd_slash: (text) => {
    const g = groups(YMD_SLASH, text);
    return g && withTime(dateParts(g, "ymd"), g, 4);
  },
  mdy: (text) => {
    const g = groups(MDY, text);
    return g && withTime(dateParts(g, "mdy"), g, 4);
  },
  dmy: (text) => {
    const g = groups(MDY, text);
    return g && withTime(dateParts(g, "dmy"), g, 4);
  },
  ymd_compact: (text) => {
    const g = groups(YMD_COMPACT, text);
    if (!g)
      return void 0;
    const parts = dateParts(g, "ymd");
    return g[4] ? { ...parts, hour: Number(g[4]), minute: Number(g[5]), second: Number(g[6] || 0) } : parts;
  },
  month_name: (text) => {
    const first = groups(MONTH_NAME_FIRST, text);
    if (first)
      return { year: Number(first[3]), month: monthIndex(first[1] ?? ""), day: Number(first[2]) };
    const g = groups(DAY_MONTH_NAME, text);
    return g && { year: fullYear(g[3] ?? ""), month: monthIndex(g[2] ?? ""), day: Number(g[1]) };
  },
  excel_serial: (text) => {
    const g = groups(EXCEL_SERIAL, text);
    return g && Number(g[1]) >= 1e4 ? fromExcelSerial(Number(text)) : void 0;
  }
};
function parseDateFamily(text, family) {
  const parts = FAMILY_PARSERS[family](text);
  if (!parts || !validDate(parts))
    return void 0;
  if (parts.hour !== void 0 && !validTime(parts))
    return void 0;
  return parts;
}
var formatDate = (p) => `${pad(p.year ?? 0, 4)}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}`;
function formatTime(p) {
  const base = `${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`;
  return p.second ? `${base}:${pad(p.second)}` : base;
}
function formatDateTime(p) {
  const offset = p.offset ? normaliseOffset(p.offset) : "";
  return `${formatDate(p)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}${offset}`;
}
function normaliseOffset(offset) {
  if (offset === "Z")
    return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m)
    return "";
  return m[2] === "00" && (m[3] ?? "00") === "00" ? "Z" : `${m[1]}${m[2]}:${m[3] ?? "00"}`;
}
var CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.:]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?$/;
var HHMM = /^(\d{1,4})(?:\.0+)?$/;
var DAY_FRACTION = /^0?\.\d+$/;
function parseTime(text) {
  const clock = groups(CLOCK, text);
  if (clock) {
    const hour = applyMeridiem(Number(clock[1]), clock[4] || void 0);
    const parts = { hour, minute: Number(clock[2]), second: Number(clock[3] || 0) };
    return hour !== void 0 && validTime(parts) ? parts : void 0;
  }
  const hhmm = groups(HHMM, text);
  if (hhmm) {
    const value = Number(hhmm[1]);
    const parts = { hour: Math.floor(value / 100), minute: value % 100, second: 0 };
    return validTime(parts) ? parts : void 0;
  }
  if (DAY_FRACTION.test(text)) {
    const seconds = Math.round(Number(text) * 86400);
    return { hour: Math.floor(seconds / 3600) % 24, minute: Math.floor(seconds / 60) % 60, second: seconds % 60 };
  }
  for (const family of ["iso", "ymd_slash", "mdy"]) {
    const parts = parseDateFamily(text, family);
    if (parts?.hour !== void 0)
      return parts;
  }
  return void 0;
}

// ../core/dist/coerce/date-format.js
var MONTHS2 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function setTo(parts, key, value) {
  parts[key] = value;
  return value > 0;
}
var num = (key) => (parts, text) => {
  parts[key] = Number(text);
  return true;
};
var TOKENS = [
  ["YYYY", { pattern: "(\\d{4})", set: num("year") }],
  [
    "YY",
    { pattern: "(\\d{2})", set: (p, t) => setTo(p, "year", Number(t) < 50 ? 2e3 + Number(t) : 1900 + Number(t)) }
  ],
  [
    "MMMM",
    {
      pattern: "([A-Za-z]+)",
      set: (p, t) => setTo(p, "month", MONTHS2.indexOf(t.slice(0, 3).toLowerCase()) + 1)
    }
  ],
  ["MMM", { pattern: "([A-Za-z]{3})", set: (p, t) => setTo(p, "month", MONTHS2.indexOf(t.toLowerCase()) + 1) }],
  ["MM", { pattern: "(\\d{2})", set: num("month") }],
  ["M", { pattern: "(\\d{1,2})", set: num("month") }],
  ["DD", { pattern: "(\\d{2})", set: num("day") }],
  ["D", { pattern: "(\\d{1,2})", set: num("day") }],
  ["HH", { pattern: "(\\d{2})", set: num("hour") }],
  ["H", { pattern: "(\\d{1,2})", set: num("hour") }],
  ["hh", { pattern: "(\\d{2})", set: num("hour") }],
  ["h", { pattern: "(\\d{1,2})", set: num("hour") }],
  ["mm", { pattern: "(\\d{2})", set: num("minute") }],
  ["ss", { pattern: "(\\d{2})", set: num("second") }],
  ["SSS", { pattern: "(\\d+)", set: () => true }],
  ["A", { pattern: "([AaPp]\\.?[Mm]\\.?)", set: () => true }],
  [
    "Z",
    {
      pattern: "(Z|[+-]\\d{2}(?::?\\d{2})?)",
      set: (p, t) => {
        p.offset = t;
        return true;
      }
    }
  ]
];
var DateFormatError = class extends Error {
};
var GIVES = {
  YYYY: "year",
  YY: "year",
  MMMM: "month",
  MMM: "month",
  MM: "month",
  M: "month",
  DD: "day",
  D: "day",
  HH: "hour",
  H: "hour",
  hh: "hour",
  h: "hour",
  mm: "minute",
  ss: "second",
  SSS: "fraction of a second",
  A: "AM/PM",
  Z: "time zone"
};
var LITERAL = /^[\s/\-.:,T]$/;
function compileDateFormat(format) {
  if (format === "excel_serial") {
    return { format, parse: (text) => /^\d+(\.\d+)?$/.test(text) ? fromExcelSerial(Number(text)) : void 0 };
  }
  let pattern = "";
  const setters = [];
  let meridiem = -1;
  const given = /* @__PURE__ */ new Map();
  for (let i = 0; i < format.length; ) {
    const match = TOKENS.find(([name]) => format.startsWith(name, i));
    if (match) {
      const [name, token] = match;
      const what = GIVES[name] ?? name;
      const earlier = given.get(what);
      if (earlier !== void 0) {
        throw new DateFormatError(`date format "${format}" gives the ${what} twice ("${earlier}", then "${name}" at position ${i + 1}): write it once`);
      }
      given.set(what, name);
      if (name === "A")
        meridiem = setters.length;
      pattern += token.pattern;
      setters.push(token.set);
      i += name.length;
    } else if (LITERAL.test(format[i] ?? "")) {
      pattern += format[i] === " " ? "\\s+" : `\\${format[i]}`;
      i += 1;
    } else {
      throw new DateFormatError(`unknown character "${format[i]}" at position ${i + 1} of date format "${format}" (use YYYY, MM, DD, HH, hh, mm, ss, A, Z)`);
    }
  }
  const regex = new RegExp(`^${pattern}$`);
  return {
    format,
    parse(text) {
      const m = regex.exec(text.trim());
      if (!m)
        return void 0;
      const parts = {};
      for (let i = 0; i < setters.length; i++)
        if (!setters[i]?.(parts, m[i + 1] ?? ""))
          return void 0;
      if (meridiem >= 0 && parts.hour !== void 0) {
        const pm = (m[meridiem + 1] ?? "")[0]?.toLowerCase() === "p";
        if (parts.hour < 1 || parts.hour > 12)
          return void 0;
        parts.hour = parts.hour % 12 + (pm ? 12 : 0);
      }
      return parts;
    }
  };
}

// ../core/dist/coerce/scalars.js
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "t", "yes", "y", "1", "1.0"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "f", "no", "n", "0", "0.0"]);
function parseBoolean(text, extra) {
  const word = text.trim().toLowerCase();
  if (extra?.trueValues?.some((value) => value.toLowerCase() === word))
    return true;
  if (extra?.falseValues?.some((value) => value.toLowerCase() === word))
    return false;
  if (TRUE_WORDS.has(word))
    return true;
  if (FALSE_WORDS.has(word))
    return false;
  return void 0;
}
var NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
function parseNumber(text) {
  const trimmed = text.trim();
  if (trimmed === "" || !NUMBER.test(trimmed) || trimmed === "." || trimmed === "+" || trimmed === "-")
    return void 0;
  const value = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(value) ? value : void 0;
}
function parseInteger(text) {
  const value = parseNumber(text);
  return value !== void 0 && Number.isInteger(value) ? value : void 0;
}
function parseAgeRange(text) {
  const t = text.trim().toLowerCase().replace(/^[a-z]\s*-\s*(?=\d)/, "");
  const range = /^(\d{1,3})\s*(?:-|to|–)\s*(\d{1,3})$/.exec(t);
  if (range)
    return Number(range[1]) <= Number(range[2]) ? `${Number(range[1])}-${Number(range[2])}` : void 0;
  const andAbove = /^(\d{1,3})\s*(?:\+|and (?:above|over|older)|or (?:above|over|older))$/.exec(t);
  if (andAbove)
    return `${Number(andAbove[1])}+`;
  const over = /^(?:over|above|older than)\s*(\d{1,3})$/.exec(t);
  if (over)
    return `${Number(over[1]) + 1}+`;
  const under = /^(?:under|below|younger than)\s*(\d{1,3})$/.exec(t);
  if (under)
    return `0-${Number(under[1]) - 1}`;
  const decade = /^(\d)0s$/.exec(t);
  if (decade)
    return `${decade[1]}0-${decade[1]}9`;
  return void 0;
}

// ../core/dist/coerce/field-coercer.js
var CoerceFailure = class {
  code;
  params;
  value;
  constructor(code, value, params) {
    this.code = code;
    this.params = params;
    this.value = ` ${value}`.slice(1);
  }
};
var EMPTY = /* @__PURE__ */ Symbol("empty");
var SENTINEL = /* @__PURE__ */ Symbol("sentinel");
var MAPPED_MISSING = /* @__PURE__ */ Symbol("mapped-missing");
function kindOf(field, type = field.type) {
  const definition = field.definition ?? "";
  if (field.codeList || field.enum)
    return "code";
  if (definition.endsWith("#/$defs/datetime"))
    return "datetime";
  if (definition.endsWith("#/$defs/time"))
    return "time";
  if (definition.endsWith("#/$defs/age_range"))
    return "age_range";
  if (field.format === "date" || definition.endsWith("#/$defs/date") || definition.endsWith("#/$defs/date_of_birth")) {
    return "date";
  }
  if (type === "boolean" || type === "integer" || type === "number")
    return type;
  return "string";
}
var lower = (text) => text.trim().toLowerCase();
function codeMatcher(field, options) {
  const known = /* @__PURE__ */ new Map();
  const values = field.codeList?.values ?? field.enum ?? [];
  for (const code of values)
    known.set(lower(code), code);
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {}))
    known.set(lower(entry.label), code);
  for (const [raw, code] of Object.entries(options.values ?? {}))
    known.set(lower(raw), code);
  const aliasHints = /* @__PURE__ */ new Map();
  for (const [code, entry] of Object.entries(field.codeList?.codes ?? {})) {
    for (const alias of entry.aliases)
      if (!aliasHints.has(lower(alias)))
        aliasHints.set(lower(alias), code);
  }
  return (text) => {
    const key = lower(text);
    const code = known.get(key);
    if (code !== void 0)
      return code;
    const suggestion = aliasHints.get(key) ?? closest(key, values);
    return new CoerceFailure("unmapped_code", text, {
      list: field.codeList?.title ?? field.name,
      ...suggestion ? { suggestion } : {}
    });
  };
}
function dateParser(kind, options) {
  const compiled = options.format ? compileDateFormat(options.format) : void 0;
  const order = [...DATE_FAMILIES];
  return (text) => {
    if (compiled)
      return compiled.parse(text);
    if (kind === "time" || options.part === "time")
      return parseTime(text);
    for (let i = 0; i < order.length; i++) {
      const family = order[i];
      const parts = parseDateFamily(text, family);
      if (parts) {
        if (i > 0)
          order.unshift(...order.splice(i, 1));
        return parts;
      }
    }
    return void 0;
  };
}
function createCoercer(field, options) {
  const missing = new Set(options.missing.map(lower));
  const isList = field.type === "array";
  const kind = kindOf(field, isList ? field.itemType : field.type);
  const matchCode = kind === "code" ? codeMatcher(field, options) : void 0;
  const parseDate = kind === "date" || kind === "time" || kind === "datetime" ? dateParser(kind, options) : void 0;
  const wanted = options.part ?? kind;
  const one = (text) => {
    switch (kind) {
      case "code":
        return matchCode(text);
      case "date":
      case "time":
      case "datetime": {
        const parts = parseDate?.(text);
        const ok = parts && (wanted === "time" ? validTime(parts) : validDate(parts) && (wanted !== "datetime" || parts.hour !== void 0));
        if (!ok) {
          if (options.format)
            return new CoerceFailure(`invalid_${kind}`, text, { format: options.format });
          const dayFirst = kind === "date" ? dayFirstFormat(text) : void 0;
          return new CoerceFailure(`invalid_${kind}`, text, dayFirst ? { dayFirst } : {});
        }
        if (kind === "time" || wanted === "time")
          return formatTime(parts);
        return kind === "datetime" ? formatDateTime(parts) : formatDate(parts);
      }
      case "boolean": {
        const value = parseBoolean(text, { trueValues: options.trueValues, falseValues: options.falseValues });
        return value ?? new CoerceFailure("invalid_boolean", text, {});
      }
      case "integer": {
        const value = plainNumber(text, true) ?? parseInteger(text);
        return value ?? new CoerceFailure("invalid_number", text, { expected: "a whole number" });
      }
      case "number": {
        const value = plainNumber(text) ?? parseNumber(text);
        return value ?? new CoerceFailure("invalid_number", text, { expected: "a number" });
      }
      case "age_range":
        return parseAgeRange(text) ?? new CoerceFailure("invalid_age_range", text, {});
      default:
        return text.trim();
    }
  };
  const columnMissing = new Set((options.columnMissing ?? []).map(lower));
  const longestMissing = Math.max(0, ...[...missing, ...columnMissing].map((text) => text.length));
  const emptyCode = kind === "code" && options.values && "" in options.values ? options.values[""] : void 0;
  const compute = (raw) => {
    if (raw instanceof CoerceFailure)
      return raw;
    if (raw === null || raw === void 0)
      return emptyCode === void 0 ? EMPTY : codeValue(emptyCode);
    if (typeof raw === "number" || typeof raw === "boolean") {
      if (kind === "integer" || kind === "number" || kind === "boolean")
        return raw;
    }
    const text = typeof raw === "string" ? raw : String(raw);
    const trimmed = text.trim();
    if (trimmed === "")
      return emptyCode === void 0 ? EMPTY : codeValue(emptyCode);
    if (trimmed.length <= longestMissing) {
      const key = trimmed.toLowerCase();
      if (columnMissing.has(key))
        return MAPPED_MISSING;
      if (missing.has(key))
        return SENTINEL;
    }
    if (!isList) {
      const value = one(trimmed);
      if (value === null)
        return MAPPED_MISSING;
      return Array.isArray(value) && value.length === 1 ? value[0] : value;
    }
    const items = [];
    for (const part of jsonList(trimmed) ?? trimmed.split(options.separator ?? LIST_SEPARATOR)) {
      const item = part.trim();
      if (item === "" || missing.has(item.toLowerCase()) || columnMissing.has(item.toLowerCase()))
        continue;
      const value = one(item);
      if (value instanceof CoerceFailure)
        return value;
      for (const code of Array.isArray(value) ? value : [value])
        if (code !== null && !items.includes(code))
          items.push(code);
    }
    return items.length > 0 ? items : MAPPED_MISSING;
  };
  const codeValue = (code) => {
    if (code === null)
      return MAPPED_MISSING;
    const codes = Array.isArray(code) ? code : [code];
    return isList ? codes : codes[0];
  };
  if (kind === "string")
    return { field, apply: compute };
  const memo = /* @__PURE__ */ new Map();
  let lookups = 0;
  let hits = 0;
  let useMemo = true;
  return {
    field,
    apply(raw) {
      if (!useMemo || typeof raw !== "string")
        return compute(raw);
      let result = memo.get(raw);
      if (result === void 0) {
        result = compute(raw);
        if (memo.size < MEMO_LIMIT)
          memo.set(` ${raw}`.slice(1), result);
      } else
        hits += 1;
      lookups += 1;
      if (lookups === MEMO_TRIAL && hits < MEMO_TRIAL / 2) {
        useMemo = false;
        memo.clear();
      }
      return result;
    }
  };
}
function dayFirstFormat(text) {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?=$|[ T])/.exec(text);
  if (!match)
    return void 0;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  if (day <= 12 || month < 1 || month > 12)
    return void 0;
  if (!validDate({ year: (match[4] ?? "").length === 2 ? 2e3 + year : year, month, day }))
    return void 0;
  const sep = match[2] ?? "/";
  const date = `DD${sep}MM${sep}${(match[4] ?? "").length === 2 ? "YY" : "YYYY"}`;
  const rest = text.slice(match[0].length);
  if (rest === "")
    return date;
  const time = /^([ T])\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?$/.exec(rest);
  if (!time)
    return void 0;
  const clock = `${time[3] ? "h" : "HH"}:mm${time[2] ? ":ss" : ""}${time[3] ? " A" : ""}`;
  return `${date}${time[1]}${clock}`;
}
function jsonList(text) {
  if (text.charCodeAt(0) !== 91 || text.charCodeAt(text.length - 1) !== 93)
    return void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!Array.isArray(parsed))
    return void 0;
  const items = [];
  for (const item of parsed) {
    if (item === null)
      continue;
    if (typeof item === "object")
      return void 0;
    items.push(String(item));
  }
  return items;
}
function plainNumber(text, whole = false) {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = i;
  while (i < text.length && isDigit(text.charCodeAt(i)))
    i++;
  if (i === digitsFrom)
    return void 0;
  if (i < text.length) {
    if (whole || text.charCodeAt(i) !== 46 || i === text.length - 1)
      return void 0;
    for (i++; i < text.length; i++)
      if (!isDigit(text.charCodeAt(i)))
        return void 0;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : void 0;
}
var isDigit = (code) => code >= 48 && code <= 57;
var MEMO_LIMIT = 4096;
var MEMO_TRIAL = 8192;

// ../core/dist/mapping/header-match.js
function normaliseName(name) {
  return name.normalize("NFKD").replace(/[\u0300-\u036f\uFEFF]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
}
var LEVEL_RANK = { required: 0, recommended: 1, optional: 2 };
function rank(candidate) {
  const raw = candidate.field.name.endsWith("_raw") ? 1 : 0;
  return (candidate.reason === "field_name" ? 0 : 10) + LEVEL_RANK[candidate.field.level] * 2 + raw;
}
function indexFields(fields) {
  const exact = /* @__PURE__ */ new Map();
  const keys = [];
  const add = (key, field, reason) => {
    if (!key)
      return;
    const list = exact.get(key) ?? [];
    if (!list.some((c) => c.field.name === field.name))
      list.push({ field, reason, key });
    exact.set(key, list);
    keys.push({ key, field });
  };
  for (const field of fields) {
    add(normaliseName(field.name), field, "field_name");
    for (const alias of field.aliases)
      add(normaliseName(alias), field, "alias");
  }
  for (const list of exact.values())
    list.sort((a, b) => rank(a) - rank(b));
  return { exact, keys };
}
function matchHeaders(header, index, options = {}) {
  const taken = new Set(options.taken ?? []);
  const matches = [];
  const pending = [];
  header.forEach((name, column) => {
    const key = normaliseName(name);
    const candidate = (index.exact.get(key) ?? []).find((c) => !taken.has(c.field.name));
    if (!candidate) {
      pending.push(column);
      return;
    }
    taken.add(candidate.field.name);
    matches.push({ column, header: name, field: candidate.field.name, reason: candidate.reason });
  });
  if (options.fuzzy !== false) {
    for (const column of pending) {
      const name = header[column] ?? "";
      const key = normaliseName(name);
      if (key.length < 5)
        continue;
      let best;
      for (const entry of index.keys) {
        if (taken.has(entry.field.name) || entry.field.name.endsWith("_raw") || entry.key.length < 5)
          continue;
        const max = key.length >= 10 ? 2 : 1;
        const distance = editDistance(key, entry.key, max);
        if (distance <= max && (!best || distance < best.distance))
          best = { field: entry.field, key: entry.key, distance };
      }
      if (best) {
        taken.add(best.field.name);
        matches.push({ column, header: name, field: best.field.name, reason: "fuzzy", matched: best.key });
      }
    }
  }
  return matches.sort((a, b) => a.column - b.column);
}

// ../core/dist/mapping/plan.js
function withPattern(read, pattern) {
  if (!pattern)
    return read;
  const regex = new RegExp(pattern);
  return (cells) => {
    const cell = read(cells);
    if (cell === null || cell === void 0 || cell === "")
      return cell;
    const text = String(cell);
    const match = regex.exec(text);
    return match ? match[1] ?? "" : new CoerceFailure("pattern_mismatch", text, { pattern });
  };
}
var DEFAULT_MISSING_VALUES = ["NULL", "N/A", "#N/A", "-", "--", "."];
function columnFinder(header) {
  const exact = /* @__PURE__ */ new Map();
  const loose = /* @__PURE__ */ new Map();
  header.forEach((name, index) => {
    if (!exact.has(name))
      exact.set(name, index);
    const key = normaliseName(name);
    if (!loose.has(key))
      loose.set(key, index);
  });
  return (name) => exact.get(name) ?? loose.get(normaliseName(name));
}
var pad2 = (text) => /^\d$/.test(text) ? `0${text}` : text;
function buildPlan(header, type, mapping) {
  const fields = registry.listFields(type);
  const byName = new Map(fields.map((field) => [field.name, field]));
  const find = columnFinder(header);
  const sources = [];
  const notFound = [];
  const used = /* @__PURE__ */ new Set();
  const missing = mapping?.missing ?? DEFAULT_MISSING_VALUES;
  const options = (source, field) => {
    const opts = { missing };
    if (source.missing)
      opts.columnMissing = source.missing;
    if (source.values)
      opts.values = source.values;
    if (source.separator)
      opts.separator = source.separator;
    if (source.part)
      opts.part = source.part;
    if (source.true_values)
      opts.trueValues = source.true_values;
    if (source.false_values)
      opts.falseValues = source.false_values;
    if (source.format)
      opts.format = source.format;
    const isDate = field.format === "date" || /#\/\$defs\/(date|datetime|date_of_birth)$/.test(field.definition ?? "");
    if (!opts.format && isDate && mapping?.date_format && opts.part !== "time")
      opts.format = mapping.date_format;
    return opts;
  };
  let namedColumns = 0;
  const locate = (field, column) => {
    namedColumns += 1;
    const index = find(column);
    if (index === void 0) {
      const suggestion = closest(column, header);
      notFound.push({ field, column, ...suggestion ? { suggestion } : {} });
    } else
      used.add(index);
    return index;
  };
  const isMissing = (cell, extra = []) => {
    if (cell === null || cell === void 0)
      return true;
    const text = String(cell).trim().toLowerCase();
    return text === "" || missing.some((m) => m.toLowerCase() === text) || extra.some((m) => m.toLowerCase() === text);
  };
  for (const [name, source] of Object.entries(mapping?.fields ?? {})) {
    const field = byName.get(name);
    if (!field)
      continue;
    if (typeof source === "string" || "column" in source) {
      const column = typeof source === "string" ? source : source.column;
      const index = locate(name, column);
      if (index === void 0)
        continue;
      const opts = typeof source === "string" ? options({}, field) : options(source, field);
      const pattern = typeof source === "string" ? void 0 : source.pattern;
      const read = withPattern((cells) => cells[index], pattern);
      sources.push({
        field,
        origin: "mapping",
        columns: [index],
        read,
        ...pattern ? {} : { column: index },
        coercer: createCoercer(field, opts)
      });
    } else if ("value" in source) {
      const value = source.value;
      sources.push({
        field,
        origin: "constant",
        columns: [],
        read: () => value,
        coercer: createCoercer(field, { missing: [] })
      });
    } else if ("columns" in source) {
      const indexes = source.columns.map((column) => locate(name, column));
      if (indexes.some((index) => index === void 0))
        continue;
      const join = source.join ?? " ";
      const cols = indexes;
      const extra = source.missing ?? [];
      const joined = (cells) => cols.map((index) => cells[index]).filter((cell) => !isMissing(cell, extra)).join(join);
      const read = withPattern(joined, source.pattern);
      sources.push({
        field,
        origin: "mapping",
        columns: cols,
        read,
        coercer: createCoercer(field, options(source, field))
      });
    } else if ("flags" in source) {
      const flags = Object.entries(source.flags).map(([column, code]) => [locate(name, column), code]);
      if (flags.some(([index]) => index === void 0))
        continue;
      const truthy = /* @__PURE__ */ new Set(["x", "checked", ...(source.true_values ?? []).map((v) => v.toLowerCase())]);
      const read = (cells) => {
        const codes = [];
        for (const [index, code] of flags) {
          const cell = cells[index];
          if (cell === true) {
            if (!codes.includes(code))
              codes.push(code);
            continue;
          }
          if (cell === false || isMissing(cell))
            continue;
          const text = String(cell).trim();
          const lower2 = text.toLowerCase();
          const yes = truthy.has(lower2) || parseBoolean(lower2);
          if (yes === true) {
            if (!codes.includes(code))
              codes.push(code);
          } else if (yes === void 0) {
            return new CoerceFailure("invalid_boolean", text, {});
          }
        }
        return codes.join(";");
      };
      const columns = flags.map(([index]) => index);
      sources.push({
        field,
        origin: "mapping",
        columns,
        read,
        coercer: createCoercer(field, { missing: [], separator: ";" })
      });
    } else {
      const { year, month, day } = source.parts;
      const [y, m, d] = [locate(name, year), locate(name, month), locate(name, day)];
      if (y === void 0 || m === void 0 || d === void 0)
        continue;
      const read = (cells) => {
        const [yy, mm, dd] = [cells[y], cells[m], cells[d]].map((cell) => String(cell ?? "").trim());
        if (!yy || !mm || !dd)
          return "";
        return /^\d+$/.test(mm ?? "") ? `${yy}-${pad2(mm ?? "")}-${pad2(dd ?? "")}` : `${mm} ${dd}, ${yy}`;
      };
      sources.push({ field, origin: "mapping", columns: [y, m, d], read, coercer: createCoercer(field, { missing }) });
    }
  }
  const taken = /* @__PURE__ */ new Set([...sources.map((source) => source.field.name), ...Object.keys(mapping?.fields ?? {})]);
  const ignored = new Set((mapping?.ignore ?? []).map((name) => find(name)).filter((i) => i !== void 0));
  header.forEach((name, index) => {
    if (/^raw_[a-z0-9_]+$/.test(name) && !used.has(index))
      ignored.add(index);
  });
  const openHeader = header.map((name, index) => used.has(index) || ignored.has(index) ? "" : name);
  const matches = matchHeaders(openHeader, indexFields(fields), { taken }).filter((match) => match.header !== "");
  for (const match of matches) {
    const field = byName.get(match.field);
    used.add(match.column);
    const index = match.column;
    sources.push({
      field,
      origin: match.reason,
      columns: [index],
      read: (cells) => cells[index],
      column: index,
      coercer: createCoercer(field, { missing })
    });
  }
  for (const source of [...sources]) {
    const raw = byName.get(`${source.field.name}_raw`);
    if (!raw || sources.some((s) => s.field === raw) || source.columns.length !== 1)
      continue;
    sources.push({
      field: raw,
      origin: "raw_of",
      columns: source.columns,
      read: source.read,
      ...source.column !== void 0 ? { column: source.column } : {},
      coercer: createCoercer(raw, { missing: [] })
    });
  }
  const order = new Map(fields.map((field, index) => [field.name, index]));
  sources.sort((a, b) => (order.get(a.field.name) ?? 0) - (order.get(b.field.name) ?? 0));
  const unmapped = header.map((name, column) => ({ column, header: name, acknowledged: ignored.has(column) })).filter((entry) => !used.has(entry.column));
  const rowIdColumns = (mapping?.row_id_columns ?? []).map((name) => locate("row_id_columns", name)).filter((i) => i !== void 0);
  return { type, fields, sources, unmapped, notFound, namedColumns, matches, rowIdColumns };
}

// ../core/dist/read/csv-tokenizer.js
var LF = 10;
var CR = 13;
var FIELD_START = 0;
var UNQUOTED = 1;
var QUOTED = 2;
var AFTER_QUOTE = 3;
var CsvTokenizer = class {
  onRow;
  onIssue;
  /** Physical line the tokenizer is on (1-based). */
  line = 1;
  /** Row terminators seen outside quotes, for line-ending detection. */
  endings = { lf: 0, crlf: 0, cr: 0 };
  d;
  q;
  qStr;
  maxCell;
  maxCols;
  maxRow;
  state = FIELD_START;
  carry = "";
  /** Cell text gathered so far when a cell spans chunks or contains escaped quotes. */
  cell = "";
  cellChars = 0;
  cellLine = 1;
  quoteLine = 1;
  row = [];
  rowLine = 1;
  rowChars = 0;
  dropped = 0;
  rowTruncated = false;
  strayInCell = false;
  /** 1-based column of the row's first cell holding a line break (0: none yet). */
  breakColumn = 0;
  constructor(options, onRow, onIssue) {
    this.onRow = onRow;
    this.onIssue = onIssue;
    if (options.delimiter.length !== 1)
      throw new Error("delimiter must be one character");
    if (options.quote.length > 1)
      throw new Error("quote must be one character or empty");
    if (options.quote === options.delimiter)
      throw new Error("quote and delimiter must differ");
    if (/[\r\n]/.test(options.delimiter + options.quote))
      throw new Error("delimiter and quote cannot be line breaks");
    this.d = options.delimiter.charCodeAt(0);
    this.q = options.quote === "" ? -1 : options.quote.charCodeAt(0);
    this.qStr = options.quote;
    this.maxCell = options.maxCellChars;
    this.maxCols = options.maxColumns;
    this.maxRow = options.maxRowChars ?? Number.POSITIVE_INFINITY;
    const first = options.firstLine ?? 1;
    this.line = this.rowLine = this.cellLine = this.quoteLine = first;
  }
  /**
   * True when everything pushed so far ended a row: no cell, quote or line break is pending. Text
   * cut at such a point can be tokenized in separate pieces with the same result.
   */
  get atRowStart() {
    return this.state === FIELD_START && this.carry === "" && this.row.length + this.dropped === 0 && this.cellChars === 0;
  }
  /**
   * Continues on `line`, as though the text before it had been pushed: for a reader that hands over
   * only some rows of a text (see FastRows). Only at the start of a row.
   */
  moveTo(line) {
    if (!this.atRowStart)
      throw new Error("CsvTokenizer.moveTo: not at the start of a row");
    this.line = this.rowLine = this.cellLine = this.quoteLine = line;
  }
  push(text) {
    if (text.length === 0)
      return;
    const s = this.carry === "" ? text : this.carry + text;
    this.carry = "";
    this.run(s, false);
  }
  end() {
    const s = this.carry;
    this.carry = "";
    if (s !== "")
      this.run(s, true);
    const unterminated = this.state === QUOTED;
    if (unterminated) {
      this.onIssue({ code: "unterminated_quote", line: this.quoteLine, column: this.row.length + this.dropped + 1 });
    } else if (this.state === FIELD_START && this.row.length + this.dropped === 0) {
      return;
    }
    this.finishCell(this.cell);
    this.endRow(unterminated ? this.quoteLine : this.line);
    this.state = FIELD_START;
  }
  run(s, final) {
    const n = s.length;
    const D = this.d;
    const Q = this.q;
    let i = 0;
    let nl = -1;
    let ncr = -1;
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START) {
        this.cellLine = this.line;
        if (s.charCodeAt(i) === Q) {
          this.state = QUOTED;
          this.quoteLine = this.line;
          i++;
          continue;
        }
        this.state = UNQUOTED;
      }
      if (state === QUOTED) {
        let q = Q < 0 ? -1 : s.indexOf(this.qStr, i);
        if (q === -1)
          q = n;
        const undecided = q === n || q === n - 1 && !final;
        let end = q;
        if (q === n && !final && s.charCodeAt(n - 1) === CR)
          end = n - 1;
        if (nl < i)
          nl = indexOrEnd(s, "\n", i);
        while (nl < end) {
          this.line++;
          nl = indexOrEnd(s, "\n", nl + 1);
        }
        if (ncr < i)
          ncr = indexOrEnd(s, "\r", i);
        while (ncr < end) {
          if (s.charCodeAt(ncr + 1) !== LF)
            this.line++;
          ncr = indexOrEnd(s, "\r", ncr + 1);
        }
        if (this.breakColumn === 0 && this.line > this.rowLine)
          this.breakColumn = this.row.length + this.dropped + 1;
        if (undecided) {
          this.append(s, i, end);
          if (end < n)
            this.carry = s.slice(end);
          return;
        }
        if (s.charCodeAt(q + 1) === Q) {
          this.append(s, i, q + 1);
          i = q + 2;
        } else {
          this.append(s, i, q);
          this.state = AFTER_QUOTE;
          i = q + 1;
        }
        continue;
      }
      if (state === AFTER_QUOTE) {
        const first = s.charCodeAt(i);
        if (first !== D && first !== LF && first !== CR) {
          this.strayQuote("after");
          this.state = UNQUOTED;
        }
      }
      let j = i;
      let c = 0;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c === D || c === LF || c === CR)
          break;
        if (c === Q && !this.strayInCell)
          this.strayQuote("inside");
      }
      if (j === n || c === CR && j === n - 1 && !final) {
        this.append(s, i, j);
        if (j < n)
          this.carry = "\r";
        return;
      }
      if (this.cell === "" && this.cellChars === 0 && j - i <= this.maxCell && j - i <= this.maxRow - this.rowChars) {
        this.finishCell(s.slice(i, j));
      } else {
        this.append(s, i, j);
        this.finishCell(this.cell);
      }
      this.state = FIELD_START;
      if (c === D) {
        i = j + 1;
        continue;
      }
      this.endRow();
      if (c === CR && s.charCodeAt(j + 1) === LF) {
        this.endings.crlf++;
        i = j + 2;
      } else {
        if (c === CR)
          this.endings.cr++;
        else
          this.endings.lf++;
        i = j + 1;
      }
      this.line++;
      this.rowLine = this.line;
    }
  }
  /** Adds s[from, to) to the current cell, keeping at most the cell and row budgets. */
  append(s, from, to) {
    const len = to - from;
    if (len === 0)
      return;
    const kept = this.cell.length;
    this.cellChars += len;
    const room = Math.min(this.maxCell, this.maxRow - this.rowChars) - kept;
    if (room <= 0)
      return;
    this.cell += len <= room ? s.slice(from, to) : s.slice(from, from + room);
  }
  finishCell(value) {
    const column = this.row.length + this.dropped + 1;
    const length = Math.max(this.cellChars, value.length);
    if (length > value.length) {
      if (value.length < this.maxCell && !this.rowTruncated) {
        this.rowTruncated = true;
        this.onIssue({ code: "row_size_limit", line: this.rowLine, column, params: { limit: this.maxRow } });
      } else if (value.length >= this.maxCell) {
        this.onIssue({ code: "cell_size_limit", line: this.cellLine, column, params: { limit: this.maxCell, length } });
      }
    }
    if (this.row.length < this.maxCols) {
      this.row.push(value);
      this.rowChars += value.length;
    } else {
      this.dropped++;
    }
    this.cell = "";
    this.cellChars = 0;
    this.strayInCell = false;
  }
  /** Ends the row in progress; `lastLine` is the last line its cells spanned. */
  endRow(lastLine = this.line) {
    const row = this.row;
    if (this.dropped > 0) {
      const actual = row.length + this.dropped;
      this.onIssue({ code: "column_limit", line: this.rowLine, params: { limit: this.maxCols, actual } });
    }
    if (lastLine > this.rowLine) {
      this.onIssue({
        code: "line_break_in_cell",
        line: this.rowLine,
        ...this.breakColumn > 0 ? { column: this.breakColumn } : {},
        params: { lines: lastLine - this.rowLine + 1 }
      });
    }
    this.breakColumn = 0;
    this.row = [];
    this.dropped = 0;
    this.rowChars = 0;
    this.rowTruncated = false;
    this.onRow(row, this.rowLine);
  }
  strayQuote(where) {
    this.strayInCell = true;
    this.onIssue({
      code: "stray_quote",
      line: this.line,
      column: this.row.length + this.dropped + 1,
      params: { where }
    });
  }
};
function indexOrEnd(s, ch, from) {
  const at = s.indexOf(ch, from);
  return at === -1 ? s.length : at;
}

// ../core/dist/read/dialect.js
function isBlank(cells) {
  for (const cell of cells)
    if (cell !== "")
      return false;
  return true;
}

// ../core/dist/read/line-breaks.js
function lineBreakAt(text, from = 0) {
  const lf = text.indexOf("\n", from);
  const cr = text.indexOf("\r", from);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}
function lineEnd(text) {
  return text.slice(Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r")) + 1);
}
function lineStart(text) {
  const at = lineBreakAt(text);
  return at === -1 ? text : text.slice(0, at);
}

// ../core/dist/read/row-pump.js
var RowPump = class {
  input;
  sink;
  file;
  /** Takes each row, with whether it holds invalid bytes (reported as invalid_utf8). */
  onRow = () => {
  };
  tokenizer;
  held = [];
  names = [];
  ended = false;
  badLine = 0;
  /** The end of the text pushed so far, on its last line (context for invalid bytes). */
  tail = "";
  /** An invalid-bytes finding whose context may continue in the next chunk. */
  waiting;
  /**
   * `input` is the text still to read (undefined when all of it is pushed by hand); `firstLine` is
   * the physical line the text starts on, for a part of a file.
   */
  constructor(input, dialect, limits, sink, file, firstLine = 1) {
    this.input = input;
    this.sink = sink;
    this.file = file;
    const { delimiter, quote } = dialect;
    const { maxCellChars, maxColumns, maxRecordChars: maxRowChars } = limits;
    this.tokenizer = new CsvTokenizer(
      { delimiter, quote, maxCellChars, maxColumns, maxRowChars, firstLine },
      // The last line with invalid bytes is within the row when it is not before the row's start:
      // a row is handed over before the text after it is pushed.
      (cells, line) => this.onRow(cells, line, this.badLine >= line),
      (issue) => this.held ? this.held.push(issue) : this.report(issue)
    );
  }
  /** The physical line the tokenizer has reached. */
  get line() {
    return this.tokenizer.line;
  }
  /** Invalid bytes were pushed whose context waits for the next chunk: push it here too. */
  get awaitsContext() {
    return this.waiting !== void 0;
  }
  /** Everything pushed so far ended a row (see CsvTokenizer.atRowStart). */
  get atRowStart() {
    return this.tokenizer.atRowStart;
  }
  /** Continues on `line` (see CsvTokenizer.moveTo); only at the start of a row. */
  moveTo(line) {
    this.tokenizer.moveTo(line);
  }
  /**
   * Pushes text a line at a time until the reader stands at the start of a row; returns the text
   * after that point, or undefined when all of it was pushed first. After `maxLines` lines (a cell
   * of many line breaks, a quote never closed) the rest is pushed whole.
   */
  pushToRowStart(text, maxLines = Number.POSITIVE_INFINITY) {
    let from = 0;
    let lines = 0;
    for (let feed = text.indexOf("\n"); feed !== -1 && lines < maxLines; feed = text.indexOf("\n", feed + 1)) {
      this.push(text.slice(from, feed + 1));
      from = feed + 1;
      lines++;
      if (this.atRowStart)
        return text.slice(from);
    }
    this.push(text.slice(from));
    return void 0;
  }
  /** Feeds the next chunk; false once the input is finished and the tokenizer flushed. */
  async pull() {
    if (this.ended)
      return false;
    const next = this.input === void 0 ? void 0 : await this.input.next();
    if (next === void 0 || next.done) {
      this.finish();
      return false;
    }
    this.push(next.value);
    return true;
  }
  /** The text has ended: the row in progress (if any) is complete. */
  finish() {
    if (this.ended)
      return;
    this.ended = true;
    this.flushWaiting();
    this.tokenizer.end();
  }
  /**
   * Text decoded as UTF-8 shows invalid bytes as U+FFFD. A chunk holding one is pushed in parts,
   * split there, so the tokenizer's line counter says where it is; reported once per line, with up
   * to CONTEXT characters either side on the same line, whichever chunks they arrive in (so the
   * finding is the same however the text is cut).
   */
  push(chunk) {
    if (this.waiting)
      this.complete(chunk);
    let at = chunk.indexOf("\uFFFD");
    let from = 0;
    while (at !== -1) {
      this.tokenizer.push(chunk.slice(from, at + 1));
      from = at + 1;
      if (this.tokenizer.line !== this.badLine) {
        this.badLine = this.tokenizer.line;
        const before = lineEnd(this.tail + chunk.slice(Math.max(0, at - CONTEXT), at)).slice(-CONTEXT);
        const after = lineStart(chunk.slice(at, at + CONTEXT));
        this.waiting = { line: this.badLine, value: before + after, need: CONTEXT - after.length };
        if (after.length === CONTEXT || at + after.length < chunk.length)
          this.flushWaiting();
      }
      const end = lineBreakAt(chunk, at);
      at = end === -1 ? -1 : chunk.indexOf("\uFFFD", end);
    }
    this.tokenizer.push(chunk.slice(from));
    this.tail = lineEnd(this.tail + chunk.slice(-CONTEXT)).slice(-CONTEXT);
  }
  /** Adds the start of the next chunk to a bad line's context that reached the end of a chunk. */
  complete(chunk) {
    const waiting = this.waiting;
    const more = lineStart(chunk.slice(0, waiting.need));
    waiting.value += more;
    waiting.need -= more.length;
    if (waiting.need === 0 || more.length < chunk.length)
      this.flushWaiting();
  }
  flushWaiting() {
    if (!this.waiting)
      return;
    const { line, value } = this.waiting;
    this.waiting = void 0;
    this.sink.report("invalid_utf8", { file: this.file, line, value });
  }
  /** The header is known: report held issues with column names, and later ones as they come. */
  releaseIssues(names) {
    this.names = names;
    const held = this.held ?? [];
    this.held = void 0;
    for (const issue of held)
      this.report(issue);
  }
  report({ code, line, column, params }) {
    if (code === "line_break_in_cell")
      this.sink.rowSpans?.(line, Number(params?.lines ?? 1));
    const name = column === void 0 ? void 0 : this.names[column - 1] ?? `column_${column}`;
    this.sink.report(code, { file: this.file, line, ...name ? { column: name } : {} }, params);
  }
};
var CONTEXT = 20;

// ../core/dist/read/csv-reader.js
var SAMPLE_CHARS = 64 * 1024;
var DataRowFilter = class {
  width;
  sink;
  file;
  /** Data rows accepted so far. */
  rows = 0;
  /** A row holding invalid bytes counts as a row with an error while invalid_utf8 is an error. */
  damagedIsError;
  constructor(width, sink, file) {
    this.width = width;
    this.sink = sink;
    this.file = file;
    this.damagedIsError = sink.isError?.("invalid_utf8") ?? true;
  }
  /**
   * Reports what is wrong with the row; returns the data row to validate (flawed when ragged or
   * `damaged`: holding invalid bytes), or undefined for a blank line.
   */
  row(cells, line, damaged = false) {
    if (cells[0] === "" && isBlank(cells)) {
      this.sink.report("blank_rows", { file: this.file, line });
      return void 0;
    }
    this.rows++;
    if (cells.length !== this.width) {
      this.sink.report("ragged_row", { file: this.file, line }, { expected: this.width, actual: cells.length });
      return { line, cells, flawed: true };
    }
    return damaged && this.damagedIsError ? { line, cells, flawed: true } : { line, cells };
  }
};

// ../core/dist/validate/seen-set.js
var SEPARATOR = 31;
var Hasher = class {
  a = 0;
  b = 0;
  /** The last cell's own hash, set by `cell`. */
  cellA = 0;
  cellB = 0;
  reset() {
    this.a = 2166136261;
    this.b = 16777619 ^ 1540483477;
  }
  /** Folds the text in as the next cell. */
  feed(text) {
    this.cell(text, 0, text.length);
    this.mix(this.cellA, this.cellB);
  }
  /**
   * Hashes `s[from, to)` as a cell of its own, into `cellA` and `cellB`. With `words`, also writes
   * the text there as the words hashed (two characters each, the last maybe one), to compare texts
   * without reading them again (see FastRows).
   */
  cell(s, from, to, words) {
    let a = 2538058380;
    let b = 1540483477;
    let i = from;
    let w = 0;
    for (; i + 1 < to; i += 2) {
      const word = s.charCodeAt(i) | s.charCodeAt(i + 1) << 16;
      if (words !== void 0)
        words[w++] = word;
      a = Math.imul(a ^ word, 16777619);
      a ^= a >>> 13;
      b = Math.imul(b ^ word, 1540483477);
      b ^= b >>> 15;
    }
    if (i < to) {
      const c = s.charCodeAt(i);
      if (words !== void 0)
        words[w] = c;
      a = Math.imul(a ^ c, 16777619);
      a ^= a >>> 13;
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
    }
    const end = SEPARATOR ^ to - from << 8;
    a = Math.imul(a ^ end, 16777619);
    b = Math.imul(b ^ end, 1540483477);
    this.cellA = a ^ a >>> 16;
    this.cellB = b ^ b >>> 13;
  }
  /** Folds in the next cell's own hash. */
  mix(cellA, cellB) {
    const a = Math.imul(this.a ^ cellA, 16777619);
    const b = Math.imul(this.b ^ cellB, 1540483477);
    this.a = a ^ a >>> 13;
    this.b = b ^ b >>> 15;
  }
};
var cellText = (cell) => typeof cell === "string" ? cell : cell === null || cell === void 0 ? "" : String(cell);
function hashValues(hasher, values) {
  hasher.reset();
  for (let i = 0; i < values.length; i++)
    hasher.feed(cellText(values[i]));
  hasher.a >>>= 0;
  hasher.b = (hasher.b | 1) >>> 0;
}

// ../core/dist/validate/duplicates.js
function keyText(parts) {
  if (parts.length === 1)
    return typeof parts[0] === "string" ? parts[0] : String(parts[0]);
  return parts.map(String).join(", ");
}
function grow(array, needed) {
  if (needed <= array.length)
    return array;
  const bigger = new array.constructor(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
var RecordingDuplicateCheck = class {
  hasher = new Hasher();
  keyHashes = new Uint32Array(3 * 1024);
  keyEnds = new Uint32Array(1024);
  keyCounted = new Uint8Array(1024);
  keyParts = [];
  keyLength = 0;
  keyCount = 0;
  rowHashes = new Uint32Array(3 * 1024);
  rowCount = 0;
  /** Nothing recorded yet. */
  get empty() {
    return this.keyCount === 0 && this.rowCount === 0;
  }
  key(parts, line, counted = false) {
    hashValues(this.hasher, parts);
    this.keyHashes = grow(this.keyHashes, (this.keyCount + 1) * 3);
    const at = this.keyCount * 3;
    this.keyHashes[at] = this.hasher.a;
    this.keyHashes[at + 1] = this.hasher.b;
    this.keyHashes[at + 2] = line;
    const text = keyText(parts);
    this.keyParts.push(text);
    this.keyLength += text.length;
    this.keyEnds = grow(this.keyEnds, this.keyCount + 1);
    this.keyEnds[this.keyCount] = this.keyLength;
    this.keyCounted = grow(this.keyCounted, this.keyCount + 1);
    this.keyCounted[this.keyCount] = counted ? 1 : 0;
    this.keyCount += 1;
  }
  row(cells, line) {
    hashValues(this.hasher, cells);
    this.rowHash(this.hasher.a, this.hasher.b, line);
  }
  /** Records a row whose hash was computed elsewhere (see FastRows): the same as `row` on its cells. */
  rowHash(a, b, line) {
    this.rowHashes = grow(this.rowHashes, (this.rowCount + 1) * 3);
    const at = this.rowCount * 3;
    this.rowHashes[at] = a;
    this.rowHashes[at + 1] = b;
    this.rowHashes[at + 2] = line;
    this.rowCount += 1;
  }
  take() {
    return {
      keyHashes: this.keyHashes.slice(0, this.keyCount * 3),
      keyCount: this.keyCount,
      keyText: this.keyParts.join(""),
      keyEnds: this.keyEnds.slice(0, this.keyCount),
      keyCounted: this.keyCounted.slice(0, this.keyCount),
      rowHashes: this.rowHashes.slice(0, this.rowCount * 3),
      rowCount: this.rowCount
    };
  }
};

// ../core/dist/coerce/date-shape.js
var EXCEL_SERIAL2 = "excel_serial";
var TOKEN = /\d+|[A-Za-z]+|[^\dA-Za-z]/g;
var MERIDIEM = /^[AaPp]$|^[AaPp][Mm]$/;
function tokens(text) {
  const out = [];
  for (const match of text.matchAll(TOKEN))
    out.push({ text: match[0], digits: /^\d/.test(match[0]) });
  return out;
}
function datePart(t) {
  const [a, s1, b, s2, c] = t;
  if (!a)
    return void 0;
  if (a.digits && a.text.length === 8 && (t.length === 1 || t[1]?.text === " " || t[1]?.text === "T")) {
    return { pattern: "YYYYMMDD", used: 1 };
  }
  if (a.digits && a.text.length === 14 && t.length === 1)
    return { pattern: "YYYYMMDDHHmmss", used: 1 };
  if (!s1 || !b || !s2 || !c)
    return void 0;
  const sep = s1.text;
  if (a.digits && a.text.length === 4 && b.digits && c.digits && s1.text === s2.text) {
    return { pattern: `YYYY${sep}MM${sep}DD`, used: 5 };
  }
  if (a.digits && a.text.length <= 2 && b.digits && c.digits && s1.text === s2.text) {
    return { pattern: `M${sep}D${sep}${c.text.length === 2 ? "YY" : "YYYY"}`, used: 5 };
  }
  if (!a.digits && b.digits) {
    const rest = t.slice(3).filter((token) => token.text !== " " && token.text !== ",");
    const year = rest[0];
    if (year?.digits && year.text.length === 4) {
      const used = t.indexOf(year) + 1;
      return {
        pattern: `${a.text.length === 3 ? "MMM" : "MMMM"} D${t.slice(3, used).some((x) => x.text === ",") ? "," : ""} YYYY`,
        used
      };
    }
  }
  if (a.digits && !b.digits && c.digits)
    return { pattern: `D${sep}MMM${sep}${c.text.length === 2 ? "YY" : "YYYY"}`, used: 5 };
  return void 0;
}
function timePart(t, iso) {
  const parts = [];
  let i = 0;
  const hour = t[i];
  if (!hour?.digits || hour.text.length > 2 || t[i + 1]?.text !== ":" || !t[i + 2]?.digits)
    return void 0;
  i += 3;
  let clock = "mm";
  if (t[i]?.text === ":" && t[i + 1]?.digits) {
    clock += ":ss";
    i += 2;
    if ((t[i]?.text === "." || t[i]?.text === ":") && t[i + 1]?.digits) {
      clock += `${t[i]?.text}SSS`;
      i += 2;
    }
  }
  while (t[i]?.text === " ")
    i++;
  let meridiem = false;
  if (/^[AaPp]$/.test(t[i]?.text ?? "") && t[i + 1]?.text === "." && /^[Mm]$/.test(t[i + 2]?.text ?? "")) {
    meridiem = true;
    i += t[i + 3]?.text === "." ? 4 : 3;
  } else if (t[i] && MERIDIEM.test(t[i]?.text ?? "")) {
    meridiem = true;
    i++;
  }
  parts.push(`${meridiem ? "h" : iso ? "HH" : "H"}:${clock}`);
  if (meridiem)
    parts.push(" A");
  while (t[i]?.text === " ")
    i++;
  const rest = t.slice(i).map((token) => token.text).join("");
  if (/^(Z|[+-]\d{2}(:?\d{2})?)$/.test(rest))
    parts.push("Z");
  else if (rest !== "")
    return void 0;
  return parts.join("");
}
function describeDateCell(cell) {
  if (typeof cell === "number")
    return EXCEL_SERIAL2;
  if (cell instanceof Date)
    return "spreadsheet_date";
  if (typeof cell !== "string")
    return void 0;
  const text = cell.trim();
  if (text === "")
    return void 0;
  if (/^\d{5}(\.\d+)?$/.test(text))
    return EXCEL_SERIAL2;
  if (/^\d{3,4}$/.test(text))
    return "Hmm";
  if (/^0?\.\d+$/.test(text))
    return "day_fraction";
  const t = tokens(text);
  const time = timePart(t, false);
  if (time)
    return time;
  const date = datePart(t);
  if (!date)
    return void 0;
  if (date.used >= t.length)
    return date.pattern;
  let i = date.used;
  let sep = "";
  while (t[i]?.text === " " || t[i]?.text === "T") {
    sep = sep === "" ? t[i]?.text ?? "" : sep;
    i++;
  }
  const rest = timePart(t.slice(i), date.pattern.startsWith("YYYY"));
  return rest ? `${date.pattern}${sep === "T" ? "T" : " "}${rest}` : void 0;
}
var SHAPES_KEPT = 256;
function shapeKey(text) {
  let a = 2166136261 ^ text.length;
  let b = 1540483477 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 48 && c <= 57)
      c = 48;
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 2097152 + (b >>> 0 & 2097151);
}
function dateCellDescriber() {
  const known = /* @__PURE__ */ new Map();
  return (cell) => {
    if (typeof cell !== "string")
      return describeDateCell(cell);
    const shape = shapeKey(cell);
    const format = known.get(shape);
    if (format !== void 0 || known.has(shape))
      return format;
    const described = describeDateCell(cell);
    if (known.size < SHAPES_KEPT)
      known.set(shape, described);
    return described;
  };
}
var MONTH_FIRST = /^(MM?)([/-])(DD?)\2/;
function leadingPair(text) {
  let i = 0;
  let month = 0;
  let day = 0;
  for (; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++)
    month = month * 10 + text.charCodeAt(i) - 48;
  if (i === 0 || text.charCodeAt(i) !== 47 && text.charCodeAt(i) !== 45)
    return void 0;
  const start = ++i;
  for (; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++)
    day = day * 10 + text.charCodeAt(i) - 48;
  return i === start ? void 0 : [month, day];
}

// ../core/dist/validate/pii.js
var SSN = /\b\d{3}-\d{2}-\d{4}\b/;
var PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/;
var EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/;
var HOUSE_NUMBER = /^(\d{1,6})[A-Z]?\s+(?!(?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s+)?(?:block|blk|highway|hwy|route|rte|interstate|exit|mile|to)\b)[A-Za-z0-9]/i;
function looksLikeExactAddress(text) {
  const m = HOUSE_NUMBER.exec(text);
  return m !== null && !/x/i.test(text.split(/\s/)[0] ?? "") && !(m[1] ?? "").endsWith("00");
}
function toBlock(address) {
  return address.replace(/^(\d*?)\d{1,2}(?=[A-Z]?\s)/i, (_m, head) => `${head}XX`);
}
function piiKind(cell) {
  if (cell.length < 7)
    return void 0;
  return SSN.test(cell) ? "a Social Security number" : PHONE.test(cell) ? "a phone number" : cell.includes("@") && EMAIL.test(cell) ? "an e-mail address" : void 0;
}
var PiiScanner = class {
  sink;
  /** Columns scanned for SSNs, phones and e-mails: free-text fields and unmapped columns. */
  textColumns = [];
  /** Fields holding an address, checked for exact house numbers. */
  addressFields = [];
  columnOf = /* @__PURE__ */ new Map();
  constructor(plan, header, sink) {
    this.sink = sink;
    for (const source of plan.sources) {
      const { field } = source;
      if (field.definition?.endsWith("location.schema.json#/$defs/address")) {
        this.addressFields.push(field.name);
        this.columnOf.set(field.name, source.columns.map((column) => header[column] ?? "").join(" + "));
      }
      const freeText = field.type === "string" && !field.codeList && !field.enum && !field.format && !field.pattern;
      if (freeText && source.columns.length === 1) {
        this.textColumns.push({
          column: source.columns[0],
          header: header[source.columns[0]] ?? "",
          field: field.name
        });
      }
    }
    for (const entry of plan.unmapped)
      this.textColumns.push({ column: entry.column, header: entry.header });
  }
  scan(row, out) {
    for (const { column, header, field } of this.textColumns) {
      const cell = row.cells[column];
      if (typeof cell !== "string" || cell.length < 7)
        continue;
      const kind = piiKind(cell);
      if (kind)
        this.sink.report("pii_value", { line: row.line, column: header, ...field ? { field } : {} }, { kind });
    }
    for (const field of this.addressFields) {
      const value = out[field];
      if (typeof value === "string" && looksLikeExactAddress(value)) {
        this.sink.report("exact_address", { line: row.line, field, column: this.columnOf.get(field) }, { block: toBlock(value) });
      }
    }
  }
};

// ../core/dist/validate/ajv.js
var instances = {};
var cache = /* @__PURE__ */ new Map();
function validatorFor(id, mode = "all") {
  const key = `${mode} ${id}`;
  let validate = cache.get(key);
  if (!validate) {
    const ajv = instances[mode] ?? createAjv({ allErrors: mode === "all", ...mode === "part" ? { strictTypes: false } : {} });
    instances[mode] = ajv;
    validate = ajv.getSchema(id) ?? ajv.compile({ $ref: id });
    cache.set(key, validate);
  }
  return validate;
}
var pointer = (name) => encodeURIComponent(name.replace(/~/g, "~0").replace(/\//g, "~1"));
function fieldValidator(schemaId, field) {
  return validatorFor(`${schemaId}#/properties/${pointer(field)}`, "part");
}

// ../core/dist/validate/row-check.js
var TOP_LEVEL = /* @__PURE__ */ new Set([
  "$schema",
  "$id",
  "$defs",
  "$comment",
  "title",
  "description",
  "type",
  "required",
  "properties",
  "patternProperties",
  "additionalProperties",
  "allOf"
]);
function rowCheckParts(schema, names) {
  const top = schema;
  if (Object.keys(top).some((key) => !TOP_LEVEL.has(key) && !key.startsWith("x-")))
    return void 0;
  if (top.type !== "object" || top.additionalProperties !== false && top.additionalProperties !== void 0) {
    return void 0;
  }
  const properties = top.properties ?? {};
  const patterns = Object.keys(top.patternProperties ?? {}).map((pattern) => new RegExp(pattern, "u"));
  if (names.some((name) => !Object.hasOwn(properties, name) || patterns.some((pattern) => pattern.test(name)))) {
    return void 0;
  }
  const id = schema.$id;
  const fields = names.map((name) => new FieldCheck(fieldValidator(id, name)));
  const required = (top.required ?? []).map((name) => names.indexOf(name));
  const rules = (top.allOf ?? []).flatMap((rule, index) => {
    const applies = ruleCondition(rule, names);
    if (applies === false)
      return [];
    return [{ applies, validate: validatorFor(`${id}#/allOf/${index}`, "part") }];
  });
  return { fields, required: required.filter((slot) => slot !== -1), requiredMissing: required.includes(-1), rules };
}
function rowCheckFrom(parts) {
  if (parts.requiredMissing)
    return () => false;
  const { fields, required, rules } = parts;
  return (values, row) => {
    for (let i = 0; i < required.length; i++)
      if (values[required[i]] === void 0)
        return false;
    for (let slot = 0; slot < fields.length; slot++) {
      const value = values[slot];
      if (value !== void 0 && !fields[slot].valid(value))
        return false;
    }
    return rulesHold(rules, values, row);
  };
}
function rulesHold(rules, values, row) {
  let built = typeof row === "function" ? void 0 : row;
  for (let i = 0; i < rules.length; i++) {
    const { applies, validate } = rules[i];
    if (applies && !applies(values))
      continue;
    built ??= row(values);
    if (!validate(built))
      return false;
  }
  return true;
}
var isPrimitive = (value) => value === null || typeof value !== "object";
function ruleCondition(rule, names) {
  if (typeof rule !== "object" || rule === null)
    return void 0;
  const keys = Object.keys(rule).filter((key) => !key.startsWith("x-") && key !== "description" && key !== "$comment");
  if (keys.some((key) => key !== "if" && key !== "then"))
    return void 0;
  const condition = rule.if;
  const branches = Array.isArray(condition?.required) ? [condition] : condition?.anyOf;
  if (!Array.isArray(branches))
    return void 0;
  const conditions = [];
  for (const branch of branches) {
    const found = branchCondition(branch, names);
    if (found === void 0)
      return void 0;
    if (found)
      conditions.push(found);
  }
  if (conditions.length === 0)
    return false;
  return (values) => conditions.some(({ slots, values: wanted }) => slots.every((slot) => values[slot] !== void 0) && wanted.every(([slot, allowed]) => allowed.includes(values[slot])));
}
function branchCondition(schema, names) {
  const { required, properties = {} } = schema ?? {};
  if (!Array.isArray(required))
    return void 0;
  const slots = required.map((name) => names.indexOf(String(name)));
  if (slots.includes(-1))
    return false;
  const values = [];
  for (const [name, property] of Object.entries(properties)) {
    const slot = names.indexOf(name);
    if (!required.includes(name) || slot === -1 || typeof property !== "object" || property === null)
      continue;
    const keys = Object.keys(property);
    const { const: only, enum: allowed } = property;
    if (keys.length === 1 && keys[0] === "const" && isPrimitive(only))
      values.push([slot, [only]]);
    else if (keys.length === 1 && keys[0] === "enum" && Array.isArray(allowed) && allowed.every(isPrimitive)) {
      values.push([slot, allowed]);
    }
  }
  return { slots, values };
}
var MEMO_LIMIT2 = 4096;
var MEMO_TRIAL2 = 8192;
var FieldCheck = class {
  validate;
  memo = /* @__PURE__ */ new Map();
  lookups = 0;
  hits = 0;
  constructor(validate) {
    this.validate = validate;
  }
  valid(value) {
    const { memo } = this;
    if (memo === void 0)
      return this.validate(value);
    let verdict = memo.get(value);
    if (verdict === void 0) {
      verdict = this.validate(value);
      if (memo.size < MEMO_LIMIT2)
        memo.set(typeof value === "string" ? ` ${value}`.slice(1) : value, verdict);
    } else
      this.hits += 1;
    this.lookups += 1;
    if (this.lookups === MEMO_TRIAL2 && this.hits < MEMO_TRIAL2 / 2)
      this.memo = void 0;
    return verdict;
  }
};

// ../core/dist/validate/row-object.js
var COUNTS_PROPERTIES = /"(?:minProperties|maxProperties|propertyNames|unevaluatedProperties|dependentSchemas)"/;
function rowBuilder(names, schema) {
  if (COUNTS_PROPERTIES.test(JSON.stringify(schema)) || !plainProperties(names, schema))
    return setFieldsOnly(names);
  try {
    const fields = names.map((name, index) => `${JSON.stringify(name)}: v[${index}]`).join(", ");
    return new Function("v", `return { ${fields} };`);
  } catch {
    return fromTemplate(names);
  }
}
function plainProperties(names, schema) {
  const { properties = {}, patternProperties = {} } = schema;
  const patterns = Object.keys(patternProperties).map((pattern) => new RegExp(pattern, "u"));
  return names.every((name) => Object.hasOwn(properties, name) && !patterns.some((pattern) => pattern.test(name)));
}
function fromTemplate(names) {
  const template = Object.fromEntries(names.map((name) => [name, void 0]));
  return (values) => {
    const row = { ...template };
    for (let i = 0; i < names.length; i++)
      if (values[i] !== void 0)
        row[names[i]] = values[i];
    return row;
  };
}
function setFieldsOnly(names) {
  return (values) => {
    const row = {};
    for (let i = 0; i < names.length; i++)
      if (values[i] !== void 0)
        row[names[i]] = values[i];
    return row;
  };
}

// ../core/dist/validate/schema-errors.js
function rulesOf(schema) {
  const rules = schema.allOf ?? [];
  return rules.map((rule, index) => rule["x-policedata-rule"] ?? { id: `rule_${index}`, description: "" });
}
var RANGE_WORDS = {
  minimum: "at least",
  maximum: "at most",
  exclusiveMinimum: "more than",
  exclusiveMaximum: "less than"
};
function describeRange(error) {
  const params = error.params;
  if (error.keyword in RANGE_WORDS)
    return `${RANGE_WORDS[error.keyword]} ${params.limit}`;
  if (error.keyword === "minLength")
    return `at least ${params.limit} characters long`;
  if (error.keyword === "maxLength")
    return `at most ${params.limit} characters long`;
  if (error.keyword === "minItems")
    return `a list of at least ${params.limit} values`;
  if (error.keyword === "maxItems")
    return `a list of at most ${params.limit} values`;
  return "a list without repeated values";
}
var RANGE_KEYWORDS = /* @__PURE__ */ new Set([
  ...Object.keys(RANGE_WORDS),
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems"
]);
function translateErrors(errors, rules) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if")
      continue;
    const rule = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
    const params = error.params;
    const field = params.missingProperty ?? error.instancePath.split("/")[1];
    if (rule) {
      const info = rules[Number(rule[1])];
      const key2 = `rule:${rule[1]}`;
      if (!info || seen.has(key2))
        continue;
      seen.add(key2);
      findings.push({
        code: "rule_violation",
        ...field ? { field } : {},
        params: { rule: info.id, description: info.description }
      });
      continue;
    }
    const key = `field:${field}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    const at = field ? { field } : {};
    if (error.keyword === "required")
      findings.push({ code: "required_value_missing", ...at, params: { field: field ?? "" } });
    else if (RANGE_KEYWORDS.has(error.keyword))
      findings.push({ code: "value_out_of_range", ...at, params: { limit: describeRange(error) } });
    else if (error.keyword === "pattern")
      findings.push({
        code: "value_format_mismatch",
        ...at,
        params: { expected: describePattern(String(params.pattern)) }
      });
    else if (error.keyword === "format")
      findings.push({ code: "value_format_mismatch", ...at, params: { expected: `a ${params.format}` } });
    else if (error.keyword === "enum" || error.keyword === "const") {
      const allowed = params.allowedValues ?? [params.allowedValue];
      findings.push({ code: "value_not_allowed", ...at, params: { allowed: allowed.map(String).join(", ") } });
    } else
      findings.push({
        code: "schema_violation",
        ...at,
        params: { detail: `${error.instancePath || "row"} ${error.message ?? error.keyword}` }
      });
  }
  return findings;
}
var PATTERN_WORDS = {
  "^\\S+$": "one word, without spaces (an identifier)",
  "^\\S(.*\\S)?$": "text without spaces at its start or end",
  "^[A-Z]{2}[A-Z0-9]{7}$": "an ORI: 2 capital letters then 7 capital letters or digits (TX0570000)",
  "^[0-9]{5}(-[0-9]{4})?$": "a ZIP code: 5 digits, or ZIP+4 (46204-1234)",
  "^([0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+)$": "an age range such as 18-24 or 65+",
  "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$": "a time of day, HH:MM or HH:MM:SS (24-hour)",
  "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$": "a date and time, YYYY-MM-DDTHH:MM:SS with an optional offset (2019-06-14T21:05:00Z)"
};
function describePattern(pattern) {
  return PATTERN_WORDS[pattern] ?? `text of the form ${pattern}`;
}

// ../core/dist/validate/row-processor.js
var DATE_DEFINITION = /#\/\$defs\/(date|datetime|time|date_of_birth)$/;
var FIRST_PLAUSIBLE_DATE = "1970-01-01";
function widenRange(range, value) {
  if (range.min === void 0 || value < range.min)
    range.min = value;
  if (range.max === void 0 || value > range.max)
    range.max = value;
}
function countDateFormat(seen, format, cell, monthFirst) {
  seen.formats.set(format, (seen.formats.get(format) ?? 0) + 1);
  if (!monthFirst || typeof cell !== "string")
    return;
  const text = cell.trim();
  const pair = leadingPair(text);
  if (pair)
    notePair(seen, pair[0], pair[1], text);
}
function notePair(seen, month, day, text) {
  if (day > seen.largestDay)
    seen.largestDay = day;
  if (seen.twoWays === "" && month !== day)
    seen.twoWays = ` ${text}`.slice(1);
}
var shapes = /* @__PURE__ */ new WeakMap();
var RowProcessor = class {
  plan;
  sink;
  options;
  counts;
  rows = 0;
  /** Rows with at least one error-level finding from coercion or the schema. */
  invalidRows = 0;
  /** future_date is reported as an error (its severity with the options' overrides, and not ignored). */
  futureIsError;
  dateRanges;
  /** Per date or time field read from one column: the formats its valid cells are written in. */
  dateFormats;
  /** Slots whose date formats are counted (see dateFormats). */
  formatSlots;
  describers;
  /** Per date column: the last format seen, and whether it writes the month first (see countDateFormats). */
  lastFormats = [];
  monthFirst = [];
  /** The dataset schema, validated whole (compiled on first use) when the quick check fails. */
  schemaId;
  rules;
  names;
  headers;
  /** Slots of date fields (ranges, future dates, dates before 1970). */
  dateSlots;
  /** Key fields, when every one of them is mapped (else keys are not checked). */
  keySlots;
  keyPart = [""];
  pii;
  duplicates;
  /** How rows are built and checked, shared by every processor of the plan (and the fast path). */
  shape;
  /** Makes the row object from the fields' values (see row-object.ts). */
  build;
  /** Decides quickly whether a row is valid (see row-check.ts); else the whole schema does. */
  check;
  /** The current row's value per field, reused from row to row. */
  values;
  /** True for a field whose single source column an earlier field already reads. */
  repeatsColumn;
  /** Fields the file has (from a column or a constant). */
  mapped;
  constructor(plan, schema, header, sink, options) {
    this.plan = plan;
    this.sink = sink;
    this.options = options;
    const n = plan.sources.length;
    this.counts = {
      valid: new Uint32Array(n),
      empty: new Uint32Array(n),
      sentinel: new Uint32Array(n),
      invalid: new Uint32Array(n)
    };
    this.schemaId = schema.$id;
    this.rules = rulesOf(schema);
    this.names = plan.sources.map((source) => source.field.name);
    this.headers = plan.sources.map((source) => source.columns.map((column) => header[column] ?? "").join(" + "));
    this.dateSlots = plan.sources.flatMap((source, slot) => source.field.format === "date" ? [slot] : []);
    this.dateRanges = this.dateSlots.map((slot) => ({ field: this.names[slot] ?? "" }));
    this.formatSlots = plan.sources.flatMap((source, slot) => source.columns.length === 1 && source.origin !== "raw_of" && (source.field.format === "date" || DATE_DEFINITION.test(source.field.definition ?? "")) ? [slot] : []);
    this.dateFormats = this.formatSlots.map((slot) => ({
      column: plan.sources[slot]?.columns[0] ?? 0,
      field: plan.sources[slot]?.field.name ?? "",
      formats: /* @__PURE__ */ new Map(),
      largestDay: 0,
      twoWays: ""
    }));
    this.describers = this.formatSlots.map(() => dateCellDescriber());
    const keyNames = options.keys.every((key) => this.names.includes(key)) ? options.keys : [];
    this.keySlots = keyNames.map((key) => this.names.indexOf(key));
    this.duplicates = options.duplicates;
    this.mapped = new Set(this.names);
    this.repeatsColumn = plan.sources.map((source, slot) => source.columns.length === 1 && plan.sources.slice(0, slot).some((earlier) => earlier.columns.length === 1 && earlier.columns[0] === source.columns[0]));
    this.pii = new PiiScanner(plan, header, sink);
    this.futureIsError = sink.isError?.("future_date") ?? true;
    let shape = shapes.get(plan);
    if (!shape) {
      const parts = rowCheckParts(schema, this.names);
      shape = { build: rowBuilder(this.names, schema), parts, check: parts && rowCheckFrom(parts) };
      shapes.set(plan, shape);
    }
    this.shape = shape;
    this.build = shape.build;
    this.check = shape.check;
    this.values = this.names.map(() => void 0);
  }
  /** Keys are checked: every key field of the dataset type is mapped. */
  get checksKeys() {
    return this.keySlots.length > 0;
  }
  process(row) {
    const { sources } = this.plan;
    const { counts, sink, names, headers } = this;
    const line = row.line;
    const { values } = this;
    let bad = row.flawed === true;
    let failed;
    this.rows += 1;
    for (let slot = 0; slot < sources.length; slot++) {
      const source = sources[slot];
      const cell = source.read(row.cells);
      const result = source.coercer.apply(cell);
      values[slot] = void 0;
      if (result === EMPTY)
        counts.empty[slot] += 1;
      else if (result === MAPPED_MISSING)
        counts.sentinel[slot] += 1;
      else if (result === SENTINEL) {
        counts.sentinel[slot] += 1;
        if (this.repeatsColumn[slot])
          continue;
        sink.report("missing_value_sentinel", { line, column: headers[slot], field: names[slot], value: String(cell) }, { sentinel: String(cell).trim() });
      } else if (result instanceof CoerceFailure) {
        counts.invalid[slot] += 1;
        bad = true;
        failed ??= /* @__PURE__ */ new Set();
        failed.add(names[slot]);
        sink.report(result.code, { line, column: headers[slot], field: names[slot], value: result.value }, result.params);
      } else {
        values[slot] = result;
        counts.valid[slot] += 1;
      }
    }
    const out = this.build(values);
    if (!(this.check ? this.check(values, out) : validatorFor(this.schemaId, "first")(out))) {
      const full = validatorFor(this.schemaId);
      full(out);
      let reported = false;
      for (const finding of translateErrors(full.errors ?? [], this.rules)) {
        if (finding.code === "required_value_missing") {
          const field = finding.field;
          if (failed?.has(field) || !this.mapped.has(field))
            continue;
        }
        reported = true;
        const slot = finding.field ? names.indexOf(finding.field) : -1;
        if (slot >= 0 && finding.code !== "required_value_missing" && finding.code !== "rule_violation" && out[finding.field] !== void 0) {
          counts.valid[slot] -= 1;
          counts.invalid[slot] += 1;
        }
        const cell = slot >= 0 ? sources[slot]?.read(row.cells) : void 0;
        const value = cell === void 0 || cell === null ? void 0 : String(cell);
        sink.report(finding.code, {
          line,
          ...finding.field ? { field: finding.field } : {},
          ...slot >= 0 ? { column: headers[slot] } : {},
          ...value !== void 0 ? { value } : {}
        }, finding.params);
      }
      if (reported)
        bad = true;
    }
    this.countDateFormats(row);
    if (this.checkDates(row))
      bad = true;
    if (bad)
      this.invalidRows += 1;
    this.checkKeys(row, bad);
    this.pii.scan(row, out);
  }
  countDateFormats(row) {
    for (let i = 0; i < this.formatSlots.length; i++) {
      const slot = this.formatSlots[i];
      if (this.values[slot] === void 0)
        continue;
      const cell = this.plan.sources[slot]?.read(row.cells);
      const format = this.describers[i]?.(cell);
      if (format === void 0)
        continue;
      if (format !== this.lastFormats[i]) {
        this.lastFormats[i] = format;
        this.monthFirst[i] = MONTH_FIRST.test(format);
      }
      countDateFormat(this.dateFormats[i], format, cell, this.monthFirst[i] === true);
    }
  }
  /** Widens the date ranges and reports dates out of range; true if a future date was reported as an error. */
  checkDates(row) {
    const { line } = row;
    let error = false;
    for (let i = 0; i < this.dateSlots.length; i++) {
      const slot = this.dateSlots[i];
      const name = this.names[slot];
      const value = this.values[slot];
      if (typeof value !== "string")
        continue;
      widenRange(this.dateRanges[i], value);
      if (value <= this.options.asOf && value >= FIRST_PLAUSIBLE_DATE)
        continue;
      const column = this.headers[slot];
      const cell = String(this.plan.sources[slot]?.read(row.cells) ?? value);
      if (value > this.options.asOf) {
        this.sink.report("future_date", { line, field: name, column, value: cell }, { asOf: this.options.asOf });
        error ||= this.futureIsError;
      } else
        this.sink.report("date_before_1970", { line, field: name, column, value: cell });
    }
    return error;
  }
  /** The row's key and the row itself, for the duplicate checks; `counted`: the row has an error already. */
  checkKeys(row, counted) {
    const { keySlots, values } = this;
    if (keySlots.length === 1) {
      const value = values[keySlots[0]];
      if (value !== void 0) {
        this.keyPart[0] = value;
        this.duplicates.key(this.keyPart, row.line, counted);
      }
    } else if (keySlots.length > 1) {
      const parts = keySlots.map((slot) => values[slot]);
      if (parts.every((part) => part !== void 0))
        this.duplicates.key(parts, row.line, counted);
    }
    this.duplicates.row(row.cells, row.line);
  }
};

// ../core/dist/validate/fast-rows.js
var VALID = 0;
var EMPTY_CELL = 1;
var MISSING = 2;
var TABLE_LIMIT = 4096;
var TABLE_TRIAL = 8192;
var SCRATCH = 0;
var REMEMBERED_CHARS = 64;
var ColumnVerdicts = class {
  fields;
  remembers = true;
  /** Open addressing, four words a slot: hash lanes, length, id + 1 (0: empty). */
  keys = new Int32Array(16 * 4);
  capacity = 16;
  /** Ids in use; id 0 is SCRATCH. */
  size = 1;
  ordinary = new Uint8Array(8);
  kinds = new Uint8Array(8);
  values = [];
  formats = [];
  /** Month and day of a month-first date (month -1 when it is not one), for date_order_ambiguous. */
  months = new Int32Array(8);
  days = new Int32Array(8);
  /** The trimmed cell, per id, when some field reads it as a month-first date. */
  trimmed = [""];
  lookups = 0;
  hits = 0;
  /** Every remembered text as the words hashed (see Hasher.cell), one after another; `starts[id]` is where id's begin. */
  words = new Int32Array(32);
  starts = new Int32Array(8);
  used = 0;
  constructor(fields) {
    this.fields = fields;
    this.ensure(1);
  }
  /** The id of the text of `length` characters whose hash is (a, b) and words `words` (see Hasher.cell), or -1. */
  find(a, b, length, words) {
    const { keys } = this;
    const wrap = this.capacity * 4 - 1;
    let at = (mix(a, b) & this.capacity - 1) << 2;
    let id = -1;
    for (; ; ) {
      const stored = keys[at + 3];
      if (stored === 0)
        break;
      if (keys[at] === a && keys[at + 1] === b && keys[at + 2] === length && this.same(stored - 1, words, length)) {
        id = stored - 1;
        break;
      }
      at = at + 4 & wrap;
    }
    if (this.lookups < TABLE_TRIAL) {
      if (id !== -1)
        this.hits++;
      if (++this.lookups === TABLE_TRIAL && this.hits < TABLE_TRIAL / 2) {
        this.forget();
        return -1;
      }
    }
    return id;
  }
  /** A new id for the text of `length` characters with hash (a, b) and words `words`, or SCRATCH when it is not remembered. */
  add(a, b, length, words) {
    if (!this.remembers || this.size > TABLE_LIMIT || length > REMEMBERED_CHARS)
      return SCRATCH;
    if (this.size * 2 > this.capacity)
      this.grow();
    const id = this.size++;
    this.ensure(this.size);
    this.place(a, b, length, id);
    const count = length + 1 >> 1;
    if (this.used + count > this.words.length)
      this.words = grown2(this.words, this.used + count);
    this.starts[id] = this.used;
    this.words.set(words.subarray(0, count), this.used);
    this.used += count;
    return id;
  }
  same(id, words, length) {
    const kept = this.words;
    const start = this.starts[id];
    const count = length + 1 >> 1;
    for (let k = 0; k < count; k++)
      if (kept[start + k] !== words[k])
        return false;
    return true;
  }
  forget() {
    this.remembers = false;
    this.keys = new Int32Array(4);
    this.capacity = 1;
    this.size = 1;
    this.values.length = Math.min(this.values.length, this.fields);
    this.formats.length = Math.min(this.formats.length, this.fields);
    this.trimmed.length = 1;
    this.words = new Int32Array(0);
    this.used = 0;
  }
  ensure(ids) {
    const cells = ids * this.fields;
    if (this.ordinary.length < ids)
      this.ordinary = grown2(this.ordinary, ids);
    if (this.starts.length < ids)
      this.starts = grown2(this.starts, ids);
    if (this.kinds.length < cells) {
      this.kinds = grown2(this.kinds, cells);
      this.months = grown2(this.months, cells);
      this.days = grown2(this.days, cells);
    }
  }
  place(a, b, length, id) {
    const { keys } = this;
    const wrap = this.capacity * 4 - 1;
    let at = (mix(a, b) & this.capacity - 1) << 2;
    while (keys[at + 3] !== 0)
      at = at + 4 & wrap;
    keys[at] = a;
    keys[at + 1] = b;
    keys[at + 2] = length;
    keys[at + 3] = id + 1;
  }
  grow() {
    const old = this.keys;
    this.capacity *= 2;
    this.keys = new Int32Array(this.capacity * 4);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] !== 0)
        this.place(old[at] ?? 0, old[at + 1] ?? 0, old[at + 2] ?? 0, (old[at + 3] ?? 1) - 1);
    }
  }
};
function grown2(array, needed) {
  const bigger = new array.constructor(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
var mix = (a, b) => {
  const h = Math.imul(a ^ b >>> 7, 2246822507);
  return h ^ h >>> 15;
};
var LF2 = 10;
var CR2 = 13;
var FastRows = class _FastRows {
  options;
  /** The start of a row the last piece ended inside (see feed). */
  carry = "";
  /** Rows counted by the fast path so far. */
  accepted = 0;
  plan;
  width;
  d;
  q;
  quote;
  maxCell;
  maxRow;
  /** Per column: the plan's slots (fields) read from it, in the order of its verdicts' fields. */
  slotsOf;
  /** Per column: its verdicts; undefined for a column nothing reads or scans (it is only hashed). */
  tables;
  /** Per column: the verdict id of the current row's cell. */
  rowIds;
  textColumns;
  /** Per slot: 1 for an address field (checked for exact house numbers). */
  addressSlot;
  /** Per slot: 1 for a date field (future dates and dates before 1970 are reported). */
  isDate;
  /** Per slot: its index among the processor's date-format slots, or -1. */
  formatIndex;
  describers;
  skipInRowHash;
  fields;
  required;
  rules;
  build;
  keySlots;
  keyPart = [""];
  /** Per slot: the column it reads (-1 for a constant), its verdicts, its place among the column's fields and their number. */
  slotColumn;
  slotTable;
  slotK;
  slotFields;
  /** Per slot: where the current row's verdict for it is in its column's arrays. */
  slotAt;
  /** Per slot: a constant's kind (the same in every row), or a field read per row's kind in this row. */
  constantKind;
  /**
   * Fields the mapping builds from several columns, by a pattern, from yes/no flags or date parts:
   * read per row from the texts of their columns (`rowTexts`), as RowProcessor reads them.
   */
  perRow;
  /** Slots of constants. */
  constantSlots = [];
  /** Per column: its text is needed by a field read per row. */
  needsText;
  /** The current row's cell texts, for the columns fields read per row use. */
  rowTexts;
  lastCounts;
  lastTallies = [];
  hasher = new Hasher();
  /** The current cell's words, when its column may remember it (see Hasher.cell). */
  words = new Int32Array(REMEMBERED_CHARS + 1 >> 1);
  values;
  /** The last slot reading: [ordinary, kind, value] (see readSlot). */
  readOrdinary = false;
  readKind = VALID;
  readValue = void 0;
  constantsAreOrdinary = true;
  /**
   * The fast path for the rows of a processor's plan, or undefined when they cannot take it: a
   * schema of a shape the quick row check does not read, a constant that is not ordinary, a header
   * wider than the column limit (the reader cuts those rows, not this), an unusual dialect.
   */
  static for(processor, header, options) {
    if (options.delimiter.length !== 1 || options.quote.length > 1)
      return void 0;
    if (header.length > options.limits.maxColumns)
      return void 0;
    const { parts } = processor.shape;
    if (parts === void 0)
      return void 0;
    const fast = new _FastRows(processor, header, options, parts);
    return fast.constantsAreOrdinary ? fast : void 0;
  }
  constructor(processor, header, options, parts) {
    this.options = options;
    const { plan } = processor;
    this.plan = plan;
    const width = header.length;
    const slots = plan.sources.length;
    this.width = width;
    this.d = options.delimiter.charCodeAt(0);
    this.quote = options.quote;
    this.q = options.quote === "" ? -1 : options.quote.charCodeAt(0);
    this.maxCell = options.limits.maxCellChars;
    this.maxRow = options.limits.maxRecordChars;
    this.fields = parts.fields;
    this.required = parts.required;
    this.rules = parts.rules;
    this.build = processor.shape.build;
    this.slotsOf = Array.from({ length: width }, () => []);
    plan.sources.forEach((source, slot) => {
      if (source.column !== void 0)
        this.slotsOf[source.column]?.push(slot);
    });
    const text = new Set(processor.pii.textColumns.map((entry) => entry.column));
    this.textColumns = Array.from({ length: width }, (_, column) => text.has(column));
    const addressFields = new Set(processor.pii.addressFields);
    this.addressSlot = Uint8Array.from(plan.sources, (source) => addressFields.has(source.field.name) ? 1 : 0);
    this.isDate = new Uint8Array(slots);
    for (const slot of processor.dateSlots)
      this.isDate[slot] = 1;
    this.formatIndex = new Int32Array(slots).fill(-1);
    processor.formatSlots.forEach((slot, index) => {
      this.formatIndex[slot] = index;
    });
    this.describers = processor.formatSlots.map(() => dateCellDescriber());
    this.keySlots = processor.keySlots;
    const rowIds = new Set(plan.rowIdColumns);
    this.skipInRowHash = Array.from({ length: width }, (_, column) => rowIds.has(column));
    this.tables = this.slotsOf.map((of, column) => of.length > 0 || this.textColumns[column] ? new ColumnVerdicts(of.length) : void 0);
    this.rowIds = new Int32Array(width);
    this.values = plan.sources.map(() => void 0);
    this.slotColumn = Int32Array.from(plan.sources, (source) => source.column ?? -1);
    this.slotTable = plan.sources.map((source) => source.column === void 0 ? void 0 : this.tables[source.column]);
    this.slotK = Int32Array.from(plan.sources, (source, slot) => source.column === void 0 ? 0 : this.slotsOf[source.column].indexOf(slot));
    this.slotFields = Int32Array.from(plan.sources, (source) => source.column === void 0 ? 0 : this.slotsOf[source.column].length);
    this.slotAt = new Int32Array(slots);
    this.constantKind = new Uint8Array(slots);
    this.perRow = plan.sources.flatMap((source, slot) => source.column === void 0 && source.origin !== "constant" ? [slot] : []);
    this.needsText = Array.from({ length: width }, () => false);
    for (const slot of this.perRow)
      for (const column of plan.sources[slot]?.columns ?? [])
        this.needsText[column] = true;
    this.rowTexts = new Array(width).fill(void 0);
    plan.sources.forEach((source, slot) => {
      if (source.origin !== "constant")
        return;
      this.readSlot(slot, source.read([]));
      if (!this.readOrdinary)
        this.constantsAreOrdinary = false;
      this.constantKind[slot] = this.readKind;
      this.values[slot] = this.readValue;
      this.constantSlots.push(slot);
    });
  }
  /**
   * Reads the next text, given in pieces: up to the reader's next row start through the reader,
   * then whole rows here (see run). Text with invalid bytes (U+FFFD), and the piece after one whose context the
   * reader still waits for, go to the reader whole, which reports them line by line.
   */
  feed(pieces, part) {
    const { pump } = part;
    let rest = this.carry === "" && pieces.length === 1 ? pieces[0] : [this.carry, ...pieces].join("");
    this.carry = "";
    if (!pump.atRowStart)
      rest = pump.pushToRowStart(rest, LINES_TO_ROW_START) ?? "";
    if (rest === "")
      return;
    if (pump.awaitsContext || rest.includes("\uFFFD"))
      pump.push(rest);
    else
      this.run(rest, pump.line, part);
  }
  /** The text has ended (a part, or the file): a row the last piece ended inside goes to the reader. */
  flush(part) {
    if (this.carry === "")
      return;
    part.pump.push(this.carry);
    this.carry = "";
  }
  /**
   * Reads text that starts a row (on `line`): rows it vouches for are counted here, every other row
   * is pushed to the part's reader, and so is the text after the last whole row, which the next
   * piece or the reader's end completes.
   */
  run(s, line, part) {
    const n = s.length;
    const { width, d: D, q: Q, hasher, rowIds, tables } = this;
    let i = 0;
    while (i < n) {
      const rowStart = i;
      let column = 0;
      let ok = true;
      let filled2 = 0;
      let end = -1;
      hasher.reset();
      for (; ; ) {
        let from = i;
        let to;
        let text;
        let c = s.charCodeAt(i);
        let next;
        if (c === Q) {
          let close = s.indexOf(this.quote, i + 1);
          if (close === -1)
            break;
          if (s.charCodeAt(close + 1) === Q) {
            let unquoted = "";
            let piece = i + 1;
            while (close !== -1 && s.charCodeAt(close + 1) === Q) {
              unquoted += s.slice(piece, close + 1);
              piece = close + 2;
              close = s.indexOf(this.quote, piece);
            }
            if (close === -1)
              break;
            text = unquoted + s.slice(piece, close);
          }
          from = i + 1;
          to = close;
          next = close + 1;
          c = s.charCodeAt(next);
          if (breaksLine(s, from, to) || next < n && c !== D && c !== LF2 && c !== CR2) {
            ok = false;
            break;
          }
        } else {
          let j = i;
          for (; j < n; j++) {
            c = s.charCodeAt(j);
            if (c === D || c === LF2 || c === CR2 || c === Q)
              break;
          }
          if (c === Q && j < n) {
            ok = false;
            break;
          }
          to = j;
          next = j;
        }
        if (next >= n)
          break;
        if (column < width && ok) {
          const length = text === void 0 ? to - from : text.length;
          if (length > this.maxCell)
            ok = false;
          else {
            const table = tables[column];
            const words = table?.remembers && length <= REMEMBERED_CHARS ? this.words : void 0;
            if (text === void 0)
              hasher.cell(s, from, to, words);
            else
              hasher.cell(text, 0, length, words);
            const a = hasher.cellA;
            const b = hasher.cellB;
            if (!this.skipInRowHash[column])
              hasher.mix(a, b);
            if (this.needsText[column]) {
              text ??= s.slice(from, to);
              this.rowTexts[column] = text;
            }
            if (length > 0) {
              const first = text === void 0 ? s.charCodeAt(from) : text.charCodeAt(0);
              if (first > 32 && first < 127)
                filled2++;
              else {
                text ??= s.slice(from, to);
                if (text.trim() !== "")
                  filled2++;
              }
            }
            if (table !== void 0) {
              let id = words !== void 0 ? table.find(a, b, length, words) : -1;
              if (id === -1) {
                id = words !== void 0 ? table.add(a, b, length, words) : SCRATCH;
                text ??= s.slice(from, to);
                this.judge(column, text, table, id);
              }
              if (table.ordinary[id] === 0)
                ok = false;
              rowIds[column] = id;
            }
          }
        }
        column++;
        if (c === D) {
          i = next + 1;
          continue;
        }
        if (c === CR2) {
          if (next + 1 >= n)
            break;
          end = s.charCodeAt(next + 1) === LF2 ? next + 2 : next + 1;
        } else
          end = next + 1;
        break;
      }
      if (end === -1 && ok) {
        if (n - rowStart <= MAX_CARRY) {
          this.carry = s.slice(rowStart);
          part.pump.moveTo(line);
        } else
          this.toReader(s, rowStart, n, line, part);
        return;
      }
      if (end === -1) {
        const found = rowEnd(s, rowStart, D, Q);
        if (found === void 0 || s.charCodeAt(found.end - 1) === CR2) {
          this.toReader(s, rowStart, n, line, part);
          return;
        }
        this.toReader(s, rowStart, found.end, line, part);
        line += found.lines + 1;
        i = found.end;
        continue;
      }
      if (!ok || column !== width || filled2 < Math.min(2, width) || end - rowStart > this.maxRow || !this.accept(line, part)) {
        if (s.charCodeAt(end - 1) === CR2) {
          this.toReader(s, rowStart, n, line, part);
          return;
        }
        this.toReader(s, rowStart, end, line, part);
      }
      line += 1;
      i = end;
    }
    part.pump.moveTo(line);
  }
  /** Counts a row whose every cell is ordinary, as RowProcessor would; false if a row-level check fails. */
  accept(line, part) {
    const { values, rowIds, slotColumn, slotTable, slotAt, slotFields, slotK } = this;
    const slots = values.length;
    const { processor } = part;
    const tallies = this.tallies(processor.counts);
    for (let slot = 0; slot < slots; slot++) {
      const column = slotColumn[slot];
      if (column === -1)
        continue;
      const at = rowIds[column] * slotFields[slot] + slotK[slot];
      const table = slotTable[slot];
      slotAt[slot] = at;
      values[slot] = table.values[at];
      tallies[table.kinds[at]][slot] += 1;
    }
    if (!this.rowHolds()) {
      for (let slot = 0; slot < slots; slot++) {
        const column = slotColumn[slot];
        if (column === -1)
          continue;
        const table = slotTable[slot];
        tallies[table.kinds[slotAt[slot]]][slot] -= 1;
      }
      return false;
    }
    const { perRow, constantSlots } = this;
    for (let i = 0; i < perRow.length; i++) {
      const slot = perRow[i];
      tallies[this.constantKind[slot]][slot] += 1;
    }
    for (let i = 0; i < constantSlots.length; i++) {
      const slot = constantSlots[i];
      tallies[this.constantKind[slot]][slot] += 1;
    }
    const { dateSlots, formatSlots, dateRanges, dateFormats } = processor;
    for (let i = 0; i < dateSlots.length; i++) {
      const value = values[dateSlots[i]];
      if (typeof value === "string")
        widenRange(dateRanges[i], value);
    }
    for (let i = 0; i < formatSlots.length; i++) {
      const slot = formatSlots[i];
      const seen = dateFormats[i];
      const table = slotTable[slot];
      if (table === void 0) {
        this.countFormatPerRow(seen, slot, i);
        continue;
      }
      const at = slotAt[slot];
      const format = table.formats[at];
      if (format === void 0)
        continue;
      seen.formats.set(format, (seen.formats.get(format) ?? 0) + 1);
      const month = table.months[at];
      if (month !== -1) {
        const id = rowIds[slotColumn[slot]];
        notePair(seen, month, table.days[at], table.trimmed[id] ?? "");
      }
    }
    processor.rows += 1;
    const { keySlots } = this;
    if (keySlots.length === 1) {
      const value = values[keySlots[0]];
      if (value !== void 0) {
        this.keyPart[0] = value;
        part.duplicates.key(this.keyPart, line);
      }
    } else if (keySlots.length > 1) {
      const keyParts = keySlots.map((slot) => values[slot]);
      if (keyParts.every((value) => value !== void 0))
        part.duplicates.key(keyParts, line);
    }
    const { hasher } = this;
    part.duplicates.rowHash(hasher.a >>> 0, (hasher.b | 1) >>> 0, line);
    part.stage.rows += 1;
    part.filter.rows += 1;
    this.accepted += 1;
    return true;
  }
  /** As RowProcessor.countDateFormats, for a date field read per row (a pattern's part of a cell). */
  countFormatPerRow(seen, slot, index) {
    if (this.values[slot] === void 0)
      return;
    const cell = this.plan.sources[slot].read(this.rowTexts);
    const format = this.describers[index](cell);
    if (format !== void 0)
      countDateFormat(seen, format, cell, MONTH_FIRST.test(format));
  }
  /** Fields read per row are ordinary, required fields set and cross-field rules hold (values filled in). */
  rowHolds() {
    const { values, perRow } = this;
    for (let i = 0; i < perRow.length; i++) {
      const slot = perRow[i];
      this.readSlot(slot, this.plan.sources[slot].read(this.rowTexts));
      if (!this.readOrdinary)
        return false;
      this.constantKind[slot] = this.readKind;
      values[slot] = this.readValue;
    }
    for (let i = 0; i < this.required.length; i++)
      if (values[this.required[i]] === void 0)
        return false;
    return rulesHold(this.rules, values, this.build);
  }
  /** The processor's counts by kind (VALID, EMPTY_CELL, MISSING), made once per part. */
  tallies(counts) {
    if (counts !== this.lastCounts) {
      this.lastCounts = counts;
      this.lastTallies = [counts.valid, counts.empty, counts.sentinel];
    }
    return this.lastTallies;
  }
  /** Records what a cell text of this column means for each field read from it, under `id`. */
  judge(column, cell, table, id) {
    const slots = this.slotsOf[column];
    let ordinary = !(this.textColumns[column] && piiKind(cell) !== void 0);
    const base = id * slots.length;
    let trimmed = "";
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      this.readSlot(slot, cell);
      if (!this.readOrdinary)
        ordinary = false;
      const kind = this.readKind;
      table.kinds[base + k] = kind;
      table.values[base + k] = this.readValue;
      let format;
      let month = -1;
      let day = 0;
      const index = this.formatIndex[slot];
      if (index !== -1 && kind === VALID) {
        format = this.describers[index](cell);
        if (format !== void 0 && MONTH_FIRST.test(format)) {
          trimmed = cell.trim();
          const pair = leadingPair(trimmed);
          if (pair)
            [month, day] = pair;
        }
      }
      table.formats[base + k] = format;
      table.months[base + k] = month;
      table.days[base + k] = day;
    }
    table.trimmed[id] = trimmed;
    table.ordinary[id] = ordinary ? 1 : 0;
  }
  /** One field's reading of a raw value, into readOrdinary, readKind and readValue. */
  readSlot(slot, raw) {
    const source = this.plan.sources[slot];
    const result = source.coercer.apply(raw);
    this.readValue = void 0;
    this.readOrdinary = true;
    if (result === EMPTY)
      this.readKind = EMPTY_CELL;
    else if (result === MAPPED_MISSING)
      this.readKind = MISSING;
    else if (result === SENTINEL || result instanceof CoerceFailure) {
      this.readKind = MISSING;
      this.readOrdinary = false;
    } else {
      this.readKind = VALID;
      this.readValue = result;
      let ordinary = this.fields[slot].valid(result);
      if (ordinary && this.isDate[slot] === 1 && typeof result === "string") {
        ordinary = result <= this.options.asOf && result >= FIRST_PLAUSIBLE_DATE;
      }
      if (ordinary && this.addressSlot[slot] === 1 && typeof result === "string")
        ordinary = !looksLikeExactAddress(result);
      this.readOrdinary = ordinary;
    }
  }
  /** Hands `s[from, to)`, which starts a row on `line`, to the ordinary reader. */
  toReader(s, from, to, line, part) {
    part.pump.moveTo(line);
    part.pump.push(s.slice(from, to));
  }
};
function breaksLine(s, from, to) {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF2 || c === CR2)
      return true;
  }
  return false;
}
function rowEnd(s, from, D, Q) {
  const START = 0;
  const UNQUOTED2 = 1;
  const QUOTED2 = 2;
  const AFTER = 3;
  let state = START;
  let lines = 0;
  const n = s.length;
  for (let k = from; k < n; k++) {
    const c = s.charCodeAt(k);
    if (state === QUOTED2) {
      if (c === Q) {
        if (k + 1 >= n)
          return void 0;
        if (s.charCodeAt(k + 1) === Q)
          k++;
        else
          state = AFTER;
      } else if (c === LF2)
        lines++;
      else if (c === CR2) {
        if (k + 1 >= n)
          return void 0;
        if (s.charCodeAt(k + 1) !== LF2)
          lines++;
      }
      continue;
    }
    if (c === D)
      state = START;
    else if (c === LF2)
      return { end: k + 1, lines };
    else if (c === CR2) {
      if (k + 1 >= n)
        return void 0;
      return { end: s.charCodeAt(k + 1) === LF2 ? k + 2 : k + 1, lines };
    } else if (c === Q && state === START)
      state = QUOTED2;
    else if (state !== QUOTED2)
      state = UNQUOTED2;
  }
  return void 0;
}
var MAX_CARRY = 64 * 1024;
var LINES_TO_ROW_START = 64;

// ../core/dist/validate/row-stage.js
var filled = (cell) => {
  if (typeof cell !== "string")
    return cell !== null && cell !== void 0 && String(cell).trim() !== "";
  const first = cell.charCodeAt(0);
  return first > 32 && first < 127 || cell.trim() !== "";
};
function isEmptyRecord(cells, width) {
  if (width < 5)
    return false;
  let count = 0;
  for (const cell of cells)
    if (filled(cell) && ++count > 1)
      return false;
  return count === 1;
}
function withoutColumns(check, columns) {
  if (columns.length === 0)
    return check;
  const skip = new Set(columns);
  return {
    key: (parts, line, counted) => check.key(parts, line, counted),
    row: (cells, line) => check.row(cells.filter((_cell, index) => !skip.has(index)), line)
  };
}
function createRowProcessor(plan, schema, header, sink, options) {
  return new RowProcessor(plan, schema, header, sink, {
    ...options,
    duplicates: withoutColumns(options.duplicates, plan.rowIdColumns)
  });
}
var RowStage = class {
  sink;
  width;
  processor;
  /** Rows counted as records (validated when there is a processor). */
  rows = 0;
  constructor(sink, width, processor) {
    this.sink = sink;
    this.width = width;
    this.processor = processor;
  }
  add(row) {
    if (isEmptyRecord(row.cells, this.width)) {
      this.sink.report("empty_record", { line: row.line, value: String(row.cells.find(filled) ?? "") });
      return;
    }
    this.processor?.process(row);
    this.rows += 1;
  }
};

// ../core/dist/parallel/chunk-validator.js
var GROUP_CHARS = 96 * 1024;
var ChunkValidator = class {
  setup;
  plan;
  schema;
  keys;
  /** The fast path for ordinary rows (see FastRows): made with the first part, undefined if the plan cannot take it. */
  fast = null;
  constructor(setup) {
    this.setup = setup;
    this.schema = registry.getSchema(setup.type);
    this.keys = registry.getDatasetType(setup.type)?.keys ?? [];
    this.plan = buildPlan(setup.header, setup.type, setup.mapping);
  }
  run(job) {
    const { setup } = this;
    const sink = new FindingCollector(setup.fileName, {
      severity: setup.severity,
      ignore: new Set(setup.ignore),
      maxSamples: setup.maxSamples
    });
    const duplicates = new RecordingDuplicateCheck();
    const processor = createRowProcessor(this.plan, this.schema, setup.header, sink, {
      asOf: setup.asOf,
      keys: this.keys,
      duplicates
    });
    const stage = new RowStage(sink, setup.header.length, processor);
    const filter = new DataRowFilter(setup.header.length, sink, setup.sourceName);
    const pump = new RowPump(void 0, setup, setup.limits, sink, setup.sourceName, job.line);
    pump.releaseIssues(setup.names);
    pump.onRow = (cells, line, damaged) => {
      {
        const row = filter.row(cells, line, damaged);
        if (row)
          stage.add(row);
      }
    };
    if (this.fast === null && setup.fastRows !== false) {
      this.fast = FastRows.for(processor, setup.header, setup);
    }
    const accepted = this.fast?.accepted ?? 0;
    if (this.fast) {
      const part = { processor, stage, filter, duplicates, pump };
      let group = [];
      let chars = 0;
      for (const piece of job.texts) {
        if (chars + piece.length > GROUP_CHARS && group.length > 0) {
          this.fast.feed(group, part);
          group = [];
          chars = 0;
        }
        group.push(piece);
        chars += piece.length;
      }
      if (group.length > 0)
        this.fast.feed(group, part);
      this.fast.flush(part);
    } else
      for (const piece of job.texts)
        pump.push(piece);
    const aligned = job.final || pump.atRowStart;
    if (job.final)
      pump.finish();
    const { valid, empty, sentinel, invalid } = processor.counts;
    return {
      id: job.id,
      aligned,
      rows: stage.rows,
      dataRows: filter.rows,
      invalidRows: processor.invalidRows,
      valid,
      empty,
      sentinel,
      invalid,
      dateRanges: processor.dateRanges,
      dateFormats: processor.dateFormats,
      findings: records(sink),
      reported: [...sink.reported],
      duplicates: duplicates.take(),
      spans: sink.spans.take(),
      fastRows: (this.fast?.accepted ?? 0) - accepted
    };
  }
};
function records(sink) {
  return sink.groups().map((group) => ({
    code: group.code,
    count: group.count,
    samples: group.samples.map(({ message: _message, params, ...location }) => ({ location, params }))
  }));
}

// ../core/dist/parallel/protocol.js
function transferList(result) {
  const { valid, empty, sentinel, invalid, duplicates, spans } = result;
  const { keyHashes, keyEnds, keyCounted, rowHashes } = duplicates;
  const buffers = [valid, empty, sentinel, invalid, keyHashes, keyEnds, keyCounted, rowHashes];
  return [...buffers, spans.starts, spans.extras].map((array) => array.buffer);
}

// ../core/dist/parallel/worker.node.js
var port = parentPort;
if (!port)
  throw new Error("worker.node.js runs as a worker thread");
var validator;
port.on("message", (message) => {
  if (message.kind === "setup") {
    validator = new ChunkValidator(message.setup);
    return;
  }
  const { job } = message;
  try {
    if (!validator)
      throw new Error("a part arrived before the setup");
    const result = validator.run(job);
    port.postMessage({ kind: "result", result }, transferList(result));
  } catch (error) {
    const text = error instanceof Error ? error.stack ?? error.message : String(error);
    port.postMessage({ kind: "failed", id: job.id, message: text });
  }
});
port.postMessage({ kind: "ready" });
