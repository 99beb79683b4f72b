#!/usr/bin/env node
"use strict";
const __layerlintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/argument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Argument = void 0;
    var Argument = class {
      constructor(value, range2) {
        this.value = value;
        this.range = range2;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position2) {
        if (this.range.end.line < position2.line) {
          return false;
        }
        return this.range.start.line > position2.line ? true : this.range.start.character > position2.character;
      }
      isBefore(position2) {
        if (this.range.start.line < position2.line) {
          return true;
        }
        return this.range.end.line > position2.line ? false : this.range.end.character < position2.character;
      }
    };
    exports2.Argument = Argument;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/jsonArgument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range2, jsonRange) {
        super(value, range2);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports2.JSONArgument = JSONArgument;
  }
});

// node_modules/.pnpm/vscode-languageserver-types@3.18.5/node_modules/vscode-languageserver-types/lib/umd/main.js
var require_main = __commonJS({
  "node_modules/.pnpm/vscode-languageserver-types@3.18.5/node_modules/vscode-languageserver-types/lib/umd/main.js"(exports2, module2) {
    (function(factory) {
      if (typeof module2 === "object" && typeof module2.exports === "object") {
        var v = factory(require, exports2);
        if (v !== void 0) module2.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports3) {
      "use strict";
      Object.defineProperty(exports3, "__esModule", { value: true });
      exports3.TextDocument = exports3.EOL = exports3.WorkspaceFolder = exports3.InlineCompletionContext = exports3.SelectedCompletionInfo = exports3.InlineCompletionTriggerKind = exports3.InlineCompletionList = exports3.InlineCompletionItem = exports3.StringValue = exports3.InlayHint = exports3.InlayHintLabelPart = exports3.InlayHintKind = exports3.InlineValueContext = exports3.InlineValueEvaluatableExpression = exports3.InlineValueVariableLookup = exports3.InlineValueText = exports3.SemanticTokens = exports3.SemanticTokenModifiers = exports3.SemanticTokenTypes = exports3.SelectionRange = exports3.DocumentLink = exports3.FormattingOptions = exports3.CodeLens = exports3.CodeAction = exports3.CodeActionTag = exports3.CodeActionContext = exports3.CodeActionTriggerKind = exports3.CodeActionKind = exports3.DocumentSymbol = exports3.WorkspaceSymbol = exports3.SymbolInformation = exports3.SymbolTag = exports3.SymbolKind = exports3.DocumentHighlight = exports3.DocumentHighlightKind = exports3.SignatureInformation = exports3.ParameterInformation = exports3.Hover = exports3.MarkedString = exports3.CompletionList = exports3.CompletionItem = exports3.CompletionItemLabelDetails = exports3.ApplyKind = exports3.InsertTextMode = exports3.InsertReplaceEdit = exports3.CompletionItemTag = exports3.InsertTextFormat = exports3.CompletionItemKind = exports3.MarkupContent = exports3.MarkupKind = exports3.TextDocumentItem = exports3.LanguageKind = exports3.OptionalVersionedTextDocumentIdentifier = exports3.VersionedTextDocumentIdentifier = exports3.TextDocumentIdentifier = exports3.WorkspaceChange = exports3.SnippetTextEdit = exports3.WorkspaceEdit = exports3.DeleteFile = exports3.RenameFile = exports3.CreateFile = exports3.TextDocumentEdit = exports3.AnnotatedTextEdit = exports3.ChangeAnnotationIdentifier = exports3.ChangeAnnotation = exports3.TextEdit = exports3.Command = exports3.Diagnostic = exports3.CodeDescription = exports3.DiagnosticTag = exports3.DiagnosticSeverity = exports3.DiagnosticRelatedInformation = exports3.FoldingRange = exports3.FoldingRangeKind = exports3.ColorPresentation = exports3.ColorInformation = exports3.Color = exports3.LocationLink = exports3.Location = exports3.Range = exports3.Position = exports3.uinteger = exports3.integer = exports3.URI = exports3.DocumentUri = void 0;
      var DocumentUri;
      (function(DocumentUri2) {
        function is(value) {
          return typeof value === "string";
        }
        DocumentUri2.is = is;
      })(DocumentUri || (exports3.DocumentUri = DocumentUri = {}));
      var URI;
      (function(URI2) {
        function is(value) {
          return typeof value === "string";
        }
        URI2.is = is;
      })(URI || (exports3.URI = URI = {}));
      var integer;
      (function(integer2) {
        integer2.MIN_VALUE = -2147483648;
        integer2.MAX_VALUE = 2147483647;
        function is(value) {
          return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
        }
        integer2.is = is;
      })(integer || (exports3.integer = integer = {}));
      var uinteger;
      (function(uinteger2) {
        uinteger2.MIN_VALUE = 0;
        uinteger2.MAX_VALUE = 2147483647;
        function is(value) {
          return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
        }
        uinteger2.is = is;
      })(uinteger || (exports3.uinteger = uinteger = {}));
      var Position;
      (function(Position2) {
        function create(line, character) {
          if (line === Number.MAX_VALUE) {
            line = uinteger.MAX_VALUE;
          }
          if (character === Number.MAX_VALUE) {
            character = uinteger.MAX_VALUE;
          }
          return { line, character };
        }
        Position2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position2.is = is;
      })(Position || (exports3.Position = Position = {}));
      var Range;
      (function(Range2) {
        function create(one, two, three, four) {
          if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
            return { start: Position.create(one, two), end: Position.create(three, four) };
          } else if (Position.is(one) && Position.is(two)) {
            return { start: one, end: two };
          } else {
            throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
          }
        }
        Range2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range2.is = is;
      })(Range || (exports3.Range = Range = {}));
      var Location;
      (function(Location2) {
        function create(uri, range2) {
          return { uri, range: range2 };
        }
        Location2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location2.is = is;
      })(Location || (exports3.Location = Location = {}));
      var LocationLink;
      (function(LocationLink2) {
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
          return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
        }
        LocationLink2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink2.is = is;
      })(LocationLink || (exports3.LocationLink = LocationLink = {}));
      var Color;
      (function(Color2) {
        function create(red, green, blue, alpha) {
          return {
            red,
            green,
            blue,
            alpha
          };
        }
        Color2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color2.is = is;
      })(Color || (exports3.Color = Color = {}));
      var ColorInformation;
      (function(ColorInformation2) {
        function create(range2, color) {
          return {
            range: range2,
            color
          };
        }
        ColorInformation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation2.is = is;
      })(ColorInformation || (exports3.ColorInformation = ColorInformation = {}));
      var ColorPresentation;
      (function(ColorPresentation2) {
        function create(label, textEdit, additionalTextEdits) {
          return {
            label,
            textEdit,
            additionalTextEdits
          };
        }
        ColorPresentation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation2.is = is;
      })(ColorPresentation || (exports3.ColorPresentation = ColorPresentation = {}));
      var FoldingRangeKind;
      (function(FoldingRangeKind2) {
        FoldingRangeKind2.Comment = "comment";
        FoldingRangeKind2.Imports = "imports";
        FoldingRangeKind2.Region = "region";
      })(FoldingRangeKind || (exports3.FoldingRangeKind = FoldingRangeKind = {}));
      var FoldingRange;
      (function(FoldingRange2) {
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
          var result = {
            startLine,
            endLine
          };
          if (Is.defined(startCharacter)) {
            result.startCharacter = startCharacter;
          }
          if (Is.defined(endCharacter)) {
            result.endCharacter = endCharacter;
          }
          if (Is.defined(kind)) {
            result.kind = kind;
          }
          if (Is.defined(collapsedText)) {
            result.collapsedText = collapsedText;
          }
          return result;
        }
        FoldingRange2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange2.is = is;
      })(FoldingRange || (exports3.FoldingRange = FoldingRange = {}));
      var DiagnosticRelatedInformation;
      (function(DiagnosticRelatedInformation2) {
        function create(location, message) {
          return {
            location,
            message
          };
        }
        DiagnosticRelatedInformation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation2.is = is;
      })(DiagnosticRelatedInformation || (exports3.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
      var DiagnosticSeverity;
      (function(DiagnosticSeverity2) {
        DiagnosticSeverity2.Error = 1;
        DiagnosticSeverity2.Warning = 2;
        DiagnosticSeverity2.Information = 3;
        DiagnosticSeverity2.Hint = 4;
      })(DiagnosticSeverity || (exports3.DiagnosticSeverity = DiagnosticSeverity = {}));
      var DiagnosticTag;
      (function(DiagnosticTag2) {
        DiagnosticTag2.Unnecessary = 1;
        DiagnosticTag2.Deprecated = 2;
      })(DiagnosticTag || (exports3.DiagnosticTag = DiagnosticTag = {}));
      var CodeDescription;
      (function(CodeDescription2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription2.is = is;
      })(CodeDescription || (exports3.CodeDescription = CodeDescription = {}));
      var Diagnostic;
      (function(Diagnostic2) {
        function create(range2, message, severity, code, source, relatedInformation) {
          var result = { range: range2, message };
          if (Is.defined(severity)) {
            result.severity = severity;
          }
          if (Is.defined(code)) {
            result.code = code;
          }
          if (Is.defined(source)) {
            result.source = source;
          }
          if (Is.defined(relatedInformation)) {
            result.relatedInformation = relatedInformation;
          }
          return result;
        }
        Diagnostic2.create = create;
        function is(value) {
          var _a;
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic2.is = is;
        function is3_17(value) {
          return Is.string(value.message);
        }
        Diagnostic2.is3_17 = is3_17;
        function getMessageString(diagnostic) {
          if (Is.string(diagnostic.message)) {
            return diagnostic.message;
          } else if (MarkupContent.is(diagnostic.message)) {
            return diagnostic.message.value;
          } else {
            throw new Error("Unknown message type ".concat(typeof diagnostic.message));
          }
        }
        Diagnostic2.getMessageString = getMessageString;
      })(Diagnostic || (exports3.Diagnostic = Diagnostic = {}));
      var Command;
      (function(Command2) {
        function create(title, command) {
          var args = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            args[_i - 2] = arguments[_i];
          }
          var result = { title, command };
          if (Is.defined(args) && args.length > 0) {
            result.arguments = args;
          }
          return result;
        }
        Command2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command2.is = is;
      })(Command || (exports3.Command = Command = {}));
      var TextEdit;
      (function(TextEdit2) {
        function replace(range2, newText) {
          return { range: range2, newText };
        }
        TextEdit2.replace = replace;
        function insert(position2, newText) {
          return { range: { start: position2, end: position2 }, newText };
        }
        TextEdit2.insert = insert;
        function del(range2) {
          return { range: range2, newText: "" };
        }
        TextEdit2.del = del;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
        }
        TextEdit2.is = is;
      })(TextEdit || (exports3.TextEdit = TextEdit = {}));
      var ChangeAnnotation;
      (function(ChangeAnnotation2) {
        function create(label, needsConfirmation, description) {
          var result = { label };
          if (needsConfirmation !== void 0) {
            result.needsConfirmation = needsConfirmation;
          }
          if (description !== void 0) {
            result.description = description;
          }
          return result;
        }
        ChangeAnnotation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        ChangeAnnotation2.is = is;
      })(ChangeAnnotation || (exports3.ChangeAnnotation = ChangeAnnotation = {}));
      var ChangeAnnotationIdentifier;
      (function(ChangeAnnotationIdentifier2) {
        function is(value) {
          var candidate = value;
          return Is.string(candidate);
        }
        ChangeAnnotationIdentifier2.is = is;
      })(ChangeAnnotationIdentifier || (exports3.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
      var AnnotatedTextEdit;
      (function(AnnotatedTextEdit2) {
        function replace(range2, newText, annotation) {
          return { range: range2, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.replace = replace;
        function insert(position2, newText, annotation) {
          return { range: { start: position2, end: position2 }, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.insert = insert;
        function del(range2, annotation) {
          return { range: range2, newText: "", annotationId: annotation };
        }
        AnnotatedTextEdit2.del = del;
        function is(value) {
          var candidate = value;
          return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit2.is = is;
      })(AnnotatedTextEdit || (exports3.AnnotatedTextEdit = AnnotatedTextEdit = {}));
      var TextDocumentEdit;
      (function(TextDocumentEdit2) {
        function create(textDocument, edits) {
          return { textDocument, edits };
        }
        TextDocumentEdit2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
        }
        TextDocumentEdit2.is = is;
      })(TextDocumentEdit || (exports3.TextDocumentEdit = TextDocumentEdit = {}));
      var CreateFile;
      (function(CreateFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "create",
            uri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        CreateFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile2.is = is;
      })(CreateFile || (exports3.CreateFile = CreateFile = {}));
      var RenameFile;
      (function(RenameFile2) {
        function create(oldUri, newUri, options, annotation) {
          var result = {
            kind: "rename",
            oldUri,
            newUri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        RenameFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile2.is = is;
      })(RenameFile || (exports3.RenameFile = RenameFile = {}));
      var DeleteFile;
      (function(DeleteFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "delete",
            uri
          };
          if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        DeleteFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile2.is = is;
      })(DeleteFile || (exports3.DeleteFile = DeleteFile = {}));
      var WorkspaceEdit;
      (function(WorkspaceEdit2) {
        function is(value) {
          var candidate = value;
          return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every(function(change) {
            if (Is.string(change.kind)) {
              return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
            } else {
              return TextDocumentEdit.is(change);
            }
          }));
        }
        WorkspaceEdit2.is = is;
      })(WorkspaceEdit || (exports3.WorkspaceEdit = WorkspaceEdit = {}));
      var TextEditChangeImpl = (
        /** @class */
        (function() {
          function TextEditChangeImpl2(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
          }
          TextEditChangeImpl2.prototype.insert = function(position2, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.insert(position2, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.insert(position2, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.insert(position2, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.replace = function(range2, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.replace(range2, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.replace(range2, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.replace(range2, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.delete = function(range2, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.del(range2);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.del(range2, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.del(range2, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.add = function(edit) {
            this.edits.push(edit);
          };
          TextEditChangeImpl2.prototype.all = function() {
            return this.edits;
          };
          TextEditChangeImpl2.prototype.clear = function() {
            this.edits.splice(0, this.edits.length);
          };
          TextEditChangeImpl2.prototype.assertChangeAnnotations = function(value) {
            if (value === void 0) {
              throw new Error("Text edit change is not configured to manage change annotations.");
            }
          };
          return TextEditChangeImpl2;
        })()
      );
      var SnippetTextEdit;
      (function(SnippetTextEdit2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit2.is = is;
      })(SnippetTextEdit || (exports3.SnippetTextEdit = SnippetTextEdit = {}));
      var ChangeAnnotations = (
        /** @class */
        (function() {
          function ChangeAnnotations2(annotations) {
            this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
          }
          ChangeAnnotations2.prototype.all = function() {
            return this._annotations;
          };
          Object.defineProperty(ChangeAnnotations2.prototype, "size", {
            get: function() {
              return this._size;
            },
            enumerable: false,
            configurable: true
          });
          ChangeAnnotations2.prototype.manage = function(idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
              id = idOrAnnotation;
            } else {
              id = this.nextId();
              annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== void 0) {
              throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === void 0) {
              throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
          };
          ChangeAnnotations2.prototype.nextId = function() {
            this._counter++;
            return this._counter.toString();
          };
          return ChangeAnnotations2;
        })()
      );
      var WorkspaceChange = (
        /** @class */
        (function() {
          function WorkspaceChange2(workspaceEdit) {
            var _this = this;
            this._textEditChanges = /* @__PURE__ */ Object.create(null);
            if (workspaceEdit !== void 0) {
              this._workspaceEdit = workspaceEdit;
              if (workspaceEdit.documentChanges) {
                this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                workspaceEdit.documentChanges.forEach(function(change) {
                  if (TextDocumentEdit.is(change)) {
                    var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                    _this._textEditChanges[change.textDocument.uri] = textEditChange;
                  }
                });
              } else if (workspaceEdit.changes) {
                Object.keys(workspaceEdit.changes).forEach(function(key) {
                  var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                  _this._textEditChanges[key] = textEditChange;
                });
              }
            } else {
              this._workspaceEdit = {};
            }
          }
          Object.defineProperty(WorkspaceChange2.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function() {
              this.initDocumentChanges();
              if (this._changeAnnotations !== void 0) {
                if (this._changeAnnotations.size === 0) {
                  this._workspaceEdit.changeAnnotations = void 0;
                } else {
                  this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                }
              }
              return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
          });
          WorkspaceChange2.prototype.getTextEditChange = function(key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
              this.initDocumentChanges();
              if (this._workspaceEdit.documentChanges === void 0) {
                throw new Error("Workspace edit is not configured for document changes.");
              }
              var textDocument = { uri: key.uri, version: key.version };
              var result = this._textEditChanges[textDocument.uri];
              if (!result) {
                var edits = [];
                var textDocumentEdit = {
                  textDocument,
                  edits
                };
                this._workspaceEdit.documentChanges.push(textDocumentEdit);
                result = new TextEditChangeImpl(edits, this._changeAnnotations);
                this._textEditChanges[textDocument.uri] = result;
              }
              return result;
            } else {
              this.initChanges();
              if (this._workspaceEdit.changes === void 0) {
                throw new Error("Workspace edit is not configured for normal text edit changes.");
              }
              var result = this._textEditChanges[key];
              if (!result) {
                var edits = [];
                this._workspaceEdit.changes[key] = edits;
                result = new TextEditChangeImpl(edits);
                this._textEditChanges[key] = result;
              }
              return result;
            }
          };
          WorkspaceChange2.prototype.initDocumentChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._changeAnnotations = new ChangeAnnotations();
              this._workspaceEdit.documentChanges = [];
              this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
          };
          WorkspaceChange2.prototype.initChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
            }
          };
          WorkspaceChange2.prototype.createFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = CreateFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.renameFile = function(oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = RenameFile.create(oldUri, newUri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.deleteFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = DeleteFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          return WorkspaceChange2;
        })()
      );
      exports3.WorkspaceChange = WorkspaceChange;
      var TextDocumentIdentifier;
      (function(TextDocumentIdentifier2) {
        function create(uri) {
          return { uri };
        }
        TextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier2.is = is;
      })(TextDocumentIdentifier || (exports3.TextDocumentIdentifier = TextDocumentIdentifier = {}));
      var VersionedTextDocumentIdentifier;
      (function(VersionedTextDocumentIdentifier2) {
        function create(uri, version2) {
          return { uri, version: version2 };
        }
        VersionedTextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier2.is = is;
      })(VersionedTextDocumentIdentifier || (exports3.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
      var OptionalVersionedTextDocumentIdentifier;
      (function(OptionalVersionedTextDocumentIdentifier2) {
        function create(uri, version2) {
          return { uri, version: version2 };
        }
        OptionalVersionedTextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier2.is = is;
      })(OptionalVersionedTextDocumentIdentifier || (exports3.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
      var LanguageKind;
      (function(LanguageKind2) {
        LanguageKind2.ABAP = "abap";
        LanguageKind2.WindowsBat = "bat";
        LanguageKind2.BibTeX = "bibtex";
        LanguageKind2.Clojure = "clojure";
        LanguageKind2.Coffeescript = "coffeescript";
        LanguageKind2.C = "c";
        LanguageKind2.CPP = "cpp";
        LanguageKind2.CSharp = "csharp";
        LanguageKind2.CSS = "css";
        LanguageKind2.D = "d";
        LanguageKind2.Delphi = "pascal";
        LanguageKind2.Diff = "diff";
        LanguageKind2.Dart = "dart";
        LanguageKind2.Dockerfile = "dockerfile";
        LanguageKind2.Elixir = "elixir";
        LanguageKind2.Erlang = "erlang";
        LanguageKind2.FSharp = "fsharp";
        LanguageKind2.GitCommit = "git-commit";
        LanguageKind2.GitRebase = "git-rebase";
        LanguageKind2.Go = "go";
        LanguageKind2.Groovy = "groovy";
        LanguageKind2.Handlebars = "handlebars";
        LanguageKind2.Haskell = "haskell";
        LanguageKind2.HTML = "html";
        LanguageKind2.Ini = "ini";
        LanguageKind2.Java = "java";
        LanguageKind2.JavaScript = "javascript";
        LanguageKind2.JavaScriptReact = "javascriptreact";
        LanguageKind2.JSON = "json";
        LanguageKind2.LaTeX = "latex";
        LanguageKind2.Less = "less";
        LanguageKind2.Lua = "lua";
        LanguageKind2.Makefile = "makefile";
        LanguageKind2.Markdown = "markdown";
        LanguageKind2.ObjectiveC = "objective-c";
        LanguageKind2.ObjectiveCPP = "objective-cpp";
        LanguageKind2.Pascal = "pascal";
        LanguageKind2.Perl = "perl";
        LanguageKind2.Perl6 = "perl6";
        LanguageKind2.PHP = "php";
        LanguageKind2.Plaintext = "plaintext";
        LanguageKind2.Powershell = "powershell";
        LanguageKind2.Pug = "jade";
        LanguageKind2.Python = "python";
        LanguageKind2.R = "r";
        LanguageKind2.Razor = "razor";
        LanguageKind2.Ruby = "ruby";
        LanguageKind2.Rust = "rust";
        LanguageKind2.SCSS = "scss";
        LanguageKind2.SASS = "sass";
        LanguageKind2.Scala = "scala";
        LanguageKind2.ShaderLab = "shaderlab";
        LanguageKind2.ShellScript = "shellscript";
        LanguageKind2.SQL = "sql";
        LanguageKind2.Swift = "swift";
        LanguageKind2.TypeScript = "typescript";
        LanguageKind2.TypeScriptReact = "typescriptreact";
        LanguageKind2.TeX = "tex";
        LanguageKind2.VisualBasic = "vb";
        LanguageKind2.XML = "xml";
        LanguageKind2.XSL = "xsl";
        LanguageKind2.YAML = "yaml";
      })(LanguageKind || (exports3.LanguageKind = LanguageKind = {}));
      var TextDocumentItem;
      (function(TextDocumentItem2) {
        function create(uri, languageId, version2, text) {
          return { uri, languageId, version: version2, text };
        }
        TextDocumentItem2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem2.is = is;
      })(TextDocumentItem || (exports3.TextDocumentItem = TextDocumentItem = {}));
      var MarkupKind;
      (function(MarkupKind2) {
        MarkupKind2.PlainText = "plaintext";
        MarkupKind2.Markdown = "markdown";
        function is(value) {
          var candidate = value;
          return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
        }
        MarkupKind2.is = is;
      })(MarkupKind || (exports3.MarkupKind = MarkupKind = {}));
      var MarkupContent;
      (function(MarkupContent2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent2.is = is;
      })(MarkupContent || (exports3.MarkupContent = MarkupContent = {}));
      var CompletionItemKind;
      (function(CompletionItemKind2) {
        CompletionItemKind2.Text = 1;
        CompletionItemKind2.Method = 2;
        CompletionItemKind2.Function = 3;
        CompletionItemKind2.Constructor = 4;
        CompletionItemKind2.Field = 5;
        CompletionItemKind2.Variable = 6;
        CompletionItemKind2.Class = 7;
        CompletionItemKind2.Interface = 8;
        CompletionItemKind2.Module = 9;
        CompletionItemKind2.Property = 10;
        CompletionItemKind2.Unit = 11;
        CompletionItemKind2.Value = 12;
        CompletionItemKind2.Enum = 13;
        CompletionItemKind2.Keyword = 14;
        CompletionItemKind2.Snippet = 15;
        CompletionItemKind2.Color = 16;
        CompletionItemKind2.File = 17;
        CompletionItemKind2.Reference = 18;
        CompletionItemKind2.Folder = 19;
        CompletionItemKind2.EnumMember = 20;
        CompletionItemKind2.Constant = 21;
        CompletionItemKind2.Struct = 22;
        CompletionItemKind2.Event = 23;
        CompletionItemKind2.Operator = 24;
        CompletionItemKind2.TypeParameter = 25;
      })(CompletionItemKind || (exports3.CompletionItemKind = CompletionItemKind = {}));
      var InsertTextFormat;
      (function(InsertTextFormat2) {
        InsertTextFormat2.PlainText = 1;
        InsertTextFormat2.Snippet = 2;
      })(InsertTextFormat || (exports3.InsertTextFormat = InsertTextFormat = {}));
      var CompletionItemTag;
      (function(CompletionItemTag2) {
        CompletionItemTag2.Deprecated = 1;
      })(CompletionItemTag || (exports3.CompletionItemTag = CompletionItemTag = {}));
      var InsertReplaceEdit;
      (function(InsertReplaceEdit2) {
        function create(newText, insert, replace) {
          return { newText, insert, replace };
        }
        InsertReplaceEdit2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit2.is = is;
      })(InsertReplaceEdit || (exports3.InsertReplaceEdit = InsertReplaceEdit = {}));
      var InsertTextMode;
      (function(InsertTextMode2) {
        InsertTextMode2.asIs = 1;
        InsertTextMode2.adjustIndentation = 2;
      })(InsertTextMode || (exports3.InsertTextMode = InsertTextMode = {}));
      var ApplyKind;
      (function(ApplyKind2) {
        ApplyKind2.Replace = 1;
        ApplyKind2.Merge = 2;
      })(ApplyKind || (exports3.ApplyKind = ApplyKind = {}));
      var CompletionItemLabelDetails;
      (function(CompletionItemLabelDetails2) {
        function is(value) {
          var candidate = value;
          return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        CompletionItemLabelDetails2.is = is;
      })(CompletionItemLabelDetails || (exports3.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
      var CompletionItem;
      (function(CompletionItem2) {
        function create(label) {
          return { label };
        }
        CompletionItem2.create = create;
      })(CompletionItem || (exports3.CompletionItem = CompletionItem = {}));
      var CompletionList;
      (function(CompletionList2) {
        function create(items, isIncomplete) {
          return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList2.create = create;
      })(CompletionList || (exports3.CompletionList = CompletionList = {}));
      var MarkedString;
      (function(MarkedString2) {
        function fromPlainText(plainText) {
          return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
        }
        MarkedString2.fromPlainText = fromPlainText;
        function is(value) {
          var candidate = value;
          return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
        }
        MarkedString2.is = is;
      })(MarkedString || (exports3.MarkedString = MarkedString = {}));
      var Hover;
      (function(Hover2) {
        function is(value) {
          var candidate = value;
          return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
        }
        Hover2.is = is;
      })(Hover || (exports3.Hover = Hover = {}));
      var ParameterInformation;
      (function(ParameterInformation2) {
        function create(label, documentation) {
          return documentation ? { label, documentation } : { label };
        }
        ParameterInformation2.create = create;
      })(ParameterInformation || (exports3.ParameterInformation = ParameterInformation = {}));
      var SignatureInformation;
      (function(SignatureInformation2) {
        function create(label, documentation) {
          var parameters = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            parameters[_i - 2] = arguments[_i];
          }
          var result = { label };
          if (Is.defined(documentation)) {
            result.documentation = documentation;
          }
          if (Is.defined(parameters)) {
            result.parameters = parameters;
          } else {
            result.parameters = [];
          }
          return result;
        }
        SignatureInformation2.create = create;
      })(SignatureInformation || (exports3.SignatureInformation = SignatureInformation = {}));
      var DocumentHighlightKind;
      (function(DocumentHighlightKind2) {
        DocumentHighlightKind2.Text = 1;
        DocumentHighlightKind2.Read = 2;
        DocumentHighlightKind2.Write = 3;
      })(DocumentHighlightKind || (exports3.DocumentHighlightKind = DocumentHighlightKind = {}));
      var DocumentHighlight;
      (function(DocumentHighlight2) {
        function create(range2, kind) {
          var result = { range: range2 };
          if (Is.number(kind)) {
            result.kind = kind;
          }
          return result;
        }
        DocumentHighlight2.create = create;
      })(DocumentHighlight || (exports3.DocumentHighlight = DocumentHighlight = {}));
      var SymbolKind;
      (function(SymbolKind2) {
        SymbolKind2.File = 1;
        SymbolKind2.Module = 2;
        SymbolKind2.Namespace = 3;
        SymbolKind2.Package = 4;
        SymbolKind2.Class = 5;
        SymbolKind2.Method = 6;
        SymbolKind2.Property = 7;
        SymbolKind2.Field = 8;
        SymbolKind2.Constructor = 9;
        SymbolKind2.Enum = 10;
        SymbolKind2.Interface = 11;
        SymbolKind2.Function = 12;
        SymbolKind2.Variable = 13;
        SymbolKind2.Constant = 14;
        SymbolKind2.String = 15;
        SymbolKind2.Number = 16;
        SymbolKind2.Boolean = 17;
        SymbolKind2.Array = 18;
        SymbolKind2.Object = 19;
        SymbolKind2.Key = 20;
        SymbolKind2.Null = 21;
        SymbolKind2.EnumMember = 22;
        SymbolKind2.Struct = 23;
        SymbolKind2.Event = 24;
        SymbolKind2.Operator = 25;
        SymbolKind2.TypeParameter = 26;
      })(SymbolKind || (exports3.SymbolKind = SymbolKind = {}));
      var SymbolTag;
      (function(SymbolTag2) {
        SymbolTag2.Deprecated = 1;
      })(SymbolTag || (exports3.SymbolTag = SymbolTag = {}));
      var SymbolInformation;
      (function(SymbolInformation2) {
        function create(name, kind, range2, uri, containerName) {
          var result = {
            name,
            kind,
            location: { uri, range: range2 }
          };
          if (containerName) {
            result.containerName = containerName;
          }
          return result;
        }
        SymbolInformation2.create = create;
      })(SymbolInformation || (exports3.SymbolInformation = SymbolInformation = {}));
      var WorkspaceSymbol;
      (function(WorkspaceSymbol2) {
        function create(name, kind, uri, range2) {
          return range2 !== void 0 ? { name, kind, location: { uri, range: range2 } } : { name, kind, location: { uri } };
        }
        WorkspaceSymbol2.create = create;
      })(WorkspaceSymbol || (exports3.WorkspaceSymbol = WorkspaceSymbol = {}));
      var DocumentSymbol;
      (function(DocumentSymbol2) {
        function create(name, detail, kind, range2, selectionRange, children) {
          var result = {
            name,
            detail,
            kind,
            range: range2,
            selectionRange
          };
          if (children !== void 0) {
            result.children = children;
          }
          return result;
        }
        DocumentSymbol2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
        }
        DocumentSymbol2.is = is;
      })(DocumentSymbol || (exports3.DocumentSymbol = DocumentSymbol = {}));
      var CodeActionKind;
      (function(CodeActionKind2) {
        CodeActionKind2.Empty = "";
        CodeActionKind2.QuickFix = "quickfix";
        CodeActionKind2.Refactor = "refactor";
        CodeActionKind2.RefactorExtract = "refactor.extract";
        CodeActionKind2.RefactorInline = "refactor.inline";
        CodeActionKind2.RefactorMove = "refactor.move";
        CodeActionKind2.RefactorRewrite = "refactor.rewrite";
        CodeActionKind2.Source = "source";
        CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
        CodeActionKind2.SourceFixAll = "source.fixAll";
        CodeActionKind2.Notebook = "notebook";
      })(CodeActionKind || (exports3.CodeActionKind = CodeActionKind = {}));
      var CodeActionTriggerKind;
      (function(CodeActionTriggerKind2) {
        CodeActionTriggerKind2.Invoked = 1;
        CodeActionTriggerKind2.Automatic = 2;
      })(CodeActionTriggerKind || (exports3.CodeActionTriggerKind = CodeActionTriggerKind = {}));
      var CodeActionContext;
      (function(CodeActionContext2) {
        function create(diagnostics, only, triggerKind) {
          var result = { diagnostics };
          if (only !== void 0 && only !== null) {
            result.only = only;
          }
          if (triggerKind !== void 0 && triggerKind !== null) {
            result.triggerKind = triggerKind;
          }
          return result;
        }
        CodeActionContext2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext2.is = is;
      })(CodeActionContext || (exports3.CodeActionContext = CodeActionContext = {}));
      var CodeActionTag;
      (function(CodeActionTag2) {
        CodeActionTag2.LLMGenerated = 1;
        function is(value) {
          return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
        }
        CodeActionTag2.is = is;
      })(CodeActionTag || (exports3.CodeActionTag = CodeActionTag = {}));
      var CodeAction;
      (function(CodeAction2) {
        function create(title, kindOrCommandOrEdit, kind) {
          var result = { title };
          var checkKind = true;
          if (typeof kindOrCommandOrEdit === "string") {
            checkKind = false;
            result.kind = kindOrCommandOrEdit;
          } else if (Command.is(kindOrCommandOrEdit)) {
            result.command = kindOrCommandOrEdit;
          } else {
            result.edit = kindOrCommandOrEdit;
          }
          if (checkKind && kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        CodeAction2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction2.is = is;
      })(CodeAction || (exports3.CodeAction = CodeAction = {}));
      var CodeLens;
      (function(CodeLens2) {
        function create(range2, data) {
          var result = { range: range2 };
          if (Is.defined(data)) {
            result.data = data;
          }
          return result;
        }
        CodeLens2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens2.is = is;
      })(CodeLens || (exports3.CodeLens = CodeLens = {}));
      var FormattingOptions;
      (function(FormattingOptions2) {
        function create(tabSize, insertSpaces) {
          return { tabSize, insertSpaces };
        }
        FormattingOptions2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions2.is = is;
      })(FormattingOptions || (exports3.FormattingOptions = FormattingOptions = {}));
      var DocumentLink;
      (function(DocumentLink2) {
        function create(range2, target, data) {
          return { range: range2, target, data };
        }
        DocumentLink2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink2.is = is;
      })(DocumentLink || (exports3.DocumentLink = DocumentLink = {}));
      var SelectionRange;
      (function(SelectionRange2) {
        function create(range2, parent) {
          return { range: range2, parent };
        }
        SelectionRange2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
        }
        SelectionRange2.is = is;
      })(SelectionRange || (exports3.SelectionRange = SelectionRange = {}));
      var SemanticTokenTypes;
      (function(SemanticTokenTypes2) {
        SemanticTokenTypes2["namespace"] = "namespace";
        SemanticTokenTypes2["type"] = "type";
        SemanticTokenTypes2["class"] = "class";
        SemanticTokenTypes2["enum"] = "enum";
        SemanticTokenTypes2["interface"] = "interface";
        SemanticTokenTypes2["struct"] = "struct";
        SemanticTokenTypes2["typeParameter"] = "typeParameter";
        SemanticTokenTypes2["parameter"] = "parameter";
        SemanticTokenTypes2["variable"] = "variable";
        SemanticTokenTypes2["property"] = "property";
        SemanticTokenTypes2["enumMember"] = "enumMember";
        SemanticTokenTypes2["event"] = "event";
        SemanticTokenTypes2["function"] = "function";
        SemanticTokenTypes2["method"] = "method";
        SemanticTokenTypes2["macro"] = "macro";
        SemanticTokenTypes2["keyword"] = "keyword";
        SemanticTokenTypes2["modifier"] = "modifier";
        SemanticTokenTypes2["comment"] = "comment";
        SemanticTokenTypes2["string"] = "string";
        SemanticTokenTypes2["number"] = "number";
        SemanticTokenTypes2["regexp"] = "regexp";
        SemanticTokenTypes2["operator"] = "operator";
        SemanticTokenTypes2["decorator"] = "decorator";
        SemanticTokenTypes2["label"] = "label";
      })(SemanticTokenTypes || (exports3.SemanticTokenTypes = SemanticTokenTypes = {}));
      var SemanticTokenModifiers;
      (function(SemanticTokenModifiers2) {
        SemanticTokenModifiers2["declaration"] = "declaration";
        SemanticTokenModifiers2["definition"] = "definition";
        SemanticTokenModifiers2["readonly"] = "readonly";
        SemanticTokenModifiers2["static"] = "static";
        SemanticTokenModifiers2["deprecated"] = "deprecated";
        SemanticTokenModifiers2["abstract"] = "abstract";
        SemanticTokenModifiers2["async"] = "async";
        SemanticTokenModifiers2["modification"] = "modification";
        SemanticTokenModifiers2["documentation"] = "documentation";
        SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
      })(SemanticTokenModifiers || (exports3.SemanticTokenModifiers = SemanticTokenModifiers = {}));
      var SemanticTokens;
      (function(SemanticTokens2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
        }
        SemanticTokens2.is = is;
      })(SemanticTokens || (exports3.SemanticTokens = SemanticTokens = {}));
      var InlineValueText;
      (function(InlineValueText2) {
        function create(range2, text) {
          return { range: range2, text };
        }
        InlineValueText2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText2.is = is;
      })(InlineValueText || (exports3.InlineValueText = InlineValueText = {}));
      var InlineValueVariableLookup;
      (function(InlineValueVariableLookup2) {
        function create(range2, variableName, caseSensitiveLookup) {
          return { range: range2, variableName, caseSensitiveLookup };
        }
        InlineValueVariableLookup2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
        }
        InlineValueVariableLookup2.is = is;
      })(InlineValueVariableLookup || (exports3.InlineValueVariableLookup = InlineValueVariableLookup = {}));
      var InlineValueEvaluatableExpression;
      (function(InlineValueEvaluatableExpression2) {
        function create(range2, expression) {
          return { range: range2, expression };
        }
        InlineValueEvaluatableExpression2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
        }
        InlineValueEvaluatableExpression2.is = is;
      })(InlineValueEvaluatableExpression || (exports3.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
      var InlineValueContext;
      (function(InlineValueContext2) {
        function create(frameId, stoppedLocation) {
          return { frameId, stoppedLocation };
        }
        InlineValueContext2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext2.is = is;
      })(InlineValueContext || (exports3.InlineValueContext = InlineValueContext = {}));
      var InlayHintKind;
      (function(InlayHintKind2) {
        InlayHintKind2.Type = 1;
        InlayHintKind2.Parameter = 2;
        function is(value) {
          return value === 1 || value === 2;
        }
        InlayHintKind2.is = is;
      })(InlayHintKind || (exports3.InlayHintKind = InlayHintKind = {}));
      var InlayHintLabelPart;
      (function(InlayHintLabelPart2) {
        function create(value) {
          return { value };
        }
        InlayHintLabelPart2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
        }
        InlayHintLabelPart2.is = is;
      })(InlayHintLabelPart || (exports3.InlayHintLabelPart = InlayHintLabelPart = {}));
      var InlayHint;
      (function(InlayHint2) {
        function create(position2, label, kind) {
          var result = { position: position2, label };
          if (kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        InlayHint2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
        }
        InlayHint2.is = is;
      })(InlayHint || (exports3.InlayHint = InlayHint = {}));
      var StringValue;
      (function(StringValue2) {
        function createSnippet(value) {
          return { kind: "snippet", value };
        }
        StringValue2.createSnippet = createSnippet;
        function isSnippet(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
        }
        StringValue2.isSnippet = isSnippet;
      })(StringValue || (exports3.StringValue = StringValue = {}));
      var InlineCompletionItem;
      (function(InlineCompletionItem2) {
        function create(insertText, filterText, range2, command) {
          return { insertText, filterText, range: range2, command };
        }
        InlineCompletionItem2.create = create;
      })(InlineCompletionItem || (exports3.InlineCompletionItem = InlineCompletionItem = {}));
      var InlineCompletionList;
      (function(InlineCompletionList2) {
        function create(items) {
          return { items };
        }
        InlineCompletionList2.create = create;
      })(InlineCompletionList || (exports3.InlineCompletionList = InlineCompletionList = {}));
      var InlineCompletionTriggerKind;
      (function(InlineCompletionTriggerKind2) {
        InlineCompletionTriggerKind2.Invoked = 1;
        InlineCompletionTriggerKind2.Automatic = 2;
      })(InlineCompletionTriggerKind || (exports3.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
      var SelectedCompletionInfo;
      (function(SelectedCompletionInfo2) {
        function create(range2, text) {
          return { range: range2, text };
        }
        SelectedCompletionInfo2.create = create;
      })(SelectedCompletionInfo || (exports3.SelectedCompletionInfo = SelectedCompletionInfo = {}));
      var InlineCompletionContext;
      (function(InlineCompletionContext2) {
        function create(triggerKind, selectedCompletionInfo) {
          return { triggerKind, selectedCompletionInfo };
        }
        InlineCompletionContext2.create = create;
      })(InlineCompletionContext || (exports3.InlineCompletionContext = InlineCompletionContext = {}));
      var WorkspaceFolder;
      (function(WorkspaceFolder2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder2.is = is;
      })(WorkspaceFolder || (exports3.WorkspaceFolder = WorkspaceFolder = {}));
      exports3.EOL = ["\n", "\r\n", "\r"];
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version2, content) {
          return new FullTextDocument(uri, languageId, version2, content);
        }
        TextDocument2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument2.is = is;
        function applyEdits2(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits, function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = text.length;
          for (var i = sortedEdits.length - 1; i >= 0; i--) {
            var e = sortedEdits[i];
            var startOffset = document.offsetAt(e.range.start);
            var endOffset = document.offsetAt(e.range.end);
            if (endOffset <= lastModifiedOffset) {
              text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
            } else {
              throw new Error("Overlapping edit");
            }
            lastModifiedOffset = startOffset;
          }
          return text;
        }
        TextDocument2.applyEdits = applyEdits2;
        function mergeSort(data, compare) {
          if (data.length <= 1) {
            return data;
          }
          var p = data.length / 2 | 0;
          var left = data.slice(0, p);
          var right = data.slice(p);
          mergeSort(left, compare);
          mergeSort(right, compare);
          var leftIdx = 0;
          var rightIdx = 0;
          var i = 0;
          while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
              data[i++] = left[leftIdx++];
            } else {
              data[i++] = right[rightIdx++];
            }
          }
          while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
          }
          while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
          }
          return data;
        }
      })(TextDocument || (exports3.TextDocument = TextDocument = {}));
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version2, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version2;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range2) {
            if (range2) {
              var start = this.offsetAt(range2.start);
              var end = this.offsetAt(range2.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(event, version2) {
            this._content = event.text;
            this._version = version2;
            this._lineOffsets = void 0;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              var lineOffsets = [];
              var text = this._content;
              var isLineStart = true;
              for (var i = 0; i < text.length; i++) {
                if (isLineStart) {
                  lineOffsets.push(i);
                  isLineStart = false;
                }
                var ch = text.charAt(i);
                isLineStart = ch === "\r" || ch === "\n";
                if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
                  i++;
                }
              }
              if (isLineStart && text.length > 0) {
                lineOffsets.push(text.length);
              }
              this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return Position.create(0, offset);
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
          };
          FullTextDocument2.prototype.offsetAt = function(position2) {
            var lineOffsets = this.getLineOffsets();
            if (position2.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position2.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position2.line];
            var nextLineOffset = position2.line + 1 < lineOffsets.length ? lineOffsets[position2.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position2.character, nextLineOffset), lineOffset);
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          return FullTextDocument2;
        })()
      );
      var Is;
      (function(Is2) {
        var toString = Object.prototype.toString;
        function defined(value) {
          return typeof value !== "undefined";
        }
        Is2.defined = defined;
        function undefined2(value) {
          return typeof value === "undefined";
        }
        Is2.undefined = undefined2;
        function boolean(value) {
          return value === true || value === false;
        }
        Is2.boolean = boolean;
        function string(value) {
          return toString.call(value) === "[object String]";
        }
        Is2.string = string;
        function number(value) {
          return toString.call(value) === "[object Number]";
        }
        Is2.number = number;
        function numberRange(value, min, max) {
          return toString.call(value) === "[object Number]" && min <= value && value <= max;
        }
        Is2.numberRange = numberRange;
        function integer2(value) {
          return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
        }
        Is2.integer = integer2;
        function uinteger2(value) {
          return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
        }
        Is2.uinteger = uinteger2;
        function func(value) {
          return toString.call(value) === "[object Function]";
        }
        Is2.func = func;
        function objectLiteral(value) {
          return value !== null && typeof value === "object";
        }
        Is2.objectLiteral = objectLiteral;
        function typedArray(value, check) {
          return Array.isArray(value) && value.every(check);
        }
        Is2.typedArray = typedArray;
      })(Is || (Is = {}));
    });
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/line.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Line = void 0;
    var Line = class {
      constructor(document, range2) {
        this.document = document;
        this.range = range2;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports2.Line = Line;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position2, range2) {
        if (range2.start.line === range2.end.line) {
          return range2.start.line === position2.line && range2.start.character <= position2.character && position2.character <= range2.end.character;
        } else if (range2.start.line === position2.line) {
          return range2.start.character <= position2.character;
        } else if (range2.end.line === position2.line) {
          return position2.character <= range2.end.character;
        }
        return range2.start.line < position2.line && position2.line < range2.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports2.Util = Util;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/comment.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Comment = void 0;
    var vscode_languageserver_types_1 = require_main();
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range2) {
        super(document, range2);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range2 = this.getContentRange();
        if (range2 === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range2 = this.getRange();
        const startOffset = this.document.offsetAt(range2.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range2.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports2.Comment = Comment;
  }
});

// node_modules/.pnpm/vscode-languageserver-textdocument@1.0.16/node_modules/vscode-languageserver-textdocument/lib/umd/main.js
var require_main2 = __commonJS({
  "node_modules/.pnpm/vscode-languageserver-textdocument@1.0.16/node_modules/vscode-languageserver-textdocument/lib/umd/main.js"(exports2, module2) {
    var __spreadArray = exports2 && exports2.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    (function(factory) {
      if (typeof module2 === "object" && typeof module2.exports === "object") {
        var v = factory(require, exports2);
        if (v !== void 0) module2.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports3) {
      "use strict";
      Object.defineProperty(exports3, "__esModule", { value: true });
      exports3.TextDocument = void 0;
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version2, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version2;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range2) {
            if (range2) {
              var start = this.offsetAt(range2.start);
              var end = this.offsetAt(range2.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(changes, version2) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
              var change = changes_1[_i];
              if (FullTextDocument2.isIncremental(change)) {
                var range2 = getWellformedRange(change.range);
                var startOffset = this.offsetAt(range2.start);
                var endOffset = this.offsetAt(range2.end);
                this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                var insertedEndOffset = startOffset + change.text.length;
                var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
                var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
                if (crlfAtStart || crlfAtEnd) {
                  this._lineOffsets = void 0;
                  continue;
                }
                var startLine = Math.max(range2.start.line, 0);
                var endLine = Math.max(range2.end.line, 0);
                var lineOffsets = this._lineOffsets;
                var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                if (endLine - startLine === addedLineOffsets.length) {
                  for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                    lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                  }
                } else {
                  if (addedLineOffsets.length < 1e4) {
                    lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                  } else {
                    this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                  }
                }
                var diff = change.text.length - (endOffset - startOffset);
                if (diff !== 0) {
                  for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                    lineOffsets[i] = lineOffsets[i] + diff;
                  }
                }
              } else if (FullTextDocument2.isFull(change)) {
                this._content = change.text;
                this._lineOffsets = void 0;
              } else {
                throw new Error("Unknown change event received");
              }
            }
            this._version = version2;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return { line: 0, character: offset };
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line, character: offset - lineOffsets[line] };
          };
          FullTextDocument2.prototype.offsetAt = function(position2) {
            var lineOffsets = this.getLineOffsets();
            if (position2.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position2.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position2.line];
            if (position2.character <= 0) {
              return lineOffset;
            }
            var nextLineOffset = position2.line + 1 < lineOffsets.length ? lineOffsets[position2.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position2.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
          };
          FullTextDocument2.prototype.getLineRange = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              var lastLine = lineOffsets.length - 1;
              return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            } else if (line < 0) {
              return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
          };
          FullTextDocument2.prototype.getEOLCharacters = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              return "";
            } else if (line < 0) {
              return "";
            }
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
          };
          FullTextDocument2.prototype.ensureBeforeEOL = function(offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
              offset--;
            }
            return offset;
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.isIncremental = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
          };
          FullTextDocument2.isFull = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
          };
          return FullTextDocument2;
        })()
      );
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version2, content) {
          return new FullTextDocument(uri, languageId, version2, content);
        }
        TextDocument2.create = create;
        function update(document, changes, version2) {
          if (document instanceof FullTextDocument) {
            document.update(changes, version2);
            return document;
          } else {
            throw new Error("TextDocument.update: document must be created by TextDocument.create");
          }
        }
        TextDocument2.update = update;
        function applyEdits2(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits.map(getWellformedEdit), function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = 0;
          var spans = [];
          for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
            var e = sortedEdits_1[_i];
            var startOffset = document.offsetAt(e.range.start);
            if (startOffset < lastModifiedOffset) {
              throw new Error("Overlapping edit");
            } else if (startOffset > lastModifiedOffset) {
              spans.push(text.substring(lastModifiedOffset, startOffset));
            }
            if (e.newText.length) {
              spans.push(e.newText);
            }
            lastModifiedOffset = document.offsetAt(e.range.end);
          }
          spans.push(text.substr(lastModifiedOffset));
          return spans.join("");
        }
        TextDocument2.applyEdits = applyEdits2;
      })(TextDocument || (exports3.TextDocument = TextDocument = {}));
      function mergeSort(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        var p = data.length / 2 | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          var ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
      function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) {
          textOffset = 0;
        }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
          var ch = text.charCodeAt(i);
          if (isEOL(ch)) {
            if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
              i++;
            }
            result.push(textOffset + i + 1);
          }
        }
        return result;
      }
      function isEOL(char) {
        return char === 13 || char === 10;
      }
      function getWellformedRange(range2) {
        var start = range2.start;
        var end = range2.end;
        if (start.line > end.line || start.line === end.line && start.character > end.character) {
          return { start: end, end: start };
        }
        return range2;
      }
      function getWellformedEdit(textEdit) {
        var range2 = getWellformedRange(textEdit.range);
        if (range2 !== textEdit.range) {
          return { newText: textEdit.newText, range: range2 };
        }
        return textEdit;
      }
    });
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/parserDirective.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ParserDirective = void 0;
    var main_1 = require_main3();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range2, nameRange, valueRange) {
        super(document, range2);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports2.ParserDirective = ParserDirective;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/heredoc.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports2.Heredoc = Heredoc;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/variable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range2, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range2;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports2.Variable = Variable;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Instruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main3();
    var Instruction = class extends line_1.Line {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
        this.rawArguments = void 0;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range2) {
        if (range2 === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range2 = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range2.start));
        let offset = this.document.offsetAt(range2.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position2 = this.document.positionAt(offset + i);
                if (position2.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position2.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range2 of ranges) {
          content += documentText.substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        if (this.rawArguments === void 0) {
          this.rawArguments = this.tokenizeArguments();
        }
        const args = new Array(this.rawArguments.length);
        for (let i = 0; i < args.length; i++) {
          const arg = this.rawArguments[i];
          const range2 = arg.getRange();
          args[i] = new argument_1.Argument(arg.getValue(), {
            start: { line: range2.start.line, character: range2.start.character },
            end: { line: range2.end.line, character: range2.end.character }
          });
        }
        return args;
      }
      /** The values of getRawArguments(), read-only, without copying the arguments. */
      getRawArgumentValues() {
        if (this.rawArguments === void 0) {
          this.rawArguments = this.tokenizeArguments();
        }
        return this.rawArguments.map((arg) => arg.getValue());
      }
      tokenizeArguments() {
        let args = [];
        let range2 = this.getInstructionRange();
        let extra = this.document.offsetAt(range2.end) - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range2.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range2 = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range2 = this.getRange();
        if (range2.start.line === range2.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range2.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range2.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports2.Instruction = Instruction;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/flagOption.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FlagOption = void 0;
    var FlagOption = class {
      constructor(range2, name, nameRange, value, valueRange) {
        this.range = range2;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports2.FlagOption = FlagOption;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/flag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Flag = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range2, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range2;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports2.Flag = Flag;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range2 = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range2.start), this.document.offsetAt(range2.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range2.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range2.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range2.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range2.end, range2.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range2.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range2, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range2.start) + index + 1), range2.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports2.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.jsonParsed = false;
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
      }
      parseJSON() {
        if (this.jsonParsed) {
          return;
        }
        this.jsonParsed = true;
        const document = this.document;
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        this.parseJSON();
        return this.openingBracket;
      }
      getJSONStrings() {
        this.parseJSON();
        return this.jsonStrings;
      }
      getClosingBracket() {
        this.parseJSON();
        return this.closingBracket;
      }
    };
    exports2.JSONInstruction = JSONInstruction;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/add.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports2.Add = Add;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/property.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Property = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports2.Property = Property;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range2 = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range2.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range2.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range2.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports2.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/arg.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports2.Arg = Arg;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Cmd = Cmd;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/copy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Copy = Copy;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/env.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Env = Env;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Entrypoint = Entrypoint;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/from.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.From = void 0;
    var vscode_languageserver_types_1 = require_main();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range2 = this.getImageRange();
        if (range2) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range2.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range2.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range2.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range2;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range2 = this.getImageRange();
        if (range2) {
          const rangeStartOffset = this.document.offsetAt(range2.start);
          const content = this.getRangeContent(range2);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range2.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range2 = this.getImageRange();
        if (range2) {
          let content = this.getRangeContent(range2);
          let index = this.lastIndexOf(this.document.offsetAt(range2.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range2.start.line, range2.start.character + index + 1, range2.end.line, range2.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position2 = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position2 && position2 < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position2 = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position2 && position2 < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range2 = this.getImageRange();
        if (range2) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range2.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range2.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range2);
          const rangeStart = this.document.offsetAt(range2.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range2.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range2.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range2 = this.getBuildStageRange();
        return range2 === null ? null : this.getRangeContent(range2);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports2.From = From;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports2.Healthcheck = Healthcheck;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/label.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range2 = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range2)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Label = Label;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Onbuild = void 0;
    var vscode_languageserver_types_1 = require_main();
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports2.Onbuild = Onbuild;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/run.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Run = Run;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/shell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Shell = Shell;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Stopsignal = Stopsignal;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports2.Workdir = Workdir;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/user.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.User = User;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/instructions/volume.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range2, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range2, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Volume = Volume;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/imageTemplate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = require_main();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position2) {
        const range2 = this.getRange();
        if (range2 === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position2, range2);
      }
    };
    exports2.ImageTemplate = ImageTemplate;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/dockerfile.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Dockerfile = void 0;
    var vscode_languageserver_types_1 = require_main();
    var ast = require_main3();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position2) {
        let range2 = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position2, range2)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position2, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position2, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range2 = from.getRange();
          if (range2.start.line <= line && line <= range2.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range2 = from.getRange();
            if (range2.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range2.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        const initialRange = this.initialInstructions.getRange();
        const stageRanges = this.buildStages.map((buildStage) => buildStage.getRange());
        for (let i = 0; i < comments.length; i++) {
          const range2 = comments[i].getRange();
          if (util_1.Util.isInsideRange(range2.end, initialRange)) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            let low = 0;
            let high = stageRanges.length - 1;
            let candidate = -1;
            while (low <= high) {
              const mid = low + high >> 1;
              const start = stageRanges[mid].start;
              if (start.line < range2.start.line || start.line === range2.start.line && start.character <= range2.start.character) {
                candidate = mid;
                low = mid + 1;
              } else {
                high = mid - 1;
              }
            }
            if (candidate !== -1 && util_1.Util.isInsideRange(range2.start, stageRanges[candidate])) {
              this.buildStages[candidate].addComment(comments[i]);
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range2 = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range2 = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range2 = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart2 = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart2.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range2 = vscode_languageserver_types_1.Range.create(commentStart2, instructionEnd);
            }
            range2 = vscode_languageserver_types_1.Range.create(commentStart2, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range2 = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range2 = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range2 === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range2;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range2.end);
      }
    };
    exports2.Dockerfile = Dockerfile;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/parser.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Parser = void 0;
    var vscode_languageserver_textdocument_1 = require_main2();
    var vscode_languageserver_types_1 = require_main();
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
        this.builtInstruction = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              this.builtInstruction = null;
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.builtInstruction !== null ? this.builtInstruction : this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              this.builtInstruction = null;
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        if (instruction.getTextContent().indexOf("<") === -1) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const value of instruction.getRawArgumentValues()) {
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              const built = this.createInstruction(dockerfile, instruction, start, instructionEnd, i);
              const end = this.processHeredocs(built, i);
              this.builtInstruction = end === i ? built : null;
              return end;
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range2 = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range2));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports2.Parser = Parser2;
  }
});

// node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/main.js
var require_main3 = __commonJS({
  "node_modules/.pnpm/dockerfile-ast@0.7.1_patch_hash=35085eab6824c0d5b3cb578152e8e0790798e1750977b0de2766fb551d88ff87/node_modules/dockerfile-ast/lib/main.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DockerfileParser = exports2.DefaultVariables = exports2.Directive = exports2.Keyword = exports2.Workdir = exports2.Volume = exports2.User = exports2.Stopsignal = exports2.Shell = exports2.Run = exports2.PropertyInstruction = exports2.Onbuild = exports2.ModifiableInstruction = exports2.Label = exports2.JSONInstruction = exports2.Heredoc = exports2.Healthcheck = exports2.From = exports2.Env = exports2.Entrypoint = exports2.Copy = exports2.Cmd = exports2.Arg = exports2.Add = exports2.Variable = exports2.Property = exports2.ParserDirective = exports2.Line = exports2.Instruction = exports2.Flag = exports2.Comment = exports2.JSONArgument = exports2.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports2, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports2, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports2, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports2, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports2, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports2, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports2, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports2, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports2, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports2, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports2, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports2, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports2, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports2, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports2, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports2, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports2, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports2, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports2, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports2, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports2, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports2, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports2, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports2, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports2, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports2, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports2, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports2, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports2, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports2.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports2.Directive = Directive = {}));
    exports2.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports2.DockerfileParser = DockerfileParser2 = {}));
  }
});

// packages/core/src/parse/arguments.ts
function tokenizeArguments(text, from, to, escape, wantsValues = NO_VALUES, collapse = false) {
  const args = [];
  const length = to - from;
  const charAt = (i) => i < length ? text[from + i] : "";
  let values = true;
  let head = "";
  let last = null;
  let collapsedHeredoc = false;
  let pushedValueless = false;
  const push = (value2, start2, end) => {
    const heredoc = head === "<<";
    head = "";
    if (collapse && pushedValueless) {
      collapsedHeredoc ||= heredoc;
      last = { value: "", start: from + start2, end: from + end, heredoc };
      return;
    }
    args.push({ value: values ? value2 : "", start: positionOffset(text, from + start2), end: positionOffset(text, from + end), heredoc });
    if (!values) pushedValueless = true;
    else values = wantsValues(value2);
  };
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  let value = "";
  for (let i = 0; i < length; i++) {
    const char = text[from + i];
    if (char === " " || char === "	" || char === "\r" || char === "\n") {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === "\r" || char === "\n") {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(value, found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        value = "";
        found = -1;
      }
    } else if (char === escape) {
      const next = charAt(i + 1);
      if (next === " " || next === "	") {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          switch (text[from + j]) {
            case " ":
            case "	":
              continue;
            case "\r":
              j++;
            // falls through
            case "\n":
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === "\r") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === "\n") {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value, found, escapeMarker);
          value = "";
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === "") break;
        const appended = next === "$" ? char + next : next;
        if (values) value += appended;
        if (head.length < 2) head = (head + appended).slice(0, 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === "#") {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(value, found, escapeMarker);
          value = "";
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        if (values) value += char;
        if (head.length < 2) head += char;
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(value, found, escapeMarker === -1 ? length : escapeMarker);
  const tail = last;
  if (tail !== null) {
    args.push({ value: "", start: positionOffset(text, tail.start), end: positionOffset(text, tail.end), heredoc: collapsedHeredoc });
  }
  return args;
}
function positionOffset(text, offset) {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}
function heredocReaderMeetsNewline(text, from, to, escape) {
  let escaping = false;
  contentLoop: for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === escape) {
      escaping = true;
      for (let j = i + 1; j < to; j++) {
        const next = text[j];
        if (next === " " || next === "	") continue;
        i = next === "\r" ? j + 1 : j;
        continue contentLoop;
      }
    } else if (char === "\n") {
      if (!escaping) return true;
    } else if (char === "\r" || escaping && (char === " " || char === "	")) {
    } else {
      if (escaping && char === "#") {
        const newline = text.indexOf("\n", i + 1);
        if (newline !== -1 && newline < to) {
          i = newline;
          continue;
        }
      }
      escaping = false;
    }
  }
  return false;
}
var NO_VALUES;
var init_arguments = __esm({
  "packages/core/src/parse/arguments.ts"() {
    "use strict";
    NO_VALUES = () => false;
  }
});

// packages/core/src/parse/text.ts
function lastStartingAtOrBefore(items, offset) {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = low + high >> 1;
    if (items[mid].span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
var LineIndex;
var init_text = __esm({
  "packages/core/src/parse/text.ts"() {
    "use strict";
    LineIndex = class {
      constructor(text) {
        this.text = text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const ch = text.charCodeAt(i);
          if (ch === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          } else if (ch === 10) {
            starts.push(i + 1);
          }
        }
        this.lineStarts = starts;
      }
      text;
      lineStarts;
      /** Offset of a 0-based LSP position, clamped to the text. */
      offsetAt(line, character) {
        if (line < 0) return 0;
        if (line >= this.lineStarts.length) return this.text.length;
        const start = this.lineStarts[line];
        const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
        return Math.min(start + Math.max(0, character), next);
      }
      /** 0-based line of an offset (binary search). */
      lineOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (this.lineStarts[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return low;
      }
      /** A span with 1-based lines and columns for `[start, end)`. */
      span(start, end) {
        const s = Math.max(0, Math.min(start, this.text.length));
        const e = Math.max(s, Math.min(end, this.text.length));
        const line = this.lineOf(s);
        const endLine = e === s ? line : this.lineOf(e);
        return {
          start: s,
          end: e,
          line: line + 1,
          column: s - this.lineStarts[line] + 1,
          endLine: endLine + 1,
          endColumn: e - this.lineStarts[endLine] + 1
        };
      }
      /** End offset of a 0-based line, before its line break. */
      lineEnd(line) {
        if (line + 1 >= this.lineStarts.length) return this.text.length;
        let end = this.lineStarts[line + 1];
        if (this.text.charCodeAt(end - 1) === 10) end--;
        if (this.text.charCodeAt(end - 1) === 13) end--;
        return end;
      }
    };
  }
});

// packages/core/src/parse/dockerfile.ts
function readDirectives(lines, notices) {
  let syntax = null;
  let escape = "\\";
  let check = null;
  let checkSpan = null;
  const text = lines.text.charCodeAt(0) === 65279 ? lines.text.slice(1) : lines.text;
  const shift = text === lines.text ? 0 : 1;
  for (let line = 0; line < lines.lineStarts.length; line++) {
    const start = lines.lineStarts[line] - (line === 0 ? 0 : shift);
    const end = lines.lineEnd(line) - shift;
    const match = DIRECTIVE.exec(text.slice(start, end));
    if (!match) break;
    const key = match[1].toLowerCase();
    const value = match[2];
    if (key === "syntax") syntax = value;
    else if (key === "escape") {
      escape = value === "`" ? "`" : "\\";
      if (value !== "`" && value !== "\\") {
        notices.push({
          message: "The escape directive accepts only \\ or ` (Docker rejects this Dockerfile); layerlint read it with \\.",
          span: lines.span(start + shift, end + shift)
        });
      }
    } else if (key === "check") {
      check = value;
      checkSpan = lines.span(start + shift, end + shift);
    }
  }
  return { syntax, escape, check, checkSpan };
}
function parseFlagOptions(value) {
  const options = /* @__PURE__ */ new Map();
  if (!value) return options;
  for (const part of value.split(",")) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key) options.set(key, eq < 0 ? "" : part.slice(eq + 1).trim());
  }
  return options;
}
function unquote(value) {
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value[value.length - 1] === first) return value.slice(1, -1);
  }
  return value;
}
function splitWords(text, base, escape, limit = Infinity) {
  const words = [];
  let i = 0;
  while (i < text.length && words.length < limit) {
    const ch = text[i];
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    if (ch === escape && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += 2;
      continue;
    }
    const start = i;
    let quote = null;
    while (i < text.length) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escape && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === " " || c === "	" || c === "\n" || c === "\r") break;
      else if (c === escape) {
        if (text[i + 1] === "\n" || text[i + 1] === "\r") break;
        i++;
      }
      i++;
    }
    words.push({ value: text.slice(start, i), start: base + start, end: base + i });
  }
  return words;
}
function parseExecForm(raw) {
  const trimmed = raw.trim();
  if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) return null;
  try {
    const parsed = JSON.parse(trimmed.replace(/\\\r?\n/g, ""));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
  } catch {
  }
  return null;
}
function readFlag(text, arg) {
  const { value } = arg;
  const index = text.slice(arg.start, arg.end).indexOf("=");
  if (index === -1) return { name: value.substring(2), value: null };
  if (index === value.length - 1) return { name: value.substring(2, index), value: "" };
  const nameIndex = value.indexOf("=");
  return { name: value.substring(2, nameIndex), value: value.substring(nameIndex + 1) };
}
function leadingWords(parsed, instruction, count) {
  const end = instruction.heredocs.length > 0 ? Math.min(instruction.argsEnd, instruction.heredocs[0].contentStart) : instruction.argsEnd;
  return splitWords(parsed.text.slice(instruction.argsStart, Math.max(instruction.argsStart, end)), instruction.argsStart, parsed.directives.escape, count).map(
    (w) => unquote(w.value)
  );
}
function parseDockerfile(text) {
  const lines = new LineIndex(text);
  const notices = [];
  const directives = readDirectives(lines, notices);
  let astInstructions = [];
  let astComments = [];
  let astEscape = "\\";
  try {
    const ast = import_dockerfile_ast.DockerfileParser.parse(text);
    astInstructions = ast.getInstructions();
    astComments = ast.getComments();
    astEscape = ast.getEscapeCharacter();
  } catch {
  }
  const builder = new Builder(lines, directives.escape, astEscape);
  const instructions = [];
  for (const ast of astInstructions) {
    try {
      instructions.push(builder.build(ast, false));
    } catch {
      let span;
      try {
        span = builder.spanOf(ast.getRange());
      } catch {
        span = lines.span(0, 0);
      }
      notices.push({ message: `layerlint could not read the instruction on line ${span.line}: it was not checked.`, span });
    }
  }
  const comments = astComments.map((comment) => {
    const span = builder.spanOf(comment.getRange());
    return { text: text.slice(span.start, span.end), span };
  });
  return { text, lines, directives, instructions, comments, notices };
}
var import_dockerfile_ast, DIRECTIVE, FLAG_SEARCH, Builder;
var init_dockerfile = __esm({
  "packages/core/src/parse/dockerfile.ts"() {
    "use strict";
    import_dockerfile_ast = __toESM(require_main3(), 1);
    init_arguments();
    init_text();
    DIRECTIVE = /^#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(.*?)[ \t]*$/;
    FLAG_SEARCH = new Map([
      ...["ADD", "COPY", "FROM", "RUN"].map((keyword) => [keyword, (value) => value.includes("--")]),
      [
        "HEALTHCHECK",
        (value) => {
          const upper = value.toUpperCase();
          return upper !== "CMD" && upper !== "NONE";
        }
      ],
      // JSON-form instructions take no flags: the search stops at the first argument.
      ...["CMD", "ENTRYPOINT", "SHELL", "VOLUME"].map((keyword) => [keyword, () => false])
    ]);
    Builder = class {
      constructor(lines, escape, astEscape) {
        this.lines = lines;
        this.escape = escape;
        this.astEscape = astEscape;
      }
      lines;
      escape;
      astEscape;
      index = 0;
      instructions = [];
      offset(position2) {
        return this.lines.offsetAt(position2.line, position2.character);
      }
      spanOf(range2) {
        return this.lines.span(this.offset(range2.start), this.offset(range2.end));
      }
      /**
       * dockerfile-ast gives the instruction's boundaries and keyword. Its arguments, flags and
       * argument range are read here in one pass with dockerfile-ast's own rules
       * (`tokenizeArguments`): its getters re-tokenise on every call. Its heredoc and ENV/LABEL
       * readers still run, where they can find something.
       */
      build(ast, onbuild) {
        const text = this.lines.text;
        const keyword = ast.getKeyword().toUpperCase();
        const span = this.spanOf(ast.getRange());
        const keywordEnd = this.offset(ast.getInstructionRange().end);
        const searchesFlags = FLAG_SEARCH.get(keyword);
        const args = tokenizeArguments(text, keywordEnd, span.end, this.astEscape, searchesFlags, true);
        const flags = [];
        if (searchesFlags) {
          for (const arg of args) {
            if (!searchesFlags(arg.value)) break;
            if (!arg.value.startsWith("--")) continue;
            const flag = readFlag(text, arg);
            flags.push({
              name: flag.name.toLowerCase(),
              value: flag.value,
              options: parseFlagOptions(flag.value),
              span: this.lines.span(arg.start, arg.end)
            });
          }
        }
        const hasArgs = args.length > flags.length;
        let argsStart = hasArgs ? args[flags.length].start : span.end;
        const argsEnd = hasArgs ? args[args.length - 1].end : span.end;
        for (const flag of flags) if (flag.span.end > argsStart) argsStart = flag.span.end;
        const heredocs = [];
        let heredocArg = false;
        for (let i = flags.length; i < args.length && !heredocArg; i++) heredocArg = args[i].heredoc;
        if (heredocArg || hasArgs && span.line !== span.endLine && heredocReaderMeetsNewline(text, args[flags.length].start, span.end, this.astEscape)) {
          for (const heredoc of ast.getHeredocs()) {
            const range2 = heredoc.getContentRange();
            const start = range2 ? this.offset(range2.start) : span.end;
            const end = range2 ? this.offset(range2.end) : span.end;
            heredocs.push({ name: heredoc.getName(), content: text.slice(start, end), contentStart: start });
          }
        }
        const firstBodyStart = heredocs.length > 0 ? this.lines.lineStarts[this.lines.lineOf(heredocs[0].contentStart)] : argsEnd;
        const wordsEnd = Math.min(argsEnd, Math.max(argsStart, firstBodyStart));
        let words;
        const lines = this.lines;
        const escape = this.escape;
        const readWords = () => words ??= splitWords(text.slice(argsStart, wordsEnd), argsStart, escape).map((w) => ({
          value: unquote(w.value),
          span: lines.span(w.start, w.end)
        }));
        const properties = this.properties(ast, keyword, argsStart, wordsEnd);
        const exec = keyword === "RUN" || keyword === "COPY" || keyword === "ADD" || keyword === "CMD" || keyword === "ENTRYPOINT" || keyword === "SHELL" || keyword === "HEALTHCHECK" ? parseExecForm(text.slice(argsStart, argsEnd)) : null;
        const instruction = {
          index: this.index++,
          keyword,
          span,
          argsStart,
          argsEnd,
          flags,
          properties,
          heredocs,
          get words() {
            return readWords();
          },
          exec,
          trigger: null,
          onbuild
        };
        if (keyword === "ONBUILD" && !onbuild) {
          const trigger = ast.getTriggerInstruction();
          if (trigger) {
            const built = this.build(trigger, true);
            instruction.trigger = built;
          }
        }
        return instruction;
      }
      properties(ast, keyword, argsStart, argsEnd) {
        if (keyword === "ARG") {
          return splitWords(this.lines.text.slice(argsStart, argsEnd), argsStart, this.escape).map((word) => {
            const eq = word.value.indexOf("=");
            if (eq < 0) {
              const nameSpan = this.lines.span(word.start, word.end);
              return { name: word.value, value: null, nameSpan, valueSpan: null, span: nameSpan };
            }
            return {
              name: word.value.slice(0, eq),
              value: unquote(word.value.slice(eq + 1)),
              nameSpan: this.lines.span(word.start, word.start + eq),
              valueSpan: this.lines.span(word.start + eq + 1, word.end),
              span: this.lines.span(word.start, word.end)
            };
          });
        }
        if (keyword === "ENV" || keyword === "LABEL") {
          const props = ast.getProperties();
          return props.map((prop) => {
            const nameSpan = this.spanOf(prop.getNameRange());
            const valueRange = prop.getValueRange();
            const valueSpan = valueRange ? this.spanOf(valueRange) : null;
            return {
              name: unquote(prop.getName()),
              value: prop.getValue() ?? "",
              nameSpan,
              valueSpan,
              span: this.lines.span(nameSpan.start, valueSpan ? valueSpan.end : nameSpan.end)
            };
          });
        }
        return [];
      }
    };
  }
});

// packages/core/src/shell/scan.ts
function dialectOf(options) {
  const shell = options?.shell ?? "posix";
  const continuation = options?.escapeChar === "`" ? BACKTICK : BACKSLASH;
  const escape = shell === "powershell" ? BACKTICK : shell === "cmd" ? CARET : continuation === BACKTICK ? BACKTICK : BACKSLASH;
  return {
    shell,
    continuation,
    escape,
    backtick: shell === "posix" && escape !== BACKTICK,
    singleQuotes: shell !== "cmd"
  };
}
function isNameStart(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function isNameChar(code) {
  return isNameStart(code) || code >= 48 && code <= 57;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function isSpecialParameter(code) {
  return isDigit(code) || code === 64 || code === 42 || code === HASH || code === 63 || code === DOLLAR || code === BANG || code === 45;
}
function newlineLength(src, pos) {
  const c = src.charCodeAt(pos);
  if (c === NL) return 1;
  return c === CR && src.charCodeAt(pos + 1) === NL ? 2 : 0;
}
function simpleRef(src, pos, limit, dialect) {
  let from = pos + 1;
  if (dialect.shell === "powershell" && hasEnvPrefix(src, from) && from + 4 < limit && isNameStart(src.charCodeAt(from + 4))) {
    from += 4;
  }
  if (from >= limit || !isNameStart(src.charCodeAt(from))) return null;
  let end = from + 1;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  return { name: src.slice(from, end), start: pos, end };
}
function hasEnvPrefix(src, pos) {
  return src.slice(pos, pos + 4).toLowerCase() === "env:";
}
function braceName(src, pos, limit, dialect) {
  let from = pos;
  const first = src.charCodeAt(from);
  if (first === HASH || first === BANG) from++;
  if (dialect.shell === "powershell" && hasEnvPrefix(src, from)) from += 4;
  if (from >= limit || !isNameStart(src.charCodeAt(from))) return null;
  let end = from + 1;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  if (end < limit && !AFTER_BRACE_NAME.has(src.charCodeAt(end))) return null;
  return src.slice(from, end);
}
function percentRef(src, pos, limit) {
  if (pos + 1 >= limit || !isNameStart(src.charCodeAt(pos + 1))) return null;
  let end = pos + 2;
  while (end < limit && isNameChar(src.charCodeAt(end))) end++;
  if (end >= limit || src.charCodeAt(end) !== PERCENT) return null;
  return { name: src.slice(pos + 1, end), start: pos, end: end + 1 };
}
function ansiQuoteEnd(src, pos, limit) {
  let at = pos + 1;
  while (at < limit) {
    const c = src.charCodeAt(at);
    if (c === BACKSLASH) at += 2;
    else if (c === SQUOTE) return at + 1;
    else at++;
  }
  return limit;
}
function scanRefs(src, pos, limit, base, dialect, out) {
  const stack = [base];
  const openBraces = [];
  const cmd = dialect.shell === "cmd";
  while (pos < limit) {
    const top = stack[stack.length - 1];
    const c = src.charCodeAt(pos);
    if (c === dialect.continuation) {
      const nl = newlineLength(src, pos + 1);
      if (nl > 0) {
        pos += 1 + nl;
        continue;
      }
    }
    if (c === DOLLAR) {
      const next = src.charCodeAt(pos + 1);
      if (next === LBRACE) {
        const name = braceName(src, pos + 2, limit, dialect);
        const ref = name === null ? null : { name, start: pos, end: limit };
        if (ref) out.push(ref);
        stack.push(SCAN_BRACE);
        openBraces.push(ref);
        pos += 2;
      } else if (next === LPAREN) {
        stack.push(SCAN_PAREN);
        pos += 2;
      } else if (next === SQUOTE && top !== SCAN_DQUOTE && top !== SCAN_HEREDOC && dialect.shell === "posix") {
        pos = ansiQuoteEnd(src, pos + 1, limit);
      } else {
        const ref = simpleRef(src, pos, limit, dialect);
        if (ref) {
          out.push(ref);
          pos = ref.end;
        } else pos += isSpecialParameter(next) ? 2 : 1;
      }
      continue;
    }
    if (c === PERCENT && cmd) {
      const ref = percentRef(src, pos, limit);
      if (ref) {
        out.push(ref);
        pos = ref.end;
      } else pos += src.charCodeAt(pos + 1) === PERCENT ? 2 : 1;
      continue;
    }
    if (top === SCAN_DQUOTE || top === SCAN_HEREDOC) {
      if (c === DQUOTE && top === SCAN_DQUOTE) {
        stack.pop();
        pos++;
      } else if (c === dialect.escape && !(cmd && top === SCAN_DQUOTE)) pos += 2;
      else if (c === BACKTICK && dialect.backtick) {
        stack.push(SCAN_BACKTICK);
        pos++;
      } else pos++;
      continue;
    }
    if (c === dialect.escape) {
      pos += 2;
    } else if (c === SQUOTE && dialect.singleQuotes) {
      const close = src.indexOf("'", pos + 1);
      pos = close < 0 || close >= limit ? limit : close + 1;
    } else if (c === DQUOTE) {
      stack.push(SCAN_DQUOTE);
      pos++;
    } else if (c === BACKTICK && dialect.backtick) {
      if (top === SCAN_BACKTICK) stack.pop();
      else stack.push(SCAN_BACKTICK);
      pos++;
    } else if (c === LPAREN && top === SCAN_PAREN) {
      stack.push(SCAN_PAREN);
      pos++;
    } else if (c === RPAREN && top === SCAN_PAREN) {
      stack.pop();
      pos++;
    } else if (c === RBRACE && top === SCAN_BRACE) {
      stack.pop();
      const ref = openBraces.pop();
      if (ref) ref.end = pos + 1;
      pos++;
    } else pos++;
    if (stack.length === 0) return pos;
  }
  return limit;
}
var TAB, NL, CR, SPACE, BANG, DQUOTE, HASH, DOLLAR, PERCENT, AMP, SQUOTE, LPAREN, RPAREN, SEMI, LT, GT, BACKSLASH, BACKTICK, LBRACE, PIPE, RBRACE, CARET, AFTER_BRACE_NAME, SCAN_HEREDOC, SCAN_PAREN, SCAN_BRACE, SCAN_DQUOTE, SCAN_BACKTICK;
var init_scan = __esm({
  "packages/core/src/shell/scan.ts"() {
    "use strict";
    TAB = 9;
    NL = 10;
    CR = 13;
    SPACE = 32;
    BANG = 33;
    DQUOTE = 34;
    HASH = 35;
    DOLLAR = 36;
    PERCENT = 37;
    AMP = 38;
    SQUOTE = 39;
    LPAREN = 40;
    RPAREN = 41;
    SEMI = 59;
    LT = 60;
    GT = 62;
    BACKSLASH = 92;
    BACKTICK = 96;
    LBRACE = 123;
    PIPE = 124;
    RBRACE = 125;
    CARET = 94;
    AFTER_BRACE_NAME = new Set("}:-=?+#%/^,[@*".split("").map((ch) => ch.charCodeAt(0)));
    SCAN_HEREDOC = 1;
    SCAN_PAREN = 2;
    SCAN_BRACE = 3;
    SCAN_DQUOTE = 4;
    SCAN_BACKTICK = 5;
  }
});

// packages/core/src/shell/parse.ts
function isWordBreak(c) {
  return c === SPACE || c === TAB || c === NL || c === CR || c === SEMI || c === AMP || c === PIPE || c === LT || c === GT || c === LPAREN || c === RPAREN;
}
function stripLeadingTabs(text) {
  let out = "";
  let line = 0;
  while (line < text.length) {
    let start = line;
    while (text.charCodeAt(start) === TAB) start++;
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    out += text.slice(start, end);
    line = end;
  }
  return out;
}
function decodeAnsi(body) {
  let out = "";
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) !== 92) continue;
    const decoded = ANSI_ESCAPES[body[i + 1] ?? ""];
    if (decoded === void 0) continue;
    out += body.slice(run, i) + decoded;
    i++;
    run = i + 1;
  }
  return out + body.slice(run);
}
function parseShell(script, options) {
  const parser = new Parser(script, dialectOf(options));
  parser.parseList(NO_TERMINATOR);
  const vars = parser.vars;
  for (let i = 1; i < vars.length; i++) {
    if (vars[i].start < vars[i - 1].start) {
      vars.sort((a, b) => a.start - b.start);
      break;
    }
  }
  const commands = parser.commands;
  return parser.truncatedAt === void 0 ? { commands, vars } : { commands, vars, truncatedAt: parser.truncatedAt };
}
var MAX_DEPTH, MAX_SHELL_COMMANDS, SKIPPED_KEYWORDS, NO_TERMINATOR, NO_VARS, REDIRECT_OPS, Parser, ANSI_ESCAPES;
var init_parse = __esm({
  "packages/core/src/shell/parse.ts"() {
    "use strict";
    init_scan();
    MAX_DEPTH = 24;
    MAX_SHELL_COMMANDS = 5e4;
    SKIPPED_KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}"]);
    NO_TERMINATOR = 0;
    NO_VARS = Object.freeze([]);
    REDIRECT_OPS = ["&>>", "&>", "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"];
    Parser = class {
      constructor(src, dialect) {
        this.src = src;
        this.dialect = dialect;
        this.length = src.length;
      }
      src;
      dialect;
      commands = [];
      vars = [];
      pos = 0;
      /** Offset of the first command past MAX_SHELL_COMMANDS, where reading stopped. */
      truncatedAt;
      depth = 0;
      /** The character that ends the list being parsed: `)`, a backtick, or none. */
      terminator = NO_TERMINATOR;
      pending = [];
      length;
      /** Parses commands until EOF or the list's terminator, which it consumes. */
      parseList(terminator) {
        const state = { subshells: 0, cases: 0, expectPattern: false, pipeFrom: -1, last: -1 };
        const src = this.src;
        const saved = this.terminator;
        this.terminator = terminator;
        while (this.pos < this.length) {
          this.skipBlanks(true);
          if (this.pos >= this.length) break;
          const at = this.pos;
          const c = src.charCodeAt(at);
          const next = src.charCodeAt(at + 1);
          if (c === NL) {
            this.pos++;
            this.readHeredocBodies();
          } else if (c === RPAREN) {
            this.pos++;
            if (state.subshells > 0) state.subshells--;
            else if (terminator === RPAREN) break;
          } else if (c === BACKTICK && terminator === BACKTICK) {
            this.pos++;
            break;
          } else if (c === SEMI) {
            this.pos += next === SEMI ? src.charCodeAt(at + 2) === AMP ? 3 : 2 : next === AMP ? 2 : 1;
            if (this.pos - at > 1 && state.cases > 0) state.expectPattern = true;
            state.pipeFrom = -1;
          } else if (c === AMP && next !== GT) {
            this.pos += next === AMP ? 2 : 1;
            state.pipeFrom = -1;
          } else if (c === PIPE) {
            if (next === PIPE) {
              this.pos += 2;
              state.pipeFrom = -1;
            } else {
              this.pos += next === AMP ? 2 : 1;
              state.pipeFrom = state.last;
            }
          } else if (c === LPAREN) {
            if (next === LPAREN) this.pos = scanRefs(src, at + 1, this.length, SCAN_PAREN, this.dialect, this.vars);
            else {
              state.subshells++;
              this.pos++;
            }
          } else if (state.expectPattern) {
            this.readCasePattern(state);
          } else {
            this.parseCommand(state);
          }
          if (this.pos === at) this.pos++;
        }
        this.terminator = saved;
      }
      /** Spaces, tabs, CRs, line continuations and (when `comments`) a `#` comment up to the newline. */
      skipBlanks(comments) {
        const src = this.src;
        let pos = this.pos;
        while (pos < this.length) {
          const c = src.charCodeAt(pos);
          if (c === SPACE || c === TAB || c === CR) pos++;
          else if (c === this.dialect.continuation && newlineLength(src, pos + 1) > 0) pos += 1 + newlineLength(src, pos + 1);
          else if (c === HASH && comments && this.dialect.shell !== "cmd") {
            const eol = src.indexOf("\n", pos);
            pos = eol < 0 ? this.length : eol;
          } else break;
        }
        this.pos = pos;
      }
      parseCommand(state) {
        const src = this.src;
        const command = { assignments: [], words: [], redirects: [], start: -1, end: -1 };
        let atName = true;
        let header = 0;
        let inTest = false;
        for (; ; ) {
          this.skipBlanks(true);
          const at = this.pos;
          if (at >= this.length) break;
          const c = src.charCodeAt(at);
          const next = src.charCodeAt(at + 1);
          if (c === NL || c === SEMI) break;
          if (c === BACKTICK && this.terminator === BACKTICK && this.dialect.backtick) break;
          if (inTest) {
            if (c === AMP && next === AMP || c === PIPE && next === PIPE) {
              this.pos += 2;
              continue;
            }
            if (c === LT || c === GT || c === LPAREN || c === RPAREN) {
              this.pos++;
              continue;
            }
          }
          if (c === PIPE || c === RPAREN || c === AMP && next !== GT) break;
          if (c === LPAREN) {
            if (next === LPAREN && (header === 1 || atName && command.words.length === 0)) {
              this.pos = scanRefs(src, at + 1, this.length, SCAN_PAREN, this.dialect, this.vars);
            } else if (atName && header === 0 && command.words.length === 0) {
              state.subshells++;
              this.pos++;
            } else {
              const close = command.words.length === 1 ? this.closingParen(at + 1) : -1;
              if (close >= 0) {
                command.words.length = 0;
                command.start = -1;
                atName = true;
                this.pos = close + 1;
              } else this.pos++;
            }
            continue;
          }
          if ((c === LT || c === GT) && next !== LPAREN || c === AMP) {
            command.end = this.readRedirect(command, void 0);
            if (command.start < 0) command.start = at;
            continue;
          }
          if (isDigit(c)) {
            let end = at + 1;
            while (end < this.length && isDigit(src.charCodeAt(end))) end++;
            const op = src.charCodeAt(end);
            if ((op === LT || op === GT) && src.charCodeAt(end + 1) !== LPAREN) {
              this.pos = end;
              const fd = end - at <= 9 ? Number(src.slice(at, end)) : void 0;
              command.end = this.readRedirect(command, fd);
              if (command.start < 0) command.start = at;
              continue;
            }
          }
          if (atName && header === 0) {
            const assignment = this.readAssignment();
            if (assignment) {
              command.assignments.push(assignment);
              if (command.start < 0) command.start = assignment.start;
              command.end = assignment.end;
              continue;
            }
          }
          const word = this.readWord(false);
          if (header !== 0) {
            if (header === 2 && !word.quoted && word.raw === "in") {
              state.cases++;
              state.expectPattern = true;
              return;
            }
            if (header === 3) header = 0;
            continue;
          }
          if (atName && !word.quoted) {
            const keyword = word.raw;
            if (SKIPPED_KEYWORDS.has(keyword)) continue;
            if (keyword === "esac") {
              if (state.cases > 0) state.cases--;
              continue;
            }
            if (keyword === "for" || keyword === "select") {
              header = 1;
              continue;
            }
            if (keyword === "case") {
              header = 2;
              continue;
            }
            if (keyword === "function") {
              header = 3;
              continue;
            }
            if (keyword === "[[") inTest = true;
          }
          if (inTest && !word.quoted && word.raw === "]]") inTest = false;
          command.words.push(word);
          if (command.start < 0) command.start = word.start;
          command.end = word.end;
          atName = false;
        }
        if (header !== 0) return;
        if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) return;
        if (state.pipeFrom >= 0) {
          command.pipedFrom = state.pipeFrom;
          state.pipeFrom = -1;
        }
        if (this.commands.length >= MAX_SHELL_COMMANDS) {
          this.truncatedAt = command.start >= 0 ? command.start : this.pos;
          this.pos = this.length;
          return;
        }
        state.last = this.commands.length;
        this.commands.push(command);
      }
      /** The offset of a `)` that follows `pos` after nothing but blanks, or -1. */
      closingParen(pos) {
        const src = this.src;
        let at = pos;
        while (at < this.length && (src.charCodeAt(at) === SPACE || src.charCodeAt(at) === TAB)) at++;
        return src.charCodeAt(at) === RPAREN ? at : -1;
      }
      /** Words of a case pattern (`a|b)`), discarded; consumes the closing `)` or the `esac`. */
      readCasePattern(state) {
        const src = this.src;
        for (; ; ) {
          this.skipBlanks(true);
          const at = this.pos;
          if (at >= this.length) return;
          const c = src.charCodeAt(at);
          if (c === NL) {
            this.pos++;
            this.readHeredocBodies();
            continue;
          }
          if (c === RPAREN) {
            this.pos++;
            state.expectPattern = false;
            return;
          }
          if (c === LPAREN || c === PIPE) {
            this.pos++;
            continue;
          }
          if (isWordBreak(c) || c === BACKTICK && this.terminator === BACKTICK) {
            state.expectPattern = false;
            return;
          }
          const word = this.readWord(false);
          if (!word.quoted && word.raw === "esac") {
            if (state.cases > 0) state.cases--;
            state.expectPattern = false;
            return;
          }
        }
      }
      /** `NAME=value`, `NAME+=value`, `NAME[i]=value` at the current position, or null (nothing consumed). */
      readAssignment() {
        const src = this.src;
        const start = this.pos;
        if (!isNameStart(src.charCodeAt(start))) return null;
        let at = start + 1;
        while (at < this.length && isNameChar(src.charCodeAt(at))) at++;
        const nameEnd = at;
        if (src.charCodeAt(at) === 91) {
          while (at < this.length && src.charCodeAt(at) !== 93 && !isWordBreak(src.charCodeAt(at))) at++;
          if (src.charCodeAt(at) !== 93) return null;
          at++;
        }
        if (src.charCodeAt(at) === 43) at++;
        if (src.charCodeAt(at) !== 61) return null;
        this.pos = at + 1;
        const value = this.readWord(true);
        return { name: src.slice(start, nameEnd), value, start, end: value.end };
      }
      /** Reads a redirection operator at the current position and its target; returns the end offset. */
      readRedirect(command, fd) {
        const src = this.src;
        const at = this.pos;
        let op = ">";
        for (const candidate of REDIRECT_OPS) {
          if (src.startsWith(candidate, at)) {
            op = candidate;
            this.pos = at + candidate.length;
            break;
          }
        }
        this.skipBlanks(false);
        const isHeredoc = op === "<<" || op === "<<-";
        const varsBefore = this.vars.length;
        let target;
        const c = src.charCodeAt(this.pos);
        if (this.pos < this.length && !isWordBreak(c) && !(c === BACKTICK && this.terminator === BACKTICK)) {
          target = this.readWord(false);
        } else {
          target = { raw: "", value: "", start: this.pos, end: this.pos, vars: NO_VARS, quoted: false, hasSubstitution: false };
        }
        if (isHeredoc && target.vars.length > 0) {
          this.vars.length = varsBefore;
          target = { ...target, vars: NO_VARS };
        }
        const redirect = fd === void 0 ? { op, target } : { op, fd, target };
        if (isHeredoc) {
          this.pending.push({ redirect, delimiter: target.value, stripTabs: op === "<<-", expands: !target.quoted });
        }
        command.redirects.push(redirect);
        return target.end;
      }
      /** Called just after a newline: the bodies of the heredocs opened on the line before. */
      readHeredocBodies() {
        if (this.pending.length === 0) return;
        const src = this.src;
        const pending = this.pending;
        this.pending = [];
        for (const heredoc of pending) {
          const bodyStart = this.pos;
          let bodyEnd = this.length;
          let resume = this.length;
          let line = bodyStart;
          while (line < this.length) {
            const newline = src.indexOf("\n", line);
            const lineEnd = newline < 0 ? this.length : newline;
            let textStart = line;
            if (heredoc.stripTabs) while (textStart < lineEnd && src.charCodeAt(textStart) === TAB) textStart++;
            const textEnd = lineEnd > textStart && src.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
            if (textEnd - textStart === heredoc.delimiter.length && src.startsWith(heredoc.delimiter, textStart)) {
              bodyEnd = line;
              resume = newline < 0 ? this.length : newline + 1;
              break;
            }
            line = newline < 0 ? this.length : newline + 1;
          }
          const body = src.slice(bodyStart, bodyEnd);
          heredoc.redirect.heredocBody = heredoc.stripTabs ? stripLeadingTabs(body) : body;
          if (heredoc.expands) scanRefs(src, bodyStart, bodyEnd, SCAN_HEREDOC, this.dialect, this.vars);
          this.pos = resume;
        }
      }
      /**
       * Reads one word at the current position. `arrayValue`: the word is an assignment value, which
       * may be empty or an array `(…)`.
       */
      readWord(arrayValue) {
        const src = this.src;
        const dialect = this.dialect;
        const start = this.pos;
        const varsFrom = this.vars.length;
        const parts = { value: "", quoted: false, substitution: false };
        let pos = start;
        let run = pos;
        while (pos < this.length) {
          const c = src.charCodeAt(pos);
          if (c === dialect.continuation) {
            const nl = newlineLength(src, pos + 1);
            if (nl > 0) {
              parts.value += src.slice(run, pos);
              pos += 1 + nl;
              run = pos;
              continue;
            }
          }
          if (isWordBreak(c)) {
            if (pos !== start) break;
            if (arrayValue && c === LPAREN) {
              pos = scanRefs(src, pos + 1, this.length, SCAN_PAREN, dialect, this.vars);
              continue;
            }
            if ((c === LT || c === GT) && src.charCodeAt(pos + 1) === LPAREN) {
              parts.substitution = true;
              pos = this.substitution(pos + 2, RPAREN);
              continue;
            }
            break;
          }
          if (c === BACKTICK && dialect.backtick && this.terminator === BACKTICK) break;
          if (c === dialect.escape) {
            parts.value += src.slice(run, pos);
            parts.quoted = true;
            if (pos + 1 >= this.length) {
              parts.value += src[pos];
              pos++;
            } else {
              const nl = newlineLength(src, pos + 1);
              if (nl > 0) pos += 1 + nl;
              else {
                parts.value += src[pos + 1];
                pos += 2;
              }
            }
            run = pos;
            continue;
          }
          if (c === SQUOTE && dialect.singleQuotes) {
            parts.value += src.slice(run, pos);
            parts.quoted = true;
            const close = src.indexOf("'", pos + 1);
            const end = close < 0 ? this.length : close;
            parts.value += src.slice(pos + 1, end);
            pos = Math.min(end + 1, this.length);
            run = pos;
            continue;
          }
          if (c === DQUOTE) {
            parts.value += src.slice(run, pos);
            pos = this.readDoubleQuoted(pos, parts);
            run = pos;
            continue;
          }
          if (c === DOLLAR) {
            parts.value += src.slice(run, pos);
            pos = this.readDollar(pos, parts, false);
            run = pos;
            continue;
          }
          if (c === BACKTICK && dialect.backtick) {
            parts.value += src.slice(run, pos);
            pos = run = this.readBacktick(pos, parts);
            continue;
          }
          if (c === PERCENT && dialect.shell === "cmd") {
            const end = this.readPercentRef(pos);
            if (end >= 0) {
              pos = end;
              continue;
            }
          }
          pos++;
        }
        parts.value += src.slice(run, pos);
        this.pos = pos;
        return {
          raw: src.slice(start, pos),
          value: parts.value,
          start,
          end: pos,
          vars: this.vars.length === varsFrom ? NO_VARS : this.vars.slice(varsFrom),
          quoted: parts.quoted,
          hasSubstitution: parts.substitution
        };
      }
      /** Reads a `` `…` `` substitution at `open` into the word (kept textually); returns the offset after it. */
      readBacktick(open2, parts) {
        parts.substitution = true;
        const end = this.substitution(open2 + 1, BACKTICK);
        parts.value += this.src.slice(open2, end);
        return end;
      }
      /** Records a cmd `%X%` reference at `pos` (the text stays in the word); returns its end, or -1. */
      readPercentRef(pos) {
        const ref = percentRef(this.src, pos, this.length);
        if (!ref) return -1;
        this.vars.push(ref);
        return ref.end;
      }
      /** Reads `"…"` starting at its opening quote; returns the offset after the closing quote. */
      readDoubleQuoted(open2, parts) {
        const src = this.src;
        const dialect = this.dialect;
        parts.quoted = true;
        let pos = open2 + 1;
        let run = pos;
        while (pos < this.length) {
          const c = src.charCodeAt(pos);
          if (c === DQUOTE) {
            parts.value += src.slice(run, pos);
            return pos + 1;
          }
          if (c === dialect.continuation || c === dialect.escape && dialect.shell !== "cmd") {
            const nl = newlineLength(src, pos + 1);
            if (nl > 0) {
              parts.value += src.slice(run, pos);
              pos += 1 + nl;
              run = pos;
              continue;
            }
          }
          if (c === dialect.escape && dialect.shell !== "cmd" && pos + 1 < this.length) {
            const next = src.charCodeAt(pos + 1);
            if (c !== 92 || next === DOLLAR || next === BACKTICK || next === DQUOTE || next === 92) {
              parts.value += src.slice(run, pos) + src[pos + 1];
              pos += 2;
              run = pos;
              continue;
            }
          }
          if (c === DOLLAR) {
            parts.value += src.slice(run, pos);
            pos = this.readDollar(pos, parts, true);
            run = pos;
            continue;
          }
          if (c === BACKTICK && dialect.backtick) {
            parts.value += src.slice(run, pos);
            pos = run = this.readBacktick(pos, parts);
            continue;
          }
          if (c === PERCENT && dialect.shell === "cmd") {
            const end = this.readPercentRef(pos);
            if (end >= 0) {
              pos = end;
              continue;
            }
          }
          pos++;
        }
        parts.value += src.slice(run, pos);
        return this.length;
      }
      /** Reads what a `$` at `pos` starts; appends its text to `parts.value` as written. */
      readDollar(pos, parts, inDoubleQuotes) {
        const src = this.src;
        const next = src.charCodeAt(pos + 1);
        let end;
        if (next === LBRACE) {
          const name = braceName(src, pos + 2, this.length, this.dialect);
          const ref = name === null ? null : { name, start: pos, end: this.length };
          if (ref) this.vars.push(ref);
          end = scanRefs(src, pos + 2, this.length, SCAN_BRACE, this.dialect, this.vars);
          if (ref) ref.end = end;
        } else if (next === LPAREN) {
          if (src.charCodeAt(pos + 2) === LPAREN) {
            end = scanRefs(src, pos + 2, this.length, SCAN_PAREN, this.dialect, this.vars);
          } else {
            parts.substitution = true;
            end = this.substitution(pos + 2, RPAREN);
          }
        } else if (next === SQUOTE && !inDoubleQuotes && this.dialect.shell === "posix") {
          parts.quoted = true;
          end = ansiQuoteEnd(src, pos + 1, this.length);
          parts.value += decodeAnsi(src.slice(pos + 2, src.charCodeAt(end - 1) === SQUOTE && end - 1 > pos + 1 ? end - 1 : end));
          return end;
        } else if (next === DQUOTE && !inDoubleQuotes && this.dialect.shell === "posix") {
          return pos + 1;
        } else {
          const ref = simpleRef(src, pos, this.length, this.dialect);
          if (ref) {
            this.vars.push(ref);
            end = ref.end;
          } else end = Math.min(pos + (isSpecialParameter(next) ? 2 : 1), this.length);
        }
        parts.value += src.slice(pos, end);
        return end;
      }
      /** Parses a `$(…)`/backtick body starting at `pos`; returns the offset after its terminator. */
      substitution(pos, terminator) {
        if (this.depth >= MAX_DEPTH) {
          return scanRefs(this.src, pos, this.length, terminator === RPAREN ? SCAN_PAREN : SCAN_BACKTICK, this.dialect, this.vars);
        }
        this.depth++;
        this.pos = pos;
        this.parseList(terminator);
        this.depth--;
        return this.pos;
      }
    };
    ANSI_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"' };
  }
});

// packages/core/src/shell/program.ts
function basenameOf(program) {
  const slash = program.lastIndexOf("/");
  return slash < 0 ? program : program.slice(slash + 1);
}
function skipWrapper(words, index, spec, isEnv) {
  let at = index + 1;
  while (at < words.length) {
    const value = words[at].value;
    if (value === "--") {
      at++;
      break;
    }
    if (!value.startsWith("-") || value === "-") break;
    if (value.startsWith("--")) {
      const name = value.slice(2).split("=", 1)[0];
      if (isEnv && name === "split-string") return -1;
      at += !value.includes("=") && spec.longValued.includes(name) ? 2 : 1;
      continue;
    }
    let skipNext = false;
    for (let i = 1; i < value.length; i++) {
      const letter = value[i];
      if (spec.noRun.includes(letter)) return -1;
      if (isEnv && letter === "S") return -1;
      if (spec.valued.includes(letter)) {
        skipNext = i === value.length - 1;
        break;
      }
    }
    at += skipNext ? 2 : 1;
  }
  if (isEnv) while (at < words.length && ASSIGNMENT_WORD.test(words[at].value)) at++;
  at += spec.positionals;
  return at < words.length ? at : -1;
}
function programOf(cmd) {
  const words = cmd.words;
  if (words.length === 0) return { name: "", args: [] };
  let index = 0;
  for (; ; ) {
    const name = basenameOf(words[index].value);
    const spec = WRAPPERS.get(name);
    const next = spec ? skipWrapper(words, index, spec, name === "env") : -1;
    if (next < 0) return { name, args: words.slice(index + 1) };
    index = next;
  }
}
function verbatimOffset(word) {
  if (word.raw === word.value) return word.start;
  const quote = word.raw[0];
  if ((quote === "'" || quote === '"') && word.raw.length === word.value.length + 2 && word.raw.endsWith(quote) && word.raw.slice(1, -1) === word.value) {
    return word.start + 1;
  }
  return -1;
}
function innerScripts(cmd) {
  let { name, args } = programOf(cmd);
  if (name === "busybox" && args.length > 0) {
    name = basenameOf(args[0].value);
    args = args.slice(1);
  }
  if (!POSIX_SHELLS.has(name)) return [];
  let command = false;
  let at = 0;
  for (; at < args.length; at++) {
    const value = args[at].value;
    if (value === "--" || value === "-") {
      at++;
      break;
    }
    if (value.startsWith("--")) {
      if (value === "--rcfile" || value === "--init-file") at++;
      continue;
    }
    if (value.length < 2 || value[0] !== "-" && value[0] !== "+") break;
    if (value.includes("c")) command = true;
    if (value.includes("o") || value.includes("O")) at++;
  }
  const script = args[at];
  if (!command || !script) return [];
  return [{ script: script.value, offset: verbatimOffset(script) }];
}
var wrapper, WRAPPERS, ASSIGNMENT_WORD, POSIX_SHELLS;
var init_program = __esm({
  "packages/core/src/shell/program.ts"() {
    "use strict";
    wrapper = (valued, longValued = [], positionals = 0, noRun = "") => ({
      valued,
      longValued,
      positionals,
      noRun
    });
    WRAPPERS = /* @__PURE__ */ new Map([
      ["sudo", wrapper("ugCDhprtUT", ["user", "group", "chdir", "host", "prompt", "role", "type", "other-user", "close-from", "command-timeout"], 0, "lLvVkK")],
      ["doas", wrapper("uC")],
      ["env", wrapper("uCS", ["unset", "chdir", "split-string"])],
      ["exec", wrapper("a")],
      ["command", wrapper("", [], 0, "vV")],
      ["builtin", wrapper("")],
      ["time", wrapper("fo", ["format", "output"])],
      ["nice", wrapper("n", ["adjustment"])],
      ["nohup", wrapper("")],
      ["stdbuf", wrapper("ioe", ["input", "output", "error"])],
      ["ionice", wrapper("cnp", ["class", "classdata", "pid"])],
      ["timeout", wrapper("sk", ["signal", "kill-after"], 1)],
      ["gosu", wrapper("", [], 1)],
      ["su-exec", wrapper("", [], 1)]
    ]);
    ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*=/;
    POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
  }
});

// packages/core/src/util/glob.ts
function codePoints(text) {
  const out = [];
  for (const ch of text) out.push(ch.codePointAt(0));
  return out;
}
function classChar(cps, at) {
  let i = at;
  const first = cps[i];
  if (first === void 0 || first === 45 || first === 93) throw new GlobSyntaxError("bad character class");
  if (first === 92) {
    i += 1;
    if (cps[i] === void 0) throw new GlobSyntaxError("bad character class");
  }
  const cp = cps[i];
  if (cps[i + 1] === void 0) throw new GlobSyntaxError("unterminated character class");
  return [cp, i + 1];
}
function parseClass(cps, start, bangNegates = true) {
  let i = start;
  let negated = false;
  if (cps[i] === 94 || bangNegates && cps[i] === 33) {
    negated = true;
    i += 1;
  }
  const ranges = [];
  for (; ; ) {
    if (cps[i] === 93 && ranges.length > 0) return [{ negated, ranges }, i + 1];
    const [lo, afterLo] = classChar(cps, i);
    let hi = lo;
    i = afterLo;
    if (cps[i] === 45 && cps[i + 1] !== 93) {
      const [rangeEnd, afterHi] = classChar(cps, i + 1);
      hi = rangeEnd;
      i = afterHi;
    }
    ranges.push(lo, hi);
  }
}
function classMatches(cls, cp) {
  let inside = false;
  for (let r = 0; r < cls.ranges.length; r += 2) {
    if (cls.ranges[r] <= cp && cp <= cls.ranges[r + 1]) {
      inside = true;
      break;
    }
  }
  return inside !== cls.negated;
}
function compileProgram(cps) {
  const builder = new GlobProgramBuilder();
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i];
    i += 1;
    if (ch === 42) {
      if (cps[i] === 42) {
        const runStart = i - 1;
        while (cps[i] === 42) i += 1;
        const atSegmentStart = runStart === 0 || cps[runStart - 1] === SLASH;
        if (cps[i] === SLASH && atSegmentStart) {
          i += 1;
          if (i >= cps.length) builder.rest();
          else builder.dirs();
        } else {
          builder.rest();
        }
      } else {
        builder.star();
      }
    } else if (ch === 63) {
      builder.any();
    } else if (ch === 92) {
      const escaped = cps[i];
      if (escaped === void 0) throw new GlobSyntaxError("trailing backslash");
      i += 1;
      builder.char(escaped);
    } else if (ch === 91) {
      const [cls, next] = parseClass(cps, i);
      i = next;
      builder.charClass(cls);
    } else {
      builder.char(ch);
    }
  }
  return builder.build();
}
function literalAffixes(program) {
  const { ops, args } = program;
  let prefixEnd = 0;
  while (prefixEnd < ops.length && ops[prefixEnd] === 0 /* Char */) prefixEnd += 1;
  let suffixStart = ops.length;
  while (suffixStart > prefixEnd && ops[suffixStart - 1] === 0 /* Char */) suffixStart -= 1;
  const literal = (from, to) => {
    let text = "";
    for (let i = from; i < to; i++) text += String.fromCodePoint(args[i]);
    return text;
  };
  return { prefix: literal(0, prefixEnd), suffix: suffixStart === ops.length ? "" : literal(suffixStart, ops.length) };
}
function expandBraces(glob, limit) {
  let open2 = -1;
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "{") {
      if (depth === 0) open2 = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = glob.slice(open2 + 1, i);
        const parts = [];
        let partStart = 0;
        let inner = 0;
        for (let k = 0; k < body.length; k++) {
          const b = body[k];
          if (b === "\\") k++;
          else if (b === "{") inner++;
          else if (b === "}") inner--;
          else if (b === "," && inner === 0) {
            parts.push(body.slice(partStart, k));
            partStart = k + 1;
          }
        }
        parts.push(body.slice(partStart));
        if (parts.length < 2) continue;
        const prefix = glob.slice(0, open2);
        const rest = glob.slice(i + 1);
        const out = [];
        for (const part of parts) {
          const expanded = expandBraces(prefix + part + rest, limit - out.length);
          if (expanded === null) return null;
          out.push(...expanded);
          if (out.length > limit) return null;
        }
        return out;
      }
    }
  }
  return [glob];
}
function compileGlob(glob, options = {}) {
  const key = `${options.caseInsensitive ? "i" : "-"}${options.braces ? "b" : "-"}${glob}`;
  const held = cache.get(key);
  if (held !== void 0) return held;
  const source = options.caseInsensitive ? glob.toLowerCase() : glob;
  const alternatives = options.braces ? expandBraces(source, MAX_BRACE_ALTERNATIVES) ?? [source] : [source];
  let matcher;
  try {
    const programs = alternatives.map((alternative) => compileProgram(codePoints(alternative)));
    matcher = {
      test(path) {
        const cps = codePoints(options.caseInsensitive ? path.toLowerCase() : path);
        return programs.some((program) => runner.matches(program, cps));
      }
    };
  } catch (error) {
    if (!(error instanceof GlobSyntaxError)) throw error;
    matcher = NEVER;
  }
  if (cache.size >= 1024) cache.clear();
  cache.set(key, matcher);
  return matcher;
}
var SLASH, GlobSyntaxError, GlobProgramBuilder, GlobRunner, MAX_BRACE_ALTERNATIVES, NEVER, runner, cache;
var init_glob = __esm({
  "packages/core/src/util/glob.ts"() {
    "use strict";
    SLASH = 47;
    GlobSyntaxError = class extends Error {
    };
    GlobProgramBuilder = class {
      constructor(classMatchesSlash = false) {
        this.classMatchesSlash = classMatchesSlash;
      }
      classMatchesSlash;
      ops = [];
      args = [];
      classes = [];
      get length() {
        return this.ops.length;
      }
      push(op, arg = 0) {
        this.ops.push(op);
        this.args.push(arg);
      }
      /** A literal character. */
      char(cp) {
        this.push(0 /* Char */, cp);
      }
      /** `?`. */
      any() {
        this.push(1 /* Any */);
      }
      /** `*` (a second star in a row adds nothing). */
      star() {
        if (this.ops[this.ops.length - 1] !== 3 /* Star */) this.push(3 /* Star */);
      }
      /** `**​/` followed by more pattern: zero or more whole directories. */
      dirs() {
        this.push(4 /* DirsEntry */);
        this.push(5 /* DirsBody */);
      }
      /** `**` matching anything, `/` included. */
      rest() {
        this.push(6 /* Rest */);
      }
      charClass(cls) {
        this.push(2 /* Class */, this.classes.length);
        this.classes.push(cls);
      }
      build() {
        return {
          classMatchesSlash: this.classMatchesSlash,
          ops: Uint8Array.from(this.ops),
          args: Int32Array.from(this.args),
          classes: this.classes
        };
      }
    };
    GlobRunner = class {
      current = new Int32Array(8);
      next = new Int32Array(8);
      marks = new Uint32Array(8);
      generation = 0;
      nextLength = 0;
      reserve(size2) {
        if (this.marks.length >= size2) return;
        this.current = new Int32Array(size2);
        this.next = new Int32Array(size2);
        this.marks = new Uint32Array(size2);
        this.generation = 0;
      }
      add(program, state) {
        const { ops } = program;
        let s = state;
        for (; ; ) {
          if (this.marks[s] === this.generation) return;
          this.marks[s] = this.generation;
          const op = ops[s];
          if (op === 4 /* DirsEntry */) {
            this.add(program, s + 1);
            s += 2;
            continue;
          }
          this.next[this.nextLength++] = s;
          if (op === 3 /* Star */ || op === 6 /* Rest */) s += 1;
          else return;
        }
      }
      swap() {
        const held = this.current;
        this.current = this.next;
        this.next = held;
        const length = this.nextLength;
        this.nextLength = 0;
        this.generation += 1;
        if (this.generation === 4294967295) {
          this.marks.fill(0);
          this.generation = 1;
        }
        return length;
      }
      /**
       * True if the program matches the whole path — or, with `orParent`, one of its parent
       * directories too (`.dockerignore`'s `MatchesOrParentMatches`).
       */
      matches(program, cps, orParent = false) {
        const accept = program.ops.length;
        this.reserve(accept + 1);
        this.generation += 1;
        this.nextLength = 0;
        this.add(program, 0);
        let length = this.swap();
        for (let j = 0; j <= cps.length; j += 1) {
          const cp = cps[j];
          if (cp === void 0 || orParent && cp === SLASH) {
            for (let k = 0; k < length; k += 1) if (this.current[k] === accept) return true;
            if (cp === void 0) return false;
          }
          for (let k = 0; k < length; k += 1) {
            const s = this.current[k];
            if (s === accept) continue;
            switch (program.ops[s]) {
              case 0 /* Char */:
                if (cp === program.args[s]) this.add(program, s + 1);
                break;
              case 1 /* Any */:
                if (cp !== SLASH) this.add(program, s + 1);
                break;
              case 2 /* Class */:
                if ((cp !== SLASH || program.classMatchesSlash) && classMatches(program.classes[program.args[s]], cp)) this.add(program, s + 1);
                break;
              case 3 /* Star */:
                if (cp !== SLASH) this.add(program, s);
                break;
              case 5 /* DirsBody */:
                this.add(program, cp === SLASH ? s - 1 : s);
                break;
              case 6 /* Rest */:
                this.add(program, s);
                break;
            }
          }
          length = this.swap();
          if (length === 0) return false;
        }
        return false;
      }
    };
    MAX_BRACE_ALTERNATIVES = 64;
    NEVER = { test: () => false };
    runner = new GlobRunner();
    cache = /* @__PURE__ */ new Map();
  }
});

// packages/core/src/model/paths.ts
function normalizePath(p) {
  const absolute = p.startsWith("/");
  const parts = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!absolute) parts.push("..");
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}
function resolveIn(base, p) {
  return normalizePath(p.startsWith("/") ? p : `${base}/${p}`);
}
function basename(p) {
  const trimmed = p.replace(/\/+$/, "");
  const at = trimmed.lastIndexOf("/");
  return at < 0 ? trimmed : trimmed.slice(at + 1);
}
function isUnder(path, dir) {
  if (dir === "/" || dir === "") return true;
  return path === dir || path.startsWith(dir.endsWith("/") ? dir : `${dir}/`);
}
function relativeTo(path, dir) {
  if (path === dir) return "";
  if (dir === "/" || dir === "") return path.replace(/^\/+/, "");
  return path.slice(dir.length + 1);
}
function hasGlob(p) {
  return GLOB_CHARS.test(p);
}
function matchGlob(glob) {
  return compileGlob(glob);
}
var GLOB_CHARS;
var init_paths = __esm({
  "packages/core/src/model/paths.ts"() {
    "use strict";
    init_glob();
    GLOB_CHARS = /[*?[]/;
  }
});

// packages/core/src/shell/paths.ts
function homeOf(ctx) {
  return ctx.resolveVar("HOME") ?? ctx.home;
}
function valueOf(name, ctx) {
  if (name === "HOME") return homeOf(ctx);
  if (name === "PWD") return ctx.workdir;
  return ctx.resolveVar(name);
}
function expandVariables(path, ctx) {
  let out = "";
  let run = 0;
  let at = path.indexOf("$");
  while (at >= 0) {
    let nameStart = at + 1;
    const braced = path.charCodeAt(nameStart) === 123;
    if (braced) nameStart++;
    if (!isNameStart(path.charCodeAt(nameStart))) return null;
    let nameEnd = nameStart + 1;
    while (nameEnd < path.length && isNameChar(path.charCodeAt(nameEnd))) nameEnd++;
    if (braced && path.charCodeAt(nameEnd) !== 125) return null;
    const value = valueOf(path.slice(nameStart, nameEnd), ctx);
    if (value === void 0) return null;
    out += path.slice(run, at) + value;
    if (out.length > MAX_PATH_LENGTH) return null;
    run = braced ? nameEnd + 1 : nameEnd;
    at = path.indexOf("$", run);
  }
  return out + path.slice(run);
}
function resolvePath(p, ctx) {
  if (p === "") return null;
  let path = p;
  if (path.startsWith("~")) {
    if (path.length > 1 && path[1] !== "/") return null;
    path = homeOf(ctx) + path.slice(1);
  }
  if (path.includes("$")) {
    const expanded = expandVariables(path, ctx);
    if (expanded === null) return null;
    path = expanded;
  }
  if (path === "" || path.length > MAX_PATH_LENGTH || UNRESOLVABLE.test(path)) return null;
  if (path.startsWith("/")) return normalizePath(path);
  const workdir = ctx.workdir.startsWith("/") ? ctx.workdir : `/${ctx.workdir}`;
  return normalizePath(`${workdir}/${path}`);
}
function resolveWordPath(word, ctx) {
  if (word.hasSubstitution) return null;
  let value = word.value;
  if (word.vars.length === 0 && value.includes("$")) return null;
  if (value.startsWith("~") && !word.raw.startsWith("~")) value = `./${value}`;
  return resolvePath(value, ctx);
}
var MAX_PATH_LENGTH, UNRESOLVABLE;
var init_paths2 = __esm({
  "packages/core/src/shell/paths.ts"() {
    "use strict";
    init_paths();
    init_scan();
    MAX_PATH_LENGTH = 4096;
    UNRESOLVABLE = /[*?[{}\\\0\n\r`]|^[A-Za-z]:/;
  }
});

// packages/core/src/shell/effects.ts
function parseArgs(args, shortValued, longValued) {
  const operands = [];
  const flags = /* @__PURE__ */ new Set();
  const values = /* @__PURE__ */ new Map();
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const value = word.value;
    if (!options || value === "-" || !value.startsWith("-")) {
      operands.push(word);
      continue;
    }
    if (value === "--") {
      options = false;
      continue;
    }
    if (value.startsWith("--")) {
      const eq = value.indexOf("=");
      const name = eq < 0 ? value.slice(2) : value.slice(2, eq);
      flags.add(name);
      if (eq >= 0) values.set(name, { text: value.slice(eq + 1), word, whole: false });
      else if (longValued.includes(name) && i + 1 < args.length) {
        const next = args[++i];
        values.set(name, { text: next.value, word: next, whole: true });
      }
      continue;
    }
    for (let k = 1; k < value.length; k++) {
      const letter = value[k];
      flags.add(letter);
      if (!shortValued.includes(letter)) continue;
      if (k + 1 < value.length) values.set(letter, { text: value.slice(k + 1), word, whole: false });
      else if (i + 1 < args.length) {
        const next = args[++i];
        values.set(letter, { text: next.value, word: next, whole: true });
      }
      break;
    }
  }
  return { operands, flags, values };
}
function resolveOption(option, ctx) {
  if (option.whole) return resolveWordPath(option.word, ctx);
  const { word, text } = option;
  if (word.hasSubstitution || word.vars.length === 0 && text.includes("$")) return null;
  return resolvePath(text, ctx);
}
function varNames(words, also = []) {
  const names = /* @__PURE__ */ new Set();
  for (const word of words) for (const ref of word.vars) names.add(ref.name);
  for (const name of also) names.add(name);
  return [...names];
}
function isLiteral(word) {
  return word.vars.length === 0 && !word.hasSubstitution;
}
function wordsFlow(words, text = words.map((w) => w.value).join(" ")) {
  return { text, vars: varNames(words), sources: [], literal: words.every(isLiteral) };
}
function heredocFlow(redirect) {
  const body = redirect.heredocBody ?? "";
  if (redirect.target.quoted) return { text: body, vars: [], sources: [], literal: true };
  const refs = [];
  scanRefs(body, 0, body.length, SCAN_HEREDOC, dialectOf(void 0), refs);
  const vars = [...new Set(refs.map((ref) => ref.name))];
  return { text: body, vars, sources: [], literal: vars.length === 0 && !body.includes("$(") && !body.includes("`") };
}
function inputFlow(cmd, flows, ctx) {
  let flow = null;
  for (const redirect of cmd.redirects) {
    if ((redirect.fd ?? 0) !== 0) continue;
    if (redirect.op === "<<" || redirect.op === "<<-") flow = heredocFlow(redirect);
    else if (redirect.op === "<<<") flow = wordsFlow([redirect.target]);
    else if (redirect.op === "<") {
      const path = resolveWordPath(redirect.target, ctx);
      flow = { text: "", vars: [], sources: path ? [path] : [], literal: false };
    }
  }
  if (flow) return flow;
  return cmd.pipedFrom !== void 0 ? flows[cmd.pipedFrom] ?? UNKNOWN : UNKNOWN;
}
function substitutedSources(commands, index, flows) {
  const cmd = commands[index];
  const sources = [];
  for (let j = index - 1; j >= 0 && commands[j].start >= cmd.start; j--) {
    if (commands[j].end <= cmd.end) sources.push(...flows[j].sources);
  }
  return sources;
}
function outputFlow(commands, index, name, args, input, flows, ctx) {
  switch (name) {
    case "echo": {
      let from = 0;
      while (from < args.length && /^-[neE]+$/.test(args[from].value)) from++;
      const words = args.slice(from);
      const flow = wordsFlow(words);
      if (!words.some((w) => w.hasSubstitution)) return flow;
      return { ...flow, sources: substitutedSources(commands, index, flows) };
    }
    case "printf": {
      if (args[0]?.value === "-v") return { text: "", vars: [], sources: [], literal: true };
      const words = args[0]?.value === "--" ? args.slice(1) : args;
      const flow = wordsFlow(words);
      if (!words.some((w) => w.hasSubstitution)) return flow;
      return { ...flow, sources: substitutedSources(commands, index, flows) };
    }
    case "cat": {
      const files = parseArgs(args, "", []).operands;
      if (files.length === 0) return input;
      const sources = [];
      let vars = [];
      for (const file of files) {
        if (file.value === "-") {
          sources.push(...input.sources);
          vars = input.vars;
          continue;
        }
        const path = resolveWordPath(file, ctx);
        if (path) sources.push(path);
      }
      return { text: "", vars, sources, literal: false };
    }
    case "tee":
      return input;
    default:
      if (TRANSFORMS.has(name)) return { text: "", vars: varNames(args, input.vars), sources: input.sources, literal: false };
      return UNKNOWN;
  }
}
function isDevice(path) {
  return path === "/dev" || path.startsWith("/dev/") || path.startsWith("/proc/");
}
function writesStdout(redirect) {
  return redirect.fd === void 0 || redirect.fd === 1 || redirect.op === "&>" || redirect.op === "&>>";
}
function isOutputRedirect(redirect) {
  switch (redirect.op) {
    case ">":
    case ">>":
    case ">|":
    case "&>":
    case "&>>":
      return true;
    case ">&":
      return redirect.target.value !== "-" && !/^[0-9]+-?$/.test(redirect.target.value);
    default:
      return false;
  }
}
function hasUserinfo(value) {
  const scheme = value.indexOf("://");
  if (scheme < 0) return false;
  for (let i = scheme + 3; i < value.length; i++) {
    const c = value[i];
    if (c === "@") return i > scheme + 3;
    if (c === "/") return false;
  }
  return false;
}
function subcommandIndex(args, valued) {
  for (let i = 0; i < args.length; i++) {
    const value = args[i].value;
    if (!value.startsWith("-")) return i;
    if (valued.includes(value)) i++;
  }
  return -1;
}
function fileEffects(script, ctx) {
  const commands = script.commands;
  const writes = [];
  const deletes2 = [];
  const copies = [];
  const flows = [];
  let credentialUrls = null;
  const gitCredentialUrls = () => {
    credentialUrls ??= commands.flatMap((cmd) => {
      const { name, args } = programOf(cmd);
      return name === "git" ? args.filter((w) => hasUserinfo(w.value)) : [];
    });
    return credentialUrls;
  };
  const workdir = resolvePath(".", ctx);
  const home = resolvePath("~", ctx);
  for (let index = 0; index < commands.length; index++) {
    const cmd = commands[index];
    const { name, args } = programOf(cmd);
    const input = inputFlow(cmd, flows, ctx);
    const output = outputFlow(commands, index, name, args, input, flows, ctx);
    flows.push(output);
    const write = (path, via, flow, at) => {
      if (path === null || isDevice(path)) return;
      writes.push({
        path,
        command: index,
        via,
        ...flow.literal ? { content: flow.text } : {},
        contentVars: flow.vars,
        contentText: flow.text,
        start: at.start,
        end: at.end
      });
      for (const from of flow.sources) if (from !== path) copies.push({ from, to: path, command: index });
    };
    const remove = (word, recursive) => {
      const path = resolveWordPath(word, ctx);
      if (path === null || isDevice(path)) return;
      deletes2.push({ path, recursive, command: index, start: word.start, end: word.end });
    };
    const fromHeredoc = output === input && cmd.redirects.some((r) => r.op === "<<" || r.op === "<<-");
    for (const redirect of cmd.redirects) {
      if (!isOutputRedirect(redirect)) continue;
      const flow = writesStdout(redirect) ? output : UNKNOWN;
      write(resolveWordPath(redirect.target, ctx), fromHeredoc ? "heredoc" : "redirect", flow, redirect.target);
    }
    switch (name) {
      case "tee":
        for (const file of parseArgs(args, "", []).operands) write(resolveWordPath(file, ctx), "tee", input, file);
        break;
      case "cp":
      case "mv":
      case "install": {
        const parsed = name === "install" ? parseArgs(args, "mogtS", ["mode", "owner", "group", "target-directory", "suffix", "strip-program"]) : parseArgs(args, "tS", ["target-directory", "suffix"]);
        if (name === "install" && (parsed.flags.has("d") || parsed.flags.has("directory"))) break;
        const targetDir = parsed.values.get("t") ?? parsed.values.get("target-directory");
        let sources = parsed.operands;
        let destination;
        let destinationSpan;
        let intoDirectory;
        if (targetDir) {
          destination = resolveOption(targetDir, ctx);
          destinationSpan = targetDir.word;
          intoDirectory = true;
        } else {
          const last = sources[sources.length - 1];
          if (sources.length < 2 || !last) break;
          sources = sources.slice(0, -1);
          destination = resolveWordPath(last, ctx);
          destinationSpan = last;
          intoDirectory = !parsed.flags.has("T") && !parsed.flags.has("no-target-directory") && (sources.length > 1 || last.value.endsWith("/") || last.value === "." || last.value === ".." || last.value === "~" || destination !== null && [workdir, home, "/", "/tmp"].includes(destination));
        }
        for (const source of sources) {
          const from = resolveWordPath(source, ctx);
          const contentOnly = source.value.endsWith("/.");
          const to = destination === null || intoDirectory && contentOnly ? destination : intoDirectory ? from && from !== "/" ? normalizePath(`${destination}/${basenameOf(from)}`) : null : destination;
          if (to !== from) {
            write(to, name, { text: "", vars: [], sources: from ? [from] : [], literal: false }, destinationSpan);
            if (name === "mv") remove(source, true);
          }
        }
        break;
      }
      case "touch":
        for (const file of parseArgs(args, "dtr", ["date", "reference"]).operands) write(resolveWordPath(file, ctx), "touch", UNKNOWN, file);
        break;
      case "curl": {
        const parsed = parseArgs(args, CURL_VALUED, ["output", "output-dir"]);
        const output2 = parsed.values.get("o") ?? parsed.values.get("output");
        if (!output2 || output2.text === "-") break;
        const dir = parsed.values.get("output-dir");
        const dirPath = dir ? resolveOption(dir, ctx) : null;
        let path = resolveOption(output2, ctx);
        if (dir && !output2.text.startsWith("/")) path = dirPath === null || path === null ? null : resolvePath(output2.text, { ...ctx, workdir: dirPath });
        write(path, "curl", UNKNOWN, output2.word);
        break;
      }
      case "wget": {
        const parsed = parseArgs(args, WGET_VALUED, ["output-document"]);
        const output2 = parsed.values.get("O") ?? parsed.values.get("output-document");
        if (output2 && output2.text !== "-") write(resolveOption(output2, ctx), "wget", UNKNOWN, output2.word);
        break;
      }
      case "rm": {
        const parsed = parseArgs(args, "", []);
        const recursive = parsed.flags.has("r") || parsed.flags.has("R") || parsed.flags.has("recursive");
        for (const file of parsed.operands) remove(file, recursive);
        break;
      }
      case "shred": {
        const parsed = parseArgs(args, "ns", ["iterations", "size", "random-source"]);
        if (parsed.flags.has("u") || parsed.flags.has("remove")) for (const file of parsed.operands) remove(file, false);
        break;
      }
      case "unlink": {
        const file = parseArgs(args, "", []).operands[0];
        if (file) remove(file, false);
        break;
      }
      case "npm":
        npmConfig(cmd, args, ctx, write);
        break;
      case "yarn":
        yarnConfig(cmd, args, ctx, write);
        break;
      case "docker":
        dockerLogin(cmd, args, input, ctx, write);
        break;
      case "aws":
        awsConfigure(cmd, args, ctx, write);
        break;
      case "git":
        gitConfig(cmd, args, ctx, write, gitCredentialUrls);
        break;
    }
  }
  return { writes, deletes: deletes2, copies };
}
function settings(operands) {
  const out = [];
  for (let i = 0; i < operands.length; i++) {
    const word = operands[i];
    const eq = word.value.indexOf("=");
    if (eq > 0) out.push({ key: word.value.slice(0, eq), value: word.value.slice(eq + 1), words: [word] });
    else {
      const value = operands[i + 1];
      out.push({ key: word.value, value: value?.value ?? "", words: value ? [word, value] : [word] });
      i++;
    }
  }
  return out;
}
function settingsFlow(pairs, separator) {
  const words = pairs.flatMap((pair) => pair.words);
  return wordsFlow(words, pairs.map((pair) => `${pair.key}${separator}${pair.value}`).join("\n"));
}
function isNpmCredentialKey(key) {
  const lower = key.toLowerCase();
  return lower.includes("_auth") || lower.includes("_password");
}
function npmConfig(cmd, args, ctx, write) {
  const parsed = parseArgs(args, "L", ["location", "userconfig", "globalconfig"]);
  const operands = parsed.operands;
  const first = operands[0]?.value;
  const from = (first === "config" || first === "c") && operands[1]?.value === "set" ? 2 : first === "set" ? 1 : -1;
  if (from < 0) return;
  const pairs = settings(operands.slice(from)).filter((pair) => isNpmCredentialKey(pair.key));
  if (pairs.length === 0) return;
  const location = parsed.values.get("location") ?? parsed.values.get("L");
  const userconfig = parsed.values.get("userconfig");
  const globalconfig = parsed.values.get("globalconfig");
  let path;
  if (location?.text === "project") path = resolvePath(".npmrc", ctx);
  else if (location?.text === "global" || parsed.flags.has("g") || parsed.flags.has("global")) {
    path = globalconfig ? resolveOption(globalconfig, ctx) : "/usr/local/etc/npmrc";
  } else path = userconfig ? resolveOption(userconfig, ctx) : resolvePath("~/.npmrc", ctx);
  write(path, "npm config", settingsFlow(pairs, "="), cmd);
}
function yarnConfig(cmd, args, ctx, write) {
  const parsed = parseArgs(args, "", []);
  const [config, set, ...rest] = parsed.operands;
  if (config?.value !== "config" || set?.value !== "set") return;
  const pairs = settings(rest.slice(0, 2));
  const pair = pairs[0];
  if (!pair) return;
  let path;
  if (/npmAuth(Token|Ident)/i.test(pair.key)) {
    path = resolvePath(parsed.flags.has("H") || parsed.flags.has("home") ? "~/.yarnrc.yml" : ".yarnrc.yml", ctx);
  } else if (isNpmCredentialKey(pair.key)) path = resolvePath("~/.yarnrc", ctx);
  else return;
  write(path, "yarn config", settingsFlow(pairs, ": "), cmd);
}
function dockerLogin(cmd, args, input, ctx, write) {
  const at = subcommandIndex(args, ["--config", "--context", "-c", "--host", "-H", "--log-level", "-l", "--tlscacert", "--tlscert", "--tlskey"]);
  if (at < 0 || args[at].value !== "login") return;
  const globals = parseArgs(args.slice(0, at), "cHl", ["config", "context", "host", "log-level", "tlscacert", "tlscert", "tlskey"]);
  const login = parseArgs(args.slice(at + 1), "up", ["username", "password"]);
  const user = login.values.get("u") ?? login.values.get("username");
  const password = login.values.get("p") ?? login.values.get("password");
  const words = [user?.word, password?.word].filter((w) => w !== void 0);
  let flow = wordsFlow(words, [user?.text, password?.text].filter((t) => t !== void 0).join(":"));
  if (login.flags.has("password-stdin")) {
    flow = {
      text: [flow.text, input.text].filter((t) => t !== "").join(":"),
      vars: varNames(words, input.vars),
      sources: input.sources,
      literal: flow.literal && input.literal
    };
  }
  const configDir = globals.values.get("config");
  const envDir = cmd.assignments.find((a) => a.name === "DOCKER_CONFIG")?.value;
  const dir = configDir ? resolveOption(configDir, ctx) : envDir ? resolveWordPath(envDir, ctx) : resolvePath("~/.docker", ctx);
  write(dir === null ? null : normalizePath(`${dir}/config.json`), "docker login", flow, cmd);
}
function awsConfigure(cmd, args, ctx, write) {
  const parsed = parseArgs(args, "", ["profile", "region", "output", "endpoint-url", "ca-bundle", "query", "color", "cli-read-timeout", "cli-connect-timeout"]);
  const [configure, set, ...rest] = parsed.operands;
  if (configure?.value !== "configure" || set?.value !== "set") return;
  const pairs = settings(rest.slice(0, 2));
  const key = pairs[0]?.key.toLowerCase() ?? "";
  if (!AWS_CREDENTIAL_KEYS.has(key.slice(key.lastIndexOf(".") + 1))) return;
  write(resolvePath("~/.aws/credentials", ctx), "aws configure", settingsFlow(pairs, " = "), cmd);
}
function gitConfig(cmd, args, ctx, write, urls) {
  const at = subcommandIndex(args, ["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--config-env"]);
  if (at < 0 || args[at].value !== "config") return;
  const parsed = parseArgs(args.slice(at + 1), "f", ["file", "type", "default", "blob", "comment"]);
  if (GIT_READS.some((flag) => parsed.flags.has(flag))) return;
  let operands = parsed.operands;
  if (operands[0]?.value === "set") operands = operands.slice(1);
  const [key, value] = operands;
  if (!key || !value) return;
  const file = parsed.values.get("f") ?? parsed.values.get("file");
  const path = file ? resolveOption(file, ctx) : parsed.flags.has("global") ? resolvePath("~/.gitconfig", ctx) : parsed.flags.has("system") ? "/etc/gitconfig" : null;
  write(path, "git config", wordsFlow([key, value], `${key.value} ${value.value}`), cmd);
  const helper = value.value.trim().split(/\s+/);
  if (!/^credential(\..*)?\.helper$/i.test(key.value) || helper[0] !== "store") return;
  const credentials = urls();
  if (credentials.length === 0) return;
  let store = "~/.git-credentials";
  for (let i = 1; i < helper.length; i++) {
    const option = helper[i];
    if (option.startsWith("--file=")) store = option.slice("--file=".length);
    else if (option === "--file" && helper[i + 1]) store = helper[i + 1];
  }
  write(resolvePath(store, ctx), "git credential store", wordsFlow(credentials, credentials.map((w) => w.value).join("\n")), cmd);
}
var UNKNOWN, TRANSFORMS, CURL_VALUED, WGET_VALUED, GIT_READS, AWS_CREDENTIAL_KEYS;
var init_effects = __esm({
  "packages/core/src/shell/effects.ts"() {
    "use strict";
    init_paths();
    init_program();
    init_paths2();
    init_scan();
    UNKNOWN = { text: "", vars: [], sources: [], literal: false };
    TRANSFORMS = /* @__PURE__ */ new Set(["base64", "tr", "sed", "envsubst", "rev", "xxd"]);
    CURL_VALUED = "oHdXuAebcDFKmrTwxyYzQtUECP";
    WGET_VALUED = "OoaiePtTwQUBDXIRAln";
    GIT_READS = ["get", "get-all", "get-regexp", "get-urlmatch", "get-color", "get-colorbool", "list", "l", "unset", "unset-all", "remove-section", "rename-section", "edit", "e"];
    AWS_CREDENTIAL_KEYS = /* @__PURE__ */ new Set(["aws_secret_access_key", "aws_access_key_id", "aws_session_token"]);
  }
});

// packages/core/src/shell/index.ts
var init_shell = __esm({
  "packages/core/src/shell/index.ts"() {
    "use strict";
    init_parse();
    init_scan();
    init_program();
    init_effects();
  }
});

// packages/core/src/util/memo.ts
function memoizeText(compute, maxEntries = 8192, maxKeyLength = 64 * 1024) {
  const table = /* @__PURE__ */ new Map();
  return (text) => {
    if (text.length > maxKeyLength) return compute(text);
    const hit = table.get(text);
    if (hit !== void 0 || table.has(text)) return hit;
    const value = compute(text);
    if (table.size >= maxEntries) table.clear();
    table.set(text, value);
    return value;
  };
}
var init_memo = __esm({
  "packages/core/src/util/memo.ts"() {
    "use strict";
  }
});

// packages/core/src/detect/secret-names.ts
function splitNameWords(name) {
  const words = [];
  for (const chunk of name.split(NAME_CHUNK_SEPARATOR)) {
    if (chunk === "") continue;
    for (const match of chunk.matchAll(NAME_WORD)) words.push(match[0].toLowerCase());
  }
  return words;
}
function listHas(list, lowerName) {
  return list !== void 0 && list.some((entry) => entry.toLowerCase() === lowerName);
}
function isConnectionStringName(words) {
  const last = words[words.length - 1];
  if (ONE_WORD_CONNECTION_NAMES.has(last)) return true;
  const before = words[words.length - 2];
  if (before === void 0) return false;
  if (last === "url" || last === "uri") return CONNECTION_SCHEME_WORDS.has(before);
  if (last === "string") return before === "connection" || before === "conn";
  if (last === "str") return before === "conn" || before === "connection";
  return false;
}
function isSecretWordAt(words, index) {
  const word = words[index];
  if (SECRET_WORDS.has(word)) return true;
  if (word === "key" && words.length === 1) return true;
  if (word !== "key" && word !== "keys") return false;
  const before = words[index - 1];
  return before !== void 0 && KEY_PRECEDERS.has(before);
}
function isNeverSecret(words) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (NEVER_SECRET_WORDS.has(word)) return true;
    const next = words[i + 1];
    if (SIGNATURE_WORDS.has(word) && (next === "key" || next === "keys")) return true;
  }
  return false;
}
function classifySecretName(name, lists) {
  const lowerName = name.toLowerCase();
  if (listHas(lists?.allow, lowerName)) return null;
  if (listHas(lists?.deny, lowerName)) return "secret";
  const cached = builtInKinds.get(name);
  if (cached !== void 0) return cached;
  const kind = classifyWords(splitNameWords(name));
  if (builtInKinds.size >= 4096) builtInKinds.clear();
  builtInKinds.set(name, kind);
  return kind;
}
function classifyWords(words) {
  if (words.length === 0) return null;
  if (isConnectionStringName(words)) return "connection-string";
  if (words.length === 1 && WELL_KNOWN_NON_SECRETS.has(words[0])) return null;
  if (isNeverSecret(words)) return null;
  let last = -1;
  for (let i = 0; i < words.length; i++) if (isSecretWordAt(words, i)) last = i;
  if (last < 0) return null;
  const awsKeyId = words[last] === "key" && words[last - 1] === "access" && words[last + 1] === "id";
  for (let i = last + 1; i < words.length; i++) {
    if (awsKeyId && i === last + 1) continue;
    if (QUALIFIERS.has(words[i])) return null;
  }
  return "secret";
}
function isSecretName(name, lists) {
  return classifySecretName(name, lists) === "secret";
}
var NAME_CHUNK_SEPARATOR, NAME_WORD, SECRET_WORDS, KEY_PRECEDERS, QUALIFIERS, NEVER_SECRET_WORDS, SIGNATURE_WORDS, CONNECTION_SCHEME_WORDS, ONE_WORD_CONNECTION_NAMES, WELL_KNOWN_NON_SECRETS, builtInKinds;
var init_secret_names = __esm({
  "packages/core/src/detect/secret-names.ts"() {
    "use strict";
    NAME_CHUNK_SEPARATOR = /[^A-Za-z0-9]+/;
    NAME_WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
    SECRET_WORDS = /* @__PURE__ */ new Set([
      "secret",
      "token",
      "password",
      "passwd",
      "passphrase",
      "pwd",
      "psw",
      "pass",
      "apikey",
      "credential",
      "credentials",
      "creds",
      "auth",
      "privatekey",
      // Beyond the SPEC list: plurals of the listed words, and libpq's one-word `PGPASSWORD`.
      "secrets",
      "tokens",
      "passwords",
      "apikeys",
      "privatekeys",
      "pgpassword"
    ]);
    KEY_PRECEDERS = /* @__PURE__ */ new Set([
      "private",
      "secret",
      "access",
      "api",
      "signing",
      "encryption",
      "master",
      "ssh",
      "deploy",
      "client",
      "license",
      "account",
      "service"
    ]);
    QUALIFIERS = /* @__PURE__ */ new Set([
      "file",
      "path",
      "dir",
      "directory",
      "url",
      "uri",
      "endpoint",
      "host",
      "hostname",
      "port",
      "name",
      "id",
      "alias",
      "version",
      "length",
      "len",
      "size",
      "min",
      "max",
      "count",
      "type",
      "kind",
      "mode",
      "format",
      "algorithm",
      "header",
      "field",
      "param",
      "prompt",
      "policy",
      "enabled",
      "disabled",
      "required",
      "expiry",
      "expires",
      "ttl",
      "timeout",
      "lifetime",
      "sock",
      "socket",
      "server",
      "location",
      "config",
      // Beyond SPEC §3.1: settings that describe how authentication works, not a credential
      // (`POSTGRES_HOST_AUTH_METHOD=trust`, `AUTH_PROVIDER`, `CARGO_…_CREDENTIAL_PROVIDER`).
      "method",
      "methods",
      "provider",
      "providers",
      "strategy",
      "scheme",
      "plugin",
      "realm",
      // Beyond SPEC §3.1, with `ttl`, `timeout` and `lifetime`: durations, which say how long a
      // secret lives, not what it is (`PRIVATE_KEY_ROTATION_GRACE_PERIOD`, `TOKEN_REFRESH_INTERVAL`).
      "period",
      "interval",
      "duration",
      "delay",
      "seconds",
      "minutes",
      "hours",
      "days"
    ]);
    NEVER_SECRET_WORDS = /* @__PURE__ */ new Set(["public", "pub", "keyring", "keyrings", "keyserver", "keyservers"]);
    SIGNATURE_WORDS = /* @__PURE__ */ new Set(["gpg", "pgp"]);
    CONNECTION_SCHEME_WORDS = /* @__PURE__ */ new Set([
      "database",
      "db",
      "mongo",
      "mongodb",
      "redis",
      "amqp",
      "rabbitmq",
      "postgres",
      "postgresql",
      "pg",
      "mysql",
      "mariadb"
    ]);
    ONE_WORD_CONNECTION_NAMES = /* @__PURE__ */ new Set(["dsn", "connstr", "connectionstring", "databaseurl", "dburl"]);
    WELL_KNOWN_NON_SECRETS = /* @__PURE__ */ new Set(["pwd"]);
    builtInKinds = /* @__PURE__ */ new Map();
  }
});

// packages/core/src/detect/secret-files.ts
function originalSegmentsOf(path) {
  return path.replaceAll("\\", "/").split("/").filter((segment) => segment !== "" && segment !== ".");
}
function segmentsOf(path) {
  return originalSegmentsOf(path.toLowerCase());
}
function keyContainerKind(originalStem, extension) {
  const stem = originalStem.toLowerCase();
  if (PUBLIC_NAME.test(stem)) return null;
  if (!PRIVATE_NAME.test(stem)) {
    if (CERTIFICATE_NAME.test(stem) || splitNameWords(originalStem).includes("ca")) return null;
  }
  return extension === "pem" ? "private key" : "keystore";
}
function builtInKind(segments, originalBasename) {
  const basename7 = segments[segments.length - 1];
  if (basename7 === void 0 || NON_SECRET.test(basename7)) return null;
  const directory = segments[segments.length - 2];
  const dotenv = DOTENV.exec(basename7);
  if (dotenv) {
    const parts = dotenv[1]?.split(".") ?? [];
    return parts.some((part) => DOTENV_TEMPLATE_PARTS.has(part)) ? null : "dotenv file";
  }
  const named = SECRET_BASENAMES.get(basename7);
  if (named !== void 0) return named;
  if (directory !== void 0) {
    const inDirectory = SECRET_DIRECTORY_FILES.get(directory)?.get(basename7);
    if (inDirectory !== void 0) return inDirectory;
    if (directory === ".ssh" && !SSH_NON_KEYS.test(basename7)) return "SSH private key";
  }
  if (SSH_KEY.test(basename7)) return "SSH private key";
  if (PPK.test(basename7)) return "PuTTY private key";
  if (KEY.test(basename7)) return PUBLIC_NAME.test(basename7) ? null : "private key";
  const container = KEY_CONTAINER.exec(basename7);
  if (container) return keyContainerKind(originalBasename.slice(0, -(container[1].length + 1)), container[1]);
  if (SERVICE_ACCOUNT.test(basename7)) return "cloud credentials";
  if (TERRAFORM_STATE.test(basename7)) return "Terraform state";
  return null;
}
function globOf(glob) {
  return compileGlob(glob, { braces: true });
}
function entryMatches(entry, segments) {
  const pattern = segmentsOf(entry);
  if (pattern.length === 0) return false;
  const glob = pattern.join("/");
  if (pattern.length === 1 && !glob.includes("**")) return globOf(glob).test(segments[segments.length - 1] ?? "");
  return globOf(entry.replaceAll("\\", "/").startsWith("/") ? glob : `**/${glob}`).test(segments.join("/"));
}
function listMatches(list, segments) {
  return list !== void 0 && list.some((entry) => entryMatches(entry, segments));
}
function matchesFileList(path, list) {
  if (list === void 0 || list.length === 0) return false;
  return listMatches(list, segmentsOf(path));
}
function secretFileKind(path, lists) {
  const original = originalSegmentsOf(path);
  const basename7 = original[original.length - 1];
  if (basename7 === void 0) return null;
  const segments = original.map((segment) => segment.toLowerCase());
  if (listMatches(lists?.allow, segments)) return null;
  if (listMatches(lists?.deny, segments)) return "configured secret file";
  return builtInKind(segments, basename7);
}
function isSettingsFile(path, lists) {
  const kind = secretFileKind(path, lists);
  return kind !== null && SETTINGS_KINDS.has(kind);
}
function copiedFileKind(source, dest, lists) {
  const kind = secretFileKind(source, lists);
  if (kind !== "private key" || dest === null) return kind;
  const name = segmentsOf(dest).pop() ?? "";
  return PUBLIC_KEY_DESTINATION.test(name) && secretFileKind(dest, lists) === null ? null : kind;
}
function isSecretFile(path, lists) {
  return secretFileKind(path, lists) !== null;
}
function withInnerStarsNonEmpty(base) {
  let out = "";
  for (let i = 0; i < base.length; i++) {
    const ch = base[i];
    if (ch === "[") {
      let end = i + 1;
      if (base[end] === "!" || base[end] === "^") end++;
      end = base.indexOf("]", end + 1);
      if (end < 0) end = base.length - 1;
      out += base.slice(i, end + 1);
      i = end;
      continue;
    }
    const next = base[i + 1];
    out += ch === "*" && next !== void 0 && next !== "," && next !== "}" ? "?*" : ch;
  }
  return out;
}
function isSecretFilePattern(pattern, lists) {
  if (!GLOB_CHARS2.test(pattern)) return isSecretFile(pattern, lists);
  const segments = segmentsOf(pattern);
  const base = segments[segments.length - 1];
  if (base === void 0) return false;
  const baseRe = globOf(base);
  const directory = segments[segments.length - 2];
  const inSecretDirectory = directory === void 0 ? void 0 : SECRET_DIRECTORY_PROBES.get(directory);
  if (inSecretDirectory?.some((name) => baseRe.test(name) && isSecretFile(`${directory}/${name}`, lists))) return true;
  if (base.includes("**") || ORDINARY_PROBES.some((name) => baseRe.test(name))) return false;
  const namesRe = globOf(withInnerStarsNonEmpty(base));
  const denied = (lists?.deny ?? []).filter((entry) => !GLOB_CHARS2.test(entry) && !entry.includes("/"));
  return [...SECRET_PROBES, ...denied].some((name) => namesRe.test(name.toLowerCase()) && isSecretFile(name, lists));
}
var DOTENV, DOTENV_TEMPLATE_PARTS, SECRET_BASENAMES, SECRET_DIRECTORY_FILES, SSH_NON_KEYS, SSH_KEY, TERRAFORM_STATE, SERVICE_ACCOUNT, PPK, KEY, KEY_CONTAINER, NON_SECRET, PUBLIC_NAME, PRIVATE_NAME, CERTIFICATE_NAME, GLOB_CHARS2, SETTINGS_KINDS, PUBLIC_KEY_DESTINATION, SECRET_PROBES, ORDINARY_PROBES, SECRET_DIRECTORY_PROBES;
var init_secret_files = __esm({
  "packages/core/src/detect/secret-files.ts"() {
    "use strict";
    init_glob();
    init_secret_names();
    DOTENV = /^\.env(?:\.(.+))?$/;
    DOTENV_TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist", "defaults"]);
    SECRET_BASENAMES = /* @__PURE__ */ new Map([
      [".npmrc", "npm credentials"],
      [".yarnrc.yml", "Yarn credentials"],
      [".pypirc", "PyPI credentials"],
      [".netrc", "netrc credentials"],
      ["_netrc", "netrc credentials"],
      [".git-credentials", "Git credentials"],
      [".dockercfg", "Docker credentials"],
      [".pgpass", "PostgreSQL password file"],
      [".my.cnf", "MySQL credentials"],
      [".s3cfg", "cloud credentials"],
      [".boto", "cloud credentials"],
      ["auth.json", "Composer credentials"],
      ["application_default_credentials.json", "cloud credentials"],
      ["credentials.json", "cloud credentials"],
      ["secrets.yml", "secrets file"],
      ["secrets.yaml", "secrets file"],
      ["secrets.json", "secrets file"],
      [".htpasswd", "password file"],
      ["kubeconfig", "Kubernetes credentials"],
      [".vault-token", "Vault token"],
      ["terraform.tfvars", "Terraform variables"]
    ]);
    SECRET_DIRECTORY_FILES = /* @__PURE__ */ new Map([
      [".docker", /* @__PURE__ */ new Map([["config.json", "Docker credentials"]])],
      [".aws", /* @__PURE__ */ new Map([["credentials", "cloud credentials"]])],
      [".kube", /* @__PURE__ */ new Map([["config", "Kubernetes credentials"]])],
      [
        ".cargo",
        /* @__PURE__ */ new Map([
          ["credentials", "Cargo credentials"],
          ["credentials.toml", "Cargo credentials"]
        ])
      ],
      [".gem", /* @__PURE__ */ new Map([["credentials", "RubyGems credentials"]])]
    ]);
    SSH_NON_KEYS = /^(?:known_hosts(?:\.old)?|authorized_keys2?|config|environment|rc)$/;
    SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-].*)?$/;
    TERRAFORM_STATE = /\.tfstate(?:\.backup)?$/;
    SERVICE_ACCOUNT = /service[-_]?account.*\.json$/;
    PPK = /\.ppk$/;
    KEY = /\.key$/;
    KEY_CONTAINER = /\.(pem|p12|pfx|jks|keystore)$/;
    NON_SECRET = /\.crt$|\.pub$|^authorized_keys2?$|^known_hosts(?:\.old)?$|(?:gpg|pgp)\.key$|pubkey/;
    PUBLIC_NAME = /pub/;
    PRIVATE_NAME = /key|priv/;
    CERTIFICATE_NAME = /cert|chain|trust|bundle|dhparam|ffdhe\d|^dh(?:[-_]?params?)?[-_.]?\d*$/;
    GLOB_CHARS2 = /[*?[{]/;
    SETTINGS_KINDS = /* @__PURE__ */ new Set(["npm credentials", "Yarn credentials"]);
    PUBLIC_KEY_DESTINATION = /\.(?:pub|asc|gpg)$|pub|(?:gpg|pgp)[-_.]?key/;
    SECRET_PROBES = [
      ".env",
      ".env.local",
      ".env.production",
      ".npmrc",
      ".yarnrc.yml",
      ".pypirc",
      ".netrc",
      ".git-credentials",
      ".dockercfg",
      ".pgpass",
      ".my.cnf",
      ".s3cfg",
      ".htpasswd",
      ".vault-token",
      "id_rsa",
      "id_ed25519",
      "server.key",
      "private.pem",
      "privkey.pem",
      "key.p12",
      "keystore.pfx",
      "release.jks",
      "release.keystore",
      "putty.ppk",
      "auth.json",
      "credentials.json",
      "application_default_credentials.json",
      "service-account.json",
      "secrets.yml",
      "secrets.yaml",
      "secrets.json",
      "kubeconfig",
      "terraform.tfvars",
      "terraform.tfstate"
    ];
    ORDINARY_PROBES = [
      "index.js",
      "package.json",
      "readme.md",
      "app.py",
      "main.go",
      "dockerfile",
      "requirements.txt",
      "config.yml",
      "index.html",
      "styles.css",
      "makefile",
      "script.sh",
      "app.yaml",
      "settings.ini",
      "app.toml",
      "nginx.conf",
      "mysqld.cnf",
      "app.properties",
      "logo.png",
      ".gitignore",
      ".editorconfig",
      ".prettierrc"
    ];
    SECRET_DIRECTORY_PROBES = /* @__PURE__ */ new Map([
      [".ssh", ["id_rsa", "id_ed25519"]],
      [".aws", ["credentials"]],
      [".kube", ["config"]],
      [".docker", ["config.json"]],
      [".cargo", ["credentials", "credentials.toml"]],
      [".gem", ["credentials"]]
    ]);
  }
});

// packages/core/src/detect/secret-values.ts
function allMatches(text, pattern) {
  const matches3 = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches3.push(match);
    if (match[0] === "") pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches3;
}
function stripQuotes(value) {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value[value.length - 1] === first) {
    return value.slice(1, -1);
  }
  return value;
}
function isPlaceholder(value) {
  const v = stripQuotes(value.trim()).trim();
  if (v === "" || VENDOR_EXAMPLE.test(v) || isFill(v)) return true;
  if (PLACEHOLDER_FILLER.test(v) || PLACEHOLDER_ANGLE.test(v) || PLACEHOLDER_TEMPLATE.test(v)) return true;
  if (PLACEHOLDER_EMPTY_DEFAULT.test(v) || PLACEHOLDER_FORMAT.test(v) || PLACEHOLDER_AFFIX.test(v)) return true;
  let word = "";
  for (const c of v.toLowerCase()) if (c !== "-" && c !== "_" && c !== " " && c !== ".") word += c;
  return PLACEHOLDER_WORDS.has(word) || PLACEHOLDER_SHAPE.test(word);
}
function isFill(v) {
  if (v.length >= 4 && COUNTING.some((digits) => digits.startsWith(v))) return true;
  if (v.length < 3) return false;
  const first = v[0];
  let second;
  for (const c of v) {
    if (c === first || c === second) continue;
    if (second !== void 0) return false;
    second = c;
  }
  return second === void 0 || v.length >= 6;
}
function closingBracket(value, open2, opening, closing) {
  let depth = 0;
  for (let i = open2; i < value.length; i++) {
    const c = value[i];
    if (c === "\\") i++;
    else if (c === opening) depth++;
    else if (c === closing && --depth === 0) return i + 1;
  }
  return -1;
}
function isVariableReference(value) {
  const v = stripQuotes(value.trim());
  if (SIMPLE_VARIABLE.test(v) || POWERSHELL_VARIABLE.test(v) || CMD_VARIABLE.test(v) || BACKTICK_SUBSTITUTION.test(v)) {
    return true;
  }
  if (BRACED_VARIABLE_START.test(v)) return closingBracket(v, 1, "{", "}") === v.length;
  if (v.startsWith("$(")) return closingBracket(v, 1, "(", ")") === v.length;
  return false;
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  let length = 0;
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    length++;
  }
  if (length === 0) return 0;
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function isHighEntropy(value) {
  return Array.from(value).length >= HIGH_ENTROPY_MIN_LENGTH && shannonEntropy(value) >= HIGH_ENTROPY_MIN_BITS;
}
function looksLikePath(value) {
  if (value === "" || WHITESPACE.test(value)) return false;
  return PATH_START.test(value) || RELATIVE_PATH_WITH_EXTENSION.test(value);
}
function isReferenceValue(value) {
  const v = stripQuotes(value.trim());
  return looksLikePath(v) && findSecretsInText(v).length === 0;
}
function isLiteralSecret(value) {
  return !REFERENCE_INSIDE.test(value) && !isPlaceholder(value);
}
function isFiller(text) {
  const distinct = /* @__PURE__ */ new Set();
  for (const c of text) if (c !== "-" && c !== "_") distinct.add(c);
  return distinct.size <= 2;
}
function isPlausibleToken(token, prefix) {
  if (VENDOR_EXAMPLE.test(token)) return false;
  const body = token.slice(prefix);
  if (isFiller(body) || isPlaceholder(body)) return false;
  if (body.includes("/")) return body.split("/").every((part) => !isFiller(part.slice(1)));
  return true;
}
function collectTokens(text, out) {
  if (!TOKEN_HINT.test(text)) return;
  for (const format3 of TOKEN_FORMATS) {
    for (const match of allMatches(text, format3.pattern)) {
      const context = format3.context ?? 0;
      const token = match[0].slice(context);
      if (!isPlausibleToken(token, format3.prefix)) continue;
      const start = match.index + context;
      out.push({ kind: format3.kind, start, end: start + token.length, priority: PRIORITY_TOKEN });
    }
  }
}
function findEmbeddedTokens(text) {
  if (!TOKEN_HINT.test(text)) return [];
  const out = [];
  for (const format3 of EMBEDDED_TOKEN_FORMATS) {
    for (const match of allMatches(text, format3.pattern)) {
      const context = format3.context ?? 0;
      const token = match[0].slice(context);
      if (!isPlausibleToken(token, format3.prefix)) continue;
      const start = match.index + context;
      out.push({ kind: format3.kind, start, end: start + token.length, priority: PRIORITY_TOKEN });
    }
  }
  return resolveOverlaps(out);
}
function matchSpans(text, pattern) {
  return allMatches(text, pattern).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
function collectPrivateKeys(text, out) {
  const headers = matchSpans(text, PEM_HEADER);
  if (headers.length === 0) return;
  const footers = matchSpans(text, PEM_FOOTER);
  let footerIndex = 0;
  let coveredUntil = 0;
  for (let h = 0; h < headers.length; h++) {
    const header = headers[h];
    if (header.start < coveredUntil) continue;
    const limit = Math.min(headers[h + 1]?.start ?? text.length, header.end + PEM_MAX_LENGTH);
    while (footerIndex < footers.length && footers[footerIndex].start < header.end) footerIndex++;
    const footer = footers[footerIndex];
    let end;
    if (footer !== void 0 && footer.end <= limit) {
      const body = text.slice(header.end, footer.start);
      if (!PEM_KEY_MATERIAL.test(body) || VENDOR_EXAMPLE.test(body) || PEM_ELIDED.test(body)) continue;
      end = footer.end;
    } else {
      end = header.end;
      while (end < limit && isPemBodyChar(text.charCodeAt(end))) end++;
      while (end > header.end && isPemPadding(text.charCodeAt(end - 1))) end--;
      const body = text.slice(header.end, end);
      if (!PEM_KEY_MATERIAL_UNTERMINATED.test(body) || VENDOR_EXAMPLE.test(body)) continue;
    }
    coveredUntil = end;
    out.push({ kind: "private key block", start: header.start, end, priority: PRIORITY_TOKEN });
  }
}
function isPemBodyChar(code) {
  return code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code >= 48 && code <= 57 || // 0-9
  code === 43 || // +
  code === 47 || // /
  code === 61 || // =
  isPemPadding(code);
}
function isPemPadding(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 92;
}
function isSchemeChar(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 43 || code === 46 || code === 45;
}
function collectUrlCredentials(text, out) {
  for (const match of allMatches(text, URL_SCHEME_SEPARATOR)) {
    const separator = match.index;
    let schemeStart = separator;
    while (schemeStart > 0 && separator - schemeStart < 32 && isSchemeChar(text.charCodeAt(schemeStart - 1))) {
      schemeStart--;
    }
    const first = text.charCodeAt(schemeStart);
    if (schemeStart === separator || !(first >= 65 && first <= 90 || first >= 97 && first <= 122)) continue;
    const authorityStart = separator + 3;
    const limit = Math.min(text.length, authorityStart + URL_MAX_AUTHORITY);
    let at = -1;
    let i = authorityStart;
    for (; i < limit && !AUTHORITY_END.has(text[i]); i++) if (text[i] === "@") at = i;
    if (at < 0 || DIGEST_HOST.test(text.slice(at + 1, i))) continue;
    const userinfo = text.slice(authorityStart, at);
    const colon = userinfo.indexOf(":");
    if (colon >= 0) {
      const password = userinfo.slice(colon + 1);
      if (!isLiteralSecret(password)) continue;
      const start = authorityStart + colon + 1;
      out.push({ kind: "URL credentials", start, end: at, priority: PRIORITY_SYNTAX });
    } else if (isHighEntropy(userinfo) && isLiteralSecret(userinfo)) {
      out.push({ kind: "URL credentials", start: authorityStart, end: at, priority: PRIORITY_SYNTAX });
    }
  }
}
function collectSyntaxCredentials(text, out) {
  for (const { kind, pattern, spacedMinLength } of SYNTAX_PATTERNS) {
    for (const match of allMatches(text, pattern)) {
      const groups = match.length - 1;
      const value = match[groups];
      if (spacedMinLength !== void 0 && groups === 2) {
        const separator = match[1];
        if (!separator.includes("=") && !separator.includes(":") && value.length < spacedMinLength) continue;
      }
      if (!isLiteralSecret(value)) continue;
      const end = match.index + match[0].length;
      out.push({ kind, start: end - value.length, end, priority: PRIORITY_SYNTAX });
    }
  }
}
function isBlank(c) {
  return c === " " || c === "	";
}
function isNewline(c) {
  return c === "\n" || c === "\r";
}
function continuationAt(text, i) {
  if (text[i] !== "\\") return 0;
  if (text[i + 1] === "\n") return 2;
  if (text[i + 1] === "\r" && text[i + 2] === "\n") return 3;
  return 0;
}
function readWord(text, pos) {
  const limit = Math.min(text.length, pos + MAX_WORD_LENGTH);
  let value = "";
  const offsets = [];
  let i = pos;
  let quote = null;
  let quoteStart = pos;
  let valueAtQuote = 0;
  while (i < limit) {
    const c = text[i];
    const continuation = continuationAt(text, i);
    if (continuation > 0) {
      i += continuation;
      continue;
    }
    if (isNewline(c)) break;
    if (quote === null) {
      if (isBlank(c) || c === ";" || c === "|" || c === "&" || c === "<" || c === ">") break;
      if (c === "'" || c === '"') {
        quote = c;
        quoteStart = i;
        valueAtQuote = value.length;
        i++;
        continue;
      }
      if (c === "\\" && i + 1 < limit && !isNewline(text[i + 1])) {
        value += text[i + 1];
        offsets.push(i + 1);
        i += 2;
        continue;
      }
    } else if (c === quote) {
      quote = null;
      i++;
      continue;
    } else if (quote === '"' && c === "\\" && i + 1 < limit && '"\\$`'.includes(text[i + 1])) {
      value += text[i + 1];
      offsets.push(i + 1);
      i += 2;
      continue;
    }
    value += c;
    offsets.push(i);
    i++;
  }
  if (quote !== null) {
    return { word: { start: pos, value: value.slice(0, valueAtQuote), offsets: offsets.slice(0, valueAtQuote) }, end: quoteStart };
  }
  return { word: { start: pos, value, offsets }, end: i };
}
function readCommandWords(text, pos) {
  const words = [];
  let i = pos;
  while (words.length < MAX_COMMAND_WORDS && i < text.length) {
    const continuation = continuationAt(text, i);
    if (continuation > 0) {
      i += continuation;
      continue;
    }
    const c = text[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (isNewline(c) || c === ";" || c === "|" || c === "&" || c === "#") break;
    const { word, end } = readWord(text, i);
    if (end === i) break;
    words.push(word);
    i = end;
  }
  return { words, end: i };
}
function pushWordPart(out, kind, word, from) {
  if (word === void 0 || from >= word.value.length) return;
  const value = word.value.slice(from);
  if (!isLiteralSecret(value)) return;
  const start = word.offsets[from];
  const end = word.offsets[word.value.length - 1] + 1;
  out.push({ kind, start, end, priority: PRIORITY_SYNTAX });
}
function pushCurlUser(out, word, from) {
  if (word === void 0) return;
  const colon = word.value.indexOf(":", from);
  if (colon >= 0) pushWordPart(out, "curl credentials", word, colon + 1);
}
function curlCredentials(words, out) {
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    if (value === "--user" || value === "--proxy-user" || CURL_USER_OPTION.test(value)) {
      pushCurlUser(out, words[++i], 0);
    } else if (value.startsWith("--user=")) {
      pushCurlUser(out, words[i], "--user=".length);
    } else if (value.startsWith("--proxy-user=")) {
      pushCurlUser(out, words[i], "--proxy-user=".length);
    } else if (value === "--oauth2-bearer") {
      pushWordPart(out, "curl credentials", words[++i], 0);
    } else if (CURL_ATTACHED_USER.test(value)) {
      pushCurlUser(out, words[i], 2);
    }
  }
}
function registryCredentials(words, out) {
  const login = words.findIndex((w) => w.value === "login");
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    if (value === "--password") pushWordPart(out, "password option", words[++i], 0);
    else if (login < 0 || i < login) continue;
    else if (value === "-p") pushWordPart(out, "password option", words[++i], 0);
    else if (ATTACHED_PASSWORD.test(value)) pushWordPart(out, "password option", words[i], 2);
  }
}
function mysqlCredentials(words, out) {
  for (const word of words) if (ATTACHED_PASSWORD.test(word.value)) pushWordPart(out, "password option", word, 2);
}
function sshpassCredentials(words, out) {
  for (let i = 0; i < words.length; i++) {
    const value = words[i].value;
    if (value === "-p") pushWordPart(out, "password option", words[++i], 0);
    else if (ATTACHED_PASSWORD.test(value)) pushWordPart(out, "password option", words[i], 2);
  }
}
function exportCredentials(words, out) {
  for (const word of words) {
    const assignment = ASSIGNMENT_WORD2.exec(word.value);
    if (assignment === null) continue;
    if (classifySecretName(assignment[1]) !== "secret") continue;
    const from = assignment[0].length;
    if (looksLikePath(word.value.slice(from))) continue;
    pushWordPart(out, "exported secret", word, from);
  }
}
function commandCredentials(command, words, out) {
  if (command === "curl") curlCredentials(words, out);
  else if (command === "export") exportCredentials(words, out);
  else if (command === "sshpass") sshpassCredentials(words, out);
  else if (REGISTRY_COMMANDS.has(command)) registryCredentials(words, out);
  else if (MYSQL_COMMANDS.has(command)) mysqlCredentials(words, out);
}
function collectCommandCredentials(text, out) {
  const commands = [...allMatches(text, CREDENTIAL_COMMAND)];
  let segment = { words: [], end: -1 };
  let next = 0;
  for (let c = 0; c < commands.length; c++) {
    const match = commands[c];
    const after = match.index + match[0].length;
    if (after > segment.end) {
      segment = readCommandWords(text, after);
      next = 0;
    }
    const until = commands[c + 1]?.index ?? Infinity;
    while (next < segment.words.length && segment.words[next].start < after) next++;
    const words = [];
    for (let w = next; w < segment.words.length && segment.words[w].start < until; w++) words.push(segment.words[w]);
    commandCredentials(match[1], words, out);
  }
  let readUntil = -1;
  for (const match of allMatches(text, PASSWORD_ASSIGNMENT)) {
    if (match.index < readUntil) continue;
    const { word, end } = readWord(text, match.index + match[0].length);
    readUntil = end;
    pushWordPart(out, match[1], word, 0);
  }
  readUntil = -1;
  for (const match of allMatches(text, PASSWORD_OPTION)) {
    if (match.index < readUntil) continue;
    const { word, end } = readWord(text, match.index + match[0].length);
    readUntil = end;
    pushWordPart(out, "password option", word, 0);
  }
}
function resolveOverlaps(candidates) {
  candidates.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);
  const result = [];
  let end = -1;
  for (const { kind, start, end: candidateEnd } of candidates) {
    if (start < end || candidateEnd <= start) continue;
    result.push({ kind, start, end: candidateEnd });
    end = candidateEnd;
  }
  return result;
}
function findSecretsInText(text) {
  return scanMemo(text);
}
function scanTextForSecrets(text, options = {}) {
  return scanForSecrets(text, options.commands ?? true);
}
function scanForSecrets(text, commands = true) {
  const candidates = [];
  collectTokens(text, candidates);
  collectPrivateKeys(text, candidates);
  collectUrlCredentials(text, candidates);
  collectSyntaxCredentials(text, candidates);
  if (commands) collectCommandCredentials(text, candidates);
  return resolveOverlaps(candidates);
}
function isFlagValue(value) {
  return value !== null && FLAG_VALUE.test(value.trim());
}
var PRIORITY_TOKEN, PRIORITY_SYNTAX, TOKEN_FORMATS, PEM_HEADER, PEM_FOOTER, PEM_KEY_MATERIAL, PEM_KEY_MATERIAL_UNTERMINATED, PEM_MAX_LENGTH, PEM_ELIDED, URL_SCHEME_SEPARATOR, URL_MAX_AUTHORITY, DIGEST_HOST, AUTHORITY_END, VALUE, SYNTAX_PATTERNS, PASSWORD_ASSIGNMENT, PASSWORD_OPTION, CREDENTIAL_COMMAND, REGISTRY_COMMANDS, MYSQL_COMMANDS, CURL_USER_OPTION, CURL_ATTACHED_USER, ATTACHED_PASSWORD, ASSIGNMENT_WORD2, MAX_COMMAND_WORDS, MAX_WORD_LENGTH, REFERENCE_INSIDE, VENDOR_EXAMPLE, PLACEHOLDER_FILLER, PLACEHOLDER_ANGLE, PLACEHOLDER_TEMPLATE, PLACEHOLDER_EMPTY_DEFAULT, PLACEHOLDER_FORMAT, PLACEHOLDER_AFFIX, PLACEHOLDER_WORDS, PLACEHOLDER_SHAPE, BRACED_VARIABLE_START, SIMPLE_VARIABLE, POWERSHELL_VARIABLE, CMD_VARIABLE, BACKTICK_SUBSTITUTION, WHITESPACE, PATH_START, RELATIVE_PATH_WITH_EXTENSION, HIGH_ENTROPY_MIN_LENGTH, HIGH_ENTROPY_MIN_BITS, COUNTING, TOKEN_HINT, EMBEDDED_TOKEN_FORMATS, scanMemo, FLAG_VALUE;
var init_secret_values = __esm({
  "packages/core/src/detect/secret-values.ts"() {
    "use strict";
    init_secret_names();
    init_memo();
    PRIORITY_TOKEN = 0;
    PRIORITY_SYNTAX = 1;
    TOKEN_FORMATS = [
      {
        kind: "AWS access key id",
        pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
        prefix: 4
      },
      { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefix: 4 },
      { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g, prefix: 11 },
      { kind: "GitLab token", pattern: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])/g, prefix: 6 },
      {
        kind: "Stripe key",
        pattern: /(?<![A-Za-z0-9_])[sr]k_(?:live|test)_[A-Za-z0-9]{24,99}(?![A-Za-z0-9_])/g,
        prefix: 8
      },
      { kind: "Slack token", pattern: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{10,}/g, prefix: 5 },
      {
        kind: "Slack webhook",
        pattern: /(?<![A-Za-z0-9.-])hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,40}(?![A-Za-z0-9])/g,
        prefix: 0,
        context: "hooks.slack.com/services/".length
      },
      { kind: "npm token", pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefix: 4 },
      { kind: "PyPI token", pattern: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g, prefix: 20 },
      { kind: "Docker Hub token", pattern: /(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27}(?![A-Za-z0-9_-])/g, prefix: 9 },
      { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, prefix: 4 },
      { kind: "OpenAI key", pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}/g, prefix: 8 },
      {
        kind: "OpenAI key",
        pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_-])/g,
        prefix: 3
      },
      { kind: "Anthropic key", pattern: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{32,}/g, prefix: 13 },
      { kind: "Hugging Face token", pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])/g, prefix: 3 },
      {
        kind: "SendGrid key",
        pattern: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
        prefix: 3
      },
      {
        kind: "JWT",
        pattern: /(?<![A-Za-z0-9_.-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}/g,
        prefix: 0
      }
    ];
    PEM_HEADER = /-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
    PEM_FOOTER = /-----END (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----/g;
    PEM_KEY_MATERIAL = /[A-Za-z0-9+/]{16}/;
    PEM_KEY_MATERIAL_UNTERMINATED = /[A-Za-z0-9+/]{40}/;
    PEM_MAX_LENGTH = 2e4;
    PEM_ELIDED = /\.\.\.|…/;
    URL_SCHEME_SEPARATOR = /:\/\//g;
    URL_MAX_AUTHORITY = 512;
    DIGEST_HOST = /^sha(?:256|384|512):/i;
    AUTHORITY_END = /* @__PURE__ */ new Set(["/", "\\", "?", "#", '"', "'", "`", "<", ">", "|", ";", " ", "	", "\n", "\r", "\f", "\v"]);
    VALUE = String.raw`["']?([^\s"'\\;|&<>]{1,4096})`;
    SYNTAX_PATTERNS = [
      {
        kind: ".npmrc auth token",
        pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:_authToken|_auth|_password)([ \t]*=[ \t]*|[ \t]+)${VALUE}`, "g"),
        spacedMinLength: 8
      },
      {
        kind: "Yarn auth token",
        pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])npmAuthToken([ \t]*[:=][ \t]*|[ \t]+)${VALUE}`, "g"),
        spacedMinLength: 8
      },
      {
        kind: "Authorization header",
        pattern: new RegExp(
          String.raw`(?<![A-Za-z0-9_-])(?:Proxy-)?Authorization[ \t]*:[ \t]*(?:Bearer|Basic|token)[ \t]+${VALUE}`,
          "gi"
        )
      },
      {
        kind: "PRIVATE-TOKEN header",
        pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])PRIVATE-TOKEN[ \t]*:[ \t]*${VALUE}`, "gi")
      },
      {
        kind: "chpasswd",
        pattern: /(?<![A-Za-z0-9_-])(?:echo|printf)(?:[ \t]+-[A-Za-z]+)*[ \t]+["']?[A-Za-z0-9._-]{1,64}:([^\s"'\\|:]{1,256})(?=(?:\\n)?["']?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd(?![A-Za-z0-9_-]))/g
      },
      {
        kind: "chpasswd",
        pattern: /(?<![A-Za-z0-9_-])chpasswd[ \t]*<<<[ \t]*["']?[A-Za-z0-9._-]{1,64}:([^\s"'\\|:]{1,256})/g
      }
    ];
    PASSWORD_ASSIGNMENT = /(?<![A-Za-z0-9_$.-])(PGPASSWORD|MYSQL_PWD)=/g;
    PASSWORD_OPTION = /(?<![A-Za-z0-9_-])--(?:[A-Za-z0-9]+-)*password=/g;
    CREDENTIAL_COMMAND = /(?<![A-Za-z0-9_.-])(curl|docker|podman|buildah|nerdctl|helm|oras|skopeo|sshpass|mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump|mariadb-admin|export)(?=[\s;|&)"'`]|$)/g;
    REGISTRY_COMMANDS = /* @__PURE__ */ new Set(["docker", "podman", "buildah", "nerdctl", "helm", "oras", "skopeo"]);
    MYSQL_COMMANDS = /* @__PURE__ */ new Set([
      "mysql",
      "mysqldump",
      "mysqladmin",
      "mysqlimport",
      "mysqlshow",
      "mysqlcheck",
      "mariadb",
      "mariadb-dump",
      "mariadb-admin"
    ]);
    CURL_USER_OPTION = /^-[A-Za-z]*[uU]$/;
    CURL_ATTACHED_USER = /^-[uU](.+)$/;
    ATTACHED_PASSWORD = /^-p(.+)$/;
    ASSIGNMENT_WORD2 = /^([A-Za-z_][A-Za-z0-9_]*)=/;
    MAX_COMMAND_WORDS = 64;
    MAX_WORD_LENGTH = 4096;
    REFERENCE_INSIDE = /\$(?:[A-Za-z_{(]|env:)|`|%[A-Za-z_][A-Za-z0-9_]*%/;
    VENDOR_EXAMPLE = /example/i;
    PLACEHOLDER_FILLER = /^[xX*#.?•…_-]+$/;
    PLACEHOLDER_ANGLE = /^<[^<>]*>$/;
    PLACEHOLDER_TEMPLATE = /^\{\{[^\n]*\}\}$/;
    PLACEHOLDER_EMPTY_DEFAULT = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=]\}$/;
    PLACEHOLDER_FORMAT = /^(?:%[-+ #0-9.*]*[sdifuxXoqv]|\{[A-Za-z0-9_]*\})$/;
    PLACEHOLDER_AFFIX = /^(?:your|insert|enter|put|replace)[-_ ]|[-_ ]here$/i;
    PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
      "changeme",
      "changeit",
      "replaceme",
      "dummy",
      "example",
      "sample",
      "placeholder",
      "redacted",
      "hidden",
      "masked",
      "none",
      "null",
      "nil",
      "undefined",
      "todo",
      "tbd",
      "fixme",
      "notset",
      "unset",
      "empty",
      "foo",
      "bar",
      "foobar",
      "value",
      // Well-known public credentials (anonymous FTP, RabbitMQ's default user), not secrets.
      "anonymous",
      "guest"
    ]);
    PLACEHOLDER_SHAPE = /^(?:my|your|the|some)?(?:super)?(?:secret|dummy|example|sample|test|fake|default|strong)?(?:password|passwd|passphrase|pwd|pw|pass|secret|token|apikey|key|credentials?)(?:goes)?(?:here)?$/;
    BRACED_VARIABLE_START = /^\$\{[A-Za-z_0-9#!@*]/;
    SIMPLE_VARIABLE = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?!$-])$/;
    POWERSHELL_VARIABLE = /^\$env:[A-Za-z_][A-Za-z0-9_]*$/i;
    CMD_VARIABLE = /^%[A-Za-z_][A-Za-z0-9_]*%$/;
    BACKTICK_SUBSTITUTION = /^`[^`]*`$/;
    WHITESPACE = /\s/;
    PATH_START = /^(?:\/|~\/|\.\.?\/|[A-Za-z]:[\\/]|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?\/)/;
    RELATIVE_PATH_WITH_EXTENSION = /^[A-Za-z0-9_@][A-Za-z0-9_.@/-]*\.[A-Za-z][A-Za-z0-9]{0,7}$/;
    HIGH_ENTROPY_MIN_LENGTH = 16;
    HIGH_ENTROPY_MIN_BITS = 3.5;
    COUNTING = ["0123456789", "1234567890"];
    TOKEN_HINT = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|[sr]k_(?:live|test)_|xox[abprs]-|hooks\.slack\.com|npm_|pypi-|dckr_pat_|AIza|sk-|hf_|SG\.|eyJ/;
    EMBEDDED_TOKEN_FORMATS = TOKEN_FORMATS.map((format3) => ({
      ...format3,
      pattern: new RegExp(format3.pattern.source.replace(/^\(\?<![^)]*\]\)/, ""), "g")
    }));
    scanMemo = memoizeText((text) => Object.freeze(scanForSecrets(text)));
    FLAG_VALUE = /^(?:yes|no|true|false|on|off|y|n|0|1|enabled?|disabled?)$/i;
  }
});

// packages/core/src/model/substitution.ts
function isNameStart2(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function isNameChar2(code) {
  return isNameStart2(code) || code >= 48 && code <= 57;
}
function findVariableUses(text, escape = "\\") {
  const uses = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === escape) {
      i++;
      continue;
    }
    if (ch !== "$") continue;
    const next = text.charCodeAt(i + 1);
    if (isNameStart2(next)) {
      let j = i + 2;
      while (j < text.length && isNameChar2(text.charCodeAt(j))) j++;
      uses.push({ name: text.slice(i + 1, j), start: i, end: j, operator: null, word: null });
      i = j - 1;
    } else if (next === 123) {
      let j = i + 2;
      if (!isNameStart2(text.charCodeAt(j))) continue;
      while (j < text.length && isNameChar2(text.charCodeAt(j))) j++;
      const name = text.slice(i + 2, j);
      let depth = 1;
      let k = j;
      while (k < text.length && depth > 0) {
        if (text[k] === "{") depth++;
        else if (text[k] === "}") depth--;
        if (depth > 0) k++;
      }
      if (depth !== 0) continue;
      const rest = text.slice(j, k);
      const op = /^(:-|:\+|:\?|-|\+|\?)/.exec(rest);
      uses.push({
        name,
        start: i,
        end: k + 1,
        operator: op ? op[1] : null,
        word: op ? rest.slice(op[1].length) : null
      });
      i = k;
    }
  }
  return uses;
}
function expandValue(text, lookup, escape = "\\") {
  const uses = findVariableUses(text, escape);
  if (uses.length === 0) return text;
  const limit = Math.max(MAX_EXPANDED_LENGTH, text.length);
  let out = "";
  let last = 0;
  for (const use of uses) {
    out += text.slice(last, use.start);
    if (out.length > limit) return void 0;
    const value = lookup(use.name);
    let replacement;
    switch (use.operator) {
      case ":-":
        replacement = value ? value : use.word ?? "";
        break;
      case "-":
        replacement = value !== void 0 ? value : use.word ?? "";
        break;
      case ":+":
        replacement = value ? use.word ?? "" : value === void 0 ? void 0 : "";
        break;
      case "+":
        replacement = value !== void 0 ? use.word ?? "" : "";
        break;
      default:
        replacement = value;
    }
    if (replacement === void 0 || out.length + replacement.length > limit) return void 0;
    out += replacement;
    last = use.end;
  }
  return out + text.slice(last);
}
var MAX_EXPANDED_LENGTH;
var init_substitution = __esm({
  "packages/core/src/model/substitution.ts"() {
    "use strict";
    MAX_EXPANDED_LENGTH = 64 * 1024;
  }
});

// packages/core/src/model/layers.ts
function isWholeContext(source) {
  return WHOLE_CONTEXT.has(source.trim());
}
function contextPath(source) {
  const normal = normalizePath(source.replace(/^\/+/, ""));
  return normal === "." ? "" : normal;
}
function secretMounts(run) {
  const paths = [];
  const vars = [];
  for (const flag of run.flags) {
    if (flag.name !== "mount" || flag.options.get("type") !== "secret") continue;
    const target = flag.options.get("target") ?? flag.options.get("dst") ?? flag.options.get("destination");
    const id = flag.options.get("id") ?? (target ? basename(target) : void 0);
    const env = flag.options.get("env");
    if (env) vars.push(env);
    if (target) paths.push(normalizePath(target.startsWith("/") ? target : `/${target}`));
    else if (id) paths.push(`/run/secrets/${id}`);
  }
  return { paths, vars };
}
function buildLayers(model) {
  const escape = model.parsed.directives.escape;
  const files = model.files;
  const workdirs = /* @__PURE__ */ new Map();
  const homes = /* @__PURE__ */ new Map();
  const specs = /* @__PURE__ */ new Map();
  const stageFiles = [];
  const finalWorkdirs = [];
  const heldByStage = [];
  const finalHomes = [];
  const stageByName = /* @__PURE__ */ new Map();
  model.stages.stages.forEach((s) => {
    if (s.name !== null) stageByName.set(s.name, s.index);
  });
  const secretFromName = (path) => secretFileKind(path, files);
  const expand = (instruction, value) => {
    const scope = model.variables.scopeBefore(instruction);
    return expandValue(value, (name) => scope.get(name)?.value, escape);
  };
  const parseCopy = (instruction, workdir) => {
    const fromFlag = instruction.flags.find((f) => f.name === "from");
    const from = fromFlag?.value ?? null;
    let fromStage = null;
    if (from !== null) {
      const lowered = from.toLowerCase();
      if (stageByName.has(lowered)) fromStage = stageByName.get(lowered);
      else if (/^\d+$/.test(from) && Number(from) < model.stages.stages.length) fromStage = Number(from);
    }
    let items;
    if (instruction.exec) {
      items = instruction.exec.map((value) => ({ value, start: instruction.argsStart, end: instruction.argsEnd }));
    } else {
      items = instruction.words.map((w) => ({ value: w.value, start: w.span.start, end: w.span.end }));
    }
    if (items.length < 2) return null;
    const destItem = items[items.length - 1];
    const destRaw = expand(instruction, destItem.value);
    const sources = items.slice(0, -1).map((item) => {
      const value = expand(instruction, item.value) ?? null;
      const url = value !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
      return {
        value,
        path: value === null || url || value.startsWith("<<") ? null : from !== null ? normalizePath(`/${value}`) : contextPath(value),
        start: item.start,
        end: item.end,
        wholeContext: from === null && value !== null && isWholeContext(value),
        glob: value !== null && hasGlob(value),
        url
      };
    });
    const heredocs = items.some((item) => item.value.startsWith("<<"));
    const dest = destRaw === void 0 ? null : resolveIn(workdir, destRaw);
    const multiple = sources.length > 1 || sources.some((s) => s.glob || s.wholeContext);
    return {
      instruction,
      from,
      fromStage,
      sources,
      dest,
      destIsDir: destRaw !== void 0 && (destRaw.endsWith("/") || destRaw === "." || multiple),
      parents: instruction.flags.some((f) => f.name === "parents" && f.value !== "false"),
      excludes: instruction.flags.filter((f) => f.name === "exclude" && f.value).map((f) => f.value),
      heredocs
    };
  };
  const copyAdds = (spec) => {
    const { instruction, dest } = spec;
    if (dest === null) return [];
    const via = instruction.keyword === "ADD" ? "add" : "copy";
    const out = [];
    const target = (relative10, sourcePath) => {
      if (spec.parents) return normalizePath(`${dest}/${relative10}`);
      if (relative10 === sourcePath || sourcePath === "") {
        return spec.destIsDir || sourcePath === "" ? normalizePath(`${dest}/${relative10}`) : dest;
      }
      return normalizePath(`${dest}/${relativeTo(relative10, sourcePath)}`);
    };
    for (const source of spec.sources) {
      if (source.path === null) continue;
      if (source.glob) {
        const kind = secretFromName(source.path);
        out.push({ path: normalizePath(`${dest}/${basename(source.path)}`), pattern: true, secretKind: kind, addedBy: instruction, via, contextPath: source.path });
      } else {
        if (!source.wholeContext) {
          const path = target(source.path, source.path);
          out.push({ path, pattern: false, secretKind: copiedFileKind(source.path, path, files), addedBy: instruction, via, contextPath: source.path });
        }
      }
      for (const file of model.context?.secretFiles ?? []) {
        if (file.type !== "file") continue;
        const root = sentFrom(spec, source, file.path);
        if (root === null || !source.glob && !source.wholeContext && root === file.path) continue;
        let path;
        if (!source.glob) path = target(file.path, source.wholeContext ? "" : source.path);
        else if (spec.parents) path = normalizePath(`${dest}/${file.path}`);
        else path = normalizePath(`${dest}/${root === file.path ? basename(file.path) : relativeTo(file.path, root)}`);
        out.push({ path, pattern: false, secretKind: secretFromName(file.path) ?? "secret file", addedBy: instruction, via, contextPath: file.path });
      }
    }
    if (spec.heredocs && instruction.keyword === "COPY") {
      const scope = model.variables.scopeBefore(instruction);
      for (const heredoc of instruction.heredocs) {
        const path = spec.destIsDir || instruction.heredocs.length > 1 ? normalizePath(`${dest}/${heredoc.name}`) : dest;
        let kind = secretFromName(path);
        if (!kind && findSecretsInText(heredoc.content).length > 0) kind = "file with a hardcoded secret";
        if (!kind) {
          const secretVar = findVariableUses(heredoc.content, escape).map((u) => scope.get(u.name)).find((v) => v?.secret);
          if (secretVar) kind = `file written with $${secretVar.name}`;
        }
        out.push({ path, pattern: false, secretKind: kind, addedBy: instruction, via: "heredoc" });
      }
    }
    return out;
  };
  const stageCopyAdds = (spec) => {
    if (spec.fromStage === null || spec.dest === null) return [];
    const source = stageFiles[spec.fromStage];
    if (!source) return [];
    const out = [];
    for (const src of spec.sources) {
      if (src.path === null) continue;
      const matcher = src.glob ? matchGlob(src.path) : null;
      for (const file of source.end.values()) {
        let path = null;
        if (matcher) {
          if (matcher.test(file.path)) path = normalizePath(`${spec.dest}/${basename(file.path)}`);
        } else if (file.path === src.path) {
          path = spec.destIsDir ? normalizePath(`${spec.dest}/${basename(file.path)}`) : spec.dest;
        } else if (isUnder(file.path, src.path)) {
          path = normalizePath(`${spec.dest}/${relativeTo(file.path, src.path)}`);
        }
        if (path === null) continue;
        out.push({ ...file, path, addedBy: spec.instruction, via: "stage-copy", fromStage: spec.fromStage, origin: file.origin ?? file });
      }
    }
    return out;
  };
  const runEffects = (run, workdir, home, before) => {
    const scope = model.variables.scopeBefore(run);
    const mounts = secretMounts(run);
    const own = /* @__PURE__ */ new Map();
    const hides = [];
    for (const { script, offset } of model.runScripts(run)) {
      if (model.shellOf(run) !== "posix") continue;
      const effects = cachedEffects(script, workdir, home, (name) => scope.get(name)?.value);
      const mountVars = new Set(mounts.vars);
      for (const command of script.commands) {
        for (const assignment of command.assignments) {
          if (mounts.paths.some((p) => assignment.value.value.includes(p))) mountVars.add(assignment.name);
        }
      }
      const readsMount = (write) => {
        if (mounts.paths.length === 0) return false;
        const command = script.commands[write.command];
        const sourceCommand = command?.pipedFrom !== void 0 ? script.commands[command.pipedFrom] : void 0;
        const reads = (words) => (words ?? []).some((w) => mounts.paths.some((p) => w.value === p || w.value.includes(p)));
        const passesThrough = (c) => c !== void 0 && PASS_THROUGH.has(programOf(c).name);
        switch (write.via) {
          case "cp":
          case "install":
          case "mv":
            return reads(command?.words.slice(1));
          case "redirect":
          case "tee":
          case "heredoc":
            return passesThrough(command) && reads(command?.words) || passesThrough(sourceCommand) && reads(sourceCommand?.words) || write.contentVars.some((v) => mountVars.has(v));
          default:
            return false;
        }
      };
      const events = [];
      for (const write of effects.writes) {
        events.push({
          command: write.command,
          apply: () => {
            const fromMount = readsMount(write);
            let kind = secretFromName(write.path);
            if (!kind) {
              const copy = effects.copies.find((c) => c.command === write.command && c.to === write.path);
              const source = copy ? own.get(copy.from) ?? before.get(copy.from)?.at(-1) : void 0;
              if (source?.secretKind) kind = source.secretKind;
            }
            if (fromMount) kind = kind ?? "copy of a mounted secret";
            if (!kind) {
              const secretVar = write.contentVars.map((v) => scope.get(v)).find((v) => v?.secret);
              if (secretVar) kind = `file written with $${secretVar.name}`;
            }
            if (!kind && findSecretsInText(write.contentText).length > 0) kind = "file with a hardcoded secret";
            own.set(write.path, {
              path: write.path,
              pattern: false,
              secretKind: kind,
              addedBy: run,
              via: "run",
              ...fromMount ? { fromSecretMount: true } : {}
            });
          }
        });
      }
      for (const del of effects.deletes) {
        events.push({
          command: del.command,
          apply: () => {
            const deletion = {
              path: del.path,
              recursive: del.recursive,
              start: offset >= 0 ? offset + del.start : run.span.start,
              end: offset >= 0 ? offset + del.end : run.span.end
            };
            const hit = (file) => deletes(deletion, file);
            for (const [path, file] of own) if (hit(file)) own.delete(path);
            if (!deletion.recursive && !hasGlob(deletion.path)) {
              for (const file of before.get(deletion.path) ?? []) hides.push({ deletion, file });
            } else {
              const prefix = literalPrefix(deletion.path);
              for (const copies of before.values()) {
                for (const file of copies) if (file.path.startsWith(prefix) && hit(file)) hides.push({ deletion, file });
              }
            }
          }
        });
      }
      events.sort((a, b) => a.command - b.command);
      for (const event of events) event.apply();
    }
    return { added: [...own.values()], hides };
  };
  for (const stage of model.stages.stages) {
    const parent = stage.parent !== null ? stageFiles[stage.parent] : void 0;
    const end = new Map(parent?.end ?? []);
    const held = new Map(stage.parent !== null ? heldByStage[stage.parent] : []);
    const hold = (file) => {
      end.set(file.path, file);
      held.set(file.path, [...held.get(file.path) ?? [], file]);
    };
    let workdir = stage.parent !== null ? finalWorkdirs[stage.parent] ?? "/" : "/";
    let home = stage.parent !== null ? finalHomes[stage.parent] ?? "/root" : "/root";
    workdirs.set(stage.from.index, workdir);
    homes.set(stage.from.index, home);
    const layers = [];
    for (const outer of stage.instructions) {
      const instruction = outer;
      workdirs.set(instruction.index, workdir);
      homes.set(instruction.index, home);
      if (instruction.trigger) {
        workdirs.set(instruction.trigger.index, workdir);
        homes.set(instruction.trigger.index, home);
      }
      switch (instruction.keyword) {
        case "WORKDIR": {
          const raw = instruction.words[0]?.value;
          const value = raw === void 0 ? void 0 : expand(instruction, raw);
          if (value !== void 0 && value.length <= MAX_PATH_LENGTH) workdir = resolveIn(workdir, value);
          break;
        }
        case "USER": {
          const user = (instruction.words[0]?.value ?? "").split(":")[0] ?? "";
          const value = expand(instruction, user);
          if (value !== void 0 && value !== "") home = value === "root" || value === "0" ? "/root" : `/home/${value}`;
          break;
        }
        case "COPY":
        case "ADD": {
          const spec = parseCopy(instruction, workdir);
          specs.set(instruction.index, spec);
          if (!spec) break;
          const added = spec.from !== null ? stageCopyAdds(spec) : copyAdds(spec);
          for (const file of added) hold(file);
          layers.push({ instruction, added, hides: [] });
          break;
        }
        case "RUN": {
          const { added, hides } = runEffects(instruction, workdir, home, held);
          for (const { file } of hides) {
            end.delete(file.path);
            held.delete(file.path);
          }
          for (const file of added) hold(file);
          layers.push({ instruction, added, hides });
          break;
        }
        default:
          break;
      }
      if (instruction.trigger && (instruction.trigger.keyword === "COPY" || instruction.trigger.keyword === "ADD")) {
        specs.set(instruction.trigger.index, parseCopy(instruction.trigger, workdir));
      }
    }
    stageFiles.push({ layers, end });
    heldByStage.push(held);
    finalWorkdirs.push(workdir);
    finalHomes.push(home);
  }
  return {
    stage: (index) => stageFiles[index] ?? { layers: [], end: /* @__PURE__ */ new Map() },
    copySpec: (instruction) => specs.get(instruction.index) ?? null,
    workdirOf: (instruction) => workdirs.get(instruction.index) ?? "/",
    homeOf: (instruction) => homes.get(instruction.index) ?? "/root"
  };
}
function sentFrom(spec, source, path) {
  if (spec.from !== null || source.path === null || source.url) return null;
  let root = null;
  if (source.wholeContext) root = "";
  else if (!source.glob) root = isUnder(path, source.path) ? source.path : null;
  else {
    const matcher = matchGlob(source.path);
    if (matcher.test(path)) root = path;
    else {
      for (let slash = path.indexOf("/"); slash >= 0 && root === null; slash = path.indexOf("/", slash + 1)) {
        if (matcher.test(path.slice(0, slash))) root = path.slice(0, slash);
      }
    }
  }
  if (root === null) return null;
  return spec.excludes.some((pattern) => matchGlob(contextPath(pattern)).test(path)) ? null : root;
}
function literalPrefix(path) {
  const glob = path.search(GLOB_CHAR);
  const literal = glob < 0 ? path : path.slice(0, glob);
  return literal === "/" ? "" : literal;
}
function cachedEffects(script, workdir, home, resolveVar) {
  const names = [...new Set(script.vars.map((v) => v.name))];
  const key = `${workdir}\0${home}\0${names.map((n) => `${n}=${resolveVar(n) ?? ""}`).join("\0")}`;
  let byContext = effectsTable.get(script);
  const hit = byContext?.get(key);
  if (hit) return hit;
  const effects = fileEffects(script, { workdir, home, resolveVar });
  if (!byContext) effectsTable.set(script, byContext = /* @__PURE__ */ new Map());
  if (byContext.size >= 64) byContext.clear();
  byContext.set(key, effects);
  return effects;
}
function deletes(deletion, file) {
  if (hasGlob(deletion.path)) {
    if (file.pattern) return deletion.path === file.path;
    return matchGlob(deletion.path).test(file.path);
  }
  if (file.path === deletion.path) return true;
  return deletion.recursive && isUnder(file.path, deletion.path);
}
var PASS_THROUGH, WHOLE_CONTEXT, GLOB_CHAR, effectsTable;
var init_layers = __esm({
  "packages/core/src/model/layers.ts"() {
    "use strict";
    init_secret_files();
    init_secret_values();
    init_paths2();
    init_shell();
    init_paths();
    init_substitution();
    PASS_THROUGH = /* @__PURE__ */ new Set(["cat", "echo", "printf", "tee", "base64", "head", "tail", "tr", "sed", "awk", "jq", "envsubst", "xargs"]);
    WHOLE_CONTEXT = /* @__PURE__ */ new Set([".", "./", "*", "./*", "/"]);
    GLOB_CHAR = /[*?[]/;
    effectsTable = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/redact.ts
function shownLength(secret) {
  const chars = Array.from(secret);
  const shown = Math.min(MAX_SHOWN, Math.floor(chars.length / 2));
  return chars.slice(0, shown).join("").length;
}
function redact(secret) {
  return secret.slice(0, shownLength(secret)) + ELLIPSIS;
}
function secretSpans(text, secrets) {
  const spans = [];
  const longestFirst = [...new Set(secrets)].filter((s) => s !== "").sort((a, b) => b.length - a.length);
  for (const secret of longestFirst) {
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
      spans.push({ start: at, end: at + secret.length });
    }
  }
  for (const match of findSecretsInText(text)) spans.push({ start: match.start, end: match.end });
  for (const match of findEmbeddedTokens(text)) spans.push({ start: match.start, end: match.end });
  return spans;
}
function redactText(text, secrets) {
  const spans = secretSpans(text, secrets).sort((a, b) => a.start - b.start || b.end - a.end);
  let result = "";
  let copied = 0;
  let start = -1;
  let end = -1;
  let shown = 0;
  const flush = () => {
    if (start < 0) return;
    result += text.slice(copied, start) + text.slice(start, start + shown) + ELLIPSIS;
    copied = end;
  };
  for (const span of spans) {
    if (start >= 0 && span.start < end) {
      end = Math.max(end, span.end);
      shown = Math.min(shown, span.start - start + shownLength(text.slice(span.start, span.end)));
      continue;
    }
    flush();
    start = span.start;
    end = span.end;
    shown = shownLength(text.slice(span.start, span.end));
  }
  flush();
  return result + text.slice(copied);
}
function escapeControlCharacters(text) {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function replaceControlCharacters(text, by) {
  return text.replace(CONTROL_CHARACTERS, by);
}
var ELLIPSIS, MAX_SHOWN, CONTROL_CHARACTERS;
var init_redact = __esm({
  "packages/core/src/redact.ts"() {
    "use strict";
    init_secret_values();
    ELLIPSIS = "…";
    MAX_SHOWN = 4;
    CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
  }
});

// packages/core/src/util/names.ts
function distance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return Infinity;
    previous = current;
  }
  return previous[b.length];
}
function closestName(value, known) {
  if (value.length > 64) return void 0;
  const lower = value.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(value.length / 4)));
  let best;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : void 0;
}
function mentionName(value, known) {
  const suggestion = known.includes(value) ? void 0 : closestName(value, known);
  if (known.includes(value) || suggestion !== void 0 || WORD_LIKE.test(value)) {
    return suggestion === void 0 ? { shown: `"${value}"` } : { shown: `"${value}"`, suggestion };
  }
  return { shown: `"${redact(value)}"` };
}
var WORD_LIKE;
var init_names = __esm({
  "packages/core/src/util/names.ts"() {
    "use strict";
    init_redact();
    WORD_LIKE = /^(?=.{1,40}$)[A-Za-z]+(?:[-_.][A-Za-z]+)*$/;
  }
});

// packages/core/src/model/stages.ts
function buildStages(parsed, target) {
  const globals = [];
  const groups = [];
  const stageOfInstruction = /* @__PURE__ */ new Map();
  for (const instruction of parsed.instructions) {
    if (instruction.keyword === "FROM") {
      groups.push({ from: instruction, instructions: [] });
      stageOfInstruction.set(instruction.index, groups.length - 1);
    } else if (groups.length === 0) {
      globals.push(instruction);
      stageOfInstruction.set(instruction.index, -1);
    } else {
      groups[groups.length - 1].instructions.push(instruction);
      stageOfInstruction.set(instruction.index, groups.length - 1);
      if (instruction.trigger) stageOfInstruction.set(instruction.trigger.index, groups.length - 1);
    }
  }
  const globalDefaults = /* @__PURE__ */ new Map();
  for (const instruction of globals) {
    if (instruction.keyword !== "ARG") continue;
    for (const prop of instruction.properties) if (prop.value !== null) globalDefaults.set(prop.name, prop.value);
  }
  const byName2 = /* @__PURE__ */ new Map();
  const partial = groups.map((group, index) => {
    const words = group.from.words.map((w) => w.value);
    const asIndex = words.findIndex((w) => w.toLowerCase() === "as");
    const name = asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1].toLowerCase() : null;
    const rawBase = words[0] ?? "";
    const base = expandValue(rawBase, (n) => globalDefaults.get(n)) ?? rawBase;
    const parent = byName2.get(base.toLowerCase()) ?? null;
    if (name !== null) byName2.set(name, index);
    const label = asIndex >= 0 && words[asIndex + 1] ? words[asIndex + 1] : `#${index}`;
    return { index, name, label, from: group.from, base, parent, instructions: group.instructions };
  });
  let targetIndex = partial.length - 1;
  if (target !== void 0 && target !== "") {
    const found = byName2.get(target.toLowerCase());
    if (found === void 0) {
      throw new UnknownTargetError(target, partial.filter((s) => s.name !== null).map((s) => s.label));
    }
    targetIndex = found;
  }
  const shipped = /* @__PURE__ */ new Set();
  for (let i = targetIndex; i !== null && i >= 0 && !shipped.has(i); i = partial[i]?.parent ?? null) {
    shipped.add(i);
  }
  const stages = partial.map((s) => ({ ...s, shipped: shipped.has(s.index) }));
  return { globals, stages, target: targetIndex, stageOfInstruction };
}
function checkTarget(parsed, target) {
  buildStages(parsed, target);
}
var UnknownTargetError;
var init_stages = __esm({
  "packages/core/src/model/stages.ts"() {
    "use strict";
    init_redact();
    init_names();
    init_substitution();
    UnknownTargetError = class extends Error {
      constructor(target, stages) {
        const { shown, suggestion } = mentionName(target, stages);
        super(
          redactText(
            `Target stage ${shown} does not exist in this Dockerfile` + (stages.length > 0 ? ` (stages: ${stages.join(", ")}).` : " (it has no named stages).") + (suggestion === void 0 ? "" : ` Did you mean "${suggestion}"?`),
            []
          )
        );
        this.target = target;
        this.stages = stages;
        this.name = "UnknownTargetError";
      }
      target;
      stages;
    };
  }
});

// packages/core/src/model/variables.ts
function hasCredentials(value) {
  return findSecretsInText(value).length > 0;
}
function declare(prop, kind, instruction, scope, globals, isGlobal, escape, lists, secretBuildArgs) {
  const lookup = (name) => scope.get(name)?.value;
  let raw = prop.value;
  if (kind === "arg" && raw === null && !isGlobal) raw = globals.get(prop.name)?.value ?? null;
  const value = raw === null ? void 0 : expandValue(raw, lookup, escape);
  const sources = /* @__PURE__ */ new Set();
  if (raw !== null) {
    for (const use of findVariableUses(prop.value ?? "", escape)) {
      const used = scope.get(use.name);
      if (used?.secret) for (const source of used.sources) sources.add(source);
    }
  }
  const nameKind = classifySecretName(prop.name, lists);
  let secretByName = false;
  if (nameKind === "secret") secretByName = !isFlagValue(raw) && !(kind === "env" && value !== void 0 && isFlagValue(value));
  else if (nameKind === "connection-string") {
    const suppliedAtBuild = kind === "arg" && prop.value === null;
    secretByName = suppliedAtBuild || value !== void 0 && hasCredentials(value) || sources.size > 0;
  }
  const suppliedSecret = kind === "arg" && !secretByName && secretBuildArgs.has(prop.name);
  if (secretByName || suppliedSecret) sources.add(prop.name);
  return {
    name: prop.name,
    kind,
    instruction,
    property: prop,
    value,
    secret: sources.size > 0,
    sources: [...sources],
    global: isGlobal,
    suppliedSecret
  };
}
function variableKind(instruction) {
  return instruction.keyword === "ARG" ? "arg" : instruction.keyword === "ENV" ? "env" : null;
}
function buildVariables(stages, escape, lists, secretBuildArgs = /* @__PURE__ */ new Set()) {
  const scopes = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Map();
  const globals = /* @__PURE__ */ new Map();
  const declareAll = (instruction, kind, lookup, isGlobal, add) => {
    const vars = [];
    for (const prop of instruction.properties) {
      if (!prop.name) continue;
      if (kind === "arg" && lookup.get(prop.name)?.kind === "env") continue;
      const variable = declare(prop, kind, instruction, lookup, globals, isGlobal, escape, lists, secretBuildArgs);
      vars.push(variable);
      add(variable);
    }
    declared.set(instruction.index, vars);
  };
  const walk = (instructions, scope, isGlobal) => {
    const log = new ScopeLog(scope);
    const triggers = [];
    for (const instruction of instructions) {
      scopes.set(instruction.index, log.view());
      if (instruction.trigger) triggers.push(instruction.trigger);
      const kind = variableKind(instruction);
      if (kind === null) continue;
      declareAll(instruction, kind, { get: (name) => log.get(name, log.version) }, isGlobal, (variable) => {
        log.declare(variable);
        if (isGlobal) globals.set(variable.name, variable);
      });
    }
    const end = log.view();
    if (triggers.length > 0) walkTriggers(triggers, end);
    return end;
  };
  const walkTriggers = (triggers, end) => {
    const inherited = /* @__PURE__ */ new Map();
    for (const [name, variable] of end) if (variable.kind === "env") inherited.set(name, variable);
    const log = new ScopeLog(inherited);
    for (const trigger of triggers) {
      scopes.set(trigger.index, log.view());
      const kind = variableKind(trigger);
      if (kind !== null) declareAll(trigger, kind, { get: (name) => log.get(name, log.version) }, false, (variable) => log.declare(variable));
    }
  };
  walk(stages.globals, /* @__PURE__ */ new Map(), true);
  const endScopes = [];
  for (const stage of stages.stages) {
    const inherited = /* @__PURE__ */ new Map();
    if (stage.parent !== null) {
      for (const [name, variable] of endScopes[stage.parent] ?? []) if (variable.kind === "env") inherited.set(name, variable);
    }
    scopes.set(stage.from.index, inherited);
    endScopes.push(walk(stage.instructions, inherited, false));
  }
  return {
    scopeBefore: (instruction) => scopes.get(instruction.index) ?? EMPTY,
    declaredBy: (instruction) => declared.get(instruction.index) ?? [],
    globals,
    endOf: (stage) => endScopes[stage] ?? EMPTY
  };
}
var EMPTY, ScopeLog, ScopeView;
var init_variables = __esm({
  "packages/core/src/model/variables.ts"() {
    "use strict";
    init_secret_names();
    init_secret_values();
    init_substitution();
    EMPTY = /* @__PURE__ */ new Map();
    ScopeLog = class {
      constructor(base) {
        this.base = base;
        this.sizes = [base.size];
      }
      base;
      /** Each name's declarations, in order, with the version each one made. */
      history = /* @__PURE__ */ new Map();
      /** Names the base does not have, in order of first declaration (Map insertion order). */
      added = [];
      views = [];
      /** Number of names visible at each version. */
      sizes;
      version = 0;
      declare(variable) {
        this.version++;
        let size2 = this.sizes[this.version - 1];
        const history = this.history.get(variable.name);
        if (history) history.push({ version: this.version, variable });
        else {
          this.history.set(variable.name, [{ version: this.version, variable }]);
          if (!this.base.has(variable.name)) {
            this.added.push({ name: variable.name, version: this.version });
            size2++;
          }
        }
        this.sizes.push(size2);
      }
      size(version2) {
        return this.sizes[version2];
      }
      /** The variable `name` at `version` (declarations up to and including it). */
      get(name, version2) {
        const history = this.history.get(name);
        if (history) {
          let low = 0;
          let high = history.length - 1;
          let found = -1;
          while (low <= high) {
            const mid = low + high >> 1;
            if (history[mid].version <= version2) {
              found = mid;
              low = mid + 1;
            } else high = mid - 1;
          }
          if (found !== -1) return history[found].variable;
        }
        return this.base.get(name);
      }
      /** Names visible at `version`, in Map insertion order: the base's, then the ones added. */
      *names(version2) {
        yield* this.base.keys();
        for (const { name, version: since } of this.added) {
          if (since > version2) break;
          yield name;
        }
      }
      view(version2 = this.version) {
        return this.views[version2] ??= new ScopeView(this, version2);
      }
    };
    ScopeView = class {
      constructor(log, version2) {
        this.log = log;
        this.version = version2;
      }
      log;
      version;
      get(name) {
        return this.log.get(name, this.version);
      }
      has(name) {
        return this.get(name) !== void 0;
      }
      get size() {
        return this.log.size(this.version);
      }
      keys() {
        return this.log.names(this.version);
      }
      *values() {
        for (const name of this.log.names(this.version)) yield this.get(name);
      }
      *entries() {
        for (const name of this.log.names(this.version)) yield [name, this.get(name)];
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      forEach(callback, thisArg) {
        for (const [name, variable] of this.entries()) callback.call(thisArg, variable, name, this);
      }
    };
  }
});

// packages/core/src/model/index.ts
function shellKindOf(exec) {
  const program = (exec?.[0] ?? "").toLowerCase().replace(/^.*[\\/]/, "");
  if (program.startsWith("powershell") || program.startsWith("pwsh")) return "powershell";
  if (program === "cmd" || program === "cmd.exe") return "cmd";
  return "posix";
}
function buildModel(parsed, options) {
  const stages = buildStages(parsed, options.target);
  const secretBuildArgs = new Set((options.buildArgs ?? []).filter((arg) => arg.secret).map((arg) => arg.name));
  const variables = buildVariables(stages, parsed.directives.escape, options.names, secretBuildArgs);
  const shells = /* @__PURE__ */ new Map();
  const instructions = [];
  for (const stage of stages.stages) {
    let shell = "posix";
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "SHELL") shell = shellKindOf(instruction.exec);
      shells.set(instruction.index, shell);
      instructions.push(instruction);
      if (instruction.trigger) {
        shells.set(instruction.trigger.index, shell);
        instructions.push(instruction.trigger);
      }
    }
  }
  const scripts = /* @__PURE__ */ new Map();
  const escapeChar = parsed.directives.escape;
  const text = parsed.text;
  const parse = (body, offset, shell) => ({
    text: body,
    offset,
    script: shellParsers[shell][escapeChar](body)
  });
  const runScripts = (instruction) => {
    const cached = scripts.get(instruction.index);
    if (cached) return cached;
    const shell = shells.get(instruction.index) ?? "posix";
    const result = [];
    if (instruction.exec) {
      const [program, flag, body] = instruction.exec;
      const kind = shellKindOf(instruction.exec);
      if (program && SHELLS.has(program.toLowerCase()) && flag === "-c" && body !== void 0) {
        const at = text.indexOf(JSON.stringify(body).slice(1, -1), instruction.argsStart);
        result.push(parse(body, at >= 0 && at < instruction.argsEnd && !body.includes("\\") ? at : -1, "posix"));
      } else if (kind !== "posix" && body !== void 0) {
        result.push(parse(instruction.exec.slice(1).join(" "), -1, kind));
      }
    } else {
      const firstBody = instruction.heredocs[0]?.contentStart;
      const headEnd = firstBody === void 0 ? instruction.argsEnd : Math.max(instruction.argsStart, firstBody);
      const head = parse(text.slice(instruction.argsStart, headEnd), instruction.argsStart, shell);
      result.push(head);
      if (shell === "posix") {
        for (const command of head.script.commands) {
          for (const inner of innerScripts(command)) {
            result.push(parse(inner.script, inner.offset >= 0 ? instruction.argsStart + inner.offset : -1, "posix"));
          }
        }
      }
      const [program = "", second = ""] = instruction.heredocs.length > 0 ? leadingWords(parsed, instruction, 2) : [];
      const runsBody = program.startsWith("<<") || SHELLS.has(program) && second.startsWith("<<");
      for (const heredoc of instruction.heredocs) {
        if (runsBody) result.push(parse(heredoc.content, heredoc.contentStart, shell));
      }
    }
    scripts.set(instruction.index, result);
    return result;
  };
  let layerModel;
  const model = {
    parsed,
    stages,
    variables,
    names: options.names,
    files: options.files,
    context: options.context,
    contextFiles: options.contextFiles,
    fileName: options.fileName,
    instructions,
    stageOf: (instruction) => {
      const index = stages.stageOfInstruction.get(instruction.index);
      return index === void 0 || index < 0 ? null : stages.stages[index] ?? null;
    },
    runScripts,
    shellOf: (instruction) => shells.get(instruction.index) ?? "posix",
    layers: () => layerModel ??= buildLayers(model)
  };
  return model;
}
var SHELLS, shellParsers;
var init_model = __esm({
  "packages/core/src/model/index.ts"() {
    "use strict";
    init_dockerfile();
    init_shell();
    init_memo();
    init_layers();
    init_stages();
    init_variables();
    SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash", "/usr/bin/env"]);
    shellParsers = Object.fromEntries(
      ["posix", "powershell", "cmd"].map((shell) => [
        shell,
        {
          "\\": memoizeText((body) => parseShell(body, { escapeChar: "\\", shell })),
          "`": memoizeText((body) => parseShell(body, { escapeChar: "`", shell }))
        }
      ])
    );
  }
});

// packages/core/src/rules/types.ts
function docsUrl(id) {
  return `${DOCS_BASE}${id}.md`;
}
var DOCS_BASE;
var init_types = __esm({
  "packages/core/src/rules/types.ts"() {
    "use strict";
    DOCS_BASE = "https://github.com/layerlint/layerlint/blob/main/docs/rules/";
  }
});

// packages/core/src/rules/edit-utils.ts
function removeInstruction(model, instruction) {
  const { text, lines } = model.parsed;
  let end = instruction.span.end;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  return { start: lines.lineStarts[instruction.span.line - 1], end, text: "" };
}
function addRunFlag(run, flag, scriptPrefix = "") {
  if (run.flags.length === 0) return [{ start: run.argsStart, end: run.argsStart, text: `${flag} ${scriptPrefix}` }];
  const afterFlags = run.flags[run.flags.length - 1].span.end;
  const edits = [{ start: afterFlags, end: afterFlags, text: ` ${flag}` }];
  if (scriptPrefix) edits.push({ start: run.argsStart, end: run.argsStart, text: scriptPrefix });
  return edits;
}
function syntaxDirectiveEdits(model) {
  if (model.parsed.directives.syntax) return [];
  const at = model.parsed.text.charCodeAt(0) === 65279 ? 1 : 0;
  return [{ start: at, end: at, text: "# syntax=docker/dockerfile:1\n" }];
}
var init_edit_utils = __esm({
  "packages/core/src/rules/edit-utils.ts"() {
    "use strict";
  }
});

// packages/core/src/rules/secret-utils.ts
function literalSecretsOf(prop, text, lists) {
  if (!prop.valueSpan || prop.value === null) return [];
  const raw = text.slice(prop.valueSpan.start, prop.valueSpan.end);
  const found = findSecretsInText(raw).map((m) => ({
    kind: m.kind,
    start: prop.valueSpan.start + m.start,
    end: prop.valueSpan.start + m.end
  }));
  if (found.length > 0) return found;
  const value = prop.value;
  if (classifySecretName(prop.name, lists) !== "secret") return [];
  if (findVariableUses(value).length > 0 || isPlaceholder(value) || isReferenceValue(value)) return [];
  if (!isHighEntropy(value)) return [];
  return [{ kind: "high-entropy value", start: prop.valueSpan.start, end: prop.valueSpan.end }];
}
function secretId(name) {
  return name.toLowerCase();
}
function frontendLacksSecretEnv(syntax) {
  if (!syntax) return false;
  const match = /:(\d+)(?:\.(\d+))?/.exec(syntax);
  if (!match) return false;
  const major = Number(match[1]);
  const minor = match[2] === void 0 ? void 0 : Number(match[2]);
  return major < 1 || major === 1 && minor !== void 0 && minor < 10;
}
function removeDeclaration(model, variable) {
  const instruction = variable.instruction;
  const text = model.parsed.text;
  if (instruction.properties.length > 1) {
    let end = variable.property.span.end;
    while (end < text.length && (text[end] === " " || text[end] === "	")) end++;
    return { start: variable.property.span.start, end, text: "" };
  }
  return removeInstruction(model, instruction);
}
function secretMountSuggestion(model, variable, runs) {
  const shellRuns = runs.filter((run) => !run.exec && model.shellOf(run) === "posix");
  if (shellRuns.length === 0) return null;
  const id = secretId(variable.name);
  const syntax = model.parsed.directives.syntax;
  const legacy = frontendLacksSecretEnv(syntax);
  const edits = [...syntaxDirectiveEdits(model), removeDeclaration(model, variable)];
  for (const run of shellRuns) {
    const mount = legacy ? `--mount=type=secret,id=${id}` : `--mount=type=secret,id=${id},env=${variable.name}`;
    edits.push(...addRunFlag(run, mount, legacy ? `export ${variable.name}="$(cat /run/secrets/${id})" && ` : ""));
  }
  return {
    description: `Pass ${variable.name} as a BuildKit secret (--mount=type=secret,id=${id}) instead of ARG ${variable.name}`,
    changes: [{ file: "dockerfile", edits }]
  };
}
function runsUsing(model, instruction, name) {
  const stage = model.stageOf(instruction);
  if (!stage) return [];
  const runs = [];
  for (const candidate of stage.instructions) {
    const run = candidate.keyword === "RUN" ? candidate : candidate.trigger?.keyword === "RUN" ? candidate.trigger : null;
    if (!run || run.span.start <= instruction.span.start) continue;
    if (model.variables.scopeBefore(run).get(name)?.instruction !== instruction) continue;
    if (secretUsesOf(model, run).some((use) => use.name === name)) runs.push(run);
  }
  return runs;
}
function locallyBound(model, run) {
  const bound = /* @__PURE__ */ new Set();
  for (const flag of run.flags) {
    if (flag.name !== "mount" || flag.options.get("type") !== "secret") continue;
    const env = flag.options.get("env");
    if (env) bound.add(env);
  }
  for (const { script } of model.runScripts(run)) {
    for (const command of script.commands) {
      for (const assignment of command.assignments) {
        if (!assignment.value.vars.some((v) => v.name === assignment.name)) bound.add(assignment.name);
      }
      const words = command.words.map((w) => w.value);
      const program = words[0];
      if (program === "export" || program === "read" || program === "local" || program === "declare") {
        for (const word of words.slice(1)) {
          const name = word.split("=")[0];
          if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) bound.add(name);
        }
      }
      if (program === "for" && words[1]) bound.add(words[1]);
    }
  }
  return bound;
}
function secretUsesOf(model, run) {
  let byRun = usesByModel.get(model);
  if (!byRun) usesByModel.set(model, byRun = /* @__PURE__ */ new Map());
  let uses = byRun.get(run.index);
  if (!uses) byRun.set(run.index, uses = computeSecretUses(model, run));
  return uses;
}
function computeSecretUses(model, run) {
  const scope = model.variables.scopeBefore(run);
  if (scope.size === 0) return [];
  const scripts = model.runScripts(run);
  if (scripts.length === 0) return [];
  let bound;
  const seen = /* @__PURE__ */ new Set();
  const uses = [];
  for (const { script } of scripts) {
    for (const ref of script.vars) {
      if (seen.has(ref.name)) continue;
      const variable = scope.get(ref.name);
      if (!variable?.secret) continue;
      if ((bound ??= locallyBound(model, run)).has(ref.name)) continue;
      seen.add(ref.name);
      uses.push(variable);
    }
  }
  return uses;
}
var usesByModel;
var init_secret_utils = __esm({
  "packages/core/src/rules/secret-utils.ts"() {
    "use strict";
    init_secret_names();
    init_secret_values();
    init_substitution();
    init_edit_utils();
    usesByModel = /* @__PURE__ */ new WeakMap();
  }
});

// packages/core/src/build-config/values.ts
function expressionReferences(body) {
  const references = [];
  CONTEXT_PROPERTY.lastIndex = 0;
  for (let m = CONTEXT_PROPERTY.exec(body); m !== null; m = CONTEXT_PROPERTY.exec(body)) {
    const context = m[1];
    const name = m[2] ?? m[3];
    if (context === "secrets") references.push({ kind: "secret", name });
    else if (context === "github") {
      if (name === "token") references.push({ kind: "secret", name: "GITHUB_TOKEN" });
    } else if (context === "vars") references.push({ kind: "variable", name });
    else if (context === "env") references.push({ kind: "environment", name });
    else if (context === "inputs") references.push({ kind: "expression", name });
  }
  OUTPUT_PROPERTY.lastIndex = 0;
  for (let m = OUTPUT_PROPERTY.exec(body); m !== null; m = OUTPUT_PROPERTY.exec(body)) {
    references.push({ kind: "expression", name: m[1] });
  }
  return references;
}
function githubExpressions(text) {
  const expressions = [];
  for (let at = text.indexOf("${{"); at >= 0; at = text.indexOf("${{", at)) {
    const close = text.indexOf("}}", at + 3);
    if (close < 0 || close - at > MAX_EXPRESSION) {
      at += 3;
      continue;
    }
    expressions.push({ start: at, end: close + 2, references: expressionReferences(text.slice(at + 3, close)) });
    at = close + 2;
  }
  return expressions;
}
function interpolations(text, references = [], defaults = [], depth = 0) {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "$") continue;
    const next = text[i + 1];
    if (next === "$") {
      i++;
      continue;
    }
    if (next !== void 0 && NAME_START.test(next)) {
      let end2 = i + 2;
      while (end2 < text.length && NAME_CHAR.test(text[end2])) end2++;
      references.push({ kind: "environment", name: text.slice(i + 1, end2) });
      i = end2 - 1;
      continue;
    }
    if (next !== "{" || text[i + 2] === "{") continue;
    let end = i + 2;
    while (end < text.length && NAME_CHAR.test(text[end])) end++;
    const name = text.slice(i + 2, end);
    let level = 1;
    let close = end;
    for (; close < text.length && level > 0; close++) {
      if (text[close] === "$" && text[close + 1] === "{") {
        level++;
        close++;
      } else if (text[close] === "}") level--;
    }
    if (level > 0 || name === "" || !NAME_START.test(name[0])) continue;
    references.push({ kind: "environment", name });
    const rest = text.slice(end, close - 1);
    const operator = /^:?[-?+=]/.exec(rest)?.[0];
    if (operator !== void 0 && (operator.endsWith("-") || operator.endsWith("="))) {
      const fallback = rest.slice(operator.length);
      const before = references.length;
      if (depth < MAX_INTERPOLATION_DEPTH) interpolations(fallback, references, defaults, depth + 1);
      if (references.length === before && fallback !== "") defaults.push(fallback.replaceAll("$$", "$"));
    }
    i = close - 1;
  }
  return { references, defaults };
}
function kindOf(text, references) {
  if (text === null || text.trim() === "") return "empty";
  if (references.some((r) => r.kind === "secret")) return "secret";
  if (references.some((r) => r.kind === "environment")) return "interpolation";
  if (references.some((r) => r.kind === "expression")) return "expression";
  if (references.some((r) => r.kind === "variable")) return "variable";
  return "literal";
}
function readValue(text, span, options) {
  const references = [];
  const defaults = [];
  if (text !== null) {
    if (options.github) for (const expression of githubExpressions(text)) references.push(...expression.references);
    if (options.interpolation === "compose") interpolations(text, references, defaults);
  }
  references.push(...options.extra ?? []);
  return { kind: kindOf(text, references), text, references, defaults, span };
}
function wordsOf(value) {
  return (value.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []).map((w) => w.toLowerCase());
}
function unleet(value) {
  return Array.from(value.toLowerCase(), (c) => LEET[c] ?? c).join("");
}
function asksToBeReplaced(text) {
  return wordsOf(text).some((w) => TEMPLATE_WORDS.has(w));
}
function isSampleCredential(value, known = /* @__PURE__ */ new Set()) {
  const v = value.trim();
  if (isPlaceholder(v) || isPlaceholder(unleet(v))) return true;
  if (known.has(v.toLowerCase()) || known.has(unleet(v))) return true;
  if (asksToBeReplaced(v)) return true;
  const words = wordsOf(v);
  const letters = words.filter((w) => !/^[0-9]+$/.test(w));
  return letters.length > 0 && letters.every((w) => GENERIC_WORDS.has(w)) && /^[A-Za-z0-9\-_.]*$/.test(v);
}
function isRealSecretLiteral(value, known) {
  const v = value.trim();
  if (v === "" || isFlagValue(v) || isReferenceValue(v) || /\s|:\/\/|,/.test(v)) return false;
  if (isSampleCredential(v, known)) return false;
  if (isHighEntropy(v) && /[0-9]/.test(v)) return true;
  if (Array.from(v).length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, PASSWORD_SYMBOL].filter((pattern) => pattern.test(v)).length;
  return classes >= 3;
}
function isSecretNamed(name, lists) {
  const kind = classifySecretName(name, lists);
  return kind === "secret" || kind === "connection-string";
}
function literalSecretsIn(text, known) {
  const found = [];
  for (const m of findSecretsInText(text)) {
    const secret = text.slice(m.start, m.end);
    if (CHOSEN_PASSWORD_KINDS.has(m.kind) && !isRealSecretLiteral(secret, known)) continue;
    found.push({ kind: m.kind, secret });
  }
  return found;
}
function buildArgSecretReason(name, value, lists) {
  const secretReference = value.references.find((r) => r.kind === "secret");
  if (secretReference) return { kind: "secret-reference", name: secretReference.name, ...secretReference.via ? { via: secretReference.via } : {} };
  const secretVariable = value.references.find((r) => r.kind !== "secret" && isSecretNamed(r.name, lists));
  if (secretVariable) return { kind: "secret-variable", name: secretVariable.name, reference: secretVariable.kind };
  const text = value.text ?? "";
  const literals = [...literalSecretsIn(text), ...value.defaults.flatMap((d) => literalSecretsIn(d))];
  if (literals.length > 0) return { kind: "literal", secretKind: literals[0].kind, secrets: literals.map((l) => l.secret) };
  const nameKind = classifySecretName(name, lists);
  if (nameKind === null) return null;
  if (nameKind === "connection-string") {
    return value.kind === "interpolation" || value.text === null ? { kind: "name", secrets: [] } : null;
  }
  if (value.kind === "empty") return value.text === null ? { kind: "name", secrets: [] } : null;
  if (value.kind === "literal") return isRealSecretLiteral(text) ? { kind: "name", secrets: [text] } : null;
  if (value.kind === "interpolation" || value.kind === "expression" || value.kind === "variable") {
    const realDefault = value.defaults.find((d) => isRealSecretLiteral(d));
    return { kind: "name", secrets: realDefault ? [realDefault] : [] };
  }
  return null;
}
var MAX_EXPRESSION, MAX_INTERPOLATION_DEPTH, CONTEXT_PROPERTY, OUTPUT_PROPERTY, NAME_START, NAME_CHAR, PASSWORD_SYMBOL, TEMPLATE_WORDS, GENERIC_WORDS, LEET, CHOSEN_PASSWORD_KINDS;
var init_values = __esm({
  "packages/core/src/build-config/values.ts"() {
    "use strict";
    init_secret_names();
    init_secret_values();
    MAX_EXPRESSION = 4096;
    MAX_INTERPOLATION_DEPTH = 8;
    CONTEXT_PROPERTY = /(?<![\w.-])(secrets|vars|env|inputs|matrix|github)\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^'\]]{1,200})'\s*\])/g;
    OUTPUT_PROPERTY = /(?<![\w.-])(?:steps|needs|jobs)\s*\.\s*[\w-]+\s*\.\s*outputs\s*\.\s*([A-Za-z_][\w-]*)/g;
    NAME_START = /[A-Za-z_]/;
    NAME_CHAR = /[A-Za-z0-9_]/;
    PASSWORD_SYMBOL = /[^A-Za-z0-9\-_./:,]/;
    TEMPLATE_WORDS = /* @__PURE__ */ new Set([
      "change",
      "changeme",
      "changeit",
      "changethis",
      "your",
      "yours",
      "choose",
      "replace",
      "please",
      "pls",
      "adjust",
      "example",
      "sample",
      "dummy",
      "here",
      "strong",
      "stronger",
      "secure",
      "secury",
      "very",
      "super",
      "duper",
      "unique",
      "random",
      "own",
      "define",
      "insert",
      "enter",
      "must",
      "need",
      "generate",
      "generated"
    ]);
    GENERIC_WORDS = /* @__PURE__ */ new Set([
      "my",
      "the",
      "this",
      "is",
      "a",
      "for",
      "of",
      "to",
      "and",
      "top",
      "password",
      "passwd",
      "pass",
      "pw",
      "pwd",
      "passphrase",
      "secret",
      "secrets",
      "key",
      "token",
      "api",
      "admin",
      "administrator",
      "root",
      "user",
      "username",
      "login",
      "database",
      "db",
      "mysql",
      "postgres",
      "postgresql",
      "mariadb",
      "mongo",
      "redis",
      "test",
      "testing",
      "dev",
      "development",
      "local",
      "localhost",
      "default",
      "demo",
      "app",
      "application",
      "server",
      "service",
      "jwt",
      "session",
      "cookie",
      "auth",
      "string",
      "value"
    ]);
    LEET = { "@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "5": "s", "$": "s", "7": "t" };
    CHOSEN_PASSWORD_KINDS = /* @__PURE__ */ new Set(["URL credentials", "curl credentials", "password option", "chpasswd", "PGPASSWORD", "MYSQL_PWD"]);
  }
});

// packages/core/src/build-config/rules/no-secret-build-arg.ts
function reasonText(reason) {
  switch (reason.kind) {
    case "secret-reference":
      return `is set from the secret secrets.${reason.name}${reason.via ? ` (through the environment variable ${reason.via})` : ""}`;
    case "secret-variable":
      return reason.reference === "environment" ? `is set from the variable ${reason.name}, whose name says it holds a secret` : reason.reference === "variable" ? `is set from vars.${reason.name}, whose name says it holds a secret` : `is set from ${reason.name}, whose name says it holds a secret`;
    case "literal":
      return `holds a literal ${reason.secretKind}`;
    case "name":
      return "carries a secret by its name";
  }
}
function fixText(build, id, name) {
  switch (build.via) {
    case "compose":
      return `compose build.secrets (a top-level secrets: entry "${id}" read from an environment variable or a file)`;
    case "build-push-action":
      return `the action's secrets: input ("${id}=" followed by the secret)`;
    case "bake":
      return `bake's secret attribute ("id=${id},env=${name}")`;
    default:
      return `--secret id=${id},env=${name}`;
  }
}
var noSecretBuildArg;
var init_no_secret_build_arg = __esm({
  "packages/core/src/build-config/rules/no-secret-build-arg.ts"() {
    "use strict";
    init_types();
    init_secret_utils();
    init_values();
    noSecretBuildArg = {
      id: "no-secret-build-arg",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow build args that pass a secret to the build",
          recommended: true,
          url: docsUrl("no-secret-build-arg")
        },
        messages: {
          secretBuildArg: "Build arg {{name}} {{reason}}: its value is recorded in the image history of every RUN that uses it and in the build's provenance attestations, which BuildKit fills in mode=min too. Pass it as a build secret with {{fix}}, and read it in the Dockerfile with RUN --mount=type=secret,id={{id}},env={{name}}.",
          secretBuildArgNoProvenance: "Build arg {{name}} {{reason}}: its value is recorded in the image history of every RUN that uses it (this build turns provenance off; with it on, the attestation records every build arg too). Pass it as a build secret with {{fix}}, and read it in the Dockerfile with RUN --mount=type=secret,id={{id}},env={{name}}."
        },
        schema: [],
        defaultOptions: [],
        channel: "history",
        severity: "error"
      },
      check({ config, names, report }) {
        for (const build of config.builds) {
          for (const arg of build.args) {
            const reason = buildArgSecretReason(arg.name, arg.value, names);
            if (!reason) continue;
            const id = secretId(arg.name);
            report({
              messageId: build.provenance === false ? "secretBuildArgNoProvenance" : "secretBuildArg",
              data: { name: arg.name, reason: reasonText(reason), fix: fixText(build, id, arg.name), id },
              span: arg.span,
              secrets: reason.kind === "literal" || reason.kind === "name" ? reason.secrets : []
            });
          }
        }
      }
    };
  }
});

// packages/core/src/build-config/rules/no-secret-cache-export.ts
function isBuilderSecret(finding) {
  return !finding.shipped && !HYPOTHETICAL.has(`${finding.ruleId}/${finding.messageId}`);
}
function summary(findings) {
  const parts = findings.slice(0, LISTED_FINDINGS).map((f) => `${f.ruleId} at line ${f.span.line}${f.stage ? ` (stage "${f.stage}")` : ""}`);
  if (findings.length > LISTED_FINDINGS) parts.push(`${findings.length - LISTED_FINDINGS} more`);
  return parts.join(", ");
}
var SHARED_STORES, LISTED_FINDINGS, HYPOTHETICAL, noSecretCacheExport;
var init_no_secret_cache_export = __esm({
  "packages/core/src/build-config/rules/no-secret-cache-export.ts"() {
    "use strict";
    init_types();
    SHARED_STORES = /* @__PURE__ */ new Set(["registry", "gha", "s3", "azblob", "local"]);
    LISTED_FINDINGS = 3;
    HYPOTHETICAL = /* @__PURE__ */ new Set([
      "require-dockerignore/missing",
      "require-dockerignore/noSecretsYet",
      "require-dockerignore-entries/missingPatterns",
      "no-secret-in-arg/provenanceOnly"
    ]);
    noSecretCacheExport = {
      id: "no-secret-cache-export",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow mode=max cache exports of builds whose builder stages hold secrets",
          recommended: true,
          url: docsUrl("no-secret-cache-export")
        },
        messages: {
          builderSecretsExported: "Cache export type={{type}} with mode=max writes the layers of every stage, builder stages included, where anyone who can read the cache gets them, and {{dockerfile}} has secrets in builder stages: {{findings}}. Export with mode=min (the default, only the image's own layers), or keep those secrets out of every layer with RUN --mount=type=secret."
        },
        schema: [],
        defaultOptions: [],
        channel: "cache",
        severity: "error"
      },
      check({ config, dockerfileFindings, report }) {
        for (const build of config.builds) {
          const maxExports = build.cacheTo.filter((cache2) => cache2.mode === "max" && SHARED_STORES.has(cache2.type));
          if (maxExports.length === 0) continue;
          const builderSecrets = (dockerfileFindings(build) ?? []).filter(isBuilderSecret);
          if (builderSecrets.length === 0) continue;
          const dockerfile = build.dockerfile ?? (build.dockerfileInline !== null ? "the inline Dockerfile" : "the Dockerfile");
          for (const cache2 of maxExports) {
            report({
              messageId: "builderSecretsExported",
              data: { type: cache2.type, dockerfile, findings: summary(builderSecrets) },
              span: cache2.span
            });
          }
        }
      }
    };
  }
});

// packages/core/src/build-config/rules/no-secret-in-compose-env.ts
function runtimeSecret(name, value, lists, known) {
  const text = value.text ?? "";
  const literals = value.kind === "literal" ? literalSecretsIn(text, known) : value.defaults.flatMap((d) => literalSecretsIn(d, known));
  if (literals.length > 0) {
    const what = value.kind === "literal" ? `a literal ${literals[0].kind}` : `a literal ${literals[0].kind} as the default of its interpolation`;
    return { what, secrets: literals.map((l) => l.secret) };
  }
  if (classifySecretName(name, lists) !== "secret") return null;
  if (value.kind === "literal" && isRealSecretLiteral(text, known)) return { what: "a literal secret", secrets: [text] };
  const realDefault = value.defaults.find((d) => isRealSecretLiteral(d, known));
  if (realDefault !== void 0) return { what: "a literal secret as the default of its interpolation", secrets: [realDefault] };
  return null;
}
function envFileEntries(text, span) {
  const entries = [];
  const lines = text.split(/\r?\n/, MAX_ENV_FILE_LINES);
  for (const raw of lines) {
    const line = raw.trim().replace(/^export\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    if (equals <= 0) continue;
    let value = line.slice(equals + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, "");
    const interpolation = quote === "'" ? "none" : "compose";
    entries.push({ name: line.slice(0, equals).trim(), value: readValue(value, span, { github: false, interpolation }) });
  }
  return entries;
}
function knownWords(entries, lists) {
  const services = new Set(entries.map((e) => e.service.toLowerCase()));
  const values = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    let words = values.get(entry.service);
    if (!words) values.set(entry.service, words = /* @__PURE__ */ new Set());
    if (entry.value.kind === "literal" && entry.value.text && classifySecretName(entry.name, lists) === null) {
      words.add(entry.value.text.trim().toLowerCase());
    }
  }
  const known = /* @__PURE__ */ new Map();
  for (const [service, words] of values) known.set(service, { has: (word) => services.has(word) || words.has(word) });
  return known;
}
function trailingComment(text, offset) {
  const lineEnd = text.indexOf("\n", offset);
  const rest = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  const hash = rest.search(/(?:^|\s)#/);
  return hash < 0 ? "" : rest.slice(hash);
}
function byPlace(items, place) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = place(item);
    const group = groups.get(key);
    if (group) group.services.add(item.service);
    else groups.set(key, { item, services: /* @__PURE__ */ new Set([item.service]) });
  }
  return [...groups.values()].map(({ item, services }) => ({ item, services: [...services] }));
}
function servicesText(services) {
  if (services.length === 1) return `service ${services[0]}`;
  const listed = services.slice(0, LISTED_SERVICES).join(", ");
  return `services ${listed}${services.length > LISTED_SERVICES ? ` and ${services.length - LISTED_SERVICES} more` : ""}`;
}
function sectionText(entry) {
  return entry.section === "environment" ? "Environment variable" : entry.section === "labels" ? "Label" : "Build label";
}
var MAX_ENV_FILE_LINES, LISTED_SERVICES, noSecretInComposeEnv;
var init_no_secret_in_compose_env = __esm({
  "packages/core/src/build-config/rules/no-secret-in-compose-env.ts"() {
    "use strict";
    init_secret_names();
    init_types();
    init_values();
    MAX_ENV_FILE_LINES = 1e4;
    LISTED_SERVICES = 5;
    noSecretInComposeEnv = {
      id: "no-secret-in-compose-env",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow literal secrets in compose environment, labels and committed env files",
          recommended: true,
          url: docsUrl("no-secret-in-compose-env")
        },
        messages: {
          secretEnvironment: "{{section}} {{name}} of {{services}} holds {{what}}: it is stored in the container's config, which anyone who can run docker inspect on the container reads, and in every clone of this file. Give it to the service as a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret, or interpolate it from an environment that is not committed (${{{name}}}).",
          secretLabel: "{{section}} {{name}} of {{services}} holds {{what}}: labels are stored in the {{object}} config, which anyone who can run docker inspect reads, and in every clone of this file. Keep secrets out of labels: give the service a compose secret (secrets:, mounted under /run/secrets/) or an orchestrator secret.",
          committedEnvFile: "Compose env_file {{path}} of {{services}} is committed and sets {{names}} to {{what}}: every clone of the repository has them, and they are stored in the container's config, which anyone who can run docker inspect reads. Remove the file from the repository (commit an example file instead) and give the service compose secrets (secrets:, mounted under /run/secrets/) or an orchestrator secret."
        },
        schema: [],
        defaultOptions: [],
        channel: "config",
        severity: "error"
      },
      check({ config, names, envFile, report }) {
        const known = knownWords(config.runtimeEnv, names);
        for (const { item: entry, services } of byPlace(config.runtimeEnv, (e) => `${e.section}:${e.span.start}`)) {
          const secret = runtimeSecret(entry.name, entry.value, names, known.get(entry.service));
          if (!secret) continue;
          if (asksToBeReplaced(trailingComment(config.text, entry.value.span.end))) continue;
          report({
            messageId: entry.section === "environment" ? "secretEnvironment" : "secretLabel",
            data: {
              section: sectionText(entry),
              name: entry.name,
              services: servicesText(services),
              what: secret.what,
              object: entry.section === "build.labels" ? "image's" : "container's"
            },
            span: entry.span,
            secrets: secret.secrets
          });
        }
        for (const { item: ref, services } of byPlace(config.envFiles, (e) => `${e.span.start}`)) {
          const content = envFile(ref);
          if (!content?.committed) continue;
          const found = [];
          for (const { name, value } of envFileEntries(content.text, ref.span)) {
            const secret = runtimeSecret(name, value, names, known.get(ref.service));
            if (secret) found.push({ name, secret });
          }
          if (found.length === 0) continue;
          report({
            messageId: "committedEnvFile",
            data: {
              path: ref.path,
              services: servicesText(services),
              names: found.map((f) => f.name).join(", "),
              what: found.length === 1 ? found[0].secret.what : "literal secrets"
            },
            span: ref.span,
            secrets: found.flatMap((f) => f.secret.secrets)
          });
        }
      }
    };
  }
});

// packages/core/src/build-config/rules/index.ts
var buildConfigRules;
var init_rules = __esm({
  "packages/core/src/build-config/rules/index.ts"() {
    "use strict";
    init_no_secret_build_arg();
    init_no_secret_cache_export();
    init_no_secret_in_compose_env();
    buildConfigRules = new Map(
      [noSecretBuildArg, noSecretCacheExport, noSecretInComposeEnv].map((rule) => [rule.id, rule])
    );
  }
});

// packages/core/src/rules/no-hardcoded-secret.ts
var WHERE, DEFAULT_WHERE, noHardcodedSecret;
var init_no_hardcoded_secret = __esm({
  "packages/core/src/rules/no-hardcoded-secret.ts"() {
    "use strict";
    init_secret_values();
    init_redact();
    init_types();
    init_secret_utils();
    WHERE = {
      ARG: { text: "the image history and the build's provenance", channel: "history" },
      ENV: { text: "the image config (docker inspect)", channel: "config" },
      LABEL: { text: "the image config (docker inspect)", channel: "config" },
      CMD: { text: "the image config (docker inspect)", channel: "config" },
      ENTRYPOINT: { text: "the image config (docker inspect)", channel: "config" },
      HEALTHCHECK: { text: "the image config (docker inspect)", channel: "config" },
      COPY: { text: "a layer of the image (docker save)", channel: "layers" },
      ADD: { text: "a layer of the image (docker save)", channel: "layers" }
    };
    DEFAULT_WHERE = { text: "the image history (docker history)", channel: "history" };
    noHardcodedSecret = {
      id: "no-hardcoded-secret",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow literal secrets (tokens, keys, passwords) anywhere in a Dockerfile",
          recommended: true,
          url: docsUrl("no-hardcoded-secret")
        },
        messages: {
          hardcoded: "Hardcoded {{kind}} ({{preview}}) in {{keyword}}: it is committed with the Dockerfile and stored in {{place}}. Remove it, rotate it, and pass it at build time with RUN --mount=type=secret instead.",
          hardcodedComment: "Hardcoded {{kind}} ({{preview}}) in a comment: it is committed with the Dockerfile. Remove it and rotate it."
        },
        schema: [],
        defaultOptions: [],
        channel: "history",
        severity: "error"
      },
      check({ model, report }) {
        const text = model.parsed.text;
        const reportSecrets = (instruction, secrets) => {
          const where = WHERE[instruction.keyword] ?? DEFAULT_WHERE;
          const keyword = /^[A-Z]{1,11}$/.test(instruction.keyword) ? instruction.keyword : "an unknown instruction";
          for (const secret of secrets) {
            const value = text.slice(secret.start, secret.end);
            report({
              messageId: "hardcoded",
              data: { kind: secret.kind, preview: redact(value), keyword, place: where.text },
              instruction,
              span: model.parsed.lines.span(secret.start, secret.end),
              channel: where.channel,
              secrets: [value]
            });
          }
        };
        const all = [...model.stages.globals, ...model.stages.stages.map((s) => s.from), ...model.instructions];
        for (const instruction of all) {
          if (instruction.keyword === "ONBUILD") continue;
          const found = /* @__PURE__ */ new Map();
          for (const prop of instruction.properties) {
            for (const secret of literalSecretsOf(prop, text, model.names)) found.set(secret.start, secret);
          }
          const body = text.slice(instruction.span.start, instruction.span.end);
          for (const match of findSecretsInText(body)) {
            const start = instruction.span.start + match.start;
            const overlaps = [...found.values()].some((s) => start < s.end && s.start < instruction.span.start + match.end);
            if (!overlaps) found.set(start, { kind: match.kind, start, end: instruction.span.start + match.end });
          }
          reportSecrets(instruction, [...found.values()].sort((a, b) => a.start - b.start));
        }
        const instructions = model.parsed.instructions;
        let next = 0;
        for (const comment of model.parsed.comments) {
          while (next < instructions.length && instructions[next].span.end <= comment.span.start) next++;
          const enclosing = instructions[next];
          if (enclosing && enclosing.span.start <= comment.span.start) continue;
          for (const match of findSecretsInText(comment.text)) {
            const start = comment.span.start + match.start;
            const end = comment.span.start + match.end;
            const value = text.slice(start, end);
            report({
              messageId: "hardcodedComment",
              data: { kind: match.kind, preview: redact(value) },
              instruction: null,
              span: model.parsed.lines.span(start, end),
              secrets: [value]
            });
          }
        }
      }
    };
  }
});

// packages/core/src/rules/copy-utils.ts
function copySpecs(model) {
  const layers = model.layers();
  const specs = [];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
    const spec = layers.copySpec(instruction);
    if (spec) specs.push(spec);
  }
  return specs;
}
function firstWholeContextCopy(model) {
  return copySpecs(model).find((spec) => spec.from === null && spec.sources.some((s) => s.wholeContext)) ?? null;
}
function listPaths(paths, max = 3) {
  const unique = [...new Set(paths)];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length <= max) return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
  return `${unique.slice(0, max).join(", ")} and ${unique.length - max} more`;
}
function laterRuns(model, instruction) {
  const stage = model.stageOf(instruction);
  if (!stage) return [];
  return stage.instructions.filter((i) => i.keyword === "RUN" && i.span.start > instruction.span.start);
}
function globSecretFiles(model, spec, source) {
  const context = model.context;
  if (!context || spec.instruction.onbuild) return null;
  const matched = context.secretFiles.filter((file) => file.type === "file" && sentFrom(spec, source, file.path) === file.path).map((file) => file.path);
  return matched.length === 0 && context.truncated !== void 0 ? null : matched;
}
var init_copy_utils = __esm({
  "packages/core/src/rules/copy-utils.ts"() {
    "use strict";
    init_layers();
  }
});

// packages/core/src/rules/no-ineffective-delete.ts
var noIneffectiveDelete;
var init_no_ineffective_delete = __esm({
  "packages/core/src/rules/no-ineffective-delete.ts"() {
    "use strict";
    init_copy_utils();
    init_edit_utils();
    init_types();
    noIneffectiveDelete = {
      id: "no-ineffective-delete",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow deleting in a later layer a secret file an earlier layer added",
          recommended: true,
          url: docsUrl("no-ineffective-delete")
        },
        messages: {
          ineffectiveDelete: "RUN deletes {{files}}, but {{layers}} still {{verb}} it {{where}}: a later delete only hides a file, and docker save exposes the earlier layer. Never add it: use RUN --mount=type=secret (or create and delete it within one RUN).",
          ineffectiveDeleteBloat: "RUN deletes {{files}}, but {{layers}} still {{verb}} it: the image keeps its bytes. Delete it in the same instruction that adds it."
        },
        schema: [
          {
            type: "object",
            properties: { allFiles: { type: "boolean", description: "Also report deleted files that are not secret (image bloat)." } },
            additionalProperties: false
          }
        ],
        defaultOptions: [{ allFiles: false }],
        channel: "layers",
        severity: "stage",
        hasSuggestions: true
      },
      check({ model, report, options }) {
        const allFiles = options.allFiles === true;
        const layers = model.layers();
        for (const stage of model.stages.stages) {
          for (const layer of layers.stage(stage.index).layers) {
            const hidden = layer.hides.filter(({ file }) => allFiles || file.secretKind !== null);
            if (hidden.length === 0) continue;
            const files = [];
            for (const { file } of hidden) if (!files.some((f) => f.path === file.path && f.addedBy === file.addedBy)) files.push(file);
            const secret = files.some((f) => f.secretKind !== null);
            const adders = [...new Set(files.map((f) => f.addedBy))];
            const related = files.map((f) => ({
              message: `${f.path} is added here${f.secretKind ? ` (${f.secretKind})` : ""}.`,
              span: f.addedBy.span
            }));
            const suggestions = [];
            for (const adder of adders) {
              if (adder.keyword !== "COPY" && adder.keyword !== "ADD" || adder.onbuild) continue;
              if (adder.flags.some((f) => f.name === "from")) continue;
              const spec = layers.copySpec(adder);
              if (!spec || spec.sources.length !== 1) continue;
              suggestions.push({
                description: `Remove the ${adder.keyword} on line ${adder.span.line} that adds ${listPaths(files.filter((f) => f.addedBy === adder).map((f) => f.path))}`,
                changes: [{ file: "dockerfile", edits: [removeInstruction(model, adder)] }]
              });
            }
            report({
              messageId: secret ? "ineffectiveDelete" : "ineffectiveDeleteBloat",
              data: {
                files: listPaths(files.map((f) => f.path)),
                layers: `the ${adders.length > 1 ? "layers" : "layer"} of ${listPaths(adders.map((a) => `${a.keyword} on line ${a.span.line}`))}`,
                verb: adders.length > 1 ? "hold" : "holds"
              },
              instruction: layer.instruction,
              span: layer.instruction.span,
              related,
              suggestions
            });
          }
        }
      }
    };
  }
});

// packages/core/src/detect/context-content.ts
function basenameOf2(path) {
  const at = path.lastIndexOf("/");
  return (at < 0 ? path : path.slice(at + 1)).toLowerCase();
}
function contentSkipReason(path) {
  const base = basenameOf2(path);
  if (LOCK_FILES.has(base)) return "lock file";
  if (GENERATED_SUFFIXES.some((suffix) => base.endsWith(suffix))) return "generated file";
  const parts = base.split(".").slice(1);
  if (parts.length > 0 && BINARY_EXTENSIONS.has(parts[parts.length - 1])) return "binary file";
  if (parts.some((part) => TEMPLATE_PARTS.has(part))) return "template";
  return null;
}
function familyOf(path) {
  const base = basenameOf2(path);
  const byName2 = FAMILY_BY_BASENAME.get(base);
  if (byName2 !== void 0) return byName2;
  if (base === ".env" || base.startsWith(".env.")) return "dotenv";
  const lower = path.toLowerCase();
  if (lower.endsWith(".kube/config") || lower === ".kube/config") return "yaml";
  if (lower.endsWith(".aws/credentials") || lower.endsWith(".aws/config")) return "ini";
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? FAMILY_BY_EXTENSION.get(base.slice(dot + 1)) : void 0) ?? "source";
}
function contentPriority(path) {
  const family = familyOf(path);
  return family === "prose" ? 2 : family === "source" ? 1 : 0;
}
function keyKind(key, names) {
  if (key === "" || key.length > MAX_KEY_LENGTH || WHITESPACE2.test(key)) return null;
  if (classifySecretName(key, names) !== "secret") return null;
  const words = splitNameWords(key);
  if (words.length === 1 && (words[0] === "key" || words[0] === "keys")) return null;
  if (words.some((word) => CONTENT_QUALIFIERS.has(word))) return null;
  for (let i = words.length - 1; i >= 0; i--) {
    const kind = KIND_BY_WORD.get(words[i]);
    if (kind === "key") return i === 0 ? "key" : words[i - 1] === "api" ? "API key" : `${words[i - 1]} key`;
    if (kind !== void 0) return kind;
  }
  return "secret";
}
function isContentPlaceholder(value) {
  if (isPlaceholder(value) || TEMPLATE_PLACEHOLDER.test(value) || WEAK_DEFAULT.test(value)) return true;
  const tail = /[0-9!@#$%^&*?.]*$/.exec(value)[0];
  const head = value.slice(0, value.length - tail.length).replace(LEET_CHARACTERS, (c) => LEET2[c]);
  return head !== "" && WEAK_DEFAULT.test(head + tail);
}
function isReferenceLike(value) {
  return isVariableReference(value) || value.includes("${") || value.includes("$(") || TEMPLATE_REFERENCE.test(value) || YAML_TAG.test(value);
}
function isPlainPassword(value) {
  if (value.length < PLAIN_PASSWORD_MIN || value.length > PLAIN_PASSWORD_MAX) return false;
  if (!LETTER.test(value) || !DIGIT_OR_SYMBOL.test(value)) return false;
  return !IDENTIFIER_NAME.test(value) && !EMAIL.test(value);
}
function judge(kind, value, rules2) {
  if (value === "" || value.length > MAX_VALUE_LENGTH) return null;
  if (isReferenceLike(value)) return { type: "reference" };
  if (isContentPlaceholder(value) || isReferenceValue(value) || VALIDATION_RULES.test(value)) return null;
  if (kind === "password" && (PASSWORD_HASH.test(value) || HEX_DIGEST.test(value))) return null;
  if (!rules2.plainPasswords && UUID.test(value)) return null;
  if (WHITESPACE2.test(value) || URL_LIKE.test(value) || isFlagValue(value)) return null;
  if (!SECRET_CHARACTERS.test(value)) return { type: "unconfirmed" };
  if (isHighEntropy(value) && DIGIT.test(value) && LETTER.test(value) && !IDENTIFIER_NAME.test(value) && !CAMEL_WORDS.test(value)) {
    return { type: "secret", kind: `high-entropy ${kind}` };
  }
  if (rules2.plainPasswords && (kind === "password" || kind === "secret") && isPlainPassword(value)) {
    return { type: "secret", kind: `literal ${kind}` };
  }
  return { type: "unconfirmed" };
}
function isWordStart(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 95 || // _
  code === 36 || // $
  code === 64 || // @
  code > 127;
}
function isWordPart(code) {
  return isWordStart(code) || code === 46 || code === 45;
}
function stringEnd(line, start) {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
  }
  return -1;
}
function tokenize(line, backticks) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const code = line.charCodeAt(i);
    if (c === " " || c === "	") {
      i++;
    } else if (c === '"' || c === "'" || backticks && c === "`") {
      const end = stringEnd(line, i);
      if (end < 0) break;
      tokens.push({ type: 1 /* String */, start: i, end });
      i = end;
    } else if (isWordStart(code)) {
      let end = i + 1;
      while (end < line.length && isWordPart(line.charCodeAt(end))) end++;
      tokens.push({ type: 0 /* Word */, start: i, end });
      i = end;
    } else if (OPERATOR_CHARS.has(c)) {
      let end = i + 1;
      while (end < line.length && OPERATOR_CHARS.has(line[end])) end++;
      tokens.push({ type: 2 /* Operator */, start: i, end });
      i = end;
    } else {
      tokens.push({ type: 3 /* Other */, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}
function keyText(line, token) {
  const raw = token.type === 1 /* String */ ? line.slice(token.start + 1, token.end - 1) : line.slice(token.start, token.end);
  return raw.replace(/^[$@:]+/, "");
}
function quotedPairs(line, rules2, out) {
  const tokens = tokenize(line, rules2.backticks);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const key = tokens[i];
    if (key.type !== 0 /* Word */ && key.type !== 1 /* String */) continue;
    if (key.type === 1 /* String */ && line[key.start] === "`") continue;
    let op = i + 1;
    if (key.type === 1 /* String */ && tokens[op].type === 3 /* Other */ && line[tokens[op].start] === "]") op++;
    const operator = tokens[op];
    const value = tokens[op + 1];
    if (operator?.type !== 2 /* Operator */ || value?.type !== 1 /* String */) continue;
    if (!rules2.separators.has(line.slice(operator.start, operator.end))) continue;
    out.push({ key: keyText(line, key), valueStart: value.start + 1, valueEnd: value.end - 1 });
  }
}
function commentStart(line, from) {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if ((c === "#" || c === ";") && (i === from || line[i - 1] === " " || line[i - 1] === "	")) return i;
  }
  return line.length;
}
function barePair(line, separators, out) {
  let i = 0;
  while (line[i] === " " || line[i] === "	") i++;
  if (separators === ":" && line[i] === "-" && (line[i + 1] === " " || line[i + 1] === "	")) {
    i += 2;
    while (line[i] === " " || line[i] === "	") i++;
  }
  if (line.startsWith("export ", i)) i += "export ".length;
  if (line[i] === "#" || line[i] === ";" || line[i] === "[") return;
  if (line[i] === '"' || line[i] === "'") {
    const end = stringEnd(line, i);
    if (end < 0) return;
    let sep11 = end;
    while (line[sep11] === " " || line[sep11] === "	") sep11++;
    if (sep11 >= line.length || !separators.includes(line[sep11])) return;
    barePairValue(line, line.slice(i + 1, end - 1), sep11, separators, out);
    return;
  }
  let sep10 = -1;
  const equals = separators.includes("=") ? line.indexOf("=", i) : -1;
  if (equals >= 0) sep10 = equals;
  else if (separators.includes(":")) sep10 = line.indexOf(":", i);
  if (sep10 <= i || sep10 - i > MAX_KEY_LENGTH) return;
  if (line[sep10] === "=" && (line[sep10 + 1] === "=" || line[sep10 - 1] === "!")) return;
  let key = line.slice(i, sep10).trim();
  const last = Math.max(key.lastIndexOf(":"), key.lastIndexOf("/"));
  if (last >= 0) key = key.slice(last + 1).trim();
  barePairValue(line, key, sep10, separators, out);
}
function barePairValue(line, key, sep10, separators, out) {
  if (line[sep10] === ":" && separators === ":" && sep10 + 1 < line.length && line[sep10 + 1] !== " " && line[sep10 + 1] !== "	") return;
  let start = sep10 + 1;
  while (line[start] === " " || line[start] === "	") start++;
  const first = line[start];
  if (first === void 0 || first === '"' || first === "'" || first === "{" || first === "[" || first === "|" || first === ">") return;
  if (first === "&") {
    while (start < line.length && line[start] !== " ") start++;
    while (line[start] === " ") start++;
  }
  let end = commentStart(line, start);
  while (end > start && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  if (end > start) out.push({ key, valueStart: start, valueEnd: end });
}
function xmlElements(line, out) {
  for (let open2 = line.indexOf("<"); open2 >= 0; open2 = line.indexOf("<", open2 + 1)) {
    let nameEnd = open2 + 1;
    while (nameEnd < line.length && isWordPart(line.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === open2 + 1 || line[nameEnd] !== ">") continue;
    const name = line.slice(open2 + 1, nameEnd);
    const valueStart = nameEnd + 1;
    const close = line.indexOf("<", valueStart);
    if (close < 0) return;
    if (line.startsWith(`</${name}>`, close)) {
      let start = valueStart;
      let end = close;
      while (start < end && line[start] === " ") start++;
      while (end > start && line[end - 1] === " ") end--;
      out.push({ key: name, valueStart: start, valueEnd: end });
    }
    open2 = close - 1;
  }
}
function netrcPairs(line, out) {
  const words = [];
  const word = /\S+/g;
  for (let match = word.exec(line); match !== null; match = word.exec(line)) {
    words.push({ type: 0 /* Word */, start: match.index, end: match.index + match[0].length });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const name = line.slice(words[i].start, words[i].end);
    if (name === "password" || name === "passwd") out.push({ key: name, valueStart: words[i + 1].start, valueEnd: words[i + 1].end });
  }
}
function connectionStringPairs(line, out) {
  if (!line.includes(";") || !CONNECTION_STRING_HINT.test(line)) return;
  CONNECTION_STRING_PASSWORD.lastIndex = 0;
  for (let match = CONNECTION_STRING_PASSWORD.exec(line); match !== null; match = CONNECTION_STRING_PASSWORD.exec(line)) {
    const end = match.index + match[0].length;
    out.push({ key: match[1], valueStart: end - match[2].length, valueEnd: end });
  }
  CONNECTION_STRING_PASSWORD.lastIndex = 0;
}
function isSyntaxSecret(kind, value) {
  if (kind === "URL credentials" && !URL_PASSWORD.test(value)) return false;
  if (isReferenceLike(value) || isContentPlaceholder(value)) return false;
  return SECRET_CHARACTERS.test(value) && (isHighEntropy(value) || isPlainPassword(value));
}
function isDocumentationUrl(text, start, end, prose) {
  if (end - start < MIN_URL_PASSWORD) return true;
  const host = text.slice(end + 1, end + 1 + 256);
  return EXAMPLE_HOST.test(host) || prose && LOCAL_HOST.test(host);
}
function runsCommands(path, family) {
  if (family !== "source") return family !== "prose";
  const base = basenameOf2(path);
  const dot = base.lastIndexOf(".");
  return dot <= 0 || !CODE_EXTENSIONS.has(base.slice(dot + 1));
}
function hintedLines(text, starts, everyLine) {
  const marks = new Uint8Array(starts.length);
  if (everyLine) return marks.fill(1);
  let line = 0;
  KEY_HINT_GLOBAL.lastIndex = 0;
  for (let match = KEY_HINT_GLOBAL.exec(text); match !== null; match = KEY_HINT_GLOBAL.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1] <= match.index) line++;
    marks[line] = 1;
    KEY_HINT_GLOBAL.lastIndex = line + 1 < starts.length ? starts[line + 1] : text.length;
  }
  KEY_HINT_GLOBAL.lastIndex = 0;
  return marks;
}
function scan(path, fullText, names) {
  const family = familyOf(path);
  const rules2 = FAMILY_RULES[family];
  const commands = runsCommands(path, family);
  const text = fullText.length > MAX_SCAN_CHARS ? fullText.slice(0, MAX_SCAN_CHARS) : fullText;
  const lines = new LineIndex(text);
  const starts = lines.lineStarts;
  const located = [];
  let references = 0;
  let unconfirmed = 0;
  let runStart = 0;
  const flush = (runEnd) => {
    if (runEnd <= runStart) return;
    for (const match of scanTextForSecrets(text.slice(runStart, runEnd), { commands })) {
      if (!rules2.configSyntax && CONFIG_SYNTAX_KINDS.has(match.kind)) continue;
      if (rules2.formatsOnly && SYNTAX_KINDS.has(match.kind) && !PROSE_KINDS.has(match.kind)) continue;
      const start = runStart + match.start;
      const end = runStart + match.end;
      if (SYNTAX_KINDS.has(match.kind) && !isSyntaxSecret(match.kind, text.slice(start, end))) continue;
      if (match.kind === "URL credentials" && isDocumentationUrl(text, start, end, rules2.formatsOnly)) continue;
      const priority = GENERIC_KINDS.has(match.kind) ? 2 : 0;
      located.push({ start, end, kind: match.kind, priority });
    }
  };
  const everyLine = (names?.deny?.length ?? 0) > 0;
  let pendingName = null;
  const pairs = [];
  const hinted = rules2.pairs ? hintedLines(text, starts, everyLine) : null;
  for (let index = 0; index < starts.length; index++) {
    const lineStart = starts[index];
    let lineEnd = index + 1 < starts.length ? starts[index + 1] - 1 : text.length;
    if (lineEnd > lineStart && text[lineEnd - 1] === "\r") lineEnd--;
    if (lineEnd - lineStart > MAX_CONTENT_LINE_LENGTH) {
      flush(lineStart);
      runStart = index + 1 < starts.length ? starts[index + 1] : text.length;
      continue;
    }
    if (hinted === null || hinted[index] === 0 && pendingName === null) continue;
    const line = text.slice(lineStart, lineEnd);
    pairs.length = 0;
    if (family === "netrc") netrcPairs(line, pairs);
    else {
      quotedPairs(line, rules2, pairs);
      if (rules2.bareSeparators !== null) barePair(line, rules2.bareSeparators, pairs);
      if (family === "xml") xmlElements(line, pairs);
    }
    connectionStringPairs(line, pairs);
    const seen = /* @__PURE__ */ new Set();
    for (const pair of pairs) {
      if (seen.has(pair.valueStart)) continue;
      seen.add(pair.valueStart);
      let key = pair.key;
      const value = line.slice(pair.valueStart, pair.valueEnd);
      if (key.toLowerCase() === "name") {
        pendingName = classifySecretName(value, names) === "secret" ? { name: value, line: index } : null;
        continue;
      }
      if (key.toLowerCase() === "value" && pendingName !== null && index - pendingName.line <= 2) key = pendingName.name;
      const kind = keyKind(key, names);
      if (kind === null) continue;
      const verdict = judge(kind, value, rules2);
      if (verdict === null) continue;
      if (verdict.type === "reference") references++;
      else if (verdict.type === "unconfirmed") {
        unconfirmed++;
        located.push({ start: lineStart + pair.valueStart, end: lineStart + pair.valueEnd, kind: "", priority: 3, key, silent: true });
      } else located.push({ start: lineStart + pair.valueStart, end: lineStart + pair.valueEnd, kind: verdict.kind, priority: 1, key });
    }
    if (pendingName !== null && index - pendingName.line > 2) pendingName = null;
  }
  flush(text.length);
  located.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const kept = [];
  for (const item of located) {
    const previous = kept[kept.length - 1];
    if (previous !== void 0 && item.start < previous.end) {
      if (previous.silent === true && item.silent !== true) kept[kept.length - 1] = { ...item, key: item.key ?? previous.key };
      else if (previous.key === void 0 && item.key !== void 0) previous.key = item.key;
      continue;
    }
    kept.push({ ...item });
  }
  const reported = kept.filter((item) => item.silent !== true);
  const findings = reported.slice(0, MAX_FINDINGS_PER_FILE).map((item) => {
    const line = lines.lineOf(item.start);
    const endLine = lines.lineOf(Math.max(item.start, item.end - 1));
    return {
      line: line + 1,
      column: item.start - starts[line] + 1,
      endLine: endLine + 1,
      endColumn: item.end - starts[endLine] + 1,
      kind: item.kind,
      ...item.key === void 0 ? {} : { key: item.key }
    };
  });
  const truncated = reported.length > MAX_FINDINGS_PER_FILE || fullText.length > MAX_SCAN_CHARS;
  return { findings, references, unconfirmed, ...truncated ? { truncated } : {} };
}
function scanContextFile(path, text, options = {}) {
  const skipped = contentSkipReason(path);
  if (skipped !== null) return SKIPPED[skipped];
  const names = options.names;
  const lists = names === void 0 ? "" : JSON.stringify([names.allow ?? [], names.deny ?? []]);
  const content = options.hash !== void 0 ? `#${options.hash}` : text.length <= MAX_TEXT_KEY ? `=${text}` : null;
  if (content === null) return scan(path, text, names);
  const key = `${familyOf(path)}\0${lists}\0${content}`;
  const hit = memo.get(key);
  if (hit !== void 0) return hit;
  const result = scan(path, text, names);
  if (memo.size >= MAX_MEMO_ENTRIES || memoKeyChars + key.length > MAX_MEMO_KEY_CHARS) {
    memo.clear();
    memoKeyChars = 0;
  }
  memo.set(key, result);
  memoKeyChars += key.length;
  return result;
}
var CONFIG, FAMILY_RULES, FAMILY_BY_EXTENSION, FAMILY_BY_BASENAME, LOCK_FILES, GENERATED_SUFFIXES, BINARY_EXTENSIONS, TEMPLATE_PARTS, MAX_CONTENT_LINE_LENGTH, MAX_SCAN_CHARS, MAX_FINDINGS_PER_FILE, MAX_VALUE_LENGTH, MAX_KEY_LENGTH, CONTENT_QUALIFIERS, KIND_BY_WORD, TEMPLATE_REFERENCE, TEMPLATE_PLACEHOLDER, PASSWORD_HASH, HEX_DIGEST, CAMEL_WORDS, VALIDATION_RULES, UUID, WHITESPACE2, IDENTIFIER_NAME, EMAIL, SECRET_CHARACTERS, DIGIT, LETTER, DIGIT_OR_SYMBOL, URL_LIKE, PLAIN_PASSWORD_MIN, PLAIN_PASSWORD_MAX, YAML_TAG, WEAK_DEFAULT, LEET2, LEET_CHARACTERS, OPERATOR_CHARS, CONNECTION_STRING_HINT, CONNECTION_STRING_PASSWORD, KEY_HINT_GLOBAL, CONFIG_SYNTAX_KINDS, GENERIC_KINDS, SYNTAX_KINDS, URL_PASSWORD, PROSE_KINDS, EXAMPLE_HOST, LOCAL_HOST, MIN_URL_PASSWORD, CODE_EXTENSIONS, SKIPPED, MAX_TEXT_KEY, MAX_MEMO_ENTRIES, MAX_MEMO_KEY_CHARS, memo, memoKeyChars;
var init_context_content = __esm({
  "packages/core/src/detect/context-content.ts"() {
    "use strict";
    init_text();
    init_secret_names();
    init_secret_values();
    CONFIG = { pairs: true, formatsOnly: false, plainPasswords: true, configSyntax: true, backticks: false };
    FAMILY_RULES = {
      yaml: { ...CONFIG, separators: /* @__PURE__ */ new Set([":"]), bareSeparators: ":" },
      json: { ...CONFIG, separators: /* @__PURE__ */ new Set([":"]), bareSeparators: null },
      toml: { ...CONFIG, separators: /* @__PURE__ */ new Set(["="]), bareSeparators: null },
      ini: { ...CONFIG, separators: /* @__PURE__ */ new Set(["=", ":"]), bareSeparators: "=:" },
      dotenv: { ...CONFIG, separators: /* @__PURE__ */ new Set(["=", ":"]), bareSeparators: "=" },
      xml: { ...CONFIG, separators: /* @__PURE__ */ new Set(["="]), bareSeparators: null },
      netrc: { ...CONFIG, separators: /* @__PURE__ */ new Set(), bareSeparators: null },
      source: {
        pairs: true,
        formatsOnly: false,
        separators: /* @__PURE__ */ new Set(["=", ":", ":=", "=>", "||=", "??="]),
        bareSeparators: null,
        plainPasswords: false,
        configSyntax: false,
        backticks: true
      },
      // Documentation: example payloads and commands (`"token": "vbT8…"`, `--password changeme123`)
      // are made up; a real token pasted into a README still has its format.
      prose: {
        pairs: false,
        formatsOnly: true,
        separators: /* @__PURE__ */ new Set(),
        bareSeparators: null,
        plainPasswords: false,
        configSyntax: false,
        backticks: false
      }
    };
    FAMILY_BY_EXTENSION = /* @__PURE__ */ new Map([
      ["yml", "yaml"],
      ["yaml", "yaml"],
      ["json", "json"],
      ["jsonc", "json"],
      ["json5", "json"],
      ["toml", "toml"],
      ["tfvars", "toml"],
      ["hcl", "toml"],
      ["ini", "ini"],
      ["cfg", "ini"],
      ["conf", "ini"],
      ["cnf", "ini"],
      ["properties", "ini"],
      ["env", "dotenv"],
      ["sh", "dotenv"],
      ["bash", "dotenv"],
      ["zsh", "dotenv"],
      ["xml", "xml"],
      ["config", "xml"],
      ["plist", "xml"],
      ["md", "prose"],
      ["mdx", "prose"],
      ["markdown", "prose"],
      ["rst", "prose"],
      ["adoc", "prose"],
      ["asciidoc", "prose"]
    ]);
    FAMILY_BY_BASENAME = /* @__PURE__ */ new Map([
      [".npmrc", "ini"],
      [".yarnrc", "ini"],
      [".pypirc", "ini"],
      [".gitconfig", "ini"],
      [".s3cfg", "ini"],
      [".boto", "ini"],
      ["credentials", "ini"],
      [".netrc", "netrc"],
      ["_netrc", "netrc"],
      [".envrc", "dotenv"],
      ["kubeconfig", "yaml"]
    ]);
    LOCK_FILES = /* @__PURE__ */ new Set([
      "package-lock.json",
      "npm-shrinkwrap.json",
      "yarn.lock",
      "pnpm-lock.yaml",
      "bun.lock",
      "deno.lock",
      "gemfile.lock",
      "poetry.lock",
      "pipfile.lock",
      "pdm.lock",
      "uv.lock",
      "go.sum",
      "cargo.lock",
      "composer.lock",
      "packages.lock.json",
      "mix.lock",
      "pubspec.lock",
      "podfile.lock",
      "flake.lock",
      "gradle.lockfile"
    ]);
    GENERATED_SUFFIXES = [
      ".min.js",
      ".min.mjs",
      ".min.cjs",
      ".min.css",
      ".map",
      ".svg",
      ".woff",
      ".woff2",
      ".ttf",
      ".otf",
      ".eot",
      ".lock"
    ];
    BINARY_EXTENSIONS = /* @__PURE__ */ new Set([
      "png",
      "jpg",
      "jpeg",
      "gif",
      "ico",
      "webp",
      "bmp",
      "tif",
      "tiff",
      "avif",
      "heic",
      "psd",
      "pdf",
      "zip",
      "gz",
      "tgz",
      "bz2",
      "xz",
      "zst",
      "7z",
      "rar",
      "jar",
      "war",
      "ear",
      "whl",
      "egg",
      "class",
      "so",
      "dylib",
      "dll",
      "exe",
      "o",
      "a",
      "wasm",
      "pyc",
      "node",
      "mp3",
      "mp4",
      "m4a",
      "mov",
      "avi",
      "mkv",
      "webm",
      "ogg",
      "wav",
      "flac"
    ]);
    TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist", "defaults"]);
    MAX_CONTENT_LINE_LENGTH = 4096;
    MAX_SCAN_CHARS = 16 * 1024 * 1024;
    MAX_FINDINGS_PER_FILE = 50;
    MAX_VALUE_LENGTH = 512;
    MAX_KEY_LENGTH = 128;
    CONTENT_QUALIFIERS = /* @__PURE__ */ new Set([
      "hash",
      "hashed",
      "digest",
      "checksum",
      "sha",
      "md5",
      "regex",
      "regexp",
      "pattern",
      "validation",
      "validator",
      "rule",
      "rules",
      "strength",
      "hint",
      "label",
      "placeholder",
      "message",
      "msg",
      "text",
      "title",
      "description",
      "desc",
      "error",
      "help",
      "tooltip",
      "input",
      "selector",
      "class",
      "icon",
      "route",
      "link",
      "button",
      "reset",
      "forgot",
      "expiration",
      "interval",
      "duration",
      "limit",
      "manager",
      "managers"
    ]);
    KIND_BY_WORD = /* @__PURE__ */ new Map([
      ["password", "password"],
      ["passwords", "password"],
      ["passwd", "password"],
      ["pass", "password"],
      ["pwd", "password"],
      ["psw", "password"],
      ["passphrase", "password"],
      ["pgpassword", "password"],
      ["secret", "secret"],
      ["secrets", "secret"],
      ["token", "token"],
      ["tokens", "token"],
      ["apikey", "API key"],
      ["apikeys", "API key"],
      ["privatekey", "private key"],
      ["key", "key"],
      ["keys", "key"],
      ["credential", "credential"],
      ["credentials", "credential"],
      ["creds", "credential"],
      ["auth", "credential"]
    ]);
    TEMPLATE_REFERENCE = /%\([A-Za-z_][\w.-]*\)[sdr]|<%|\{\{|\{%|#\{|%\{|@[A-Za-z_][A-Za-z0-9_]*@|\bENV\[|\bENV\.fetch|process\.env|os\.environ|getenv\(|^ENC[[(]|^\$ANSIBLE_VAULT|^(?:vault|ref\+[a-z]+|secret|sm|op):\/?\/?|^arn:aws:secretsmanager:/;
    TEMPLATE_PLACEHOLDER = /^(?:_{2,}[A-Za-z0-9_]+_{2,}|\[[^\]]*\]|@@[^@]*@@|\(\s*[^)]*\)|crwdns\d+:\d+crwdne\d+:\d+)$/;
    PASSWORD_HASH = /^(?:\$(?:2[abxy]?|[156]|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*)\$|\{(?:S?SHA\d*|S?MD5|CRYPT|PBKDF2[\w-]*)\}|(?:pbkdf2_sha\d+|bcrypt(?:_sha256)?|argon2|sha1|md5)\$)/i;
    HEX_DIGEST = /^[0-9a-f]{32,}$/i;
    CAMEL_WORDS = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+[0-9]{0,4}[!?.]*$/;
    VALIDATION_RULES = /^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/;
    UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    WHITESPACE2 = /\s/;
    IDENTIFIER_NAME = /^(?:[A-Z]+(?:_[A-Z0-9]+)*|[a-z]+(?:[-_.](?:[a-z]+|v?[0-9]{1,4}))+)$/;
    EMAIL = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
    SECRET_CHARACTERS = /^[!#-&*-_a-~]+$/;
    DIGIT = /[0-9]/;
    LETTER = /[A-Za-z]/;
    DIGIT_OR_SYMBOL = /[^A-Za-z_.-]/;
    URL_LIKE = /:\/\//;
    PLAIN_PASSWORD_MIN = 6;
    PLAIN_PASSWORD_MAX = 128;
    YAML_TAG = /^!(?!!(?:str|binary)(?:\s|$))!?[A-Za-z][\w.:/-]*(?:\s|$)/;
    WEAK_DEFAULT = /^(?:(?:test|changeme|password|passwd|pass|pwd|secret|example|sample|dummy|demo|fake|admin|root|user|new|my|default|string|qwerty|letmein|welcome|postgres|mysql|mariadb)[-_.]?)+[0-9!@#$%^&*?.]*$/i;
    LEET2 = { "4": "a", "@": "a", "3": "e", "1": "i", "0": "o", "5": "s", $: "s", "7": "t" };
    LEET_CHARACTERS = /[4@3105$7]/g;
    OPERATOR_CHARS = /* @__PURE__ */ new Set(["=", ":", "<", ">", "!", "?", "|", "&", "+", "*", "/", "%", "^", "~", "-"]);
    CONNECTION_STRING_HINT = /(?:server|data source|host|user id|uid|database|initial catalog)\s*=/i;
    CONNECTION_STRING_PASSWORD = /(?<![A-Za-z0-9_])(password|pwd)\s*=\s*([^;"'\s<>]{1,256})/gi;
    KEY_HINT_GLOBAL = /pass|pwd|psw|secret|token|key|auth|cred/gi;
    CONFIG_SYNTAX_KINDS = /* @__PURE__ */ new Set([".npmrc auth token", "Yarn auth token"]);
    GENERIC_KINDS = /* @__PURE__ */ new Set(["exported secret", "password option"]);
    SYNTAX_KINDS = /* @__PURE__ */ new Set([
      "URL credentials",
      ".npmrc auth token",
      "Yarn auth token",
      "Authorization header",
      "PRIVATE-TOKEN header",
      "chpasswd",
      "PGPASSWORD",
      "MYSQL_PWD",
      "password option",
      "curl credentials",
      "exported secret"
    ]);
    URL_PASSWORD = /^[A-Za-z0-9._~!$&'()*+,;=%-]+$/;
    PROSE_KINDS = /* @__PURE__ */ new Set(["URL credentials"]);
    EXAMPLE_HOST = /^(?:[A-Za-z0-9-]+\.)*example(?:\.(?:com|org|net))?(?![A-Za-z0-9.-])/i;
    LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?![A-Za-z0-9.-])/i;
    MIN_URL_PASSWORD = 3;
    CODE_EXTENSIONS = /* @__PURE__ */ new Set([
      "js",
      "mjs",
      "cjs",
      "jsx",
      "ts",
      "mts",
      "cts",
      "tsx",
      "vue",
      "svelte",
      "py",
      "rb",
      "go",
      "java",
      "kt",
      "kts",
      "scala",
      "groovy",
      "php",
      "cs",
      "fs",
      "vb",
      "c",
      "h",
      "cc",
      "cpp",
      "hpp",
      "m",
      "mm",
      "rs",
      "swift",
      "dart",
      "lua",
      "pl",
      "pm",
      "ex",
      "exs",
      "erl",
      "clj",
      "hs",
      "ml",
      "r",
      "jl",
      "css",
      "scss",
      "sass",
      "less",
      "html",
      "htm",
      "erb",
      "twig",
      "po"
    ]);
    SKIPPED = {
      "lock file": { findings: [], references: 0, unconfirmed: 0, skipped: "lock file" },
      "generated file": { findings: [], references: 0, unconfirmed: 0, skipped: "generated file" },
      "binary file": { findings: [], references: 0, unconfirmed: 0, skipped: "binary file" },
      template: { findings: [], references: 0, unconfirmed: 0, skipped: "template" }
    };
    MAX_TEXT_KEY = 64 * 1024;
    MAX_MEMO_ENTRIES = 65536;
    MAX_MEMO_KEY_CHARS = 32 * 1024 * 1024;
    memo = /* @__PURE__ */ new Map();
    memoKeyChars = 0;
  }
});

// packages/core/src/model/contents.ts
function contextFileLimits(config) {
  return {
    scan: config?.scan ?? true,
    maxFileBytes: config?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxTotalBytes: config?.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES,
    allow: config?.allow ?? []
  };
}
function isContentAllowed(path, contextFiles, secretFilesAllow) {
  return matchesFileList(path, contextFiles?.allow) || matchesFileList(path, secretFilesAllow);
}
function contentScanOf(model, path) {
  const contents = model.context?.contents;
  if (contents === void 0 || model.contextFiles?.scan === false) return null;
  const entry = contents.files.get(path);
  if (entry === void 0 || !("text" in entry)) return null;
  if (isContentAllowed(path, model.contextFiles, model.files?.allow)) return null;
  const held = scansByEntry.get(entry);
  if (held !== void 0 && held.path === path && held.names === model.names) return held.scan;
  const scan2 = scanContextFile(path, entry.text, {
    ...model.names === void 0 ? {} : { names: model.names },
    ...entry.hash === void 0 ? {} : { hash: entry.hash }
  });
  scansByEntry.set(entry, { path, names: model.names, scan: scan2 });
  return scan2;
}
function harmlessContent(model, path) {
  const scan2 = contentScanOf(model, path);
  if (scan2 === null || scan2.skipped !== void 0 || scan2.truncated === true || scan2.findings.length > 0 || scan2.unconfirmed > 0) return null;
  if (scan2.references > 0) return "references";
  if (isSettingsFile(path, model.files)) return "settings";
  const entry = model.context?.contents?.files.get(path);
  return entry !== void 0 && "text" in entry && secretFileKind(path, model.files) === "private key" && holdsOnlyPublicArmor(entry.text) ? "public" : null;
}
function holdsOnlyPublicArmor(text) {
  let found = false;
  for (const match of text.matchAll(ARMOR)) {
    if (!PUBLIC_ARMOR.has(match[1])) return false;
    found = true;
  }
  return found;
}
function harmlessContents(model, paths) {
  let kind = paths.length === 0 ? null : "public";
  for (const path of paths) {
    const each = harmlessContent(model, path);
    if (each === null) return null;
    if (each === "references" || each === "settings" && kind === "public") kind = each;
  }
  return kind;
}
function contextCopies(specs) {
  return specs.filter((spec) => spec.from === null && !spec.instruction.onbuild);
}
var DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES, scansByEntry, ARMOR, PUBLIC_ARMOR;
var init_contents = __esm({
  "packages/core/src/model/contents.ts"() {
    "use strict";
    init_context_content();
    init_secret_files();
    DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
    DEFAULT_MAX_TOTAL_BYTES = 32 * 1024 * 1024;
    scansByEntry = /* @__PURE__ */ new WeakMap();
    ARMOR = /-----BEGIN ([A-Z0-9. ]{1,40})-----/g;
    PUBLIC_ARMOR = /* @__PURE__ */ new Set([
      "PGP PUBLIC KEY BLOCK",
      "PGP SIGNATURE",
      "PUBLIC KEY",
      "RSA PUBLIC KEY",
      "CERTIFICATE",
      "TRUSTED CERTIFICATE",
      "X509 CRL",
      "CERTIFICATE REQUEST",
      "NEW CERTIFICATE REQUEST",
      "DH PARAMETERS",
      "X9.42 DH PARAMETERS",
      "EC PARAMETERS"
    ]);
  }
});

// packages/core/src/rules/no-secret-file-copy.ts
function mountSuggestion(model, spec, source, dest) {
  if (spec.sources.length !== 1 || spec.instruction.onbuild || spec.heredocs) return null;
  const layers = model.layers().stage(model.stageOf(spec.instruction)?.index ?? -1).layers;
  const runs = [];
  for (const run of laterRuns(model, spec.instruction)) {
    const layer = layers.find((l) => l.instruction === run);
    if (layer?.hides.some(({ file }) => file.addedBy === spec.instruction)) break;
    if (!run.exec) runs.push(run);
  }
  if (runs.length === 0) return null;
  const name = basename(source);
  if (SSH_KEY2.test(name)) {
    const users = runs.filter((run) => SSH_PROGRAMS.test(model.parsed.text.slice(run.argsStart, run.argsEnd)));
    if (users.length === 0) return null;
    return {
      description: `Use the SSH agent (--mount=type=ssh) instead of copying ${source}`,
      changes: [{ file: "dockerfile", edits: [removeInstruction(model, spec.instruction), ...users.flatMap((run) => addRunFlag(run, "--mount=type=ssh"))] }]
    };
  }
  const id = name.replace(/^\.+/, "").replace(/[^A-Za-z0-9_-]+/g, "_").toLowerCase() || "secret";
  const edits = [...syntaxDirectiveEdits(model), removeInstruction(model, spec.instruction)];
  for (const run of runs) edits.push(...addRunFlag(run, `--mount=type=secret,id=${id},target=${dest}`));
  return {
    description: `Mount ${source} as a secret (--mount=type=secret,id=${id},target=${dest}) instead of copying it`,
    changes: [{ file: "dockerfile", edits }]
  };
}
var SSH_KEY2, SSH_PROGRAMS, noSecretFileCopy;
var init_no_secret_file_copy = __esm({
  "packages/core/src/rules/no-secret-file-copy.ts"() {
    "use strict";
    init_secret_files();
    init_contents();
    init_paths();
    init_copy_utils();
    init_edit_utils();
    init_types();
    SSH_KEY2 = /^(id_(rsa|dsa|ecdsa|ed25519)|.*\.ppk)$/i;
    SSH_PROGRAMS = /\bgit\s+(clone|fetch|pull|submodule|ls-remote)\b|\b(ssh|scp|sftp|rsync)\s/;
    noSecretFileCopy = {
      id: "no-secret-file-copy",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow COPY and ADD of secret files into image layers",
          recommended: true,
          url: docsUrl("no-secret-file-copy")
        },
        messages: {
          copySecretFile: "{{keyword}} {{source}} puts a secret ({{kind}}) into a layer {{where}}: docker save exposes it even if a later RUN deletes it. {{fix}}",
          copyReferencesOnly: "{{keyword}} {{source}} puts a secret file ({{kind}}) into a layer {{where}}, but its content holds only variable references, no literal secret: nothing secret ships today, yet a value written into it later would. {{fix}}",
          copySettingsOnly: "{{keyword}} {{source}} puts a secret file ({{kind}}) into a layer {{where}}, but its content holds settings only, no credential: nothing secret ships today, yet a token written into it later would. {{fix}}",
          heredocSecret: "{{keyword}} writes a {{kind}} to {{dest}} in a layer {{where}}: docker save exposes it. Mount the secret for the RUN that needs it with RUN --mount=type=secret instead."
        },
        schema: [],
        defaultOptions: [],
        channel: "layers",
        severity: "stage",
        hasSuggestions: true
      },
      check({ model, report }) {
        for (const spec of copySpecs(model)) {
          if (spec.from !== null) continue;
          const { instruction } = spec;
          for (const source of spec.sources) {
            if (source.path === null || source.wholeContext || source.url) continue;
            const targetsSecrets = source.glob && isSecretFilePattern(source.path, model.files);
            const matched = targetsSecrets ? globSecretFiles(model, spec, source) : null;
            const dest = spec.dest === null ? source.path : spec.destIsDir ? `${spec.dest}/${basename(source.path)}`.replace(/\/\/+/g, "/") : spec.dest;
            const kind = !source.glob ? copiedFileKind(source.path, dest, model.files) : !targetsSecrets ? null : matched === null ? "files matching a secret name" : matched.length > 0 ? `${[...new Set(matched.map((path) => secretFileKind(path, model.files)))].join(", ")}: ${listPaths(matched)}` : null;
            if (!kind) continue;
            const ssh = SSH_KEY2.test(basename(source.path));
            const fix = ssh ? "Forward the SSH agent with RUN --mount=type=ssh instead (docker build --ssh default)." : source.glob ? "Mount each secret only for the RUN that needs it with RUN --mount=type=secret instead." : `Mount it for the RUN that needs it with RUN --mount=type=secret,id=${basename(source.path).replace(/^\.+/, "") || "secret"},target=${dest} instead.`;
            const suggestion = source.glob ? null : mountSuggestion(model, spec, source.path, dest);
            const harmless = harmlessContents(model, matched ?? (source.glob ? [] : [source.path]));
            if (harmless === "public") continue;
            report({
              messageId: harmless === "references" ? "copyReferencesOnly" : harmless === "settings" ? "copySettingsOnly" : "copySecretFile",
              ...harmless === null ? {} : { severity: "warning" },
              data: { keyword: instruction.keyword, source: source.value ?? source.path, kind, fix },
              instruction,
              span: model.parsed.lines.span(source.start, source.end),
              suggestions: suggestion ? [suggestion] : []
            });
          }
          if (spec.heredocs) {
            const layer = model.layers().stage(model.stageOf(instruction)?.index ?? -1).layers.find((l) => l.instruction === instruction);
            for (const file of layer?.added ?? []) {
              if (file.via !== "heredoc" || !file.secretKind) continue;
              report({
                messageId: "heredocSecret",
                data: { keyword: instruction.keyword, kind: file.secretKind, dest: file.path },
                instruction,
                span: instruction.span
              });
            }
          }
        }
      }
    };
  }
});

// packages/core/src/rules/no-secret-in-arg.ts
var noSecretInArg;
var init_no_secret_in_arg = __esm({
  "packages/core/src/rules/no-secret-in-arg.ts"() {
    "use strict";
    init_copy_utils();
    init_types();
    init_secret_utils();
    noSecretInArg = {
      id: "no-secret-in-arg",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow build args whose name says they carry a secret",
          recommended: true,
          url: docsUrl("no-secret-in-arg")
        },
        messages: {
          secretArg: "ARG {{name}} carries a secret {{where}}: its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it with RUN --mount=type=secret,id={{id}},env={{name}} instead.",
          secretFromBuild: "ARG {{name}} carries a secret {{where}}: the build configuration passes a secret into it, and its value is recorded in the image history of every RUN that follows and in the build's provenance. Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} instead.",
          provenanceOnly: "ARG {{name}} {{where}} carries a secret into the build's provenance{{supplied}}: no RUN follows it in its stage, so no image history records it, but the provenance attestations record the build args (BuildKit fills them in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} where it is needed instead.",
          globalArg: "ARG {{name}} {{where}} carries a secret into the build's provenance{{supplied}}: no stage declares it again, so no RUN records it in the image history, but a build that passes it (--build-arg {{name}}=…) publishes its value in the provenance attestations (BuildKit fills their args in mode=min too). Pass it as a build secret and read it with RUN --mount=type=secret,id={{id}},env={{name}} where it is needed instead."
        },
        schema: [],
        defaultOptions: [],
        channel: "history",
        severity: "stage",
        severityNote: "global ARG: warning",
        hasSuggestions: true
      },
      check({ model, report }) {
        const text = model.parsed.text;
        const secretArgs = (instruction) => model.variables.declaredBy(instruction).filter((v) => v.sources.includes(v.name) && literalSecretsOf(v.property, text, model.names).length === 0);
        const supplied = (variable) => variable.suppliedSecret ? " (the build configuration passes a secret into it)" : "";
        const redeclared = /* @__PURE__ */ new Set();
        for (const instruction of model.instructions) {
          if (instruction.keyword === "ARG" && !instruction.onbuild) for (const prop of instruction.properties) redeclared.add(prop.name);
        }
        for (const instruction of model.stages.globals) {
          if (instruction.keyword !== "ARG") continue;
          for (const variable of secretArgs(instruction)) {
            if (redeclared.has(variable.name)) continue;
            report({
              messageId: "globalArg",
              data: { name: variable.name, id: secretId(variable.name), supplied: supplied(variable) },
              instruction,
              span: variable.property.span,
              severity: "warning",
              channel: "cache"
            });
          }
        }
        for (const instruction of model.instructions) {
          if (instruction.keyword !== "ARG") continue;
          const variables = secretArgs(instruction);
          if (variables.length === 0) continue;
          const recorded = instruction.onbuild || laterRuns(model, instruction).length > 0;
          for (const variable of variables) {
            const suggestion = secretMountSuggestion(model, variable, runsUsing(model, instruction, variable.name));
            const suggestions = suggestion ? [suggestion] : [];
            const data = { name: variable.name, id: secretId(variable.name) };
            if (!recorded) {
              report({ messageId: "provenanceOnly", data: { ...data, supplied: supplied(variable) }, instruction, span: variable.property.span, suggestions, channel: "cache" });
              continue;
            }
            report({
              messageId: variable.suppliedSecret ? "secretFromBuild" : "secretArg",
              data,
              instruction,
              span: variable.property.span,
              suggestions
            });
          }
        }
      }
    };
  }
});

// packages/core/src/rules/dockerignore-utils.ts
function missingProbes(context) {
  return PROBES.filter((probe) => !context.isExcluded(probe));
}
function literalEntry(text) {
  return replaceControlCharacters(text.replace(/[\\*?[\]]/g, "\\$&"), "?");
}
function fileEntry(path) {
  let entry = "/";
  let copied = 0;
  for (const match of findSecretsInText(path)) {
    const shown = redact(path.slice(match.start, match.end)).length - 1;
    entry += literalEntry(path.slice(copied, match.start + shown));
    entry += "?".repeat(Array.from(path.slice(match.start + shown, match.end)).length);
    copied = match.end;
  }
  return entry + literalEntry(path.slice(copied));
}
function entriesFor(paths) {
  const entries = [];
  for (const path of paths) {
    const entry = ENTRY_FOR_PROBE[path] ?? fileEntry(path);
    if (!entries.includes(entry)) entries.push(entry);
  }
  return entries;
}
function createIgnoreFileFix() {
  return {
    description: "Create .dockerignore excluding secret files",
    changes: [{ file: "dockerignore", path: ".dockerignore", create: true, edits: [{ start: 0, end: 0, text: DEFAULT_DOCKERIGNORE }] }]
  };
}
function appendEntriesFix(context, entries) {
  const ignore = context.ignoreFile;
  const block = `# Secrets (added by layerlint --fix)
${entries.join("\n")}
`;
  if (!ignore) {
    return {
      description: `Create .dockerignore excluding ${entries.join(", ")}`,
      changes: [{ file: "dockerignore", path: ".dockerignore", create: true, edits: [{ start: 0, end: 0, text: block }] }]
    };
  }
  const needsNewline = ignore.text.length > 0 && !ignore.text.endsWith("\n");
  return {
    description: `Add ${entries.join(", ")} to ${ignore.path}`,
    changes: [
      {
        file: "dockerignore",
        path: ignore.path,
        create: false,
        edits: [{ start: ignore.text.length, end: ignore.text.length, text: `${needsNewline ? "\n" : ""}${block}` }]
      }
    ]
  };
}
var PROBES, ENTRY_FOR_PROBE, DEFAULT_DOCKERIGNORE;
var init_dockerignore_utils = __esm({
  "packages/core/src/rules/dockerignore-utils.ts"() {
    "use strict";
    init_secret_values();
    init_redact();
    PROBES = [
      ".env",
      ".env.local",
      ".env.production",
      ".git/config",
      ".npmrc",
      ".pypirc",
      ".netrc",
      ".git-credentials",
      ".aws/credentials",
      ".ssh/id_rsa",
      "id_rsa",
      "id_ed25519",
      ".docker/config.json",
      "server.key",
      "private.pem"
    ];
    ENTRY_FOR_PROBE = {
      ".env": ".env",
      ".env.local": ".env.*",
      ".env.production": ".env.*",
      ".git/config": ".git",
      ".npmrc": ".npmrc",
      ".pypirc": ".pypirc",
      ".netrc": ".netrc",
      ".git-credentials": ".git-credentials",
      ".aws/credentials": ".aws",
      ".ssh/id_rsa": ".ssh",
      id_rsa: "id_rsa",
      id_ed25519: "id_ed25519",
      ".docker/config.json": ".docker",
      "server.key": "*.key",
      "private.pem": "*.pem"
    };
    DEFAULT_DOCKERIGNORE = [
      "# Secrets must never reach the Docker build context (written by layerlint --fix).",
      ".env",
      ".env.*",
      "!.env.example",
      ".git",
      ".npmrc",
      ".pypirc",
      ".netrc",
      ".git-credentials",
      ".aws",
      ".ssh",
      "id_rsa",
      "id_ed25519",
      ".docker",
      "*.key",
      "*.pem",
      ""
    ].join("\n");
  }
});

// packages/core/src/rules/no-secret-in-context-file.ts
function valueAt(lines, finding) {
  const start = lines.offsetAt(finding.line - 1, finding.column - 1);
  return lines.text.slice(start, lines.offsetAt(finding.endLine - 1, finding.endColumn - 1));
}
function describe(finding) {
  return finding.key === void 0 ? finding.kind : `${finding.kind} under "${finding.key}"`;
}
var MAX_RELATED, noSecretInContextFile;
var init_no_secret_in_context_file = __esm({
  "packages/core/src/rules/no-secret-in-context-file.ts"() {
    "use strict";
    init_secret_files();
    init_contents();
    init_layers();
    init_text();
    init_copy_utils();
    init_dockerignore_utils();
    init_types();
    MAX_RELATED = 20;
    noSecretInContextFile = {
      id: "no-secret-in-context-file",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow COPY and ADD of context files whose content holds a secret",
          recommended: true,
          url: docsUrl("no-secret-in-context-file")
        },
        messages: {
          secretInFile: "{{keyword}} {{source}} sends {{files}} into a layer {{where}}, and {{its}} content holds {{secrets}} ({{kinds}}): docker save exposes {{them}}. Exclude {{them}} in {{ignoreFile}} (layerlint --fix adds {{entries}}) and move the value to a secret mount (RUN --mount=type=secret) or to runtime configuration."
        },
        schema: [],
        defaultOptions: [],
        channel: "layers",
        severity: "stage",
        fixable: "code"
      },
      check({ model, report }) {
        const context = model.context;
        const contents = context?.contents;
        if (context === void 0 || contents === void 0 || model.contextFiles?.scan === false) return;
        const ignoreName = context.ignoreFile?.path ?? ".dockerignore";
        const secretHolders = [];
        for (const [path, entry] of contents.files) {
          if (!("text" in entry)) continue;
          const scan2 = contentScanOf(model, path);
          if (scan2 === null || scan2.findings.length === 0) continue;
          if (context.isExcluded(path) || secretFileKind(path, model.files) !== null) continue;
          secretHolders.push({ path, findings: scan2.findings, text: entry.text });
        }
        if (secretHolders.length === 0) return;
        for (const spec of contextCopies(copySpecs(model))) {
          const hits = [];
          for (const holder of secretHolders) {
            const source = spec.sources.find((candidate) => sentFrom(spec, candidate, holder.path) !== null);
            if (source !== void 0) hits.push({ ...holder, source });
          }
          if (hits.length === 0) continue;
          hits.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
          const related = [];
          const secrets = [];
          const kinds = /* @__PURE__ */ new Set();
          let count = 0;
          for (const hit of hits) {
            const span = model.parsed.lines.span(hit.source.start, hit.source.end);
            const lines = new LineIndex(hit.text);
            for (const finding of hit.findings) {
              count++;
              kinds.add(finding.kind);
              secrets.push(valueAt(lines, finding));
              if (related.length >= MAX_RELATED) continue;
              related.push({
                message: `${describe(finding)} in ${hit.path}:${finding.line}.`,
                span,
                file: { path: hit.path, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
              });
            }
          }
          const paths = hits.map((hit) => hit.path);
          const entries = entriesFor(paths);
          const one = hits.length === 1;
          const first = hits[0];
          report({
            messageId: "secretInFile",
            data: {
              keyword: spec.instruction.keyword,
              source: first.source.value ?? first.source.path ?? ".",
              files: listPaths(hits.map((hit) => `${hit.path}:${hit.findings[0].line}`)),
              its: one ? "its" : "their",
              them: one ? "it" : "them",
              secrets: count === 1 ? "a secret" : `${count} secrets`,
              kinds: listPaths([...kinds]),
              ignoreFile: ignoreName,
              entries: listPaths(entries)
            },
            instruction: spec.instruction,
            span: spec.instruction.span,
            related,
            fix: appendEntriesFix(context, entries),
            secrets: secrets.filter((value) => value.length > 0)
          });
        }
      }
    };
  }
});

// packages/core/src/rules/no-secret-in-env.ts
function replacedBy(model, instruction, prop) {
  const stage = model.stageOf(instruction);
  if (!stage || instruction.onbuild) return null;
  const variable = model.variables.declaredBy(instruction).find((v) => v.property === prop);
  const last = model.variables.endOf(stage.index).get(prop.name);
  if (!variable || !last || last === variable) return null;
  return stage.instructions.find((i) => i.keyword === "ENV" && i.span.start > instruction.span.start && model.variables.declaredBy(i).some((v) => v.name === prop.name)) ?? null;
}
function runsBetween(model, from, to) {
  return laterRuns(model, from).filter((run) => run.span.start < to.span.start);
}
var noSecretInEnv;
var init_no_secret_in_env = __esm({
  "packages/core/src/rules/no-secret-in-env.ts"() {
    "use strict";
    init_secret_names();
    init_secret_values();
    init_substitution();
    init_copy_utils();
    init_types();
    init_secret_utils();
    noSecretInEnv = {
      id: "no-secret-in-env",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow secrets in ENV and LABEL values, which persist in the image config",
          recommended: true,
          url: docsUrl("no-secret-in-env")
        },
        messages: {
          secretEnv: "ENV {{name}} stores a secret in the image config {{where}}: docker inspect shows it to anyone who can pull the image, and unsetting it in a RUN does not remove it. Give it only to the RUN that needs it with --mount=type=secret,id={{id}},env={{name}}.",
          copiesSecret: "{{keyword}} {{name}} copies the secret {{sources}} into the image config {{where}}: docker inspect shows its value. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id={{id}},env={{source}}).",
          copiesSecretReplaced: "ENV {{name}} copies the secret {{sources}} {{where}}, and the image history keeps it: a later ENV {{name}} replaces it in the final image config, but each RUN that follows records the build arg {{source}} (docker history --no-trunc shows it), and so does the build's provenance. Use the secret only inside the RUN that needs it (RUN --mount=type=secret,id={{id}},env={{source}}).",
          secretEnvReplaced: "ENV {{name}} stores a secret {{where}}, and the image history keeps it: a later ENV {{name}} replaces it in the final image config, but the history records this ENV as written (docker history --no-trunc shows its value). Give it only to the RUN that needs it with --mount=type=secret,id={{id}},env={{name}}."
        },
        schema: [],
        defaultOptions: [],
        channel: "config",
        severity: "stage"
      },
      check({ model, report }) {
        const text = model.parsed.text;
        const escape = model.parsed.directives.escape;
        for (const instruction of model.instructions) {
          const keyword = instruction.keyword;
          if (keyword !== "ENV" && keyword !== "LABEL") continue;
          const scope = model.variables.scopeBefore(instruction);
          for (const prop of instruction.properties) {
            const raw = prop.value ?? "";
            if (raw === "" || !prop.name) continue;
            if (literalSecretsOf(prop, text, model.names).length > 0) continue;
            const uses = findVariableUses(raw, escape);
            const sources = /* @__PURE__ */ new Set();
            for (const use of uses) {
              const variable = scope.get(use.name);
              if (variable?.secret) for (const source of variable.sources) sources.add(source);
            }
            const replacing = keyword === "ENV" ? replacedBy(model, instruction, prop) : null;
            if (sources.size > 0 && replacing) {
              const args = [...sources].filter((name) => scope.get(name)?.kind === "arg");
              if (args.length === 0) continue;
              const related = [{ message: `ENV ${prop.name} is replaced here: the final image config holds this value instead.`, span: replacing.span }];
              for (const run of runsBetween(model, instruction, replacing)) {
                related.push({ message: `This RUN records the build arg ${args.join(", ")} in the image history while ENV ${prop.name} holds it.`, span: run.span });
              }
              report({
                messageId: "copiesSecretReplaced",
                data: { name: prop.name, sources: [...sources].join(", "), source: args[0], id: secretId(args[0]) },
                instruction,
                span: prop.span,
                related,
                channel: "history"
              });
              continue;
            }
            if (sources.size > 0) {
              const list = [...sources];
              report({
                messageId: "copiesSecret",
                data: {
                  keyword,
                  name: prop.name,
                  sources: list.join(", "),
                  source: list[0],
                  id: secretId(list[0])
                },
                instruction,
                span: prop.span
              });
              continue;
            }
            if (keyword !== "ENV" || classifySecretName(prop.name, model.names) !== "secret") continue;
            if (model.variables.declaredBy(instruction).some((v) => v.property === prop && !v.sources.includes(prop.name))) continue;
            if (isReferenceValue(raw) || isPlaceholder(raw) || isFlagValue(raw)) continue;
            const literal = uses.reduceRight((rest, use) => rest.slice(0, use.start) + rest.slice(use.end), raw).trim();
            if (literal === "" && uses.every((use) => !scope.has(use.name))) continue;
            if (replacing) {
              report({
                messageId: "secretEnvReplaced",
                data: { name: prop.name, id: secretId(prop.name) },
                instruction,
                span: prop.span,
                related: [{ message: `ENV ${prop.name} is replaced here: the final image config holds this value instead.`, span: replacing.span }],
                channel: "history"
              });
              continue;
            }
            report({ messageId: "secretEnv", data: { name: prop.name, id: secretId(prop.name) }, instruction, span: prop.span });
          }
        }
      }
    };
  }
});

// packages/core/src/rules/no-secret-mount-copy.ts
var noSecretMountCopy;
var init_no_secret_mount_copy = __esm({
  "packages/core/src/rules/no-secret-mount-copy.ts"() {
    "use strict";
    init_copy_utils();
    init_types();
    noSecretMountCopy = {
      id: "no-secret-mount-copy",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow copying a mounted secret into a file that stays in the layer",
          recommended: true,
          url: docsUrl("no-secret-mount-copy")
        },
        messages: {
          mountCopy: "RUN copies its mounted secret into {{files}}, which stays in this layer {{where}}: the mount disappears after the RUN, the copy does not. Use the mounted file in place (--mount=type=secret,target=…) or delete the copy in the same RUN."
        },
        schema: [],
        defaultOptions: [],
        channel: "layers",
        severity: "stage"
      },
      check({ model, report }) {
        const layers = model.layers();
        for (const stage of model.stages.stages) {
          for (const layer of layers.stage(stage.index).layers) {
            const copies = layer.added.filter((file) => file.fromSecretMount);
            if (copies.length === 0) continue;
            report({
              messageId: "mountCopy",
              data: { files: listPaths(copies.map((f) => f.path)) },
              instruction: layer.instruction,
              span: layer.instruction.span
            });
          }
        }
      }
    };
  }
});

// packages/core/src/rules/no-secret-stage-copy.ts
var noSecretStageCopy;
var init_no_secret_stage_copy = __esm({
  "packages/core/src/rules/no-secret-stage-copy.ts"() {
    "use strict";
    init_contents();
    init_copy_utils();
    init_types();
    noSecretStageCopy = {
      id: "no-secret-stage-copy",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow COPY --from that carries a builder stage's secret files into a shipped stage",
          recommended: true,
          url: docsUrl("no-secret-stage-copy")
        },
        messages: {
          stageCopy: 'COPY --from={{from}} carries {{files}} from stage "{{stage}}" into {{target}}: docker save exposes it there. Copy only the build output (for example /app/dist), or create and delete the secret within one RUN of the builder (better: RUN --mount=type=secret).',
          stageCopyNoLiteral: 'COPY --from={{from}} carries {{files}} from stage "{{stage}}" into {{target}}, but what the build context holds there is no credential (settings or variable references only): nothing secret ships today, yet a token written into it later would. Copy only the build output (for example /app/dist), or mount the file for the RUN that needs it (RUN --mount=type=secret).'
        },
        schema: [],
        defaultOptions: [],
        channel: "layers",
        severity: "error",
        severityNote: "read content without a credential: warning"
      },
      check({ model, report }) {
        const layers = model.layers();
        for (const spec of copySpecs(model)) {
          if (spec.fromStage === null) continue;
          const stage = model.stageOf(spec.instruction);
          if (!stage?.shipped) continue;
          const layer = layers.stage(stage.index).layers.find((l) => l.instruction === spec.instruction);
          const contentOf = (file) => {
            const contextPath2 = (file.origin ?? file).contextPath;
            return contextPath2 === void 0 ? null : harmlessContent(model, contextPath2);
          };
          const carried = (layer?.added ?? []).filter((file) => file.secretKind !== null && contentOf(file) !== "public");
          const literal = carried.filter((file) => contentOf(file) === null);
          const secrets = literal.length > 0 ? literal : carried;
          if (secrets.length === 0) continue;
          const source = model.stages.stages[spec.fromStage];
          const related = [];
          for (const file of secrets) {
            const origin = file.origin;
            if (origin) related.push({ message: `${origin.path} (${origin.secretKind}) is added here.`, span: origin.addedBy.span });
          }
          report({
            messageId: literal.length > 0 ? "stageCopy" : "stageCopyNoLiteral",
            ...literal.length > 0 ? {} : { severity: "warning" },
            data: {
              from: spec.from ?? source.label,
              files: listPaths(secrets.map((f) => f.path)),
              stage: source.label,
              target: stage.index === model.stages.target ? "the final image" : `stage "${stage.label}" (the final image is built FROM it)`
            },
            instruction: spec.instruction,
            span: spec.instruction.span,
            related
          });
        }
      }
    };
  }
});

// packages/core/src/rules/require-dockerignore.ts
var requireDockerignore;
var init_require_dockerignore = __esm({
  "packages/core/src/rules/require-dockerignore.ts"() {
    "use strict";
    init_contents();
    init_layers();
    init_dockerignore_utils();
    init_copy_utils();
    init_types();
    requireDockerignore = {
      id: "require-dockerignore",
      meta: {
        type: "problem",
        docs: {
          description: "Require a .dockerignore when the whole build context is copied",
          recommended: true,
          url: docsUrl("require-dockerignore")
        },
        messages: {
          missing: "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: every file in it (.env, .git, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
          sendsSecrets: "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: it sends {{files}} into a layer {{where}}. Create a .dockerignore that excludes secrets (layerlint --fix writes one).",
          noSecretsYet: "{{keyword}} {{source}} copies the whole build context and no .dockerignore applies: nothing in the context holds a secret today, but any secret added to it later (.env, keys, credentials) lands in a layer. Create a .dockerignore that excludes secrets (layerlint --fix writes one)."
        },
        schema: [],
        defaultOptions: [],
        channel: "context",
        severity: "error",
        severityNote: "context without secret files: warning",
        fixable: "code"
      },
      check({ model, report }) {
        const context = model.context;
        if (!context || context.ignoreFile) return;
        const spec = firstWholeContextCopy(model);
        if (!spec) return;
        const source = spec.sources.find((s) => s.wholeContext);
        const data = { keyword: spec.instruction.keyword, source: source.value ?? "." };
        const where = { instruction: spec.instruction, span: spec.instruction.span, fix: createIgnoreFileFix() };
        const sent = context.secretFiles.filter((file) => sentFrom(spec, source, file.path) !== null && harmlessContent(model, file.path) === null).map((file) => file.path);
        if (sent.length > 0) report({ messageId: "sendsSecrets", data: { ...data, files: listPaths(sent) }, ...where });
        else if (context.truncated === void 0) report({ messageId: "noSecretsYet", data, ...where, severity: "warning" });
        else report({ messageId: "missing", data, ...where });
      }
    };
  }
});

// packages/core/src/rules/require-dockerignore-entries.ts
var requireDockerignoreEntries;
var init_require_dockerignore_entries = __esm({
  "packages/core/src/rules/require-dockerignore-entries.ts"() {
    "use strict";
    init_secret_files();
    init_contents();
    init_layers();
    init_copy_utils();
    init_dockerignore_utils();
    init_types();
    requireDockerignoreEntries = {
      id: "require-dockerignore-entries",
      meta: {
        type: "problem",
        docs: {
          description: "Require the .dockerignore to exclude secret files the build would send",
          recommended: true,
          url: docsUrl("require-dockerignore-entries")
        },
        messages: {
          missingPatterns: "{{ignoreFile}} does not exclude {{probes}}: {{keyword}} {{source}} would send such files into a layer. Add the missing entries (layerlint --fix does this).",
          secretInContext: "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
          referencesOnly: "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}, but {{its}} content holds only variable references, no literal secret, so nothing secret ships today; a value written into {{them}} later would. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
          settingsOnly: "{{keyword}} {{source}} sends {{files}} from the build context into a layer {{where}}: {{ignoreFile}} does not exclude {{them}}, but {{its}} content holds settings only, no credential, so nothing secret ships today; a token written into {{them}} later would. Add {{entries}} to {{ignoreFile}} (layerlint --fix does this).",
          contextIncomplete: "{{keyword}} {{source}} sends files from a build context that was not fully checked for secret files: {{reason}}; not checked: {{unchecked}}. Exclude large directories (dependencies, build output) in {{ignoreFile}} so the walk finishes."
        },
        schema: [
          {
            type: "object",
            properties: {
              reportIncompleteContext: {
                type: "boolean",
                description: "Report a COPY/ADD whose build context the walk could not finish (a bound was hit). Default true: an unchecked context must not pass as a clean one."
              }
            },
            additionalProperties: false
          }
        ],
        defaultOptions: [{ reportIncompleteContext: true }],
        channel: "context",
        severity: "stage",
        severityNote: "missing patterns: warning",
        fixable: "code"
      },
      check({ model, report, options }) {
        const context = model.context;
        if (!context) return;
        const ignoreName = context.ignoreFile?.path ?? ".dockerignore";
        if (context.truncated !== void 0 && options["reportIncompleteContext"] !== false) {
          const spec = copySpecs(model).find((s) => s.from === null && s.sources.some((source) => source.path !== null && !source.url));
          if (spec) {
            const source = spec.sources.find((s) => s.path !== null && !s.url);
            report({
              messageId: "contextIncomplete",
              data: {
                keyword: spec.instruction.keyword,
                source: source.value ?? ".",
                reason: context.truncated.replace(/; files after it were not checked\.$/, "").replace(/\.$/, "").replace(/^The /, "the "),
                unchecked: listPaths(context.unchecked ?? [], 3) || "the rest of the context",
                ignoreFile: ignoreName
              },
              instruction: spec.instruction,
              span: spec.instruction.span
            });
          }
        }
        const whole = context.ignoreFile ? firstWholeContextCopy(model) : null;
        if (whole) {
          const missing = missingProbes(context);
          if (missing.length > 0) {
            const source = whole.sources.find((s) => s.wholeContext);
            report({
              messageId: "missingPatterns",
              data: { ignoreFile: ignoreName, probes: listPaths(missing, 6), keyword: whole.instruction.keyword, source: source.value ?? "." },
              instruction: whole.instruction,
              span: whole.instruction.span,
              severity: "warning",
              fix: appendEntriesFix(context, entriesFor(missing))
            });
          }
        }
        const byCopy = /* @__PURE__ */ new Map();
        const specs = copySpecs(model).filter((spec) => spec.from === null);
        for (const file of context.secretFiles) {
          if (file.type !== "file") continue;
          const covering = specs.find(
            (spec) => spec.sources.some((source) => {
              const root = sentFrom(spec, source, file.path);
              if (root === null) return false;
              if (source.wholeContext) return context.ignoreFile !== null;
              if (source.glob) return !isSecretFilePattern(source.path, model.files);
              return source.path !== file.path;
            })
          );
          if (!covering) continue;
          byCopy.set(covering, [...byCopy.get(covering) ?? [], file.path]);
        }
        for (const [spec, all] of byCopy) {
          const source = spec.sources.find((s) => s.path !== null && !s.url) ?? spec.sources[0];
          const byContent = new Map(all.map((path) => [path, harmlessContent(model, path)]));
          for (const [files, messageId] of [
            [all.filter((path) => byContent.get(path) === null), "secretInContext"],
            [all.filter((path) => byContent.get(path) === "references"), "referencesOnly"],
            [all.filter((path) => byContent.get(path) === "settings"), "settingsOnly"]
          ]) {
            if (files.length === 0) continue;
            const entries = entriesFor(files);
            report({
              messageId,
              data: {
                keyword: spec.instruction.keyword,
                source: source.value ?? ".",
                files: listPaths(files),
                its: files.length === 1 ? "its" : "their",
                them: files.length === 1 ? "it" : "them",
                entries: entries.join(", "),
                ignoreFile: ignoreName
              },
              instruction: spec.instruction,
              span: spec.instruction.span,
              fix: appendEntriesFix(context, entries),
              ...messageId === "secretInContext" ? {} : { severity: "warning" }
            });
          }
        }
      }
    };
  }
});

// packages/core/src/rules/require-secret-mount.ts
var requireSecretMount;
var init_require_secret_mount = __esm({
  "packages/core/src/rules/require-secret-mount.ts"() {
    "use strict";
    init_types();
    init_secret_utils();
    requireSecretMount = {
      id: "require-secret-mount",
      meta: {
        type: "problem",
        docs: {
          description: "Require RUN to read secrets from a BuildKit secret mount, not from ARG or ENV",
          recommended: true,
          url: docsUrl("require-secret-mount")
        },
        messages: {
          useMount: "RUN reads the secret {{variables}} from {{origin}} {{where}}: build args a RUN uses are recorded in the image history and provenance, and ENV values in the image config. Mount it for this RUN only with --mount=type=secret,id={{id}},env={{name}} (or use a multi-stage build that never ships it)."
        },
        schema: [],
        defaultOptions: [],
        channel: "history",
        severity: "stage",
        hasSuggestions: true
      },
      check({ model, report }) {
        for (const run of model.instructions) {
          if (run.keyword !== "RUN") continue;
          const uses = secretUsesOf(model, run);
          if (uses.length === 0) continue;
          const variables = uses.map(
            (v) => v.suppliedSecret ? `${v.name} (the build configuration passes a secret into it)` : v.sources.includes(v.name) ? v.name : `${v.name} (which carries ${v.sources.join(", ")})`
          );
          const kinds = new Set(uses.map((v) => v.kind === "arg" ? "ARG" : "ENV"));
          const first = uses[0];
          const suggestions = [];
          for (const variable of uses) {
            if (variable.kind !== "arg" || !variable.sources.includes(variable.name) || variable.global) continue;
            const suggestion = secretMountSuggestion(model, variable, runsUsing(model, variable.instruction, variable.name));
            if (suggestion) suggestions.push(suggestion);
          }
          report({
            messageId: "useMount",
            data: {
              variables: variables.join(", "),
              origin: [...kinds].join(" and "),
              id: secretId(first.sources[0] ?? first.name),
              name: first.sources[0] ?? first.name
            },
            instruction: run,
            span: run.span,
            suggestions
          });
        }
      }
    };
  }
});

// packages/core/src/rules/index.ts
function getRule(id) {
  return rules.get(id) ?? buildConfigRules.get(id);
}
var rules;
var init_rules2 = __esm({
  "packages/core/src/rules/index.ts"() {
    "use strict";
    init_rules();
    init_no_hardcoded_secret();
    init_no_ineffective_delete();
    init_no_secret_file_copy();
    init_no_secret_in_arg();
    init_no_secret_in_context_file();
    init_no_secret_in_env();
    init_no_secret_mount_copy();
    init_no_secret_stage_copy();
    init_require_dockerignore();
    init_require_dockerignore_entries();
    init_require_secret_mount();
    rules = new Map(
      [
        noSecretInArg,
        noSecretInEnv,
        noHardcodedSecret,
        requireSecretMount,
        noSecretFileCopy,
        noIneffectiveDelete,
        noSecretMountCopy,
        requireDockerignore,
        requireDockerignoreEntries,
        noSecretStageCopy,
        noSecretInContextFile
      ].map((rule) => [rule.id, rule])
    );
  }
});

// packages/core/src/suppress.ts
function parseRuleList(text) {
  if (!text) return [];
  const withoutReason = text.split(/\s--\s|^--\s|\s--$/)[0] ?? "";
  return withoutReason.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
}
function checkSkipsSecrets(value) {
  for (const part of value.split(";")) {
    const [key, rest] = part.split("=", 2).map((s) => s.trim());
    if (key?.toLowerCase() !== "skip" || rest === void 0) continue;
    if (rest.split(",").some((c) => BUILDKIT_CHECKS.has(c.trim().toLowerCase()))) return true;
  }
  return false;
}
function collectSuppressions(parsed) {
  const directives = [];
  const instructions = parsed.instructions;
  const text = parsed.text;
  let next = 0;
  const followingInstruction = (offset) => {
    while (next < instructions.length && instructions[next].span.start < offset) next++;
    const instruction = instructions[next];
    if (!instruction) return null;
    const between = text.slice(offset, instruction.span.start);
    if (!/^(?:\s*(?:#[^\n]*)?\n?)*\s*$/.test(between)) return null;
    return instruction;
  };
  for (const comment of parsed.comments) {
    const body = comment.text.trim();
    const layerlint = LAYERLINT.exec(body);
    if (layerlint) {
      const keyword = layerlint[1];
      const rules2 = parseRuleList(layerlint[2]);
      if (keyword === "disable-next-line") {
        const target = followingInstruction(comment.span.end);
        directives.push({
          kind: "next-line",
          rules: rules2,
          span: comment.span,
          from: target ? target.span.start : comment.span.end,
          to: target ? target.span.end : comment.span.end,
          foreign: false,
          used: false
        });
      } else {
        const kind = keyword === "enable" ? "enable" : "disable";
        directives.push({ kind, rules: rules2, span: comment.span, from: comment.span.end, to: text.length, foreign: false, used: false });
      }
      continue;
    }
    const hadolint = HADOLINT.exec(body);
    const check2 = hadolint ? null : CHECK.exec(body);
    const foreignApplies = hadolint ? hadolint[1].split(/[\s,]+/).some((code) => HADOLINT_CODES.has(code.toUpperCase())) : check2 ? checkSkipsSecrets(check2[1]) : false;
    if (foreignApplies) {
      const target = followingInstruction(comment.span.end);
      if (target) {
        directives.push({
          kind: "next-line",
          rules: FOREIGN_RULES,
          span: comment.span,
          from: target.span.start,
          to: target.span.end,
          foreign: true,
          used: false
        });
      }
    }
  }
  const { check, checkSpan } = parsed.directives;
  if (check !== null && checkSpan && checkSkipsSecrets(check)) {
    directives.push({ kind: "next-line", rules: FOREIGN_RULES, span: checkSpan, from: 0, to: text.length, foreign: true, used: false });
  }
  const ranges = [];
  const open2 = [];
  for (const directive of directives) {
    if (directive.kind === "next-line") {
      ranges.push(directive);
    } else if (directive.kind === "disable") {
      open2.push(directive);
      ranges.push(directive);
    } else {
      for (let i = open2.length - 1; i >= 0; i--) {
        const disable = open2[i];
        const closes = directive.rules.length === 0 || directive.rules.some((r) => disable.rules.length === 0 || disable.rules.includes(r));
        if (!closes) continue;
        if (disable.rules.length === 0 || directive.rules.length === 0 || directive.rules.length >= disable.rules.length) {
          disable.to = directive.span.start;
          open2.splice(i, 1);
        }
      }
    }
  }
  return {
    isSuppressed(ruleId, offset) {
      let suppressed = false;
      for (const directive of ranges) {
        if (offset < directive.from || offset >= directive.to) continue;
        if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
        directive.used = true;
        suppressed = true;
      }
      return suppressed;
    },
    unused() {
      return ranges.filter((d) => !d.used && !d.foreign).map((d) => ({
        span: d.span,
        rules: d.rules,
        message: d.rules.length > 0 ? `Unused layerlint-disable directive (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(" or ")}).` : "Unused layerlint-disable directive (no problems were reported)."
      }));
    }
  };
}
function lineBreakOf(text) {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}
function disableDirectiveFix(parsed, ruleId, span) {
  const { text, lines } = parsed;
  const eol = lineBreakOf(text);
  const lineStart = (line) => lines.lineStarts[line - 1] ?? text.length;
  const indentAt = (line) => /^[ \t]*/.exec(text.slice(lineStart(line), lineStart(line) + 256))[0];
  const found = parsed.instructions[lastStartingAtOrBefore(parsed.instructions, span.start)];
  const instruction = found !== void 0 && span.start <= found.span.end ? found : void 0;
  const edits = [];
  let description;
  if (instruction !== void 0) {
    const at = lineStart(instruction.span.line);
    edits.push({ start: at, end: at, text: `${indentAt(instruction.span.line)}# layerlint-disable-next-line ${ruleId}${eol}` });
    description = `Disable ${ruleId} for this instruction`;
  } else {
    const first = span.line;
    const last = span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
    const indent = indentAt(first);
    edits.push({ start: lineStart(first), end: lineStart(first), text: `${indent}# layerlint-disable ${ruleId}${eol}` });
    edits.push(
      last < lines.lineStarts.length ? { start: lineStart(last + 1), end: lineStart(last + 1), text: `${indent}# layerlint-enable ${ruleId}${eol}` } : { start: text.length, end: text.length, text: `${eol}${indent}# layerlint-enable ${ruleId}` }
    );
    description = `Disable ${ruleId} for ${first === last ? "this line" : "these lines"}`;
  }
  return { description, changes: [{ file: "dockerfile", edits }] };
}
var FOREIGN_RULES, HADOLINT_CODES, BUILDKIT_CHECKS, LAYERLINT, HADOLINT, CHECK;
var init_suppress = __esm({
  "packages/core/src/suppress.ts"() {
    "use strict";
    init_text();
    FOREIGN_RULES = ["no-secret-in-arg", "no-secret-in-env"];
    HADOLINT_CODES = /* @__PURE__ */ new Set(["DL3064"]);
    BUILDKIT_CHECKS = /* @__PURE__ */ new Set(["secretsusedinargorenv", "all"]);
    LAYERLINT = /^#\s*layerlint-(disable-next-line|disable|enable)(?:\s+([^]*?))?\s*$/;
    HADOLINT = /^#\s*hadolint\s+ignore\s*=\s*([A-Za-z0-9_,\s]+)$/;
    CHECK = /^#\s*check\s*=\s*(.*)$/;
  }
});

// packages/core/src/lint.ts
function enabledRules(list, settings2) {
  const enabled = [];
  for (const rule of list) {
    const setting = settings2?.[rule.id];
    const level = setting === void 0 ? null : Array.isArray(setting) ? setting[0] : setting;
    if (level === "off" || level === null && !rule.meta.docs.recommended) continue;
    const given = Array.isArray(setting) ? setting[1] : void 0;
    enabled.push({
      rule,
      severity: level === "warn" ? "warning" : level === "error" ? "error" : null,
      options: { ...rule.meta.defaultOptions[0], ...given }
    });
  }
  return enabled;
}
function whereText(stage, onbuild, target) {
  if (onbuild) return "in an ONBUILD trigger, which runs in every image built from this one";
  if (!stage) return "before the first FROM";
  if (!stage.shipped) return `in stage "${stage.label}" (build cache and provenance only)`;
  if (stage === target) return "in the final image";
  return `in stage "${stage.label}" (the final image is built FROM it)`;
}
function format(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => data[key] ?? whole);
}
function distinctFindings(findings) {
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return sorted.filter((f, i) => {
    for (let j = i - 1; j >= 0 && sorted[j].span.start === f.span.start; j--) {
      if (sorted[j].ruleId === f.ruleId && sorted[j].message === f.message) return false;
    }
    return true;
  });
}
function noticesOf(model) {
  const notices = [...model.parsed.notices];
  for (const instruction of model.instructions) {
    if (instruction.keyword !== "RUN") continue;
    for (const { script, offset } of model.runScripts(instruction)) {
      if (script.truncatedAt === void 0) continue;
      const at = offset >= 0 ? offset + script.truncatedAt : instruction.span.start;
      notices.push({
        message: `The RUN on line ${instruction.span.line} has more than ${MAX_SHELL_COMMANDS.toLocaleString("en")} commands: the rest of it was not analysed.`,
        span: model.parsed.lines.span(at, at)
      });
      break;
    }
  }
  return notices;
}
function lint(text, options = {}) {
  return lintParsed(parseDockerfile(text), options);
}
function lintParsed(parsed, options = {}) {
  const config = options.config ?? {};
  const model = buildModel(parsed, {
    target: options.target ?? config.target,
    names: config.secretNames,
    files: config.secretFiles,
    context: options.context,
    contextFiles: config.contextFiles,
    fileName: options.fileName,
    buildArgs: options.buildArgs
  });
  const target = model.stages.stages[model.stages.target];
  const findings = [];
  const ruleErrors = [];
  let secretsOfFile;
  const fileSecrets = () => {
    if (secretsOfFile === void 0) {
      const text = parsed.text;
      const values = [];
      const scan2 = (start, end) => {
        const slice = text.slice(start, end);
        for (const m of findSecretsInText(slice)) values.push(slice.slice(m.start, m.end));
      };
      for (const instruction of parsed.instructions) scan2(instruction.span.start, instruction.span.end);
      for (const comment of parsed.comments) scan2(comment.span.start, comment.span.end);
      secretsOfFile = [.../* @__PURE__ */ new Set([...values, ...values.map((v) => v.toLowerCase())])];
    }
    return secretsOfFile;
  };
  for (const { rule, severity: configured, options: ruleOptions } of enabledRules(rules.values(), config.rules)) {
    const toFinding = (report) => {
      const instruction = report.instruction;
      const stage = instruction ? model.stageOf(instruction) : null;
      const onbuild = instruction?.onbuild ?? false;
      const shipped = onbuild || !stage || stage.shipped;
      const byStage = shipped ? "error" : "warning";
      const defaultSeverity2 = report.severity ?? (rule.meta.severity === "error" ? "error" : byStage);
      const template = rule.meta.messages[report.messageId] ?? report.messageId;
      const data = { where: whereText(stage, onbuild, target), ...report.data };
      const secrets = [...report.secrets ?? [], ...fileSecrets()];
      const clean = (text) => redactText(escapeControlCharacters(text), secrets);
      const message = clean(format(template, data));
      const cleanFix = (fix) => ({ ...fix, description: clean(fix.description) });
      const writesNoSecret = (fix) => fix.changes.every(
        (change) => change.edits.every((edit) => edit.text === "" || !secrets.some((secret) => edit.text.includes(secret)) && findSecretsInText(edit.text).length === 0 && findEmbeddedTokens(edit.text).length === 0)
      );
      return {
        ruleId: rule.id,
        messageId: report.messageId,
        message,
        severity: configured ?? defaultSeverity2,
        channel: report.channel ?? (shipped ? rule.meta.channel : "cache"),
        ...stage ? { stage: stage.label } : {},
        shipped,
        span: report.span,
        related: (report.related ?? []).map((r) => ({ ...r, message: clean(r.message) })),
        ...report.fix && writesNoSecret(report.fix) ? { fix: cleanFix(report.fix) } : {},
        suggestions: (report.suggestions ?? []).filter(writesNoSecret).map(cleanFix)
      };
    };
    const collected = [];
    try {
      rule.check({ model, options: ruleOptions, report: (report) => collected.push(toFinding(report)) });
      findings.push(...collected);
    } catch (error) {
      const raw = error instanceof Error ? error.message : String(error);
      ruleErrors.push({ ruleId: rule.id, message: redactText(escapeControlCharacters(raw), fileSecrets()) });
    }
  }
  const unique = distinctFindings(findings);
  const notices = noticesOf(model);
  if (options.applySuppressions === false) return { findings: unique, unusedDirectives: [], ruleErrors, notices };
  const suppressions = collectSuppressions(parsed);
  const kept = unique.filter((f) => !suppressions.isSuppressed(f.ruleId, f.span.start));
  return {
    findings: kept,
    unusedDirectives: options.reportUnusedDisableDirectives ? suppressions.unused() : [],
    ruleErrors,
    notices
  };
}
var init_lint = __esm({
  "packages/core/src/lint.ts"() {
    "use strict";
    init_model();
    init_dockerfile();
    init_parse();
    init_secret_values();
    init_redact();
    init_rules2();
    init_suppress();
  }
});

// packages/core/src/merge.ts
function mergeLintResults(results) {
  if (results.length === 1) return results[0];
  const findings = distinctFindings(results.flatMap((r) => r.findings));
  const key = (d) => `${d.span.start}:${d.rules.join(",")}`;
  let unused = [...results[0]?.unusedDirectives ?? []];
  for (const result of results.slice(1)) {
    const keys = new Set(result.unusedDirectives.map(key));
    unused = unused.filter((d) => keys.has(key(d)));
  }
  const ruleErrors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of results.flatMap((r) => r.ruleErrors)) {
    const id = `${error.ruleId}
${error.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ruleErrors.push(error);
  }
  const noticeKeys = /* @__PURE__ */ new Set();
  const notices = results.flatMap((r) => r.notices).filter((n) => {
    const id = `${n.span.start}
${n.message}`;
    if (noticeKeys.has(id)) return false;
    noticeKeys.add(id);
    return true;
  });
  return { findings, unusedDirectives: unused, ruleErrors, notices };
}
var init_merge = __esm({
  "packages/core/src/merge.ts"() {
    "use strict";
    init_lint();
  }
});

// packages/core/src/parse/reparse.ts
function hasKnownShape(instructions) {
  return instructions.every(
    (instruction) => Object.keys(instruction).sort().join(",") === INSTRUCTION_KEYS && (instruction.trigger === null || Object.keys(instruction.trigger).sort().join(",") === INSTRUCTION_KEYS)
  );
}
function knownShape(parsed) {
  if (checkedShapes.has(parsed)) return true;
  if (!hasKnownShape(parsed.instructions)) return false;
  checkedShapes.add(parsed);
  return true;
}
function shiftSpan(span, { offset, lines }) {
  return {
    start: span.start + offset,
    end: span.end + offset,
    line: span.line + lines,
    column: span.column,
    endLine: span.endLine + lines,
    endColumn: span.endColumn
  };
}
function shiftInstruction(instruction, by) {
  let words;
  return {
    index: instruction.index,
    keyword: instruction.keyword,
    span: shiftSpan(instruction.span, by),
    argsStart: instruction.argsStart + by.offset,
    argsEnd: instruction.argsEnd + by.offset,
    flags: instruction.flags.map((flag) => ({ ...flag, span: shiftSpan(flag.span, by) })),
    properties: instruction.properties.map((property) => ({
      ...property,
      nameSpan: shiftSpan(property.nameSpan, by),
      valueSpan: property.valueSpan === null ? null : shiftSpan(property.valueSpan, by),
      span: shiftSpan(property.span, by)
    })),
    heredocs: instruction.heredocs.map((heredoc) => ({ ...heredoc, contentStart: heredoc.contentStart + by.offset })),
    get words() {
      return words ??= instruction.words.map((word) => ({ ...word, span: shiftSpan(word.span, by) }));
    },
    exec: instruction.exec,
    trigger: instruction.trigger === null ? null : shiftInstruction(instruction.trigger, by),
    onbuild: instruction.onbuild
  };
}
function shiftInstructions(instructions, by) {
  return by.offset === 0 && by.lines === 0 ? [...instructions] : instructions.map((instruction) => shiftInstruction(instruction, by));
}
function shiftComments(comments, by) {
  return by.offset === 0 && by.lines === 0 ? [...comments] : comments.map((comment) => ({ ...comment, span: shiftSpan(comment.span, by) }));
}
function renumbered(instructions) {
  let next = 0;
  const number = (instruction) => {
    const index = next++;
    const trigger = instruction.trigger === null ? null : number(instruction.trigger);
    if (index === instruction.index && trigger === instruction.trigger) return instruction;
    return withIndex(instruction, index, trigger);
  };
  return instructions.map(number);
}
function withIndex(instruction, index, trigger) {
  const copy = {};
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(instruction))) Object.defineProperty(copy, key, descriptor);
  Object.defineProperty(copy, "index", { value: index, enumerable: true });
  Object.defineProperty(copy, "trigger", { value: trigger, enumerable: true });
  return copy;
}
function lineStartOf(lines, offset) {
  return lines.lineStarts[lines.lineOf(offset)];
}
function reparse(previous, text) {
  if (previous === void 0) return parseDockerfile(text);
  const old = previous.text;
  if (old === text) return previous;
  if (text.length < MIN_INCREMENTAL_LENGTH || previous.directives.escape !== "\\" || previous.notices.length > 0 || !knownShape(previous)) {
    return parseDockerfile(text);
  }
  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;
  const instructions = previous.instructions;
  const first = instructions[0];
  if (first === void 0 || prefix <= first.span.end) return parseDockerfile(text);
  const before = Math.max(0, lastStartingAtOrBefore(instructions, prefix) - 1);
  const windowStart = lineStartOf(previous.lines, instructions[before].span.start);
  const afterEdit = lastStartingAtOrBefore(instructions, oldChangeEnd) + 2;
  const end = instructions[afterEdit];
  const oldWindowEnd = end === void 0 ? old.length : lineStartOf(previous.lines, end.span.start);
  if (end !== void 0 && oldWindowEnd < oldChangeEnd) return parseDockerfile(text);
  const newWindowEnd = oldWindowEnd + delta;
  const window = text.slice(windowStart, newWindowEnd);
  if (window.includes("<<")) return parseDockerfile(text);
  if (end !== void 0 && /\\[ \t]*\r?\n?[\s]*$/.test(window)) return parseDockerfile(text);
  if (/^\s*#/.test(window)) return parseDockerfile(text);
  const part = parseDockerfile(window);
  const lines = new LineIndex(text);
  const lineShift = lines.lineOf(windowStart);
  const oldEndLine = end === void 0 ? previous.lines.lineStarts.length : previous.lines.lineOf(oldWindowEnd);
  const newEndLine = end === void 0 ? lines.lineStarts.length : lines.lineOf(newWindowEnd);
  const lineDelta = newEndLine - oldEndLine;
  const kept = (items) => ({
    head: items.filter((item) => item.span.end <= windowStart),
    tail: items.filter((item) => item.span.start >= oldWindowEnd)
  });
  const oldInstructions = kept(instructions);
  const oldComments = kept(previous.comments);
  if (oldInstructions.head.length !== before) return parseDockerfile(text);
  if (part.notices.length > 0 || !hasKnownShape(part.instructions)) return parseDockerfile(text);
  const result = {
    text,
    lines,
    directives: previous.directives,
    instructions: renumbered([
      ...oldInstructions.head,
      ...shiftInstructions(part.instructions, { offset: windowStart, lines: lineShift }),
      ...shiftInstructions(oldInstructions.tail, { offset: delta, lines: lineDelta })
    ]),
    comments: [
      ...oldComments.head,
      ...shiftComments(part.comments, { offset: windowStart, lines: lineShift }),
      ...shiftComments(oldComments.tail, { offset: delta, lines: lineDelta })
    ],
    notices: []
  };
  checkedShapes.add(result);
  return result;
}
var MIN_INCREMENTAL_LENGTH, INSTRUCTION_KEYS, checkedShapes;
var init_reparse = __esm({
  "packages/core/src/parse/reparse.ts"() {
    "use strict";
    init_dockerfile();
    init_text();
    MIN_INCREMENTAL_LENGTH = 4e3;
    INSTRUCTION_KEYS = "argsEnd,argsStart,exec,flags,heredocs,index,keyword,onbuild,properties,span,trigger,words";
    checkedShapes = /* @__PURE__ */ new WeakSet();
  }
});

// packages/core/src/image/rules.ts
function isImageRuleId(id) {
  return imageRules.has(id);
}
var IMAGE_DOCS_URL, ORIGIN, imageSecretInConfig, imageSecretInHistory, imageSecretInLayer, imageRules;
var init_rules3 = __esm({
  "packages/core/src/image/rules.ts"() {
    "use strict";
    IMAGE_DOCS_URL = "https://github.com/layerlint/layerlint/blob/main/docs/integrations/image.md";
    ORIGIN = "{{origin}}";
    imageSecretInConfig = {
      id: "image-secret-in-config",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow secrets in an image's config (Env, Labels, Cmd, Entrypoint, Healthcheck, OnBuild)",
          recommended: true,
          url: `${IMAGE_DOCS_URL}#image-secret-in-config`
        },
        messages: {
          configValue: `Config {{field}} {{key}} of image {{image}} holds {{what}}: docker inspect shows it to anyone who can pull the image.${ORIGIN}`,
          configCommand: `Config {{key}} of image {{image}} holds {{what}}: docker inspect shows it to anyone who can pull the image.${ORIGIN}`
        },
        schema: [],
        defaultOptions: [],
        channel: "config",
        severity: "error"
      }
    };
    imageSecretInHistory = {
      id: "image-secret-in-history",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow secrets in an image's history (build-arg values and instruction text)",
          recommended: true,
          url: `${IMAGE_DOCS_URL}#image-secret-in-history`
        },
        messages: {
          buildArg: `History entry {{index}} of image {{image}} records build arg {{key}} with {{what}}: docker history --no-trunc shows it.${ORIGIN}`,
          assignment: `History entry {{index}} of image {{image}} records {{instruction}} {{key}} with {{what}}: docker history --no-trunc shows it.${ORIGIN}`,
          literal: `History entry {{index}} of image {{image}} holds {{what}} in its recorded command: docker history --no-trunc shows it.${ORIGIN}`
        },
        schema: [],
        defaultOptions: [],
        channel: "history",
        severity: "error"
      }
    };
    imageSecretInLayer = {
      id: "image-secret-in-layer",
      meta: {
        type: "problem",
        docs: {
          description: "Disallow secret files and secret contents in any layer of an image, deleted or not",
          recommended: true,
          url: `${IMAGE_DOCS_URL}#image-secret-in-layer`
        },
        messages: {
          secretFile: `Layer {{layer}} of image {{image}} holds {{path}} ({{what}}){{deleted}}: docker save and tar x recover it.${ORIGIN}`
        },
        schema: [],
        defaultOptions: [],
        channel: "layers",
        severity: "error"
      }
    };
    imageRules = new Map(
      [imageSecretInConfig, imageSecretInHistory, imageSecretInLayer].map((rule) => [rule.id, rule])
    );
  }
});

// packages/core/src/config.ts
function unknownName(name, known) {
  const { shown, suggestion } = mentionName(name, known);
  return { name: shown.slice(1, -1), hint: suggestion === void 0 ? "" : ` Did you mean "${suggestion}"?` };
}
function isByteCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringList(value, source, key) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new ConfigError(source, key, "must be an array of strings.");
  }
  return value;
}
function checkSchema(value, schema, source, key) {
  switch (schema.type) {
    case "object": {
      if (!isRecord(value)) throw new ConfigError(source, key, "must be an object.");
      for (const [name, item] of Object.entries(value)) {
        const property = schema.properties?.[name];
        if (!property) {
          if (schema.additionalProperties === false) {
            const unknown = unknownName(name, Object.keys(schema.properties ?? {}));
            throw new ConfigError(source, `${key}.${unknown.name}`, `is not a known option.${unknown.hint}`);
          }
          continue;
        }
        checkSchema(item, property, source, `${key}.${name}`);
      }
      return;
    }
    case "array":
      if (!Array.isArray(value)) throw new ConfigError(source, key, "must be an array.");
      if (schema.items) value.forEach((item, i) => checkSchema(item, schema.items, source, `${key}[${i}]`));
      return;
    case "string":
    case "boolean":
    case "number":
      if (typeof value !== schema.type) throw new ConfigError(source, key, `must be a ${schema.type}.`);
      return;
    default:
      return;
  }
}
function parseSeverity(value, source, key) {
  const severity = SEVERITIES[String(value)];
  if (severity === void 0 || typeof value !== "string" && typeof value !== "number") {
    const shown = typeof value === "string" ? ` ${mentionName(value, ["off", "warn", "error"]).shown}` : "";
    throw new ConfigError(source, key, `has an invalid severity${shown} (use "off", "warn" or "error").`);
  }
  return severity;
}
function validateConfig(raw, source, rules2) {
  if (raw === null || raw === void 0) return {};
  if (!isRecord(raw)) throw new ConfigError(source, "", "must contain an object of settings.");
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) {
      const settings2 = [...TOP_KEYS].filter((k) => k !== "$schema");
      const unknown = unknownName(key, settings2);
      throw new ConfigError(source, unknown.name, `is not a layerlint setting (expected one of: ${settings2.join(", ")}).${unknown.hint}`);
    }
  }
  const config = {};
  if (raw.rules !== void 0) {
    if (!isRecord(raw.rules)) throw new ConfigError(source, "rules", "must be an object of rule settings.");
    const out = {};
    for (const [id, setting] of Object.entries(raw.rules)) {
      const key = `rules.${id}`;
      const rule = rules2.get(id) ?? buildConfigRules.get(id) ?? imageRules.get(id);
      if (!rule) {
        const unknown = unknownName(id, [...rules2.keys(), ...buildConfigRules.keys(), ...imageRules.keys()]);
        throw new ConfigError(source, `rules.${unknown.name}`, `is not a layerlint rule.${unknown.hint || " layerlint --list-rules lists them."}`);
      }
      if (Array.isArray(setting)) {
        if (setting.length === 0) throw new ConfigError(source, key, "must start with a severity.");
        const severity = parseSeverity(setting[0], source, key);
        const options = setting.slice(1);
        options.forEach((option, i) => {
          const schema = rule.meta.schema[i];
          if (!schema) throw new ConfigError(source, `${key}[${i + 1}]`, "is an option this rule does not take.");
          checkSchema(option, schema, source, `${key}[${i + 1}]`);
        });
        out[id] = [severity, ...options];
      } else {
        out[id] = parseSeverity(setting, source, key);
      }
    }
    config.rules = out;
  }
  for (const key of ["secretNames", "secretFiles"]) {
    const value = raw[key];
    if (value === void 0) continue;
    if (!isRecord(value)) throw new ConfigError(source, key, "must be an object with allow and/or deny lists.");
    const lists = {};
    for (const [list, entries] of Object.entries(value)) {
      if (list !== "allow" && list !== "deny") {
        throw new ConfigError(source, `${key}.${unknownName(list, ["allow", "deny"]).name}`, "is not a setting (use allow or deny).");
      }
      lists[list] = stringList(entries, source, `${key}.${list}`);
    }
    config[key] = lists;
  }
  if (raw.contextFiles !== void 0) config.contextFiles = contextFilesOf(raw.contextFiles, source);
  if (raw.target !== void 0) {
    if (typeof raw.target !== "string") throw new ConfigError(source, "target", "must be a stage name.");
    config.target = raw.target;
  }
  if (raw.contexts !== void 0) {
    if (!isRecord(raw.contexts) || !Object.values(raw.contexts).every((v) => typeof v === "string")) {
      throw new ConfigError(source, "contexts", "must map Dockerfile globs to context directories (strings).");
    }
    config.contexts = raw.contexts;
  }
  if (raw.ignorePatterns !== void 0) config.ignorePatterns = stringList(raw.ignorePatterns, source, "ignorePatterns");
  return config;
}
function contextFilesOf(value, source) {
  if (!isRecord(value)) throw new ConfigError(source, "contextFiles", `must be an object with ${CONTEXT_FILES_KEYS.join(", ")}.`);
  const out = {};
  for (const [key, item] of Object.entries(value)) {
    const name = `contextFiles.${key}`;
    if (key === "scan") {
      if (typeof item !== "boolean") throw new ConfigError(source, name, "must be true or false.");
      out.scan = item;
    } else if (key === "maxFileBytes" || key === "maxTotalBytes") {
      if (!isByteCount(item)) throw new ConfigError(source, name, "must be a positive whole number of bytes.");
      out[key] = item;
    } else if (key === "allow") {
      out.allow = stringList(item, source, name);
    } else {
      const unknown = unknownName(key, CONTEXT_FILES_KEYS);
      throw new ConfigError(source, `contextFiles.${unknown.name}`, `is not a setting (use ${CONTEXT_FILES_KEYS.join(", ")}).${unknown.hint}`);
    }
  }
  return out;
}
function mergeConfigs(...configs) {
  const merged = {};
  for (const config of configs) {
    if (!config) continue;
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.secretNames) merged.secretNames = { ...merged.secretNames, ...config.secretNames };
    if (config.secretFiles) merged.secretFiles = { ...merged.secretFiles, ...config.secretFiles };
    if (config.contextFiles) merged.contextFiles = { ...merged.contextFiles, ...config.contextFiles };
    if (config.target !== void 0) merged.target = config.target;
    if (config.contexts) merged.contexts = config.contexts;
    if (config.ignorePatterns) merged.ignorePatterns = config.ignorePatterns;
  }
  return merged;
}
var ConfigError, TOP_KEYS, CONTEXT_FILES_KEYS, SEVERITIES;
var init_config = __esm({
  "packages/core/src/config.ts"() {
    "use strict";
    init_rules3();
    init_rules();
    init_redact();
    init_names();
    ConfigError = class extends Error {
      /**
       * `key` is the path of the offending setting as it may be shown: callers pass names from the
       * file through `mentionName`, so a secret pasted as a key is never repeated whole.
       */
      constructor(source, key, detail) {
        super(redactText(`${source}: ${key ? `"${key}" ` : ""}${detail}`, []));
        this.source = source;
        this.key = key;
        this.name = "ConfigError";
      }
      source;
      key;
    };
    TOP_KEYS = /* @__PURE__ */ new Set(["rules", "secretNames", "secretFiles", "contextFiles", "target", "contexts", "ignorePatterns", "$schema"]);
    CONTEXT_FILES_KEYS = ["scan", "maxFileBytes", "maxTotalBytes", "allow"];
    SEVERITIES = {
      off: "off",
      warn: "warn",
      warning: "warn",
      error: "error",
      "0": "off",
      "1": "warn",
      "2": "error"
    };
  }
});

// packages/core/src/context-files.ts
function contextFilesToRead(dockerfile, paths, options) {
  const config = options.config ?? {};
  const context = options.context;
  if (context === void 0 || config.contextFiles?.scan === false || paths.length === 0) return [];
  const parsed = typeof dockerfile === "string" ? parseDockerfile(dockerfile) : dockerfile;
  const model = buildModel(parsed, {
    target: void 0,
    names: config.secretNames,
    files: config.secretFiles,
    context,
    contextFiles: config.contextFiles,
    fileName: options.fileName
  });
  const copies = contextCopies(copySpecs(model));
  if (copies.length === 0) return [];
  const named = new Set(context.secretFiles.map((file) => file.path));
  const tiers = [[], [], [], []];
  for (const path of paths) {
    if (contentSkipReason(path) !== null || context.isExcluded(path)) continue;
    if (isContentAllowed(path, config.contextFiles, config.secretFiles?.allow)) continue;
    if (!copies.some((spec) => spec.sources.some((source) => sentFrom(spec, source, path) !== null))) continue;
    tiers[named.has(path) ? 0 : 1 + contentPriority(path)].push(path);
  }
  return tiers.flat();
}
var init_context_files = __esm({
  "packages/core/src/context-files.ts"() {
    "use strict";
    init_context_content();
    init_contents();
    init_model();
    init_layers();
    init_dockerfile();
    init_copy_utils();
  }
});

// packages/core/src/edits.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let last = 0;
  for (const edit of sorted) {
    if (edit.start < last) continue;
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}
function appendedLines(base, result) {
  if (!result.startsWith(base)) return null;
  let tail = result.slice(base.length);
  if (base !== "" && !base.endsWith("\n") && tail.startsWith("\n")) tail = tail.slice(1);
  return tail.replace(/\n$/, "").split("\n");
}
function mergeAppends(base, results) {
  const [first] = results;
  if (first === void 0) return { text: base, used: 0 };
  if (results.length === 1) return { text: first, used: 1 };
  const lines = [];
  for (const result of results) {
    const appended = appendedLines(base, result);
    if (appended === null) return { text: first, used: 1 };
    for (const line of appended) if (!lines.includes(line)) lines.push(line);
  }
  const separator = base === "" || base.endsWith("\n") ? "" : "\n";
  return { text: `${base}${separator}${lines.join("\n")}
`, used: results.length };
}
var init_edits = __esm({
  "packages/core/src/edits.ts"() {
    "use strict";
  }
});

// packages/core/src/channels.ts
var CHANNELS;
var init_channels = __esm({
  "packages/core/src/channels.ts"() {
    "use strict";
    CHANNELS = {
      history: {
        name: "image history",
        reader: "the image history (docker history --no-trunc)",
        exposure: "anyone who can pull the image reads it with `docker history --no-trunc <image>`."
      },
      config: {
        name: "image config",
        reader: "the image config (docker inspect)",
        exposure: "anyone who can pull the image reads it with `docker inspect <image>` (`Config.Env`, `Config.Labels`)."
      },
      layers: {
        name: "image layer",
        reader: "the image layers (docker save)",
        exposure: "the file is stored in a layer tar: `docker save <image>` and `tar -x` extract it, even when a later layer deletes it."
      },
      context: {
        name: "build context",
        reader: "the build context that COPY/ADD sends into a layer",
        exposure: "the file is sent to the builder with the build context (`docker build .`), where any `COPY`/`ADD` — now or after a later edit — copies it into the image."
      },
      cache: {
        name: "build cache and provenance",
        reader: "the build cache and provenance attestations",
        exposure: "it stays in the build cache (exported by `--cache-to type=…,mode=max`) and in provenance attestations (`docker buildx imagetools inspect <image> --format '{{json .Provenance}}'`)."
      }
    };
  }
});

// packages/core/src/messages.ts
function topLevel(text, separator, from = 0) {
  let depth = 0;
  let quote = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i) && (separator !== ". " || /[A-Z{]/.test(text[i + 2] ?? ""))) return i;
  }
  return -1;
}
function messageParts(message) {
  const colon = topLevel(message, ": ");
  if (colon < 0) return { summary: message.replace(/\.$/, ""), explanation: "", fix: "" };
  const summary2 = message.slice(0, colon);
  const rest = message.slice(colon + 2);
  const stop = topLevel(rest, ". ");
  if (stop < 0) return { summary: summary2, explanation: rest, fix: "" };
  return { summary: summary2, explanation: rest.slice(0, stop + 1), fix: rest.slice(stop + 2) };
}
var init_messages = __esm({
  "packages/core/src/messages.ts"() {
    "use strict";
  }
});

// packages/core/src/image/history.ts
function readBuildArgs(text, from) {
  const count = ARG_COUNT.exec(text.slice(from, from + 12));
  if (!count) return { args: [], end: from };
  const n = Math.min(Number(count[1]), MAX_PAIRS);
  const args = [];
  let at = from + count[0].length;
  for (let k = 0; k < n; k++) {
    const name = PAIR_NAME.exec(text.slice(at, at + 257));
    if (!name) break;
    const valueStart = at + name[0].length;
    let valueEnd;
    if (k < n - 1) {
      NEXT_PAIR.lastIndex = valueStart;
      const next = NEXT_PAIR.exec(text);
      valueEnd = next ? next.index : text.length;
    } else {
      const space = text.indexOf(" ", valueStart);
      valueEnd = space < 0 ? text.length : space;
    }
    args.push({ name: name[1], value: text.slice(valueStart, valueEnd), valueStart });
    at = valueEnd + 1;
  }
  NEXT_PAIR.lastIndex = 0;
  return { args, end: Math.min(at, text.length) };
}
function unquote2(value) {
  const first = value[0];
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value;
}
function readPairs(text, from, keyword) {
  const pairs = [];
  const body = text.slice(from);
  const nameOf = keyword === "LABEL" ? LABEL_NAME : PAIR_NAME;
  const starts = [];
  for (let at = 0; at < body.length && starts.length < MAX_PAIRS; ) {
    const match = nameOf.exec(body.slice(at, at + 258));
    if (match) starts.push({ name: match[1], at, valueStart: at + match[0].length });
    const space = body.indexOf(" ", match ? at + match[0].length : at);
    if (space < 0) break;
    at = space + 1;
  }
  if (starts.length === 0) {
    const space = body.indexOf(" ");
    if (keyword === "ENV" && space > 0 && PAIR_NAME.test(`${body.slice(0, space)}=`)) {
      const value = body.slice(space + 1);
      pairs.push({ name: body.slice(0, space), value: unquote2(value.trim()), valueStart: from + space + 1 });
    }
    return pairs;
  }
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at - 1 : body.length;
    const raw = body.slice(start.valueStart, end);
    const value = unquote2(raw.trim());
    pairs.push({ name: start.name, value, valueStart: from + start.valueStart + (raw.length - raw.trimStart().length) });
  });
  return pairs;
}
function parseCreatedBy(createdBy) {
  const text = createdBy.replace(/[ \t]+# buildkit$/, "");
  let at = 0;
  let keyword = null;
  const nop = NOP.exec(text);
  if (nop) {
    at = nop[0].length;
    const kw = KEYWORD.exec(text.slice(at, at + 13));
    if (kw && KEYWORDS.has(kw[1])) {
      keyword = kw[1];
      at += kw[0].length;
    }
  } else {
    const kw = KEYWORD.exec(text.slice(0, 13));
    if (kw && KEYWORDS.has(kw[1])) {
      keyword = kw[1];
      at = kw[0].length;
    } else if (ARG_COUNT.test(text.slice(0, 12)) || SHELL_RUN.test(text)) {
      keyword = "RUN";
    }
  }
  if (keyword === "RUN") {
    const { args, end } = readBuildArgs(text, at);
    const shell = SHELL_RUN.exec(text.slice(end, end + 260));
    return { keyword, buildArgs: args, pairs: [], text: text.slice(end + (shell ? shell[0].length : 0)) };
  }
  if (keyword === "ENV" || keyword === "LABEL" || keyword === "ARG") {
    return { keyword, buildArgs: [], pairs: readPairs(text, at, keyword), text: text.slice(at) };
  }
  return { keyword, buildArgs: [], pairs: [], text: text.slice(at) };
}
var KEYWORDS, NOP, SHELL_RUN, KEYWORD, ARG_COUNT, PAIR_NAME, NEXT_PAIR, LABEL_NAME, MAX_PAIRS;
var init_history = __esm({
  "packages/core/src/image/history.ts"() {
    "use strict";
    KEYWORDS = /* @__PURE__ */ new Set([
      "RUN",
      "COPY",
      "ADD",
      "ENV",
      "ARG",
      "LABEL",
      "WORKDIR",
      "USER",
      "CMD",
      "ENTRYPOINT",
      "EXPOSE",
      "VOLUME",
      "HEALTHCHECK",
      "SHELL",
      "STOPSIGNAL",
      "ONBUILD",
      "MAINTAINER"
    ]);
    NOP = /^\S{1,256} -c #\(nop\)[ \t]+/;
    SHELL_RUN = /^\S{1,256} -c /;
    KEYWORD = /^([A-Z]{2,11})(?:[ \t]+|$)/;
    ARG_COUNT = /^\|(\d{1,9}) /;
    PAIR_NAME = /^([A-Za-z_][A-Za-z0-9_]*)=/;
    NEXT_PAIR = / [A-Za-z_][A-Za-z0-9_]*=/g;
    LABEL_NAME = /^([^\s="']{1,256})=/;
    MAX_PAIRS = 1e3;
  }
});

// packages/core/src/image/attribution.ts
function chainOf(model) {
  const chain = [];
  const seen = /* @__PURE__ */ new Set();
  for (let i = model.stages.target; i !== null && !seen.has(i); i = model.stages.stages[i]?.parent ?? null) {
    const stage = model.stages.stages[i];
    if (!stage) break;
    seen.add(i);
    chain.unshift(stage);
  }
  return chain;
}
function normalized(text) {
  return text.replace(/\\\r?\n/g, " ").replace(/\s+/g, " ").trim();
}
function records(entry, instruction, text) {
  const recorded = parseCreatedBy(entry.createdBy);
  if (recorded.keyword !== instruction.keyword) return false;
  if (instruction.keyword === "RUN") {
    const command = normalized(instruction.exec ? instruction.exec.join(" ") : text.slice(instruction.argsStart, instruction.argsEnd));
    const written = normalized(recorded.text);
    return command === "" || written.endsWith(command) || written.includes(command);
  }
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    const destination = instruction.words[instruction.words.length - 1]?.value;
    return destination === void 0 || normalized(recorded.text).endsWith(normalized(destination));
  }
  return true;
}
function within(span, instruction) {
  return span.start >= instruction.span.start && span.start < instruction.span.end;
}
function instructionText(instruction) {
  return `${instruction.onbuild ? "ONBUILD " : ""}${instruction.keyword}`;
}
var MAY_BE_UNRECORDED, PREDICTORS, DockerfileAttribution;
var init_attribution = __esm({
  "packages/core/src/image/attribution.ts"() {
    "use strict";
    init_history();
    MAY_BE_UNRECORDED = /* @__PURE__ */ new Set(["ARG", "MAINTAINER"]);
    PREDICTORS = {
      config: /* @__PURE__ */ new Set(["no-secret-in-env", "no-hardcoded-secret"]),
      history: /* @__PURE__ */ new Set(["no-secret-in-arg", "require-secret-mount", "no-hardcoded-secret", "no-secret-in-env"]),
      layer: /* @__PURE__ */ new Set([
        "no-secret-file-copy",
        "no-ineffective-delete",
        "no-secret-stage-copy",
        "no-secret-mount-copy",
        "require-dockerignore-entries",
        "no-secret-in-context-file",
        "require-dockerignore",
        "no-hardcoded-secret",
        "require-secret-mount"
      ])
    };
    DockerfileAttribution = class {
      #model;
      #chain;
      #instructions;
      #statics;
      /** History index → instruction of the chain. */
      #byHistory = /* @__PURE__ */ new Map();
      /** History entries before this index belong to the base image (when the whole chain matched). */
      #baseEnd = -1;
      /** Layer index → history index. */
      #layerHistory;
      warnings = [];
      constructor(model, history, layerCount, statics) {
        this.#model = model;
        this.#statics = statics;
        this.#chain = chainOf(model);
        this.#instructions = this.#chain.flatMap((stage) => [...stage.instructions]);
        this.#align(history);
        const withLayers = history.flatMap((entry, index) => entry.emptyLayer ? [] : [index]);
        const offset = withLayers.length - layerCount;
        this.#layerHistory = Array.from({ length: layerCount }, (_, layer) => withLayers[layer + offset]);
        if (offset !== 0) {
          this.warnings.push(`The history lists ${withLayers.length} entries that made a layer, the image has ${layerCount} layers: layers were matched from the last one.`);
        }
      }
      #align(history) {
        let h = history.length - 1;
        let i = this.#instructions.length - 1;
        const text = this.#model.parsed.text;
        while (h >= 0 && i >= 0) {
          const instruction2 = this.#instructions[i];
          if (records(history[h], instruction2, text)) {
            this.#byHistory.set(h, instruction2);
            h--;
            i--;
          } else if (MAY_BE_UNRECORDED.has(instruction2.keyword)) {
            i--;
          } else {
            break;
          }
        }
        if (i < 0) {
          this.#baseEnd = h + 1;
          return;
        }
        const instruction = this.#instructions[i];
        this.warnings.push(
          h < 0 ? `The image history is shorter than the Dockerfile's shipped stages: instructions up to line ${instruction.span.line} have no history entry (is --target right?).` : `History entry ${h} does not match the ${instructionText(instruction)} at line ${instruction.span.line}: entries up to ${h} are not attributed (were --dockerfile and --target the ones the image was built with?).`
        );
      }
      #base() {
        return this.#chain[0]?.from ?? null;
      }
      /** The instruction a history entry records, or the base image, or nothing. */
      #ofHistory(index) {
        const instruction = this.#byHistory.get(index);
        if (instruction) return { kind: "instruction", instruction, deletedBy: null };
        const from = this.#base();
        if (from && index < this.#baseEnd) return { kind: "base", from };
        return { kind: "unmatched" };
      }
      /** The last instruction of the chain that sets a config field (ENV/LABEL key, CMD…), else the base image. */
      #setter(keyword, key) {
        for (let i = this.#instructions.length - 1; i >= 0; i--) {
          const instruction = this.#instructions[i];
          if (instruction.keyword !== keyword || instruction.onbuild) continue;
          if (key !== null && !instruction.properties.some((p) => p.name === key)) continue;
          return { kind: "instruction", instruction, deletedBy: null };
        }
        const from = this.#base();
        return from ? { kind: "base", from } : { kind: "unmatched" };
      }
      #origin(source) {
        switch (source.kind) {
          case "env":
            return this.#setter("ENV", source.key);
          case "label":
            return this.#setter("LABEL", source.key);
          case "command": {
            const keyword = source.key.startsWith("OnBuild") ? "ONBUILD" : source.key.toUpperCase();
            return this.#setter(keyword, null);
          }
          case "build-arg":
          case "recorded":
            return this.#ofHistory(source.historyIndex);
          case "layer": {
            const history = this.#layerHistory[source.layer];
            const origin = history === void 0 ? { kind: "unmatched" } : this.#ofHistory(history);
            if (origin.kind !== "instruction" || source.deletedInLayer === null) return origin;
            const deleting = this.#layerHistory[source.deletedInLayer];
            const deletedBy = deleting === void 0 ? void 0 : this.#byHistory.get(deleting);
            return { ...origin, deletedBy: deletedBy ?? null };
          }
        }
      }
      /** Instructions whose static findings speak for this image finding. */
      #witnesses(source, instruction) {
        const witnesses = [instruction];
        if (source.kind === "build-arg") {
          const stage = this.#model.stageOf(instruction);
          const declaring = stage?.instructions.filter(
            (i) => i.keyword === "ARG" && i.span.start < instruction.span.start && i.properties.some((p) => p.name === source.key)
          );
          const declared = declaring?.[declaring.length - 1];
          if (declared) witnesses.push(declared);
        }
        return witnesses;
      }
      #predictions(source, instruction, deletedBy) {
        const channel = source.kind === "layer" ? "layer" : source.kind === "env" || source.kind === "label" || source.kind === "command" ? "config" : "history";
        const rules2 = PREDICTORS[channel];
        const witnesses = this.#witnesses(source, instruction);
        const predictions = [];
        const related = [];
        for (const { finding, suppressed } of this.#statics) {
          if (!rules2.has(finding.ruleId)) continue;
          const at = witnesses.some((w) => within(finding.span, w));
          const relatedHere = finding.related.some((r) => within(r.span, instruction));
          if (!at && !relatedHere) continue;
          const known = predictions.findIndex((p) => p.ruleId === finding.ruleId && p.line === finding.span.line);
          if (known >= 0) {
            const previous = predictions[known];
            if (finding.severity === "error") predictions[known] = { ...previous, severity: "error", suppressed: previous.suppressed && suppressed };
            continue;
          }
          predictions.push({ ruleId: finding.ruleId, line: finding.span.line, severity: finding.severity, suppressed });
          if (!within(finding.span, instruction) && !(deletedBy && within(finding.span, deletedBy))) {
            related.push({ message: `Predicted here by ${finding.ruleId}.`, span: finding.span });
          }
        }
        if (deletedBy) {
          const there = predictions.filter((p) => p.line === deletedBy.span.line).map((p) => p.ruleId);
          const predicted = there.length > 0 ? ` (predicted here by ${there.join(", ")})` : "";
          related.push({ message: `Deleted here by a later layer, which only hides it${predicted}.`, span: deletedBy.span });
        }
        return { predictions, related };
      }
      attribute(source) {
        const origin = this.#origin(source);
        if (origin.kind === "unmatched") {
          return {
            origin,
            predictedBy: [],
            related: [],
            span: null,
            stage: null,
            sentence: " It matches no instruction of the Dockerfile: see the warning about the history."
          };
        }
        if (origin.kind === "base") {
          return {
            origin,
            predictedBy: [],
            related: [],
            span: origin.from.span,
            stage: this.#chain[0] ?? null,
            sentence: ` It comes from the base image (the FROM at line ${origin.from.span.line}): no Dockerfile rule can see inside it.`
          };
        }
        const { instruction, deletedBy } = origin;
        const { predictions, related } = this.#predictions(source, instruction, deletedBy);
        const where = ` It comes from the ${instructionText(instruction)} at line ${instruction.span.line}`;
        const sentence2 = predictions.length === 0 ? `${where}, and no Dockerfile rule predicted it: a gap in layerlint's rules (please report it).` : `${where}; predicted by ${predictions.map((p) => `${p.ruleId} at line ${p.line}${p.severity === "warning" ? " (as a warning)" : ""}${p.suppressed ? " (suppressed there)" : ""}`).join(", ")}.`;
        return { origin, predictedBy: predictions, related, span: instruction.span, stage: this.#model.stageOf(instruction), sentence: sentence2 };
      }
    };
  }
});

// packages/core/src/image/image.ts
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function readImageConfig(raw) {
  const top = record(raw);
  const config = record(top.config ?? top.Config ?? top.container_config);
  const warnings = [];
  const bounded = (list, what) => {
    if (list.length <= MAX_CONFIG_ITEMS) return list;
    warnings.push(`Only the first ${MAX_CONFIG_ITEMS} of ${list.length} ${what} were checked.`);
    return list.slice(0, MAX_CONFIG_ITEMS);
  };
  const labels = Object.entries(record(config.Labels)).filter((e) => typeof e[1] === "string");
  const commands = [];
  for (const key of ["Cmd", "Entrypoint"]) {
    const words = strings(config[key]);
    if (words.length > 0) commands.push({ key, text: words.join(" ") });
  }
  const healthcheck = strings(record(config.Healthcheck).Test);
  if (healthcheck.length > 0) commands.push({ key: "Healthcheck", text: healthcheck.join(" ") });
  strings(config.OnBuild).forEach((trigger, i) => commands.push({ key: `OnBuild[${i}]`, text: trigger }));
  const history = (Array.isArray(top.history) ? top.history : []).map((item) => {
    const entry = record(item);
    return {
      createdBy: typeof entry.created_by === "string" ? entry.created_by : "",
      emptyLayer: entry.empty_layer === true
    };
  });
  return {
    env: bounded(strings(config.Env), "Env entries"),
    labels: bounded(labels, "labels"),
    commands: bounded(commands, "command fields"),
    history: bounded(history, "history entries"),
    diffIds: bounded(strings(record(top.rootfs).diff_ids), "layers"),
    warnings
  };
}
var MAX_CONFIG_ITEMS;
var init_image = __esm({
  "packages/core/src/image/image.ts"() {
    "use strict";
    MAX_CONFIG_ITEMS = 1e4;
  }
});

// packages/core/src/image/values.ts
function article(kind) {
  if (/credentials$/.test(kind)) return kind;
  return /^(?:[aeio]|npm\b|\.npmrc|SSH\b)/i.test(kind) ? `an ${kind}` : `a ${kind}`;
}
function describeSecret(kind, value) {
  return `${article(kind)} (${redact(value)})`;
}
function secretsInText(text, find = findSecretsInText) {
  const bounded = text.length > MAX_SCANNED_TEXT ? text.slice(0, MAX_SCANNED_TEXT) : text;
  const matches3 = find(bounded);
  if (matches3.length === 0) return null;
  const values = matches3.map((m) => bounded.slice(m.start, m.end));
  const first = matches3[0];
  const more = matches3.length > 1 ? ` and ${matches3.length - 1} more` : "";
  return { what: `${describeSecret(first.kind, values[0])}${more}`, secrets: values };
}
function secretAssignment(name, value, names) {
  const found = secretsInText(value);
  if (found) return found;
  const trimmed = value.trim();
  if (trimmed === "" || classifySecretName(name, names) !== "secret") return null;
  if (isReferenceValue(trimmed) || isPlaceholder(trimmed) || isFlagValue(trimmed)) return null;
  if (findVariableUses(trimmed).length > 0) return null;
  return { what: `a value under a secret name (${redact(trimmed)})`, secrets: [trimmed] };
}
function fileContentSecrets(path, text) {
  const bounded = text.length > MAX_SCANNED_TEXT ? text.slice(0, MAX_SCANNED_TEXT) : text;
  const { findings } = scanContextFile(path, bounded);
  if (findings.length === 0) return null;
  const lines = new LineIndex(bounded);
  const values = findings.map((f) => bounded.slice(lines.offsetAt(f.line - 1, f.column - 1), lines.offsetAt(f.endLine - 1, f.endColumn - 1)));
  const more = findings.length > 1 ? ` and ${findings.length - 1} more` : "";
  return { what: `${describeSecret(findings[0].kind, values[0])}${more}`, secrets: values.filter((v) => v !== "") };
}
var MAX_SCANNED_TEXT;
var init_values2 = __esm({
  "packages/core/src/image/values.ts"() {
    "use strict";
    init_secret_names();
    init_secret_values();
    init_context_content();
    init_substitution();
    init_text();
    init_redact();
    MAX_SCANNED_TEXT = 1024 * 1024;
  }
});

// packages/core/src/image/layers.ts
function layerPath(name) {
  const relative10 = normalizePath(name.replace(/^\/+/, ""));
  if (relative10 === ".") return "/";
  if (relative10 === ".." || relative10.startsWith("../")) return null;
  return `/${relative10}`;
}
function parentOf(path) {
  const at = path.lastIndexOf("/");
  return at <= 0 ? "/" : path.slice(0, at);
}
var WHITEOUT_PREFIX, OPAQUE, ESCAPES_ROOT, LayerScanner, WhiteoutIndex;
var init_layers2 = __esm({
  "packages/core/src/image/layers.ts"() {
    "use strict";
    init_secret_files();
    init_paths();
    init_values2();
    WHITEOUT_PREFIX = ".wh.";
    OPAQUE = ".wh..wh..opq";
    ESCAPES_ROOT = "path escapes the layer root";
    LayerScanner = class {
      #digest;
      #files;
      #maxSecrets;
      #maxWhiteouts;
      #secrets = [];
      #whiteouts = [];
      #skipped = /* @__PURE__ */ new Map();
      #entries = 0;
      #omittedSecrets = 0;
      #omittedWhiteouts = 0;
      #error;
      constructor(digest, options = {}) {
        this.#digest = digest;
        this.#files = options.files;
        this.#maxSecrets = options.maxSecrets ?? 1e3;
        this.#maxWhiteouts = options.maxWhiteouts ?? 1e5;
      }
      /** Records an entry left out of the scan (the reader calls it too, for entries it cannot hand over). */
      skip(reason, name) {
        const known = this.#skipped.get(reason);
        if (known) known.count++;
        else this.#skipped.set(reason, { count: 1, example: name });
      }
      add(entry) {
        this.#entries++;
        const path = layerPath(entry.name);
        if (path === null) {
          this.skip(ESCAPES_ROOT, entry.name);
          return;
        }
        const base = path.slice(path.lastIndexOf("/") + 1);
        if (base.startsWith(WHITEOUT_PREFIX)) {
          this.#whiteout(path, base);
          return;
        }
        if (entry.skipped !== void 0) this.skip(entry.skipped, path);
        if (entry.type !== "file" && entry.type !== "hardlink") return;
        const fileKind = secretFileKind(path, this.#files);
        const content = entry.content === void 0 ? null : fileContentSecrets(path, entry.content);
        if (fileKind === null && content === null) return;
        if (this.#secrets.length >= this.#maxSecrets) {
          this.#omittedSecrets++;
          return;
        }
        this.#secrets.push({ path, fileKind, content });
      }
      #whiteout(path, base) {
        const dir = parentOf(path);
        let whiteout = null;
        if (base === OPAQUE) whiteout = { path: dir, opaque: true };
        else if (!base.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
          const hidden = base.slice(WHITEOUT_PREFIX.length);
          if (hidden !== "" && hidden !== "." && hidden !== "..") whiteout = { path: dir === "/" ? `/${hidden}` : `${dir}/${hidden}`, opaque: false };
        }
        if (whiteout === null) return;
        if (this.#whiteouts.length >= this.#maxWhiteouts) this.#omittedWhiteouts++;
        else this.#whiteouts.push(whiteout);
      }
      /** The layer could not be read to its end. */
      fail(message) {
        this.#error ??= message;
      }
      summary() {
        return {
          digest: this.#digest,
          entries: this.#entries,
          secrets: [...this.#secrets],
          omittedSecrets: this.#omittedSecrets,
          whiteouts: [...this.#whiteouts],
          omittedWhiteouts: this.#omittedWhiteouts,
          skipped: [...this.#skipped].map(([reason, { count, example }]) => ({ reason, count, example })),
          ...this.#error === void 0 ? {} : { error: this.#error }
        };
      }
    };
    WhiteoutIndex = class {
      #hidden;
      #opaque;
      constructor(layers) {
        this.#hidden = layers.map((l) => new Set(l.whiteouts.filter((w) => !w.opaque).map((w) => w.path)));
        this.#opaque = layers.map((l) => new Set(l.whiteouts.filter((w) => w.opaque).map((w) => w.path)));
      }
      /** The first layer after `layer` that hides `path` (itself, an ancestor, or an opaque ancestor directory), or null. */
      deletedIn(layer, path) {
        const ancestors = [];
        for (let p = path; p !== "/"; p = parentOf(p)) ancestors.push(p);
        for (let later = layer + 1; later < this.#hidden.length; later++) {
          const hidden = this.#hidden[later];
          const opaque = this.#opaque[later];
          if (hidden.size === 0 && opaque.size === 0) continue;
          if (ancestors.some((a) => hidden.has(a))) return later;
          if (opaque.has("/") || ancestors.slice(1).some((a) => opaque.has(a))) return later;
        }
        return null;
      }
    };
  }
});

// packages/core/src/image/scan.ts
function shortDigest(digest) {
  const match = /^(sha256|sha512):([0-9a-f]{12})/.exec(digest);
  return match ? `${match[1]}:${match[2]}` : digest.slice(0, 40);
}
function layerLabel(index, digest) {
  return digest ? `${index} (${shortDigest(digest)})` : String(index);
}
function configHits(view, image, names) {
  const hits = [];
  const push = (field, key, found) => hits.push({
    ruleId: "image-secret-in-config",
    messageId: "configValue",
    data: { field, key, what: found.what, image },
    location: { channel: "config", image, key },
    source: { kind: field === "Env" ? "env" : "label", key },
    secrets: found.secrets
  });
  for (const entry of view.env) {
    const eq = entry.indexOf("=");
    const key = eq < 0 ? entry : entry.slice(0, eq);
    const found = secretAssignment(key, eq < 0 ? "" : entry.slice(eq + 1), names);
    if (found) push("Env", key, found);
  }
  for (const [key, value] of view.labels) {
    const found = secretAssignment(key, value, names);
    if (found) push("Labels", key, found);
  }
  for (const { key, text } of view.commands) {
    const found = secretsInText(text);
    if (!found) continue;
    hits.push({
      ruleId: "image-secret-in-config",
      messageId: "configCommand",
      data: { key, what: found.what, image },
      location: { channel: "config", image, key },
      source: { kind: "command", key },
      secrets: found.secrets
    });
  }
  return hits;
}
function historyHits(view, image, names) {
  const hits = [];
  const buildArgs = /* @__PURE__ */ new Map();
  view.history.forEach(({ createdBy }, index) => {
    const text = createdBy.length > MAX_SCANNED_TEXT ? createdBy.slice(0, MAX_SCANNED_TEXT) : createdBy;
    const recorded = parseCreatedBy(text);
    const covered = [];
    for (const arg of recorded.buildArgs) {
      const found2 = secretAssignment(arg.name, arg.value, names);
      if (!found2) continue;
      covered.push({ start: arg.valueStart, end: arg.valueStart + arg.value.length });
      const seen = buildArgs.get(`${arg.name}=${arg.value}`);
      if (seen) seen.later++;
      else buildArgs.set(`${arg.name}=${arg.value}`, { name: arg.name, index, found: found2, later: 0 });
    }
    for (const pair of recorded.pairs) {
      const found2 = secretAssignment(pair.name, pair.value, names);
      if (!found2) continue;
      covered.push({ start: pair.valueStart, end: pair.valueStart + pair.value.length });
      hits.push({
        ruleId: "image-secret-in-history",
        messageId: "assignment",
        data: { index: String(index), instruction: recorded.keyword ?? "", key: pair.name, what: found2.what, image },
        location: { channel: "history", image, key: pair.name, historyIndex: index },
        source: { kind: "recorded", historyIndex: index },
        secrets: found2.secrets
      });
    }
    const literals = findSecretsInText(text).filter((m) => !covered.some((c) => m.start < c.end && c.start < m.end));
    if (literals.length === 0) return;
    const found = secretsInText(literals.map((m) => text.slice(m.start, m.end)).join("\n"));
    if (!found) return;
    hits.push({
      ruleId: "image-secret-in-history",
      messageId: "literal",
      data: { index: String(index), what: found.what, image },
      location: { channel: "history", image, historyIndex: index },
      source: { kind: "recorded", historyIndex: index },
      secrets: found.secrets
    });
  });
  for (const { name, index, found, later } of buildArgs.values()) {
    const laterText = later === 0 ? "" : ` (and ${later} later ${later === 1 ? "entry" : "entries"})`;
    hits.push({
      ruleId: "image-secret-in-history",
      messageId: "buildArg",
      data: { index: `${index}${laterText}`, key: name, what: found.what, image },
      location: { channel: "history", image, key: name, historyIndex: index },
      source: { kind: "build-arg", key: name, historyIndex: index },
      secrets: found.secrets
    });
  }
  return hits;
}
function describeFile(secret) {
  if (secret.fileKind !== null && secret.content !== null) {
    return { what: `${secret.fileKind}, containing ${secret.content.what}`, secrets: secret.content.secrets };
  }
  if (secret.fileKind !== null) return { what: secret.fileKind, secrets: [] };
  return { what: `a file containing ${secret.content.what}`, secrets: secret.content.secrets };
}
function plural(count, word, words = `${word}s`) {
  return `${count} ${count === 1 ? word : words}`;
}
function scanImage(input, options = {}) {
  const image = input.name;
  const view = readImageConfig(input.config);
  const warnings = [...view.warnings];
  const incomplete = [];
  const unscanned = /* @__PURE__ */ new Map();
  const hits = [...configHits(view, image, options.names), ...historyHits(view, image, options.names)];
  if (view.diffIds.length !== input.layers.length) {
    warnings.push(`The config of image ${image} lists ${plural(view.diffIds.length, "layer")}, the archive holds ${input.layers.length}.`);
  }
  const whiteouts = new WhiteoutIndex(input.layers);
  input.layers.forEach((layer, index) => {
    const digest = view.diffIds[index] ?? layer.digest;
    const label = layerLabel(index, digest);
    if (layer.error !== void 0) {
      incomplete.push(`Layer ${label} of image ${image} could not be read to its end (${layer.error}): files after that point were not checked.`);
    }
    if (layer.omittedSecrets > 0) warnings.push(`Layer ${label} of image ${image}: ${plural(layer.omittedSecrets, "more secret file")} not listed.`);
    if (layer.omittedWhiteouts > 0) {
      warnings.push(`Layer ${label} of image ${image}: ${plural(layer.omittedWhiteouts, "whiteout")} beyond the bound were not read: deletions may be missed.`);
    }
    for (const skipped of layer.skipped) {
      if (skipped.reason === ESCAPES_ROOT) {
        warnings.push(`Layer ${label} of image ${image}: ${plural(skipped.count, "entry was", "entries were")} skipped (${skipped.reason}), e.g. ${skipped.example}.`);
        continue;
      }
      const known = unscanned.get(skipped.reason);
      if (known) known.count += skipped.count;
      else unscanned.set(skipped.reason, { count: skipped.count, example: skipped.example });
    }
    for (const secret of layer.secrets) {
      const deletedInLayer = whiteouts.deletedIn(index, secret.path);
      const described = describeFile(secret);
      hits.push({
        ruleId: "image-secret-in-layer",
        messageId: "secretFile",
        data: {
          layer: label,
          image,
          path: secret.path,
          what: described.what,
          deleted: deletedInLayer === null ? "" : `, deleted by layer ${layerLabel(deletedInLayer, view.diffIds[deletedInLayer] ?? input.layers[deletedInLayer]?.digest)}, which only hides it`
        },
        location: {
          channel: "layer",
          image,
          layer: index,
          layerDigest: digest,
          path: secret.path,
          ...deletedInLayer === null ? {} : { deletedInLayer }
        },
        source: { kind: "layer", layer: index, deletedInLayer },
        secrets: described.secrets
      });
    }
  });
  const notes = [];
  if (unscanned.size > 0) {
    const total = [...unscanned.values()].reduce((sum, u) => sum + u.count, 0);
    const reasons = [...unscanned].map(([reason, u]) => `${reason}: ${u.count}, e.g. ${u.example}`).join("; ");
    notes.push(`Image ${image}: the contents of ${plural(total, "file")} were not scanned for secret values (${reasons}); their names were checked.`);
  }
  return { config: view, hits, warnings, notes, incomplete };
}
var init_scan2 = __esm({
  "packages/core/src/image/scan.ts"() {
    "use strict";
    init_secret_values();
    init_history();
    init_image();
    init_layers2();
    init_values2();
  }
});

// packages/core/src/image/check.ts
function format2(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => data[key] ?? whole);
}
function severityOf(config, ruleId) {
  const setting = config?.rules?.[ruleId];
  const level = Array.isArray(setting) ? setting[0] : setting;
  if (level === "off") return null;
  return level === "warn" ? "warning" : "error";
}
function checkImage(input, options = {}) {
  const { config, dockerfile } = options;
  const scan2 = scanImage(input, { names: config?.secretNames, files: config?.secretFiles });
  const warnings = [...scan2.warnings];
  let attribute = null;
  let suppressed = null;
  if (dockerfile) {
    const parsed = parseDockerfile(dockerfile.text);
    const target = dockerfile.target ?? config?.target;
    const modelOptions = { target, names: config?.secretNames, files: config?.secretFiles, context: dockerfile.context, fileName: dockerfile.fileName };
    const staticLint = lintParsed(parsed, { ...modelOptions, config: { ...config, rules: {} }, applySuppressions: false });
    const suppressions = collectSuppressions(parsed);
    const statics = staticLint.findings.map((finding) => ({ finding, suppressed: suppressions.isSuppressed(finding.ruleId, finding.span.start) }));
    const attribution = new DockerfileAttribution(buildModel(parsed, modelOptions), scan2.config.history, input.layers.length, statics);
    warnings.push(...attribution.warnings);
    attribute = (hit) => attribution.attribute(hit.source);
    suppressed = (ruleId, offset) => suppressions.isSuppressed(ruleId, offset);
  }
  const secrets = [...new Set(scan2.hits.flatMap((hit) => hit.secrets))];
  const clean = (text) => escapeControlCharacters(redactText(text, secrets));
  const cleanLocation = (location) => ({
    ...location,
    image: redactText(location.image, secrets),
    ...location.key === void 0 ? {} : { key: redactText(location.key, secrets) },
    ...location.path === void 0 ? {} : { path: redactText(location.path, secrets) }
  });
  const findings = [];
  for (const hit of scan2.hits) {
    const severity = severityOf(config, hit.ruleId);
    if (severity === null) continue;
    const rule = imageRules.get(hit.ruleId);
    const attributed = attribute?.(hit) ?? null;
    const span = attributed?.span ?? NO_SPAN;
    if (attributed?.span && suppressed?.(hit.ruleId, span.start)) continue;
    const template = rule.meta.messages[hit.messageId] ?? hit.messageId;
    findings.push({
      ruleId: hit.ruleId,
      messageId: hit.messageId,
      message: clean(format2(template, { ...hit.data, origin: attributed?.sentence ?? "" })),
      severity,
      channel: CHANNELS2[hit.location.channel],
      ...attributed?.stage ? { stage: attributed.stage.label } : {},
      shipped: true,
      span,
      related: (attributed?.related ?? []).map((r) => ({ ...r, message: clean(r.message) })),
      suggestions: [],
      location: cleanLocation(hit.location),
      ...attributed ? {
        attribution: {
          line: attributed.span?.line ?? null,
          fromBaseImage: attributed.origin.kind === "base",
          predictedBy: attributed.predictedBy
        }
      } : {}
    });
  }
  findings.sort(
    (a, b) => a.span.start - b.span.start || CHANNEL_ORDER[a.location.channel] - CHANNEL_ORDER[b.location.channel] || (a.location.historyIndex ?? a.location.layer ?? 0) - (b.location.historyIndex ?? b.location.layer ?? 0) || (a.location.path ?? a.location.key ?? "").localeCompare(b.location.path ?? b.location.key ?? "")
  );
  return { findings, warnings: warnings.map(clean), notes: scan2.notes.map(clean), incomplete: scan2.incomplete.map(clean) };
}
var NO_SPAN, CHANNELS2, CHANNEL_ORDER;
var init_check = __esm({
  "packages/core/src/image/check.ts"() {
    "use strict";
    init_lint();
    init_model();
    init_dockerfile();
    init_redact();
    init_suppress();
    init_attribution();
    init_rules3();
    init_scan2();
    NO_SPAN = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
    CHANNELS2 = { config: "config", history: "history", layer: "layers" };
    CHANNEL_ORDER = { config: 0, history: 1, layer: 2 };
  }
});

// packages/core/src/image/index.ts
var init_image2 = __esm({
  "packages/core/src/image/index.ts"() {
    "use strict";
    init_check();
    init_image();
    init_layers2();
    init_history();
    init_rules3();
    init_values2();
  }
});

// packages/core/src/index.ts
var src_exports = {};
__export(src_exports, {
  CHANNELS: () => CHANNELS,
  ConfigError: () => ConfigError,
  DEFAULT_MAX_FILE_BYTES: () => DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TOTAL_BYTES: () => DEFAULT_MAX_TOTAL_BYTES,
  GlobProgramBuilder: () => GlobProgramBuilder,
  GlobRunner: () => GlobRunner,
  GlobSyntaxError: () => GlobSyntaxError,
  LayerScanner: () => LayerScanner,
  MAX_CONTENT_LINE_LENGTH: () => MAX_CONTENT_LINE_LENGTH,
  MAX_SCANNED_TEXT: () => MAX_SCANNED_TEXT,
  UnknownTargetError: () => UnknownTargetError,
  applyEdits: () => applyEdits,
  buildConfigRules: () => buildConfigRules,
  checkImage: () => checkImage,
  checkTarget: () => checkTarget,
  classifySecretName: () => classifySecretName,
  closestName: () => closestName,
  codePoints: () => codePoints,
  compileGlob: () => compileGlob,
  contentSkipReason: () => contentSkipReason,
  contextFileLimits: () => contextFileLimits,
  contextFilesToRead: () => contextFilesToRead,
  disableDirectiveFix: () => disableDirectiveFix,
  escapeControlCharacters: () => escapeControlCharacters,
  findSecretsInText: () => findSecretsInText,
  getRule: () => getRule,
  imageRules: () => imageRules,
  isImageRuleId: () => isImageRuleId,
  isSecretFile: () => isSecretFile,
  isSecretName: () => isSecretName,
  lastStartingAtOrBefore: () => lastStartingAtOrBefore,
  layerPath: () => layerPath,
  lint: () => lint,
  lintParsed: () => lintParsed,
  literalAffixes: () => literalAffixes,
  mentionName: () => mentionName,
  mergeAppends: () => mergeAppends,
  mergeConfigs: () => mergeConfigs,
  mergeLintResults: () => mergeLintResults,
  messageParts: () => messageParts,
  normalizePath: () => normalizePath,
  parseClass: () => parseClass,
  parseCreatedBy: () => parseCreatedBy,
  parseDockerfile: () => parseDockerfile,
  parseSeverity: () => parseSeverity,
  readImageConfig: () => readImageConfig,
  redact: () => redact,
  redactText: () => redactText,
  reparse: () => reparse,
  rules: () => rules,
  scanContextFile: () => scanContextFile,
  secretFileKind: () => secretFileKind,
  validateConfig: () => validateConfig,
  version: () => version
});
var version;
var init_src = __esm({
  "packages/core/src/index.ts"() {
    "use strict";
    init_lint();
    init_merge();
    init_dockerfile();
    init_reparse();
    init_text();
    init_stages();
    init_rules2();
    init_rules();
    init_config();
    init_secret_names();
    init_secret_values();
    init_secret_files();
    init_context_content();
    init_context_files();
    init_contents();
    init_redact();
    init_edits();
    init_channels();
    init_messages();
    init_suppress();
    init_paths();
    init_glob();
    init_names();
    init_image2();
    version = "0.1.0";
  }
});

// packages/cli/src/ansi.ts
function sgr(open2, close) {
  return (text) => `\x1B[${open2}m${text}\x1B[${close}m`;
}
function styles(color) {
  return color ? COLORED : PLAIN;
}
function shouldColor(flag, env, isTTY) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
}
var plain, COLORED, PLAIN;
var init_ansi = __esm({
  "packages/cli/src/ansi.ts"() {
    "use strict";
    plain = (text) => text;
    COLORED = {
      bold: sgr(1, 22),
      underline: sgr(4, 24),
      dim: sgr(2, 22),
      red: sgr(31, 39),
      yellow: sgr(33, 39)
    };
    PLAIN = { bold: plain, underline: plain, dim: plain, red: plain, yellow: plain };
  }
});

// packages/cli/src/result.ts
function hasPosition(finding) {
  return finding.location === void 0 || (finding.attribution?.line ?? null) !== null;
}
function countProblems(result) {
  let errorCount = result.fatal === void 0 ? 0 : 1;
  let warningCount = result.unusedDirectives.length;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const finding of result.findings) {
    const fixable = finding.fix !== void 0;
    if (finding.severity === "error") {
      errorCount += 1;
      if (fixable) fixableErrorCount += 1;
    } else {
      warningCount += 1;
      if (fixable) fixableWarningCount += 1;
    }
  }
  return {
    errorCount,
    fatalErrorCount: result.fatal === void 0 ? 0 : 1,
    warningCount,
    fixableErrorCount,
    fixableWarningCount
  };
}
function sumProblems(results) {
  const total = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const result of results) {
    const counts = countProblems(result);
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  return total;
}
function errorsOnly(result) {
  return {
    ...result,
    findings: result.findings.filter((finding) => finding.severity === "error"),
    unusedDirectives: []
  };
}
function printablePath(path) {
  return printable(redactText(path, []));
}
function displayPath(filePath, cwd) {
  if (!(0, import_node_path.isAbsolute)(filePath)) return printablePath(filePath);
  const rel = (0, import_node_path.relative)(cwd, filePath);
  return printablePath(rel === "" || rel.split(import_node_path.sep)[0] === ".." || (0, import_node_path.isAbsolute)(rel) ? filePath : rel);
}
function portablePath(filePath, cwd) {
  const shown = displayPath(filePath, cwd);
  return import_node_path.sep === "/" ? shown : shown.split(import_node_path.sep).join("/");
}
var import_node_path, printable;
var init_result = __esm({
  "packages/cli/src/result.ts"() {
    "use strict";
    import_node_path = require("node:path");
    init_src();
    printable = escapeControlCharacters;
  }
});

// packages/cli/src/formatters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  stylish: () => stylish
});
function rowsOf(result) {
  const rows = result.findings.map((finding) => ({
    line: finding.span.line,
    column: finding.span.column,
    error: finding.severity === "error",
    message: finding.message,
    ruleId: finding.ruleId
  }));
  for (const directive of result.unusedDirectives) {
    rows.push({ line: directive.span.line, column: directive.span.column, error: false, message: directive.message, ruleId: "" });
  }
  return rows.sort((a, b) => a.line - b.line || a.column - b.column);
}
function plural2(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function withoutPeriod(text) {
  return text.replace(/([^ ])\.$/u, "$1");
}
var ALIGN_SUMMARIES_UP_TO, stylish;
var init_stylish = __esm({
  "packages/cli/src/formatters/stylish.ts"() {
    "use strict";
    init_src();
    init_ansi();
    init_result();
    ALIGN_SUMMARIES_UP_TO = 100;
    stylish = (results, { cwd, color, verbose = false }) => {
      const style = styles(color);
      let output = "";
      let errors = 0;
      let warnings = 0;
      for (const result of results) {
        const rows = rowsOf(result);
        if (rows.length === 0) continue;
        const counts = countProblems({ ...result, fatal: void 0 });
        errors += counts.errorCount;
        warnings += counts.warningCount;
        const cells = rows.map((row) => {
          const parts = row.ruleId === "" ? { summary: row.message, explanation: "", fix: "" } : messageParts(row.message);
          return {
            line: String(row.line),
            column: String(row.column),
            severity: row.error ? "error" : "warning",
            summary: withoutPeriod(parts.summary),
            // What to do; how it leaks too with --verbose, or when the message says nothing more.
            details: [...(verbose || parts.fix === "") && parts.explanation !== "" ? [parts.explanation] : [], ...parts.fix !== "" ? [parts.fix] : []].map(withoutPeriod),
            ruleId: row.ruleId
          };
        });
        const width = (values) => Math.max(...values.map((value) => value.length));
        const lineWidth = width(cells.map((cell) => cell.line));
        const columnWidth = width(cells.map((cell) => cell.column));
        const severityWidth = width(cells.map((cell) => cell.severity));
        const summaryWidth = Math.min(ALIGN_SUMMARIES_UP_TO, width(cells.map((cell) => cell.summary)));
        const indent = " ".repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
        output += `
${style.underline(displayPath(result.filePath, cwd))}
`;
        for (const cell of cells) {
          const position2 = style.dim(`${cell.line.padStart(lineWidth)}:${cell.column}`) + " ".repeat(columnWidth - cell.column.length);
          const severity = (cell.severity === "error" ? style.red : style.yellow)(cell.severity);
          const padding = " ".repeat(severityWidth - cell.severity.length);
          const gap = " ".repeat(Math.max(0, summaryWidth - cell.summary.length));
          const rule = cell.ruleId === "" ? "" : `${gap}  ${style.dim(cell.ruleId)}`;
          output += `  ${position2}  ${severity}${padding}  ${cell.summary}${rule}
`;
          for (const detail of cell.details) output += `${indent}${style.dim(detail)}
`;
        }
      }
      const total = errors + warnings;
      if (total === 0) return "";
      const summaryColor = errors > 0 ? style.red : style.yellow;
      const summary2 = `✖ ${plural2(total, "problem")} (${plural2(errors, "error")}, ${plural2(warnings, "warning")})`;
      return `${output}
${summaryColor(style.bold(summary2))}
`;
    };
  }
});

// packages/cli/src/formatters/json.ts
var json_exports = {};
__export(json_exports, {
  json: () => json
});
function position(span) {
  return { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
function eslintSuggestion(suggestion) {
  const [change, ...others] = suggestion.changes;
  if (change?.file === "dockerfile" && others.length === 0 && change.edits.length === 1) {
    const [edit] = change.edits;
    if (edit) return { desc: suggestion.description, fix: { range: [edit.start, edit.end], text: edit.text } };
  }
  return { desc: suggestion.description };
}
function fullFix(fix) {
  return { description: fix.description, changes: fix.changes };
}
function messagesOf(result) {
  if (result.fatal !== void 0) return [{ ruleId: null, fatal: true, severity: 2, message: result.fatal }];
  const located = result.findings.map((finding) => ({
    span: finding.span,
    message: {
      ruleId: finding.ruleId,
      severity: finding.severity === "error" ? 2 : 1,
      message: finding.message,
      ...position(finding.span),
      messageId: finding.messageId,
      // Image findings (`layerlint image`): where the secret is in the image.
      ...finding.location === void 0 ? {} : { location: finding.location },
      ...finding.suggestions.length > 0 ? { suggestions: finding.suggestions.map(eslintSuggestion) } : {},
      // Everything ESLint's shape has no room for: the leak channel, the stage, related
      // locations, and fixes that edit files other than the Dockerfile (`.dockerignore`).
      layerlint: {
        channel: finding.channel,
        ...finding.stage === void 0 ? {} : { stage: finding.stage },
        shipped: finding.shipped,
        related: finding.related.map((related) => ({
          message: related.message,
          ...position(related.span),
          // A location in a context file: its path (absolute when the context is known) and place.
          ...related.file === void 0 ? {} : { file: { ...related.file, path: redactText(result.contextDir === void 0 ? related.file.path : (0, import_node_path2.join)(result.contextDir, related.file.path), []) } }
        })),
        ...finding.fix === void 0 ? {} : { fix: fullFix(finding.fix) },
        suggestions: finding.suggestions.map(fullFix),
        ...finding.attribution === void 0 ? {} : { attribution: finding.attribution }
      }
    }
  }));
  for (const directive of result.unusedDirectives) {
    located.push({
      span: directive.span,
      message: { ruleId: null, severity: 1, message: directive.message, ...position(directive.span) }
    });
  }
  return located.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column).map((entry) => entry.message);
}
var import_node_path2, json;
var init_json = __esm({
  "packages/cli/src/formatters/json.ts"() {
    "use strict";
    import_node_path2 = require("node:path");
    init_src();
    init_result();
    json = (results) => JSON.stringify(
      results.map((result) => {
        const counts = countProblems(result);
        return {
          // A token-shaped part of a path is redacted, as in every format.
          filePath: redactText(result.filePath, []),
          messages: messagesOf(result),
          suppressedMessages: [],
          errorCount: counts.errorCount,
          fatalErrorCount: counts.fatalErrorCount,
          warningCount: counts.warningCount,
          fixableErrorCount: counts.fixableErrorCount,
          fixableWarningCount: counts.fixableWarningCount,
          usedDeprecatedRules: []
        };
      })
    );
  }
});

// packages/cli/src/formatters/fingerprints.ts
function fingerprinter(cwd) {
  const seen = /* @__PURE__ */ new Map();
  return (check, filePath, message) => {
    const key = [check, portablePath(filePath, cwd), message].join("\0");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return (0, import_node_crypto.createHash)("sha256").update(`${key}\0${occurrence}`).digest("hex");
  };
}
var import_node_crypto;
var init_fingerprints = __esm({
  "packages/cli/src/formatters/fingerprints.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_result();
  }
});

// packages/cli/src/formatters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  sarif: () => sarif
});
function rating(meta) {
  if (meta.severity === "error") return { level: "error", securitySeverity: "8.0" };
  if (meta.channel === "context") return { level: "warning", securitySeverity: "5.0" };
  return { level: "error", securitySeverity: "7.5" };
}
function pascalCase(id) {
  return id.replace(/(?:^|-)([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function ruleDescriptor(id, meta) {
  const { level, securitySeverity } = rating(meta);
  const description = sentence(meta.docs.description);
  const channel = `Secrets it finds leak through ${CHANNELS[meta.channel].reader}.`;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${channel}` },
    help: {
      text: `${description} ${channel} See ${meta.docs.url}`,
      markdown: `**${description}** ${channel}

[Rule documentation](${meta.docs.url})`
    },
    helpUri: meta.docs.url,
    defaultConfiguration: meta.docs.recommended ? { level } : { level, enabled: false },
    properties: {
      tags: ["security", "secrets", "docker"],
      precision: "high",
      "security-severity": securitySeverity
    }
  };
}
function relativeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function artifactLocation(filePath, cwd) {
  const path = portablePath(filePath, cwd);
  if ((0, import_node_path3.isAbsolute)(filePath) && (0, import_node_path3.isAbsolute)(path)) return { uri: (0, import_node_url.pathToFileURL)(redactText(filePath, [])).href };
  return { uri: relativeUri(path), uriBaseId: "%SRCROOT%" };
}
function directoryUri(dir) {
  const href = (0, import_node_url.pathToFileURL)(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function logicalLocation(location) {
  if (location.channel === "layer") {
    return { name: location.path ?? "", fullyQualifiedName: `${location.image}/layer/${location.layer ?? ""}${location.path ?? ""}`, kind: "resource" };
  }
  if (location.channel === "config") {
    return { name: location.key ?? "", fullyQualifiedName: `${location.image}/config/${location.key ?? ""}`, kind: "variable" };
  }
  return { name: `history/${location.historyIndex ?? ""}`, fullyQualifiedName: `${location.image}/history/${location.historyIndex ?? ""}`, kind: "element" };
}
function region(span) {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
var import_node_path3, import_node_url, SARIF_SCHEMA, INFORMATION_URI, FINGERPRINT_KEY, sarif;
var init_sarif = __esm({
  "packages/cli/src/formatters/sarif.ts"() {
    "use strict";
    import_node_path3 = require("node:path");
    import_node_url = require("node:url");
    init_src();
    init_result();
    init_fingerprints();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    INFORMATION_URI = "https://github.com/layerlint/layerlint";
    FINGERPRINT_KEY = "layerlintFindingHash/v1";
    sarif = (results, { cwd, rulesMeta, version: version2 }) => {
      const ruleIds = [...rulesMeta.keys()];
      const fingerprint = fingerprinter(cwd);
      const sarifResults = [];
      const notifications = [];
      for (const result of results) {
        const location = artifactLocation(result.filePath, cwd);
        if (result.fatal !== void 0) {
          notifications.push({
            level: "error",
            message: { text: result.fatal },
            locations: [{ physicalLocation: { artifactLocation: location } }]
          });
        }
        for (const directive of result.unusedDirectives) {
          notifications.push({
            level: "warning",
            message: { text: directive.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(directive.span) } }]
          });
        }
        for (const finding of result.findings) {
          sarifResults.push({
            ruleId: finding.ruleId,
            ruleIndex: ruleIds.indexOf(finding.ruleId),
            level: finding.severity,
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: { artifactLocation: location, ...hasPosition(finding) ? { region: region(finding.span) } : {} },
                ...finding.location === void 0 ? {} : { logicalLocations: [logicalLocation(finding.location)] }
              }
            ],
            ...finding.related.length === 0 ? {} : {
              relatedLocations: finding.related.map((related, index) => ({
                id: index + 1,
                physicalLocation: related.file !== void 0 && result.contextDir !== void 0 ? { artifactLocation: artifactLocation((0, import_node_path3.join)(result.contextDir, related.file.path), cwd), region: region(related.file) } : { artifactLocation: location, region: region(related.span) },
                message: { text: related.message }
              }))
            },
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding.ruleId, result.filePath, finding.message) },
            properties: {
              channel: finding.channel,
              ...finding.stage === void 0 ? {} : { stage: finding.stage },
              shipped: finding.shipped,
              ...finding.location === void 0 ? {} : { location: finding.location },
              ...finding.attribution === void 0 ? {} : { attribution: finding.attribution }
            }
          });
        }
      }
      const log = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "layerlint",
                version: version2,
                semanticVersion: version2,
                informationUri: INFORMATION_URI,
                rules: [...rulesMeta].map(([id, meta]) => ruleDescriptor(id, meta))
              }
            },
            invocations: [
              {
                executionSuccessful: !results.some((result) => result.fatal !== void 0),
                ...notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }
              }
            ],
            originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(cwd) } },
            columnKind: "utf16CodeUnits",
            results: sarifResults
          }
        ]
      };
      return `${JSON.stringify(log, null, 2)}
`;
    };
  }
});

// packages/cli/src/formatters/checkstyle.ts
var checkstyle_exports = {};
__export(checkstyle_exports, {
  checkstyle: () => checkstyle,
  xmlAttribute: () => xmlAttribute
});
function xmlAttribute(text) {
  return text.replace(
    // With the u flag, a surrogate pair is one code point: [\ud800-\udfff] matches lone halves only.
    /[&<>"'\t\n\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu,
    (char) => {
      switch (char) {
        case "&":
          return "&amp;";
        case "<":
          return "&lt;";
        case ">":
          return "&gt;";
        case '"':
          return "&quot;";
        case "'":
          return "&apos;";
        case "	":
          return "&#9;";
        case "\n":
          return "&#10;";
        case "\r":
          return "&#13;";
        default:
          return "�";
      }
    }
  );
}
function entriesOf(result) {
  const entries = [];
  if (result.fatal !== void 0) entries.push({ line: 1, column: 1, severity: "error", message: result.fatal, source: "layerlint.fatal" });
  for (const finding of result.findings) {
    entries.push({
      line: finding.span.line,
      column: finding.span.column,
      severity: finding.severity,
      message: finding.message,
      source: `layerlint.${finding.ruleId}`
    });
  }
  for (const directive of result.unusedDirectives) {
    entries.push({
      line: directive.span.line,
      column: directive.span.column,
      severity: "warning",
      message: directive.message,
      source: "layerlint.unused-disable-directive"
    });
  }
  return entries.sort((a, b) => a.line - b.line || a.column - b.column);
}
var checkstyle;
var init_checkstyle = __esm({
  "packages/cli/src/formatters/checkstyle.ts"() {
    "use strict";
    init_src();
    checkstyle = (results) => {
      let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
      for (const result of results) {
        output += `  <file name="${xmlAttribute(redactText(result.filePath, []))}">
`;
        for (const entry of entriesOf(result)) {
          output += `    <error line="${entry.line}" column="${entry.column}" severity="${entry.severity}" message="${xmlAttribute(entry.message)}" source="${xmlAttribute(entry.source)}" />
`;
        }
        output += "  </file>\n";
      }
      return `${output}</checkstyle>
`;
    };
  }
});

// packages/cli/src/formatters/gitlab.ts
var gitlab_exports = {};
__export(gitlab_exports, {
  gitlab: () => gitlab
});
function severityOf2(finding, meta) {
  if (finding.severity === "warning") return "minor";
  return meta?.severity === "error" ? "critical" : "major";
}
var gitlab;
var init_gitlab = __esm({
  "packages/cli/src/formatters/gitlab.ts"() {
    "use strict";
    init_result();
    init_fingerprints();
    gitlab = (results, { cwd, rulesMeta }) => {
      const fingerprint = fingerprinter(cwd);
      const issues = [];
      for (const result of results) {
        const path = portablePath(result.filePath, cwd);
        if (result.fatal !== void 0) {
          issues.push({
            description: result.fatal,
            check_name: "layerlint/fatal",
            fingerprint: fingerprint("fatal", result.filePath, result.fatal),
            severity: "critical",
            location: { path, lines: { begin: 1 } }
          });
        }
        for (const finding of result.findings) {
          issues.push({
            description: finding.message,
            check_name: `layerlint/${finding.ruleId}`,
            fingerprint: fingerprint(finding.ruleId, result.filePath, finding.message),
            severity: severityOf2(finding, rulesMeta.get(finding.ruleId)),
            location: { path, lines: { begin: finding.span.line, end: finding.span.endLine } }
          });
        }
        for (const directive of result.unusedDirectives) {
          issues.push({
            description: directive.message,
            check_name: "layerlint/unused-disable-directive",
            fingerprint: fingerprint("unused-disable-directive", result.filePath, directive.message),
            severity: "info",
            location: { path, lines: { begin: directive.span.line, end: directive.span.endLine } }
          });
        }
      }
      return `${JSON.stringify(issues, null, 2)}
`;
    };
  }
});

// packages/cli/src/formatters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  github: () => github
});
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function annotationsOf(result) {
  const annotations = [];
  if (result.fatal !== void 0) annotations.push({ level: "error", title: "layerlint", message: result.fatal });
  for (const finding of result.findings) {
    const { line, column, endLine, endColumn } = finding.span;
    annotations.push({
      level: finding.severity,
      title: `layerlint/${finding.ruleId}`,
      message: finding.message,
      ...hasPosition(finding) ? { position: { line, col: column, endLine, endColumn } } : {}
    });
  }
  for (const directive of result.unusedDirectives) {
    const { line, column, endLine, endColumn } = directive.span;
    annotations.push({ level: "warning", title: "layerlint", message: directive.message, position: { line, col: column, endLine, endColumn } });
  }
  return annotations;
}
var github;
var init_github = __esm({
  "packages/cli/src/formatters/github.ts"() {
    "use strict";
    init_result();
    github = (results, { cwd }) => {
      let output = "";
      for (const result of results) {
        const file = result.filePath === "<stdin>" ? void 0 : portablePath(result.filePath, cwd);
        for (const annotation of annotationsOf(result)) {
          const properties = [];
          if (file !== void 0) properties.push(["file", file]);
          if (annotation.position !== void 0) properties.push(...Object.entries(annotation.position));
          properties.push(["title", annotation.title]);
          const rendered = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
          output += `::${annotation.level} ${rendered}::${escapeData(annotation.message)}
`;
        }
      }
      return output;
    };
  }
});

// packages/cli/src/formatters/index.ts
function isFormatterName(name) {
  return Object.hasOwn(loaders, name);
}
function loadFormatter(name) {
  return loaders[name]();
}
var loaders, formatterNames;
var init_formatters = __esm({
  "packages/cli/src/formatters/index.ts"() {
    "use strict";
    loaders = {
      stylish: async () => (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).stylish,
      json: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).json,
      sarif: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif,
      checkstyle: async () => (await Promise.resolve().then(() => (init_checkstyle(), checkstyle_exports))).checkstyle,
      gitlab: async () => (await Promise.resolve().then(() => (init_gitlab(), gitlab_exports))).gitlab,
      github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).github
    };
    formatterNames = Object.keys(loaders);
  }
});

// packages/cli/src/help.ts
function outputHelp() {
  return `Output:
  -f, --format NAME            Report format (default: stylish), one of:
                               ${formatterNames.join(", ")}
  -o, --output-file FILE       Write the report to FILE instead of standard output
      --quiet                  Report errors only, not warnings
      --verbose                Say under each finding how the secret leaks (stylish)
      --max-warnings N         Exit with status 1 when there are more than N warnings
                               (-1: no limit)
      --color, --no-color      Force or disable colour (default: on when standard output is
                               a terminal and NO_COLOR is unset; FORCE_COLOR is honoured)
`;
}
function helpText() {
  return `Usage: layerlint [options] [paths...]
       layerlint image [options] ARCHIVE   (read a built image: layerlint image --help)

Find secrets that would leak into a Docker image's layers, history or config.
Directories expand to Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile
and Containerfile.* files, skipping node_modules, .git and the config's ignorePatterns.
Without paths, the current directory is linted.

${outputHelp()}
Fixing:
      --fix                    Create a missing .dockerignore, or add the missing secret
                               entries to it; never edits the Dockerfile
      --fix-dry-run            Print those changes as a diff and write nothing

Configuration:
  -c, --config FILE            Use FILE (.json, .yaml or .yml) as the configuration
      --no-config-lookup       Do not look for .layerlintrc.{json,yaml,yml} files
      --rule ID:SEVERITY       Set a rule's severity (off, warn or error); repeatable
      --target STAGE           Lint as if building STAGE (default: the last stage)
      --context DIR            Build context directory (default: config "contexts", else
                               the Dockerfile's directory)
      --report-unused-disable-directives
                               Report layerlint-disable comments that suppress nothing

Input:
      --stdin, -               Lint the Dockerfile read from standard input
      --stdin-filename PATH    Treat standard input as the file PATH (config lookup,
                               build context, .dockerignore)

      --no-error-on-unmatched-pattern
                               A directory without Dockerfiles is not an error (for
                               hooks in repositories that have none)

Information:
      --print-config FILE      Print the configuration that applies to FILE, as JSON
      --list-rules             List the rules with their default severity
  -v, --version                Print the version
  -h, --help                   Print this help

Exit status: 0 no problems (warnings allowed up to --max-warnings), 1 lint errors or too
many warnings, 2 a usage, configuration or read error (readable files are still reported).
`;
}
var init_help = __esm({
  "packages/cli/src/help.ts"() {
    "use strict";
    init_formatters();
  }
});

// packages/cli/src/options.ts
function parseError(error) {
  const { code, message } = error;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']*)'/.exec(message)?.[1];
    return new UsageError(`Unknown option '${option ?? message}'.`);
  }
  const text = message.split("\n").slice(0, 2).join(" ");
  return new UsageError(/[.?]$/.test(text) ? text : `${text}.`);
}
function parseMaxWarnings(value) {
  const trimmed = value.trim();
  if (trimmed === "-1") return void 0;
  if (!/^\d+$/.test(trimmed)) {
    throw new UsageError(`--max-warnings "${value}" must be a whole number of warnings (0 or more), or -1 for no limit.`);
  }
  return Number(trimmed);
}
function joinNegativeValues(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === "--max-warnings" && next !== void 0 && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}
function parseOptions(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: joinNegativeValues(argv), options: OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, tokens } = parsed;
  let { positionals } = parsed;
  const dash = positionals.includes("-");
  if (dash) {
    if (positionals.length > 1) throw new UsageError(`"-" lints standard input; remove the paths (${positionals.filter((p) => p !== "-").join(" ")}).`);
    positionals = [];
  }
  const paths = positionals.length > 0 ? positionals : ["."];
  if (values.help || values.version) {
    return { ...DEFAULTS, help: values.help ?? false, version: values.version ?? false, paths };
  }
  const format3 = values.format ?? "stylish";
  if (!isFormatterName(format3)) {
    const choices = `${formatterNames.slice(0, -1).join(", ")} or ${formatterNames.at(-1)}`;
    throw new UsageError(`--format "${format3}" is not a format (use ${choices}).`);
  }
  const colorToken = tokens.findLast((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color"));
  const color = colorToken?.kind === "option" ? colorToken.name === "color" : void 0;
  const stdin = (values.stdin ?? false) || dash;
  if (values["stdin-filename"] !== void 0 && !stdin) {
    throw new UsageError("--stdin-filename needs --stdin.");
  }
  if (stdin && positionals.length > 0) {
    throw new UsageError(`--stdin lints standard input; remove the paths (${positionals.join(" ")}).`);
  }
  if (values.fix && values["fix-dry-run"]) {
    throw new UsageError("--fix and --fix-dry-run cannot be combined: use --fix-dry-run to see the changes, --fix to write them.");
  }
  if (values["print-config"] !== void 0 && (positionals.length > 0 || stdin)) {
    throw new UsageError("--print-config takes one file and lints nothing; remove the other paths and --stdin.");
  }
  return {
    format: format3,
    ...values["output-file"] === void 0 ? {} : { outputFile: values["output-file"] },
    ...values.config === void 0 ? {} : { config: values.config },
    configLookup: !values["no-config-lookup"],
    rules: values.rule ?? [],
    ...values.target === void 0 ? {} : { target: values.target },
    ...values.context === void 0 ? {} : { context: values.context },
    ...(() => {
      const max = values["max-warnings"] === void 0 ? void 0 : parseMaxWarnings(values["max-warnings"]);
      return max === void 0 ? {} : { maxWarnings: max };
    })(),
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    stdin,
    ...values["stdin-filename"] === void 0 ? {} : { stdinFilename: values["stdin-filename"] },
    ...values["print-config"] === void 0 ? {} : { printConfig: values["print-config"] },
    listRules: values["list-rules"] ?? false,
    verbose: values.verbose ?? false,
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    reportUnusedDisableDirectives: values["report-unused-disable-directives"] ?? false,
    ...color === void 0 ? {} : { color },
    version: values.version ?? false,
    help: values.help ?? false,
    paths
  };
}
var import_node_util, UsageError, OPTIONS, DEFAULTS;
var init_options = __esm({
  "packages/cli/src/options.ts"() {
    "use strict";
    import_node_util = require("node:util");
    init_formatters();
    UsageError = class extends Error {
      name = "UsageError";
    };
    OPTIONS = {
      format: { type: "string", short: "f" },
      "output-file": { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "no-config-lookup": { type: "boolean" },
      rule: { type: "string", multiple: true },
      target: { type: "string" },
      context: { type: "string" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean" },
      fix: { type: "boolean" },
      "fix-dry-run": { type: "boolean" },
      stdin: { type: "boolean" },
      "stdin-filename": { type: "string" },
      "print-config": { type: "string" },
      verbose: { type: "boolean" },
      "no-error-on-unmatched-pattern": { type: "boolean" },
      "list-rules": { type: "boolean" },
      "report-unused-disable-directives": { type: "boolean" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      version: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" }
    };
    DEFAULTS = {
      format: "stylish",
      configLookup: true,
      rules: [],
      quiet: false,
      fix: false,
      fixDryRun: false,
      stdin: false,
      listRules: false,
      verbose: false,
      errorOnUnmatchedPattern: true,
      reportUnusedDisableDirectives: false,
      version: false,
      help: false,
      paths: ["."]
    };
  }
});

// packages/cli/src/problem.ts
var FileProblem;
var init_problem = __esm({
  "packages/cli/src/problem.ts"() {
    "use strict";
    FileProblem = class extends Error {
      name = "FileProblem";
    };
  }
});

// packages/cli/src/version.ts
async function cliVersion() {
  const manifest = JSON.parse(await (0, import_promises.readFile)(new URL("../package.json", __layerlintImportMetaUrl), "utf8"));
  return manifest.version;
}
var import_promises;
var init_version = __esm({
  "packages/cli/src/version.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
  }
});

// packages/node/src/dockerignore.ts
function readLine(line) {
  if (line.startsWith("#")) return null;
  let pattern = line.trim();
  if (pattern === "") return null;
  const invert = pattern.startsWith("!");
  if (invert) pattern = pattern.slice(1).trim();
  if (pattern.length > 0) {
    pattern = normalizePath(pattern);
    if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
  }
  return invert ? `!${pattern}` : pattern;
}
function compilePattern(pattern) {
  const cps = codePoints(pattern);
  const builder = new GlobProgramBuilder(true);
  let type = "exact";
  let i = 0;
  let step = 0;
  while (i < cps.length) {
    const ch = cps[i];
    i += 1;
    if (ch === 42) {
      if (cps[i] === 42) {
        i += 1;
        if (cps[i] === SLASH2) i += 1;
        if (i >= cps.length) {
          builder.rest();
          type = type === "exact" ? "prefix" : "program";
        } else {
          builder.dirs();
          type = "program";
        }
        if (step === 0) type = "suffix";
      } else {
        builder.star();
        type = "program";
      }
    } else if (ch === 63) {
      builder.any();
      type = "program";
    } else if (ch === 92) {
      const escaped = cps[i];
      if (escaped === void 0) throw new GlobSyntaxError("trailing backslash");
      i += 1;
      builder.char(escaped);
      type = "program";
    } else if (ch === 91) {
      const [cls, next] = parseClass(cps, i, false);
      i = next;
      builder.charClass(cls);
      type = "program";
    } else {
      builder.char(ch);
      if (ch === 93) type = "program";
    }
    step += 1;
  }
  if (type === "exact") return { kind: "exact", text: pattern };
  if (type === "prefix") return { kind: "prefix", text: pattern.slice(0, -2) };
  if (type === "suffix") return { kind: "suffix", text: pattern.slice(2) };
  const program = builder.build();
  const { prefix, suffix } = literalAffixes(program);
  return { kind: "program", program, literalPrefix: prefix, literalSuffix: suffix };
}
function subjectOf(path) {
  let text = normalizePath(path);
  while (text.startsWith("/")) text = text.slice(1);
  if (text === "." || text === "") return null;
  return new Subject(text);
}
function matches(compiled, subject, runner2) {
  const { text, ends } = subject;
  switch (compiled.kind) {
    case "prefix":
      return text.startsWith(compiled.text);
    case "suffix": {
      const suffix = compiled.text;
      return ends.some(
        (end) => end >= suffix.length && text.startsWith(suffix, end - suffix.length) || suffix.startsWith("/") && end === suffix.length - 1 && text.startsWith(suffix.slice(1))
      );
    }
    case "program": {
      const { program } = compiled;
      if (!text.startsWith(compiled.literalPrefix)) return false;
      const suffix = compiled.literalSuffix;
      if (suffix !== "" && !ends.some((end) => end >= suffix.length && text.startsWith(suffix, end - suffix.length))) {
        return false;
      }
      return runner2.matches(program, subject.codePoints, true);
    }
  }
}
function patternWithoutTrailingGlob(pattern) {
  let out = pattern;
  if (out.endsWith("/**")) out = out.slice(0, -3);
  if (out.endsWith("/*")) out = out.slice(0, -2);
  return out;
}
function compileDockerignore(text) {
  const warnings = [];
  const rules2 = [];
  const lines = text.split("\n");
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    let line = lines[lineIndex];
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (lineIndex === 0 && line.startsWith(BOM)) line = line.slice(1);
    const lineNumber = lineIndex + 1;
    if (line.length > MAX_IGNORE_PATTERN_LENGTH) {
      warnings.push(
        `Line ${lineNumber} is longer than ${MAX_IGNORE_PATTERN_LENGTH} characters and was ignored.`
      );
      continue;
    }
    const read = readLine(line);
    if (read === null) continue;
    if (rules2.length >= MAX_IGNORE_PATTERNS) {
      warnings.push(
        `Only the first ${MAX_IGNORE_PATTERNS} patterns are used; line ${lineNumber} and later were ignored.`
      );
      break;
    }
    let pattern = normalizePath(read.trim());
    const exception = pattern.startsWith("!");
    if (exception) {
      if (pattern.length === 1) {
        warnings.push(`Line ${lineNumber}: a lone "!" is not a pattern (Docker rejects this file).`);
        continue;
      }
      pattern = pattern.slice(1);
    }
    try {
      rules2.push({ index: rules2.length, exception, pattern, compiled: compilePattern(pattern) });
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      warnings.push(
        // The line is not quoted: an ignore file is repository content (a pasted URL with a
        // password, terminal escapes), and the line number is enough to find it.
        `Line ${lineNumber}: invalid pattern (${error.message}); Docker rejects this file.`
      );
    }
  }
  const exactIndexes = /* @__PURE__ */ new Map();
  let longestExact = 0;
  const otherRules = [];
  for (const rule of rules2) {
    if (rule.compiled.kind === "exact") {
      exactIndexes.set(rule.compiled.text, rule.index);
      longestExact = Math.max(longestExact, rule.compiled.text.length);
    } else otherRules.push({ index: rule.index, matcher: rule.compiled });
  }
  const exceptions = rules2.filter((rule) => rule.exception);
  const exceptionsMayMatchAnywhere = exceptions.some(
    (rule) => GLOB_CHARS_FOR_WALK.test(patternWithoutTrailingGlob(rule.pattern))
  );
  const runner2 = new GlobRunner();
  return {
    warnings,
    isExcluded(path) {
      const subject = subjectOf(path);
      if (subject === null) return false;
      let decided = -1;
      for (const end of subject.ends) {
        if (end > longestExact) break;
        const index = exactIndexes.get(subject.text.slice(0, end));
        if (index !== void 0 && index > decided) decided = index;
      }
      for (let k = otherRules.length - 1; k >= 0; k -= 1) {
        const rule = otherRules[k];
        if (rule.index < decided) break;
        if (matches(rule.matcher, subject, runner2)) {
          decided = rule.index;
          break;
        }
      }
      return decided >= 0 && !rules2[decided].exception;
    },
    mayReincludeUnder(dir) {
      if (exceptions.length === 0) return false;
      if (exceptionsMayMatchAnywhere) return true;
      const subject = subjectOf(dir);
      if (subject === null) return true;
      const dirSlash = `${subject.text}/`;
      return exceptions.some((rule) => `${patternWithoutTrailingGlob(rule.pattern)}/`.startsWith(dirSlash));
    }
  };
}
var MAX_IGNORE_PATTERNS, MAX_IGNORE_PATTERN_LENGTH, SLASH2, BOM, GLOB_CHARS_FOR_WALK, Subject;
var init_dockerignore = __esm({
  "packages/node/src/dockerignore.ts"() {
    "use strict";
    init_src();
    MAX_IGNORE_PATTERNS = 1e4;
    MAX_IGNORE_PATTERN_LENGTH = 4096;
    SLASH2 = 47;
    BOM = "\uFEFF";
    GLOB_CHARS_FOR_WALK = /[*[\]?^\\]/;
    Subject = class {
      constructor(text) {
        this.text = text;
        const ends = [];
        for (let i = text.indexOf("/"); i !== -1; i = text.indexOf("/", i + 1)) ends.push(i);
        ends.push(text.length);
        this.ends = ends;
      }
      text;
      /** End offsets (UTF-16) of every parent directory, shortest first, then of the path itself. */
      ends;
      cachedCodePoints;
      get codePoints() {
        this.cachedCodePoints ??= codePoints(this.text);
        return this.cachedCodePoints;
      }
    };
  }
});

// packages/node/src/context.ts
function toSlash(path) {
  return import_node_path4.sep === "/" ? path : path.split(import_node_path4.sep).join("/");
}
function isRegularFile(path) {
  try {
    return (0, import_node_fs.statSync)(path).isFile();
  } catch {
    return false;
  }
}
function displayPath2(contextDir, absolutePath) {
  const rel = (0, import_node_path4.relative)(contextDir, absolutePath);
  if (rel === "" || rel.startsWith("..") || (0, import_node_path4.isAbsolute)(rel)) return absolutePath;
  return toSlash(rel);
}
function findIgnoreFile(contextDir, dockerfilePath) {
  const root = (0, import_node_path4.resolve)(contextDir);
  if (dockerfilePath !== void 0) {
    const dockerfile = (0, import_node_path4.resolve)(dockerfilePath);
    const beside = (0, import_node_path4.join)((0, import_node_path4.dirname)(dockerfile), `${(0, import_node_path4.basename)(dockerfile)}.dockerignore`);
    if (isRegularFile(beside)) {
      return { absolutePath: beside, path: displayPath2(root, beside), perDockerfile: true };
    }
  }
  const atRoot = (0, import_node_path4.join)(root, ".dockerignore");
  if (isRegularFile(atRoot)) return { absolutePath: atRoot, path: ".dockerignore", perDockerfile: false };
  return null;
}
function readCapped(path, warnings) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  } catch (error) {
    warnings.push(`Cannot read ${path}: ${error.code ?? String(error)}.`);
    return null;
  }
  try {
    const stats = (0, import_node_fs.fstatSync)(fd);
    if (!stats.isFile()) return null;
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_IGNORE_FILE_BYTES));
    let length = 0;
    while (length < buffer.length) {
      const read = (0, import_node_fs.readSync)(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (stats.size > MAX_IGNORE_FILE_BYTES) {
      warnings.push(`${path} is larger than ${MAX_IGNORE_FILE_BYTES} bytes; only its start was read.`);
    }
    return buffer.toString("utf8", 0, length);
  } catch (error) {
    warnings.push(`Cannot read ${path}: ${error.code ?? String(error)}.`);
    return null;
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function entryType(entry) {
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isDirectory()) return "directory";
  if (entry.isFile()) return "file";
  return "other";
}
function readBuildContext(options) {
  const contextDir = (0, import_node_path4.resolve)(options.contextDir);
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxMillis = options.maxMillis ?? DEFAULT_MAX_MILLIS;
  const warnings = [];
  const started = Date.now();
  const location = findIgnoreFile(contextDir, options.dockerfilePath);
  const text = location === null ? null : readCapped(location.absolutePath, warnings);
  const matcher = text === null ? null : compileDockerignore(text);
  if (matcher !== null && location !== null) {
    for (const warning of matcher.warnings) warnings.push(`${location.path}: ${warning}`);
  }
  const isExcluded = matcher === null ? () => false : (path) => matcher.isExcluded(path);
  const secretFiles = [];
  const maxCollected = options.collectFiles === void 0 || options.collectFiles === false ? -1 : options.collectFiles === true ? DEFAULT_MAX_COLLECTED_FILES : options.collectFiles;
  const files = maxCollected < 0 ? void 0 : [];
  let filesTruncated;
  let truncated;
  const unchecked = [];
  let entries = 0;
  const pending = [""];
  walk: while (pending.length > 0) {
    const dirRel = pending.pop();
    const dirAbs = dirRel === "" ? contextDir : (0, import_node_path4.join)(contextDir, dirRel);
    let listing;
    try {
      listing = (0, import_node_fs.readdirSync)(dirAbs, { withFileTypes: true });
    } catch (error) {
      const code = error.code ?? String(error);
      warnings.push(
        dirRel === "" ? `Cannot read the build context ${contextDir}: ${code}.` : `Cannot read ${dirRel}/ in the build context: ${code}; its files were not checked.`
      );
      continue;
    }
    listing.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const subdirs = [];
    for (const entry of listing) {
      const rel = dirRel === "" ? entry.name : `${dirRel}/${entry.name}`;
      const bound = entries >= maxEntries ? `after ${maxEntries} entries` : Date.now() - started >= maxMillis ? `after ${maxMillis} ms` : null;
      if (bound !== null) {
        truncated = `The build context walk stopped ${bound}, at ${rel}; files after it were not checked.`;
        unchecked.push(dirRel === "" ? "./ (the rest of the context root)" : `${dirRel}/ (from ${entry.name} on)`);
        for (const subdir of subdirs) unchecked.push(`${subdir}/`);
        for (let i = pending.length - 1; i >= 0; i -= 1) unchecked.push(`${pending[i]}/`);
        break walk;
      }
      entries += 1;
      const type = entryType(entry);
      if (type === "directory") {
        if (!isExcluded(rel) || matcher !== null && matcher.mayReincludeUnder(rel)) subdirs.push(rel);
      } else if (type !== "other" && options.isSecretFile(rel) && !isExcluded(rel)) {
        secretFiles.push({ path: rel, type });
      }
      if (files !== void 0 && type === "file" && filesTruncated === void 0 && !isExcluded(rel)) {
        if (files.length < maxCollected) files.push(rel);
        else filesTruncated = `Only the first ${maxCollected} files of the build context were listed for content scanning; ${rel} and the files after it were not scanned.`;
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) pending.push(subdirs[i]);
  }
  secretFiles.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return {
    ignoreFile: location === null || text === null ? null : { path: location.path, text, perDockerfile: location.perDockerfile },
    isExcluded,
    secretFiles,
    ...truncated === void 0 ? {} : { truncated, unchecked },
    warnings,
    ...files === void 0 ? {} : { files: files.sort((a, b) => a < b ? -1 : a > b ? 1 : 0) },
    ...filesTruncated === void 0 ? {} : { filesTruncated }
  };
}
function contains(parent, child) {
  return child === parent || child.startsWith(parent.endsWith(import_node_path4.sep) ? parent : parent + import_node_path4.sep);
}
function createContextCache(ttlMs = 5e3) {
  const entries = /* @__PURE__ */ new Map();
  return {
    get(options) {
      const contextDir = (0, import_node_path4.resolve)(options.contextDir);
      const dockerfilePath = options.dockerfilePath === void 0 ? void 0 : (0, import_node_path4.resolve)(options.dockerfilePath);
      const key = `${contextDir}\0${dockerfilePath ?? ""}`;
      const now = Date.now();
      const held = entries.get(key);
      if (held !== void 0 && now - held.readAt < ttlMs && held.options.isSecretFile === options.isSecretFile && held.options.maxEntries === options.maxEntries && held.options.maxMillis === options.maxMillis && held.options.collectFiles === options.collectFiles) {
        return held.value;
      }
      const value = readBuildContext(options);
      entries.delete(key);
      entries.set(key, {
        contextDir,
        dockerfileDir: dockerfilePath === void 0 ? void 0 : (0, import_node_path4.dirname)(dockerfilePath),
        options,
        readAt: now,
        value
      });
      if (entries.size > MAX_CACHE_ENTRIES) entries.delete(entries.keys().next().value);
      return value;
    },
    invalidate(path) {
      if (path === void 0) {
        entries.clear();
        return;
      }
      const changed = (0, import_node_path4.resolve)(path);
      for (const [key, entry] of entries) {
        if (contains(entry.contextDir, changed) || contains(changed, entry.contextDir) || entry.dockerfileDir !== void 0 && contains(changed, entry.dockerfileDir) || entry.dockerfileDir !== void 0 && (0, import_node_path4.dirname)(changed) === entry.dockerfileDir) {
          entries.delete(key);
        }
      }
    }
  };
}
var import_node_fs, import_node_path4, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_MILLIS, DEFAULT_MAX_COLLECTED_FILES, MAX_IGNORE_FILE_BYTES, MAX_CACHE_ENTRIES;
var init_context = __esm({
  "packages/node/src/context.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path4 = require("node:path");
    init_dockerignore();
    DEFAULT_MAX_ENTRIES = 5e4;
    DEFAULT_MAX_MILLIS = 2e3;
    DEFAULT_MAX_COLLECTED_FILES = DEFAULT_MAX_ENTRIES;
    MAX_IGNORE_FILE_BYTES = 4 * 1024 * 1024;
    MAX_CACHE_ENTRIES = 64;
  }
});

// packages/node/src/config-file.ts
function yaml() {
  yamlModule ??= (0, import_node_module.createRequire)(__layerlintImportMetaUrl)("yaml");
  return yamlModule;
}
function isRegularFile2(path) {
  try {
    return (0, import_node_fs2.statSync)(path).isFile();
  } catch {
    return false;
  }
}
function findConfigFile(startDir) {
  let dir = (0, import_node_path5.resolve)(startDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = (0, import_node_path5.join)(dir, name);
      if (isRegularFile2(candidate)) return candidate;
    }
    const parent = (0, import_node_path5.dirname)(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function parseJson(file, text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error.message;
    const position2 = /at position (\d+)/.exec(reason);
    const where = position2 === null ? text.trim() === "" ? " (the file is empty)" : "" : (({ line, column }) => ` at line ${line}, column ${column}`)(
      lineAndColumn(text, Number(position2[1]))
    );
    const detail = reason.replace(/ in JSON at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)$/, "").replace(/, (?:\.\.\.)?".*$/s, "");
    throw new ConfigFileError(file, `Invalid JSON in config file ${file}${where}: ${detail}.`);
  }
}
function yamlProblem(code, message) {
  return QUOTING_YAML_PROBLEMS[code] ?? (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}
function parseYaml(file, text) {
  const document = yaml().parseDocument(text, {
    schema: "core",
    customTags: [],
    resolveKnownTags: false,
    uniqueKeys: true,
    prettyErrors: true
  });
  const unknownTag = document.warnings.find((warning) => warning.code === "TAG_RESOLVE_FAILED");
  const problem = document.errors[0] ?? unknownTag;
  if (problem !== void 0) {
    const position2 = problem.linePos?.[0];
    const where = position2 === void 0 ? "" : ` at line ${position2.line}, column ${position2.col}`;
    throw new ConfigFileError(file, `Invalid YAML in config file ${file}${where}: ${yamlProblem(problem.code, problem.message)}.`);
  }
  if (document.contents === null) return {};
  let recursiveAlias;
  yaml().visit(document, {
    Alias(_key, alias) {
      const range2 = alias.resolve(document)?.range;
      const at = alias.range?.[0];
      if (range2 != null && at !== void 0 && range2[0] <= at && at < range2[2]) {
        recursiveAlias = at;
        return yaml().visit.BREAK;
      }
      return void 0;
    }
  });
  if (recursiveAlias !== void 0) {
    const { line, column } = lineAndColumn(text, recursiveAlias);
    throw new ConfigFileError(
      file,
      `Invalid YAML in config file ${file} at line ${line}, column ${column}: an alias refers to a node that contains it.`
    );
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error.message.startsWith("Unresolved alias") ? "an alias (*name) refers to an anchor (&name) that is not defined before it" : "its aliases expand to too many nodes (more than 100)";
    throw new ConfigFileError(file, `Invalid YAML in config file ${file}: ${reason}.`);
  }
}
function loadConfigFile(path) {
  const file = (0, import_node_path5.resolve)(path);
  let text;
  try {
    if (!(0, import_node_fs2.statSync)(file).isFile()) {
      throw new ConfigFileError(file, `Cannot read config file ${file}: it is not a regular file.`);
    }
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code ?? String(error);
    throw new ConfigFileError(file, `Cannot read config file ${file}: ${reason}.`);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const raw = (0, import_node_path5.extname)(file).toLowerCase() === ".json" ? parseJson(file, text) : parseYaml(file, text);
  return { path: file, raw };
}
function toSlash2(path) {
  return import_node_path5.sep === "/" ? path : path.split(import_node_path5.sep).join("/");
}
function resolveContextDir(dockerfilePath, config, configPath, override) {
  if (override !== void 0) return (0, import_node_path5.resolve)(override);
  const dockerfile = (0, import_node_path5.resolve)(dockerfilePath);
  const contexts = config?.contexts;
  if (contexts !== void 0 && configPath !== void 0) {
    const base = (0, import_node_path5.dirname)((0, import_node_path5.resolve)(configPath));
    const rel = toSlash2((0, import_node_path5.relative)(base, dockerfile));
    for (const [glob, contextDir] of Object.entries(contexts)) {
      if (!compileGlob(glob, { braces: true }).test(rel)) continue;
      const resolved = (0, import_node_path5.resolve)(base, contextDir);
      const root = repositoryRoot(base);
      if (!isInsideOrSame(root, resolved)) {
        throw new ConfigFileError(
          (0, import_node_path5.resolve)(configPath),
          `${(0, import_node_path5.resolve)(configPath)}: "contexts" maps ${JSON.stringify(glob)} to a directory outside ${root}, which a config file may not point at; pass --context to lint with that context.`
        );
      }
      return resolved;
    }
  }
  return (0, import_node_path5.dirname)(dockerfile);
}
function isInsideOrSame(root, path) {
  const rel = (0, import_node_path5.relative)(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path5.sep}`) && !(0, import_node_path5.isAbsolute)(rel);
}
function repositoryRoot(dir) {
  for (let at = dir; ; ) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path5.join)(at, ".git"))) return at;
    const parent = (0, import_node_path5.dirname)(at);
    if (parent === at) return dir;
    at = parent;
  }
}
var import_node_fs2, import_node_path5, import_node_module, yamlModule, CONFIG_FILE_NAMES, ConfigFileError, QUOTING_YAML_PROBLEMS;
var init_config_file = __esm({
  "packages/node/src/config-file.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path5 = require("node:path");
    init_src();
    import_node_module = require("node:module");
    CONFIG_FILE_NAMES = [".layerlintrc.json", ".layerlintrc.yaml", ".layerlintrc.yml"];
    ConfigFileError = class extends Error {
      file;
      constructor(file, message) {
        super(redactText(message, []));
        this.name = "ConfigFileError";
        this.file = file;
      }
    };
    QUOTING_YAML_PROBLEMS = {
      TAG_RESOLVE_FAILED: "a tag (!name) layerlint does not read: config files hold plain data only",
      BAD_DIRECTIVE: "an unknown %directive",
      BAD_DQ_ESCAPE: "an invalid escape in a double-quoted string",
      BAD_ALIAS: "a malformed alias"
    };
  }
});

// packages/node/src/discover.ts
function isDockerfileName(basename7) {
  if (basename7.endsWith(".dockerignore")) return false;
  if (basename7 === "Dockerfile" || basename7 === "Containerfile") return true;
  if (/^(?:Dockerfile|Containerfile)\../s.test(basename7)) return true;
  return /.\.(?:Dockerfile|dockerfile)$/s.test(basename7);
}
function toSlash3(path) {
  return import_node_path6.sep === "/" ? path : path.split(import_node_path6.sep).join("/");
}
function compileIgnorePatterns(patterns, base) {
  const rules2 = patterns.map((raw) => raw.trim()).filter((raw) => raw !== "" && !raw.startsWith("#")).map((raw) => {
    const negated = raw.startsWith("!");
    const glob = (negated ? raw.slice(1) : raw).replace(/^\.\//, "").replace(/\/+$/, "");
    const matcher = compileGlob(glob, { braces: true });
    return { negated, test: (path) => matcher.test(path) };
  });
  if (rules2.length === 0) return () => false;
  return (absolutePath) => {
    const rel = toSlash3((0, import_node_path6.relative)(base, absolutePath));
    const inside = rel !== "" && !rel.startsWith("../") && rel !== ".." && !(0, import_node_path6.isAbsolute)(rel);
    const name = (0, import_node_path6.basename)(absolutePath);
    let ignored = false;
    for (const rule of rules2) {
      if (inside && rule.test(rel) || rule.test(name)) ignored = !rule.negated;
    }
    return ignored;
  };
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function isFileTarget(path) {
  try {
    return (0, import_node_fs3.statSync)(path).isFile();
  } catch {
    return false;
  }
}
function collectFiles(root, isIgnored, accept, found) {
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    let entries;
    try {
      entries = (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort(byName);
    const subdirs = [];
    for (const entry of entries) {
      const path = (0, import_node_path6.join)(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(path)) subdirs.push(path);
      } else if (accept(path, entry.name) && !isIgnored(path)) {
        if (entry.isFile() || entry.isSymbolicLink() && isFileTarget(path)) found.push(path);
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i -= 1) pending.push(subdirs[i]);
  }
}
function expandPaths(paths, options) {
  const cwd = (0, import_node_path6.resolve)(options.cwd);
  const isIgnored = compileIgnorePatterns(options.ignorePatterns ?? [], (0, import_node_path6.resolve)(cwd, options.ignoreBase ?? cwd));
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  for (const argument of paths) {
    const absolute = (0, import_node_path6.resolve)(cwd, argument);
    let isDirectory5;
    try {
      isDirectory5 = (0, import_node_fs3.statSync)(absolute).isDirectory();
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        errors.push({ path: argument, message: "No such file or directory" });
        continue;
      }
      isDirectory5 = false;
    }
    if (!isDirectory5) {
      files.add(absolute);
      continue;
    }
    const found = [];
    collectFiles(absolute, isIgnored, (_path, name) => isDockerfileName(name), found);
    if (found.length === 0) {
      errors.push({ path: argument, message: "No Dockerfiles found", kind: "unmatched" });
      continue;
    }
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort((a, b) => a < b ? -1 : a > b ? 1 : 0), errors };
}
var import_node_fs3, import_node_path6, SKIPPED_DIRECTORIES;
var init_discover = __esm({
  "packages/node/src/discover.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path6 = require("node:path");
    init_src();
    SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
  }
});

// packages/node/src/context-contents.ts
function createContentsCache(maxEntries = 65536, maxTextChars = 96 * 1024 * 1024) {
  const reads = /* @__PURE__ */ new Map();
  let chars = 0;
  const cache2 = {
    [CACHE]: reads,
    invalidate(path) {
      if (path === void 0) {
        reads.clear();
        chars = 0;
        return;
      }
      const changed = (0, import_node_path7.resolve)(path);
      for (const [key, read] of reads) {
        if (key === changed || key.startsWith(`${changed}${import_node_path7.sep}`)) {
          reads.delete(key);
          chars -= "text" in read.content ? read.content.text.length : 0;
        }
      }
    },
    put(path, read) {
      const size2 = "text" in read.content ? read.content.text.length : 0;
      const previous = reads.get(path);
      if (previous !== void 0) {
        reads.delete(path);
        chars -= "text" in previous.content ? previous.content.text.length : 0;
      }
      while (reads.size > 0 && (reads.size >= maxEntries || chars + size2 > maxTextChars)) {
        const [oldest, held] = reads.entries().next().value;
        reads.delete(oldest);
        chars -= "text" in held.content ? held.content.text.length : 0;
      }
      reads.set(path, read);
      chars += size2;
    }
  };
  return cache2;
}
function isSafeRelative(path) {
  if (path === "" || path.startsWith("/") || path.includes("\0")) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function decode(bytes) {
  if (bytes.indexOf(0) >= 0) return null;
  let text = bytes.toString("utf8");
  if (!(0, import_node_buffer.isUtf8)(bytes)) {
    let invalid = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === REPLACEMENT) invalid++;
    if (invalid > Math.max(1, bytes.length * MAX_INVALID_SHARE)) return null;
  }
  if (text.startsWith(BOM2)) text = text.slice(1);
  return text;
}
function readOpened(fd, size2) {
  const buffer = Buffer.alloc(size2);
  let length = 0;
  while (length < size2) {
    const read = (0, import_node_fs4.readSync)(fd, buffer, length, size2 - length, null);
    if (read === 0) break;
    length += read;
  }
  return length === size2 ? buffer : buffer.subarray(0, length);
}
function readOne(absolute, stats) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(absolute, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NONBLOCK | import_node_fs4.constants.O_NOFOLLOW);
  } catch {
    return { skipped: "unreadable" };
  }
  try {
    const opened = (0, import_node_fs4.fstatSync)(fd);
    if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev) return { skipped: "unreadable" };
    const bytes = readOpened(fd, Math.min(opened.size, stats.size));
    const text = decode(bytes);
    if (text === null) return { skipped: "binary" };
    return { text, hash: (0, import_node_crypto2.createHash)("sha1").update(bytes).digest("base64url") };
  } catch {
    return { skipped: "unreadable" };
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function readContextContents(options) {
  const root = (0, import_node_path7.resolve)(options.contextDir);
  const limits = contextFileLimits({
    ...options.maxFileBytes === void 0 ? {} : { maxFileBytes: options.maxFileBytes },
    ...options.maxTotalBytes === void 0 ? {} : { maxTotalBytes: options.maxTotalBytes }
  });
  const cache2 = options.cache;
  const files = /* @__PURE__ */ new Map();
  const realDirectories = /* @__PURE__ */ new Map([["", true]]);
  const isRealDirectory = (dir) => {
    const known = realDirectories.get(dir);
    if (known !== void 0) return known;
    const slash = dir.lastIndexOf("/");
    let real = isRealDirectory(slash < 0 ? "" : dir.slice(0, slash));
    if (real) {
      try {
        real = (0, import_node_fs4.lstatSync)((0, import_node_path7.join)(root, dir)).isDirectory();
      } catch {
        real = false;
      }
    }
    realDirectories.set(dir, real);
    return real;
  };
  let bytes = 0;
  let budgetHit;
  let notRead = 0;
  for (const path of options.paths) {
    if (files.has(path)) continue;
    if (budgetHit !== void 0) {
      files.set(path, { skipped: "budget" });
      notRead++;
      continue;
    }
    const slash = path.lastIndexOf("/");
    if (!isSafeRelative(path) || !isRealDirectory(slash < 0 ? "" : path.slice(0, slash))) {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    const absolute = (0, import_node_path7.join)(root, path);
    let stats;
    try {
      stats = (0, import_node_fs4.lstatSync)(absolute);
    } catch {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    if (!stats.isFile()) {
      files.set(path, { skipped: "unreadable" });
      continue;
    }
    if (stats.size > limits.maxFileBytes) {
      files.set(path, { skipped: "too-large" });
      continue;
    }
    if (bytes + stats.size > limits.maxTotalBytes) {
      budgetHit = `Reading build context files for content scanning stopped at ${path}: the budget of ${limits.maxTotalBytes} bytes per lint (contextFiles.maxTotalBytes) was reached`;
      files.set(path, { skipped: "budget" });
      notRead++;
      continue;
    }
    bytes += stats.size;
    const held = cache2?.[CACHE].get(absolute);
    if (held !== void 0 && held.dev === stats.dev && held.ino === stats.ino && held.size === stats.size && held.mtimeMs === stats.mtimeMs) {
      files.set(path, held.content);
      continue;
    }
    const content = readOne(absolute, stats);
    files.set(path, content);
    cache2?.put(absolute, { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, content });
  }
  return {
    files,
    bytes,
    ...budgetHit === void 0 ? {} : { budgetHit: `${budgetHit}; ${notRead} ${notRead === 1 ? "file was" : "files were"} not scanned.` }
  };
}
function withContextContents(context, options) {
  const limits = contextFileLimits(options.lint.config?.contextFiles);
  if (context.files === void 0 || !limits.scan) return context;
  const self = options.dockerfilePath === void 0 ? null : (0, import_node_path7.relative)((0, import_node_path7.resolve)(options.contextDir), (0, import_node_path7.resolve)(options.dockerfilePath)).split(import_node_path7.sep).join("/");
  const files = self === null ? context.files : context.files.filter((path) => path !== self);
  const paths = contextFilesToRead(options.dockerfile, files, { ...options.lint, context });
  const contents = readContextContents({
    contextDir: options.contextDir,
    paths,
    maxFileBytes: limits.maxFileBytes,
    maxTotalBytes: limits.maxTotalBytes,
    ...options.cache === void 0 ? {} : { cache: options.cache }
  });
  return { ...context, contents: { files: contents.files, ...contents.budgetHit === void 0 ? {} : { budgetHit: contents.budgetHit } } };
}
var import_node_crypto2, import_node_buffer, import_node_fs4, import_node_path7, CACHE, MAX_INVALID_SHARE, REPLACEMENT, BOM2;
var init_context_contents = __esm({
  "packages/node/src/context-contents.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_node_buffer = require("node:buffer");
    import_node_fs4 = require("node:fs");
    import_node_path7 = require("node:path");
    init_src();
    CACHE = /* @__PURE__ */ Symbol("layerlint.contentsCache");
    MAX_INVALID_SHARE = 0.01;
    REPLACEMENT = 65533;
    BOM2 = "\uFEFF";
  }
});

// packages/node/src/text.ts
function describeSize(bytes) {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB (${bytes.toLocaleString("en")} bytes)`;
}
function tooLargeMessage(size2, max = MAX_DOCKERFILE_BYTES) {
  return `Not linted: it is ${describeSize(size2)}, more than the ${describeSize(max)} layerlint lints.`;
}
function utf16Kind(bytes) {
  if (bytes.length % 2 !== 0) return null;
  if (bytes[0] === 255 && bytes[1] === 254) return "little-endian";
  if (bytes[0] === 254 && bytes[1] === 255) return "big-endian";
  const probe = Math.min(bytes.length - bytes.length % 2, 512);
  if (probe < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < probe; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = probe / 2;
  if (oddNul === pairs && evenNul === 0) return "little-endian";
  if (evenNul === pairs && oddNul === 0) return "big-endian";
  return null;
}
function decodeDockerfile(bytes, maxBytes = MAX_DOCKERFILE_BYTES) {
  if (bytes.length > maxBytes) throw new TextProblem(tooLargeMessage(bytes.length, maxBytes));
  const utf16 = utf16Kind(bytes);
  if (utf16 !== null) {
    throw new TextProblem(
      `Cannot lint the file: it is UTF-16 (${utf16}) text; Docker reads Dockerfiles as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8).`
    );
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new TextProblem("Cannot lint a binary file (it has a NUL byte in its first 8 KB).");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new TextProblem("Cannot lint the file: it is not valid UTF-8.");
  }
}
var MAX_DOCKERFILE_BYTES, BINARY_PROBE_BYTES, TextProblem;
var init_text2 = __esm({
  "packages/node/src/text.ts"() {
    "use strict";
    MAX_DOCKERFILE_BYTES = 8 * 1024 * 1024;
    BINARY_PROBE_BYTES = 8 * 1024;
    TextProblem = class extends Error {
      name = "TextProblem";
    };
  }
});

// packages/node/src/host.ts
function isDirectory(path) {
  try {
    return (0, import_node_fs5.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function stampOf(path) {
  try {
    const stats = (0, import_node_fs5.statSync)(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return "missing";
  }
}
function toSlash4(path) {
  return import_node_path8.sep === "/" ? path : path.split(import_node_path8.sep).join("/");
}
function isInside(root, path) {
  const rel = (0, import_node_path8.relative)(root, path);
  return rel !== "" && rel.split(import_node_path8.sep)[0] !== ".." && !(0, import_node_path8.isAbsolute)(rel);
}
function contentsKey(parsed, config) {
  const parts = [JSON.stringify([config.contextFiles ?? null, config.secretFiles ?? null, config.secretNames ?? null])];
  for (const instruction of parsed.instructions) {
    if (COPY_KEYWORDS.has(instruction.keyword)) parts.push(parsed.text.slice(instruction.span.start, instruction.span.end));
  }
  return parts.join("\0");
}
function createLinterHost(options) {
  const cwd = (0, import_node_path8.resolve)(options.cwd);
  const ttl = options.cacheTtlMs ?? Number.POSITIVE_INFINITY;
  const lookup = options.configLookup ?? true;
  const hostConfigFile = options.configFile === void 0 ? void 0 : (0, import_node_path8.resolve)(cwd, options.configFile);
  const hostContextDir = options.contextDir === void 0 ? void 0 : (0, import_node_path8.resolve)(cwd, options.contextDir);
  const contexts = createContextCache(Number.isFinite(ttl) ? ttl : 2 ** 31);
  const nearest = /* @__PURE__ */ new Map();
  const loaded = /* @__PURE__ */ new Map();
  const secretMatchers = /* @__PURE__ */ new Map();
  const contentsCache = createContentsCache();
  const contentsByWalk = /* @__PURE__ */ new WeakMap();
  const load = (path) => {
    const held = loaded.get(path);
    if (held !== void 0 && !Number.isFinite(ttl)) return held.loaded;
    const stamp = stampOf(path);
    if (held !== void 0 && held.stamp === stamp) return held.loaded;
    let result;
    try {
      const file = loadConfigFile(path);
      result = { config: validateConfig(file.raw, displayConfigPath(file.path), rules), path: file.path };
    } catch (error) {
      if (!(error instanceof ConfigFileError || error instanceof ConfigError)) throw error;
      result = { error: error.message };
    }
    loaded.set(path, { stamp, loaded: result });
    return result;
  };
  const displayConfigPath = (path) => {
    const rel = (0, import_node_path8.relative)(cwd, path);
    return escapeControlCharacters(rel === "" || rel.startsWith("..") || (0, import_node_path8.isAbsolute)(rel) ? path : rel);
  };
  const nearestConfig = (dir) => {
    const now = Date.now();
    const held = nearest.get(dir);
    if (held !== void 0 && now - held.at < ttl) return held.path;
    const path = findConfigFile(dir);
    nearest.set(dir, { path, at: now });
    return path;
  };
  const configForDirectory = (dir, configFile) => {
    const explicit = configFile === void 0 ? hostConfigFile : (0, import_node_path8.resolve)(cwd, configFile);
    const path = explicit ?? (lookup ? nearestConfig((0, import_node_path8.resolve)(dir)) : null);
    if (path === null) return { config: mergeConfigs(options.overrides) };
    const file = load(path);
    if ("error" in file) throw new LintProblem(file.error);
    return { config: mergeConfigs(file.config, options.overrides), path: file.path };
  };
  const secretMatcher = (lists) => {
    const key = JSON.stringify(lists ?? null);
    let matcher = secretMatchers.get(key);
    if (matcher === void 0) {
      matcher = (path) => isSecretFile(path, lists);
      if (secretMatchers.size >= MAX_MATCHERS) secretMatchers.clear();
      secretMatchers.set(key, matcher);
    }
    return matcher;
  };
  const contentsFor = (disk, dir, parsed, config, dockerfilePath, warnings) => {
    let byKey = contentsByWalk.get(disk);
    if (byKey === void 0) contentsByWalk.set(disk, byKey = /* @__PURE__ */ new Map());
    const key = contentsKey(parsed, config);
    let contents;
    if (byKey.has(key)) contents = byKey.get(key);
    else {
      contents = withContextContents(disk, {
        contextDir: dir,
        dockerfile: parsed,
        lint: { config, ...dockerfilePath === void 0 ? {} : { fileName: (0, import_node_path8.basename)(dockerfilePath) } },
        cache: contentsCache,
        ...dockerfilePath === void 0 ? {} : { dockerfilePath }
      }).contents;
      if (byKey.size >= MAX_MATCHERS) byKey.clear();
      byKey.set(key, contents);
    }
    if (disk.filesTruncated !== void 0) warnings.push(`${displayConfigPath(dir)}: ${disk.filesTruncated}`);
    if (contents?.budgetHit !== void 0) warnings.push(`${displayConfigPath(dir)}: ${contents.budgetHit}`);
    return contents;
  };
  const withPending = (disk, dir, dockerfilePath, pending) => {
    const onDisk = findIgnoreFile(dir, dockerfilePath);
    const diskPath = onDisk?.absolutePath ?? null;
    if (pending === void 0 || pending.size === 0) return { dir, context: disk, ignoreFilePath: diskPath };
    const candidates = [[(0, import_node_path8.join)(dir, ".dockerignore"), false]];
    if (dockerfilePath !== void 0) candidates.unshift([(0, import_node_path8.join)((0, import_node_path8.dirname)(dockerfilePath), `${(0, import_node_path8.basename)(dockerfilePath)}.dockerignore`), true]);
    for (const [path, perDockerfile] of candidates) {
      const text = pending.get(path);
      if (text !== void 0) {
        const matcher = compileDockerignore(text);
        return {
          dir,
          ignoreFilePath: path,
          context: {
            ignoreFile: { path: isInside(dir, path) ? toSlash4((0, import_node_path8.relative)(dir, path)) : path, text, perDockerfile },
            isExcluded: (file) => matcher.isExcluded(file),
            // The walk saw at least every file the new text leaves in: fixes only add exclusions.
            secretFiles: disk.secretFiles.filter((file) => !matcher.isExcluded(file.path)),
            ...disk.truncated === void 0 ? {} : { truncated: disk.truncated, unchecked: disk.unchecked ?? [] },
            // The contents read stay valid: the content rule checks each file against the new text.
            ...disk.contents === void 0 ? {} : { contents: disk.contents }
          }
        };
      }
      if (path === diskPath) break;
    }
    return { dir, context: disk, ignoreFilePath: diskPath };
  };
  const contextFor = (request, parsed, config, configPath, warnings) => {
    const override = request.contextDir === void 0 ? hostContextDir : (0, import_node_path8.resolve)(cwd, request.contextDir);
    if (request.contextDir !== void 0 && override !== void 0 && !isDirectory(override)) {
      throw new LintProblem(`the build context ${JSON.stringify(request.contextDir)} resolves to ${override}, which is not a directory.`);
    }
    let dir;
    try {
      dir = request.path === void 0 ? override : resolveContextDir(request.path, config, configPath, override);
    } catch (error) {
      if (error instanceof ConfigFileError) throw new LintProblem(error.message);
      throw error;
    }
    if (dir === void 0) return void 0;
    if (!isDirectory(dir)) {
      warnings.push(`The build context ${displayConfigPath(dir)} is not a directory: rules that need the context were skipped.`);
      return void 0;
    }
    const disk = contexts.get({
      contextDir: dir,
      ...request.path === void 0 ? {} : { dockerfilePath: request.path },
      isSecretFile: secretMatcher(config.secretFiles),
      ...options.walk?.maxEntries === void 0 ? {} : { maxEntries: options.walk.maxEntries },
      ...options.walk?.maxMillis === void 0 ? {} : { maxMillis: options.walk.maxMillis },
      // The files it passes, for the content scan of no-secret-in-context-file.
      collectFiles: true
    });
    warnings.push(...disk.warnings);
    if (disk.truncated !== void 0) warnings.push(`${displayConfigPath(dir)}: ${disk.truncated}`);
    const contents = contentsFor(disk, dir, parsed, config, request.path, warnings);
    return withPending(contents === void 0 ? disk : { ...disk, contents }, dir, request.path, request.pendingIgnoreFiles);
  };
  return {
    configForDirectory,
    lintFile(request) {
      const warnings = [];
      const dir = request.path === void 0 ? cwd : (0, import_node_path8.dirname)(request.path);
      const effective = configForDirectory(dir, request.configFile);
      const config = mergeConfigs(effective.config, request.overrides);
      const parsed = typeof request.source === "string" ? parseDockerfile(request.source) : request.source;
      const context = contextFor(request, parsed, config, effective.path, warnings);
      let result;
      try {
        result = lintParsed(parsed, {
          config,
          ...request.target === void 0 || request.target === "" ? {} : { target: request.target },
          ...context === void 0 ? {} : { context: context.context },
          ...request.path === void 0 ? {} : { fileName: (0, import_node_path8.basename)(request.path) },
          ...request.buildArgs === void 0 ? {} : { buildArgs: request.buildArgs },
          reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? false,
          applySuppressions: request.applySuppressions ?? true
        });
      } catch (error) {
        if (error instanceof UnknownTargetError) throw new LintProblem(error.message);
        throw error;
      }
      return {
        parsed,
        result,
        config,
        ...effective.path === void 0 ? {} : { configPath: effective.path },
        ...context === void 0 ? {} : { context },
        warnings
      };
    },
    invalidate(path) {
      contexts.invalidate(path);
      contentsCache.invalidate(path);
      nearest.clear();
      if (path === void 0) loaded.clear();
      else loaded.delete((0, import_node_path8.resolve)(path));
    }
  };
}
var import_node_fs5, import_node_path8, LintProblem, MAX_MATCHERS, COPY_KEYWORDS;
var init_host = __esm({
  "packages/node/src/host.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path8 = require("node:path");
    init_src();
    init_config_file();
    init_context_contents();
    init_context();
    init_dockerignore();
    LintProblem = class extends Error {
      name = "LintProblem";
    };
    MAX_MATCHERS = 64;
    COPY_KEYWORDS = /* @__PURE__ */ new Set(["COPY", "ADD", "ARG", "ENV", "FROM", "WORKDIR"]);
  }
});

// node_modules/.pnpm/events-universal@1.0.1/node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/.pnpm/events-universal@1.0.1/node_modules/events-universal/default.js"(exports2, module2) {
    module2.exports = require("events");
  }
});

// node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/fixed-size.js"(exports2, module2) {
    module2.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/.pnpm/fast-fifo@1.3.2/node_modules/fast-fifo/index.js"(exports2, module2) {
    var FixedFIFO = require_fixed_size();
    module2.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/.pnpm/b4a@1.9.0/node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/.pnpm/b4a@1.9.0/node_modules/b4a/index.js"(exports2, module2) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size2, fill3, encoding) {
      return Buffer.alloc(size2, fill3, encoding);
    }
    function allocUnsafe(size2) {
      return Buffer.allocUnsafe(size2);
    }
    function allocUnsafeSlow(size2) {
      return Buffer.allocUnsafeSlow(size2);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module2.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/pass-through-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/lib/utf8-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "�";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "�";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "�";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "�" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/.pnpm/text-decoder@1.2.7/node_modules/text-decoder/index.js"(exports2, module2) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module2.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/lib/errors.js"(exports2, module2) {
    module2.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/.pnpm/streamx@2.28.1/node_modules/streamx/index.js"(exports2, module2) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline3(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve11, reject) {
              promiseResolve = resolve11;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve11, reject) => {
            if (stream._duplexState & DESTROYED) return resolve11({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve11({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve11) => {
          state.drains.push({ writes, resolve: resolve11 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve11, reject) => {
        return pipeline3(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve11();
        });
      });
    }
    function pipeline3(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module2.exports = {
      pipeline: pipeline3,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/headers.js"(exports2) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports2.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports2.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports2.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports2.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports2.decode = function decode2(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size2 = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size: size2,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/extract.js"(exports2, module2) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY2 = b4a.alloc(0);
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size2) {
        return this._buffered === 0 ? null : this._next(size2);
      }
      shift(size2) {
        if (size2 > this.buffered) return null;
        if (size2 === 0) return EMPTY2;
        let chunk = this._next(size2);
        if (size2 === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size2 -= chunk.byteLength) > 0) {
          chunk = this._next(size2);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size2) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size2 >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size2;
        this.shifted += size2;
        return buf.subarray(this._offset, this._offset += size2);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve11, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve11({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve11;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve11, reject) => {
            if (extract.destroyed) return resolve11({ value: void 0, done: true });
            extract.once("close", function() {
              if (err2) reject(err2);
              else resolve11({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module2.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size2) {
      size2 &= 511;
      return size2 && 512 - size2;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/constants.js"(exports2, module2) {
    var constants4 = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module2.exports = require("fs").constants || constants4;
    } catch {
      module2.exports = constants4;
    }
  }
});

// node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/pack.js"(exports2, module2) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants4 = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module2.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants4.S_IFMT) {
        case constants4.S_IFBLK:
          return "block-device";
        case constants4.S_IFCHR:
          return "character-device";
        case constants4.S_IFDIR:
          return "directory";
        case constants4.S_IFIFO:
          return "fifo";
        case constants4.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size2) {
      size2 &= 511;
      if (size2) self.push(END_OF_TAR.subarray(0, 512 - size2));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/.pnpm/tar-stream@3.1.7/node_modules/tar-stream/index.js"(exports2) {
    exports2.extract = require_extract();
    exports2.pack = require_pack();
  }
});

// node_modules/.pnpm/fzstd@0.1.1/node_modules/fzstd/esm/index.mjs
var ab, u8, u16, i16, i32, slc, fill, cpw, ec, err, rb, b4, rzfh, msb, rfse, rhu, dllt, dmlt, doct, b2bl, llb, llbl, mlb, mlbl, dhu, dhu4, rzb, cct, Decompress;
var init_esm = __esm({
  "node_modules/.pnpm/fzstd@0.1.1/node_modules/fzstd/esm/index.mjs"() {
    ab = ArrayBuffer;
    u8 = Uint8Array;
    u16 = Uint16Array;
    i16 = Int16Array;
    i32 = Int32Array;
    slc = function(v, s, e) {
      if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      var n = new u8(e - s);
      n.set(v.subarray(s, e));
      return n;
    };
    fill = function(v, n, s, e) {
      if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      for (; s < e; ++s)
        v[s] = n;
      return v;
    };
    cpw = function(v, t, s, e) {
      if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      while (s < e) {
        v[t++] = v[s++];
      }
    };
    ec = [
      "invalid zstd data",
      "window size too large (>2046MB)",
      "invalid block type",
      "FSE accuracy too high",
      "match distance too far back",
      "unexpected EOF"
    ];
    err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    rb = function(d, b, n) {
      var i = 0, o = 0;
      for (; i < n; ++i)
        o |= d[b++] << (i << 3);
      return o;
    };
    b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    rzfh = function(dat, w) {
      var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
      if (n3 == 3126568 && dat[3] == 253) {
        var flg = dat[4];
        var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
          err(0);
        var bt = 6 - ss;
        var db = df == 3 ? 4 : df;
        var di = rb(dat, bt, db);
        bt += db;
        var fsb = fcf ? 1 << fcf : ss;
        var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
        var ws = fss;
        if (!ss) {
          var wb = 1 << 10 + (dat[5] >> 3);
          ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
          err(1);
        var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
          b: bt + fsb,
          y: 0,
          l: 0,
          d: di,
          w: w && w != 1 ? w : buf.subarray(12),
          e: ws,
          o: new i32(buf.buffer, 0, 3),
          u: fss,
          c: cc,
          m: Math.min(131072, ws)
        };
      } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
        return b4(dat, 4) + 8;
      }
      err(0);
    };
    msb = function(val) {
      var bits = 0;
      for (; 1 << bits <= val; ++bits)
        ;
      return bits - 1;
    };
    rfse = function(dat, bt, mal) {
      var tpos = (bt << 3) + 4;
      var al = (dat[bt] & 15) + 5;
      if (al > mal)
        err(3);
      var sz = 1 << al;
      var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
      var buf = new ab(512 + (sz << 2));
      var freq = new i16(buf, 0, 256);
      var dstate = new u16(buf, 0, 256);
      var nstate = new u16(buf, 512, sz);
      var bb1 = 512 + (sz << 1);
      var syms = new u8(buf, bb1, sz);
      var nbits = new u8(buf, bb1 + sz);
      while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        var msk = (1 << bits + 1) - 1;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
        var msk1fb = (1 << bits) - 1;
        var msv = msk - probs - 1;
        var sval = val & msk1fb;
        if (sval < msv)
          tpos += bits, val = sval;
        else {
          tpos += bits + 1;
          if (val > msk1fb)
            val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
          probs += val;
          syms[--ht] = sym;
        } else
          probs -= val;
        if (!val) {
          do {
            var rbt = tpos >> 3;
            re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
            tpos += 2;
            sym += re;
          } while (re == 3);
        }
      }
      if (sym > 255 || probs)
        err(0);
      var sympos = 0;
      var sstep = (sz >> 1) + (sz >> 3) + 3;
      var smask = sz - 1;
      for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
          dstate[s] = -sf;
          continue;
        }
        for (i = 0; i < sf; ++i) {
          syms[sympos] = s;
          do {
            sympos = sympos + sstep & smask;
          } while (sympos >= ht);
        }
      }
      if (sympos)
        err(0);
      for (i = 0; i < sz; ++i) {
        var ns = dstate[syms[i]]++;
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
      }
      return [tpos + 7 >> 3, {
        b: al,
        s: syms,
        n: nbits,
        t: nstate
      }];
    };
    rhu = function(dat, bt) {
      var i = 0, wc = -1;
      var buf = new u8(292), hb = dat[bt];
      var hw = buf.subarray(0, 256);
      var rc = buf.subarray(256, 268);
      var ri = new u16(buf.buffer, 268);
      if (hb < 128) {
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        var lb = dat[bt];
        if (!lb)
          err(0);
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (; ; ) {
          fpos -= btr1;
          if (fpos < epos)
            break;
          var cbt = fpos >> 3;
          st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
          hw[++wc] = fdt.s[st1];
          fpos -= btr2;
          if (fpos < epos)
            break;
          cbt = fpos >> 3;
          st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
          hw[++wc] = fdt.s[st2];
          btr1 = fdt.n[st1];
          st1 = fdt.t[st1];
          btr2 = fdt.n[st2];
          st2 = fdt.t[st2];
        }
        if (++wc > 255)
          err(0);
      } else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
          var byte = dat[++bt];
          hw[i] = byte >> 4;
          hw[i + 1] = byte & 15;
        }
        ++bt;
      }
      var wes = 0;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        if (wt > 11)
          err(0);
        wes += wt && 1 << wt - 1;
      }
      var mb = msb(wes) + 1;
      var ts = 1 << mb;
      var rem = ts - wes;
      if (rem & rem - 1)
        err(0);
      hw[wc++] = msb(rem) + 1;
      for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && mb + 1 - wt];
      }
      var hbuf = new u8(ts << 1);
      var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
      ri[mb] = 0;
      for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
      }
      if (ri[0] != ts)
        err(0);
      for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
          var code = ri[bits];
          fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
        }
      }
      return [bt, {
        n: nb,
        b: mb,
        s: syms
      }];
    };
    dllt = rfse(/* @__PURE__ */ new u8([
      81,
      16,
      99,
      140,
      49,
      198,
      24,
      99,
      12,
      33,
      196,
      24,
      99,
      102,
      102,
      134,
      70,
      146,
      4
    ]), 0, 6)[1];
    dmlt = rfse(/* @__PURE__ */ new u8([
      33,
      20,
      196,
      24,
      99,
      140,
      33,
      132,
      16,
      66,
      8,
      33,
      132,
      16,
      66,
      8,
      33,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      68,
      36,
      9
    ]), 0, 6)[1];
    doct = rfse(/* @__PURE__ */ new u8([
      32,
      132,
      16,
      66,
      102,
      70,
      68,
      68,
      68,
      68,
      36,
      73,
      2
    ]), 0, 5)[1];
    b2bl = function(b, s) {
      var len = b.length, bl = new i32(len);
      for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
      }
      return bl;
    };
    llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      134678020,
      202050057,
      269422093
    ])).buffer, 0, 36);
    llbl = /* @__PURE__ */ b2bl(llb, 0);
    mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      16843009,
      50528770,
      117769220,
      185207048,
      252579084,
      16
    ])).buffer, 0, 53);
    mlbl = /* @__PURE__ */ b2bl(mlb, 3);
    dhu = function(dat, out, hu) {
      var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
      if (!lb)
        err(0);
      var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
      for (; pos > eb && i < ss; ) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
        st = (st << btr | val) & msk;
        out[++i] = hu.s[st];
        pos -= btr = hu.n[st];
      }
      if (pos != eb || i + 1 != ss)
        err(0);
    };
    dhu4 = function(dat, out, hu) {
      var bt = 6;
      var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
      dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
      dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
      dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
      dhu(dat.subarray(bt), out.subarray(sz3), hu);
    };
    rzb = function(dat, st, out) {
      var _a;
      var bt = st.b;
      var b0 = dat[bt], btype = b0 >> 1 & 3;
      st.l = b0 & 1;
      var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
      var ebt = (bt += 3) + sz;
      if (btype == 1) {
        if (bt >= dat.length)
          return;
        st.b = bt + 1;
        if (out) {
          fill(out, dat[bt], st.y, st.y += sz);
          return out;
        }
        return fill(new u8(sz), dat[bt]);
      }
      if (ebt > dat.length)
        return;
      if (btype == 0) {
        st.b = ebt;
        if (out) {
          out.set(dat.subarray(bt, ebt), st.y);
          st.y += sz;
          return out;
        }
        return slc(dat, bt, ebt);
      }
      if (btype == 2) {
        var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
          if (sf & 1)
            lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
          else
            lss = b3 >> 3;
        } else {
          s4 = sf;
          if (sf < 2)
            lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
          else if (sf == 2)
            lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
          else
            lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
        }
        ++bt;
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        var spl = buf.length - lss;
        if (lbt == 0)
          buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
          fill(buf, dat[bt++], spl);
        else {
          var hu = st.h;
          if (lbt == 2) {
            var hud = rhu(dat, bt);
            lcs += bt - (bt = hud[0]);
            st.h = hu = hud[1];
          } else if (!hu)
            err(0);
          (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        var ns = dat[bt++];
        if (ns) {
          if (ns == 255)
            ns = (dat[bt++] | dat[bt++] << 8) + 32512;
          else if (ns > 127)
            ns = ns - 128 << 8 | dat[bt++];
          var scm = dat[bt++];
          if (scm & 3)
            err(0);
          var dts = [dmlt, doct, dllt];
          for (var i = 2; i > -1; --i) {
            var md = scm >> (i << 1) + 2 & 3;
            if (md == 1) {
              var rbuf = new u8([0, 0, dat[bt++]]);
              dts[i] = {
                s: rbuf.subarray(2, 3),
                n: rbuf.subarray(0, 1),
                t: new u16(rbuf.buffer, 0, 1),
                b: 0
              };
            } else if (md == 2) {
              _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
            } else if (md == 3) {
              if (!st.t)
                err(0);
              dts[i] = st.t[i];
            }
          }
          var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
          var lb = dat[ebt - 1];
          if (!lb)
            err(0);
          var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
          var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
          cbt = (spos -= oct.b) >> 3;
          var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
          cbt = (spos -= mlt.b) >> 3;
          var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
          for (++ns; --ns; ) {
            var llc = llt.s[lst];
            var lbtr = llt.n[lst];
            var mlc = mlt.s[mst];
            var mbtr = mlt.n[mst];
            var ofc = oct.s[ost];
            var obtr = oct.n[ost];
            cbt = (spos -= ofc) >> 3;
            var ofp = 1 << ofc;
            var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
            cbt = (spos -= mlb[mlc]) >> 3;
            var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
            cbt = (spos -= llb[llc]) >> 3;
            var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
            cbt = (spos -= lbtr) >> 3;
            lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
            cbt = (spos -= mbtr) >> 3;
            mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
            cbt = (spos -= obtr) >> 3;
            ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
            if (off > 3) {
              st.o[2] = st.o[1];
              st.o[1] = st.o[0];
              st.o[0] = off -= 3;
            } else {
              var idx = off - (ll != 0);
              if (idx) {
                off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                if (idx > 1)
                  st.o[2] = st.o[1];
                st.o[1] = st.o[0];
                st.o[0] = off;
              } else
                off = st.o[0];
            }
            for (var i = 0; i < ll; ++i) {
              buf[oubt + i] = buf[spl + i];
            }
            oubt += ll, spl += ll;
            var stin = oubt - off;
            if (stin < 0) {
              var len = -stin;
              var bs = st.e + stin;
              if (len > ml)
                len = ml;
              for (var i = 0; i < len; ++i) {
                buf[oubt + i] = st.w[bs + i];
              }
              oubt += len, ml -= len, stin = 0;
            }
            for (var i = 0; i < ml; ++i) {
              buf[oubt + i] = buf[stin + i];
            }
            oubt += ml;
          }
          if (oubt != spl) {
            while (spl < buf.length) {
              buf[oubt++] = buf[spl++];
            }
          } else
            oubt = buf.length;
          if (out)
            st.y += oubt;
          else
            buf = slc(buf, 0, oubt);
        } else if (out) {
          st.y += lss;
          if (spl) {
            for (var i = 0; i < lss; ++i) {
              buf[i] = buf[spl + i];
            }
          }
        } else if (spl)
          buf = slc(buf, spl);
        st.b = ebt;
        return buf;
      }
      err(2);
    };
    cct = function(bufs, ol) {
      if (bufs.length == 1)
        return bufs[0];
      var buf = new u8(ol);
      for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
      }
      return buf;
    };
    Decompress = /* @__PURE__ */ (function() {
      function Decompress2(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
      }
      Decompress2.prototype.push = function(chunk, final) {
        if (typeof this.s == "number") {
          var sub = Math.min(chunk.length, this.s);
          chunk = chunk.subarray(sub);
          this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
          if (final) {
            if (!ncs) {
              this.ondata(new u8(0), true);
              return;
            }
            if (ncs < 5)
              err(5);
          } else if (ncs < 18) {
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (typeof (this.s = rzfh(chunk)) == "number")
            return this.push(chunk, final);
        }
        if (typeof this.s != "number") {
          if (ncs < (this.z || 3)) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          }
          if (this.l) {
            this.c.push(chunk);
            chunk = cct(this.c, ncs);
            this.c = [];
            this.l = 0;
          }
          if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
            if (final)
              err(5);
            this.c.push(chunk);
            this.l = ncs;
            return;
          } else
            this.z = 0;
          for (; ; ) {
            var blk = rzb(chunk, this.s);
            if (!blk) {
              if (final)
                err(5);
              var adc = chunk.subarray(this.s.b);
              this.s.b = 0;
              this.c.push(adc), this.l += adc.length;
              return;
            } else {
              this.ondata(blk, false);
              cpw(this.s.w, 0, blk.length);
              this.s.w.set(blk, this.s.w.length - blk.length);
            }
            if (this.s.l) {
              var rest = chunk.subarray(this.s.b);
              this.s = this.s.c * 4;
              this.push(rest, final);
              return;
            }
          }
        } else if (final)
          err(5);
      };
      return Decompress2;
    })();
  }
});

// packages/node/src/image/streams.ts
async function peek(source, count = SNIFF_BYTES) {
  const iterator = source[Symbol.asyncIterator]();
  const chunks = [];
  let length = 0;
  let done = false;
  while (length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { head: head.subarray(0, count), stream: rest() };
}
function compressionOf(head) {
  if (head[0] === 31 && head[1] === 139) return "gzip";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  return "none";
}
function looksLikeTar(head) {
  if (head.length < SNIFF_BYTES) return head.length === 0 ? false : head.every((b) => b === 0);
  const magic = Buffer.from(head.subarray(257, 262)).toString("latin1");
  if (magic === "ustar") return true;
  if (head.every((b) => b === 0)) return true;
  let sum = 8 * 32;
  for (let i = 0; i < SNIFF_BYTES; i++) if (i < 148 || i >= 156) sum += head[i];
  const stored = Number.parseInt(Buffer.from(head.subarray(148, 156)).toString("latin1").replace(/[\0 ]/g, ""), 8);
  return stored === sum;
}
function zstdWindowSize(head) {
  if (head.length < 6) return null;
  const descriptor = head[4];
  const singleSegment = descriptor >> 5 & 1;
  if (!singleSegment) {
    const windowDescriptor = head[5];
    const base = 2 ** (10 + (windowDescriptor >> 3));
    return base + base / 8 * (windowDescriptor & 7);
  }
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
  const sizeBytes = [1, 2, 4, 8][descriptor >> 6];
  const at = 5 + dictionaryBytes;
  if (head.length < at + sizeBytes) return null;
  let size2 = 0;
  for (let i = sizeBytes - 1; i >= 0; i--) size2 = size2 * 256 + head[at + i];
  return sizeBytes === 2 ? size2 + 256 : size2;
}
async function* zstdDecompress(source) {
  let output = [];
  const decompressor2 = new Decompress((chunk) => {
    output.push(chunk);
  });
  let checked = false;
  for await (const chunk of source) {
    if (!checked) {
      checked = true;
      const window = zstdWindowSize(chunk);
      if (window !== null && window > MAX_ZSTD_WINDOW) {
        throw new Error(`its zstd window is ${Math.round(window / 1024 / 1024)} MiB, over the ${MAX_ZSTD_WINDOW / 1024 / 1024} MiB limit`);
      }
    }
    for (let at = 0; at < chunk.length; at += ZSTD_SLICE) {
      decompressor2.push(chunk.subarray(at, at + ZSTD_SLICE));
      const ready = output;
      output = [];
      yield* ready;
    }
  }
  decompressor2.push(new Uint8Array(0), true);
  yield* output;
}
function decompressor(compression) {
  if (compression === "gzip") return (0, import_node_zlib.createGunzip)();
  if (compression === "zstd") return zstdDecompress;
  return null;
}
var import_node_zlib, SNIFF_BYTES, MAX_ZSTD_WINDOW, ZSTD_SLICE;
var init_streams = __esm({
  "packages/node/src/image/streams.ts"() {
    "use strict";
    import_node_zlib = require("node:zlib");
    init_esm();
    SNIFF_BYTES = 512;
    MAX_ZSTD_WINDOW = 128 * 1024 * 1024;
    ZSTD_SLICE = 4096;
  }
});

// packages/node/src/image/layer.ts
function size(bytes) {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}
function describeReadError(error, compression) {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of data/i.test(message)) return "it is truncated (its tar data ends in the middle of an entry)";
  if (/invalid tar header/i.test(message)) return "it is corrupt (an invalid tar header)";
  if (compression === "gzip") return /unexpected end of file/i.test(message) ? "it is truncated (its gzip data ends early)" : `it is corrupt (gzip: ${message})`;
  if (compression === "zstd") return /unexpected EOF/i.test(message) ? "it is truncated (its zstd data ends early)" : `it is corrupt (zstd: ${message})`;
  return message;
}
async function readEntry(entry, limit) {
  const kept = [];
  let length = 0;
  for await (const chunk of entry) {
    if (length >= limit) continue;
    const bytes = Buffer.from(chunk);
    kept.push(bytes.length > limit - length ? bytes.subarray(0, limit - length) : bytes);
    length += bytes.length;
  }
  return Buffer.concat(kept);
}
async function scanLayerStream(source, digest, options = {}) {
  const scanner = new LayerScanner(digest, options.scan);
  const limit = options.maxFileBytes ?? MAX_SCANNED_TEXT;
  const { head, stream } = await peek(source);
  const compression = compressionOf(head);
  if (compression === "none" && !looksLikeTar(head)) {
    scanner.fail(head.length === 0 ? "it is empty" : "it is not a tar stream (nor gzip or zstd)");
    return scanner.summary();
  }
  const extract = import_tar_stream.default.extract();
  const stage = decompressor(compression);
  const feeding = (stage === null ? (0, import_promises2.pipeline)(stream, extract) : (0, import_promises2.pipeline)(stream, stage, extract)).then(
    () => null,
    (error) => error
  );
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = TYPES[header.type ?? ""] ?? "other";
      const bytes = header.size ?? 0;
      if (type === "file" && bytes <= limit) {
        const data = await readEntry(entry, limit);
        const binary = data.subarray(0, BINARY_PROBE).includes(0);
        scanner.add({ name: header.name, type, size: bytes, mode: header.mode ?? 0, ...binary ? { skipped: "binary" } : { content: data.toString("utf8") } });
        continue;
      }
      await readEntry(entry, 0);
      scanner.add({
        name: header.name,
        type,
        size: bytes,
        mode: header.mode ?? 0,
        ...header.linkname ? { linkTarget: header.linkname } : {},
        ...type === "file" ? { skipped: `larger than ${size(limit)}` } : {}
      });
    }
  } catch (error) {
    scanner.fail(describeReadError(error, compression));
  }
  const failed = await feeding;
  if (failed !== null) scanner.fail(describeReadError(failed, compression));
  return scanner.summary();
}
var import_promises2, import_tar_stream, BINARY_PROBE, TYPES;
var init_layer = __esm({
  "packages/node/src/image/layer.ts"() {
    "use strict";
    import_promises2 = require("node:stream/promises");
    init_src();
    import_tar_stream = __toESM(require_tar_stream(), 1);
    init_streams();
    BINARY_PROBE = 8e3;
    TYPES = {
      file: "file",
      "contiguous-file": "file",
      directory: "directory",
      symlink: "symlink",
      link: "hardlink"
    };
  }
});

// packages/node/src/image/archive.ts
function memberName(name) {
  const parts = [];
  for (const part of name.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join("/");
}
function dirOf(name) {
  const at = name.lastIndexOf("/");
  return at < 0 ? "" : name.slice(0, at);
}
function looksLikeJson(head) {
  for (const byte of head) {
    if (byte === 32 || byte === 9 || byte === 10 || byte === 13) continue;
    return byte === 123 || byte === 91;
  }
  return false;
}
function unclosable(iterator) {
  return { [Symbol.asyncIterator]: () => ({ next: () => iterator.next(), return: async () => ({ done: true, value: void 0 }) }) };
}
async function drain(iterator) {
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) ;
}
async function readText(stream, limit) {
  const chunks = [];
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > limit) return null;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readTarMembers(source, label, options, warnings) {
  const maxJson = options.maxJsonBytes ?? DEFAULT_MAX_JSON;
  const { head, stream } = await peek(source);
  const compression = compressionOf(head);
  if (compression === "none" && !looksLikeTar(head)) {
    throw new ImageArchiveError(
      `${label} is not an image archive: ${head.length === 0 ? "it is empty" : "it is not a tar file"} (expected docker save, podman save, buildah push docker-archive:/oci-archive:, or an OCI layout directory).`
    );
  }
  const texts = /* @__PURE__ */ new Map();
  const layers = /* @__PURE__ */ new Map();
  const aliases = /* @__PURE__ */ new Map();
  let jsonTotal = 0;
  const extract = import_tar_stream2.default.extract();
  const stage = decompressor(compression);
  const feeding = (stage === null ? (0, import_promises3.pipeline)(stream, extract) : (0, import_promises3.pipeline)(stream, stage, extract)).then(
    () => null,
    (error) => error
  );
  let members = 0;
  try {
    for await (const entry of extract) {
      members++;
      const iterator = entry[Symbol.asyncIterator]();
      const name = memberName(entry.header.name);
      const type = entry.header.type;
      if (name === null) {
        warnings.push(`${label}: member ${JSON.stringify(entry.header.name)} leaves the archive's root; skipped.`);
      } else if ((type === "symlink" || type === "link") && entry.header.linkname) {
        const target = memberName(type === "symlink" ? `${dirOf(name)}/${entry.header.linkname}` : entry.header.linkname);
        if (target !== null) aliases.set(name, target);
      } else if (type === "file" || type === "contiguous-file") {
        const peeked = await peek(unclosable(iterator));
        if (looksLikeJson(peeked.head)) {
          const text = jsonTotal + (entry.header.size ?? 0) > MAX_JSON_TOTAL ? null : await readText(peeked.stream, maxJson);
          if (text === null) warnings.push(`${label}: ${name} is larger than the JSON limit; skipped.`);
          else {
            texts.set(name, text);
            jsonTotal += text.length;
          }
        } else if (compressionOf(peeked.head) !== "none" || looksLikeTar(peeked.head)) {
          layers.set(name, await scanLayerStream(peeked.stream, name, options));
        }
      }
      await drain(iterator);
    }
  } catch (error) {
    throw new ImageArchiveError(`${label} cannot be read past member ${members}: ${describeReadError(error, compression)}.`);
  }
  const failed = await feeding;
  if (failed !== null) throw new ImageArchiveError(`${label} cannot be read to its end: ${describeReadError(failed, compression)}.`);
  const resolveAlias = (name) => {
    let current = name;
    for (let hop = 0; hop < MAX_ALIAS_HOPS && aliases.has(current); hop++) current = aliases.get(current);
    return current;
  };
  return {
    text: async (name) => texts.get(resolveAlias(name)),
    layer: async (name) => layers.get(resolveAlias(name))
  };
}
function directoryMembers(root, options) {
  const realRoot = (0, import_node_fs6.realpathSync)(root);
  const inside = (name) => {
    const path = (0, import_node_path9.resolve)(root, name);
    try {
      const real = (0, import_node_fs6.realpathSync)(path);
      const rel = (0, import_node_path9.relative)(realRoot, real);
      if (rel === "" || rel === ".." || rel.startsWith(`..${import_node_path9.sep}`) || (0, import_node_path9.resolve)(realRoot, rel) !== real) return null;
      return (0, import_node_fs6.statSync)(real).isFile() ? real : null;
    } catch {
      return null;
    }
  };
  const maxJson = options.maxJsonBytes ?? DEFAULT_MAX_JSON;
  return {
    text: async (name) => {
      const path = inside(name);
      if (path === null || (0, import_node_fs6.statSync)(path).size > maxJson) return void 0;
      return (0, import_node_fs6.readFileSync)(path, "utf8");
    },
    layer: async (name) => {
      const path = inside(name);
      if (path === null) return void 0;
      const stream = (0, import_node_fs6.createReadStream)(path);
      try {
        return await scanLayerStream(stream, name, options);
      } finally {
        stream.destroy();
      }
    }
  };
}
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function parseJson2(text, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImageArchiveError(`${what} is not valid JSON (${error.message}).`);
  }
}
function blobName(digest) {
  if (typeof digest !== "string" || !DIGEST.test(digest)) return null;
  const [algorithm, hex] = digest.split(":");
  return `blobs/${algorithm}/${hex}`;
}
function dockerRefs(manifest, label) {
  if (!Array.isArray(manifest)) throw new ImageArchiveError(`${label}: manifest.json is not a list of images.`);
  return manifest.slice(0, MAX_IMAGES).map((item, i) => {
    const entry = record2(item);
    const config = typeof entry.Config === "string" ? memberName(entry.Config) : null;
    if (config === null) throw new ImageArchiveError(`${label}: image ${i} of manifest.json names no config file inside the archive.`);
    const layers = (Array.isArray(entry.Layers) ? entry.Layers : []).map((layer, j) => {
      const name = typeof layer === "string" ? memberName(layer) : null;
      if (name === null) throw new ImageArchiveError(`${label}: layer ${j} of image ${i} of manifest.json is not a path inside the archive.`);
      return name;
    });
    const tags = (Array.isArray(entry.RepoTags) ? entry.RepoTags : []).filter((t) => typeof t === "string");
    return { names: tags, config, layers };
  });
}
async function ociRefs(members, label, warnings) {
  const refs = [];
  const visit = async (indexText, what, depth, names) => {
    const index2 = record2(parseJson2(indexText, `${label}: ${what}`));
    for (const item of Array.isArray(index2.manifests) ? index2.manifests : []) {
      if (refs.length >= MAX_IMAGES) return;
      const descriptor = record2(item);
      const annotations = record2(descriptor.annotations);
      const name = blobName(descriptor.digest);
      if (name === null) {
        warnings.push(`${label}: ${what} lists a manifest without a valid digest; skipped.`);
        continue;
      }
      if (annotations["vnd.docker.reference.type"] === "attestation-manifest") continue;
      const refName = [annotations["io.containerd.image.name"], annotations["org.opencontainers.image.ref.name"]].filter(
        (n) => typeof n === "string"
      );
      const platform = record2(descriptor.platform);
      const platformName = typeof platform.os === "string" ? `${platform.os}/${String(platform.architecture ?? "")}` : null;
      const ownNames = refName.length > 0 ? refName : names.map((n) => platformName ? `${n} (${platformName})` : n);
      const text = await members.text(name);
      if (text === void 0) {
        warnings.push(`${label}: manifest ${String(descriptor.digest)} is not in the archive; skipped.`);
        continue;
      }
      const manifest = record2(parseJson2(text, `${label}: manifest ${String(descriptor.digest)}`));
      const mediaType = typeof manifest.mediaType === "string" ? manifest.mediaType : String(descriptor.mediaType ?? "");
      if (INDEX_TYPES.has(mediaType) || Array.isArray(manifest.manifests)) {
        if (depth < MAX_INDEX_DEPTH) await visit(text, `index ${String(descriptor.digest)}`, depth + 1, ownNames);
        continue;
      }
      const config = blobName(record2(manifest.config).digest);
      if (config === null) {
        warnings.push(`${label}: manifest ${String(descriptor.digest)} has no config; skipped.`);
        continue;
      }
      const layers = (Array.isArray(manifest.layers) ? manifest.layers : []).map((layer, j) => {
        const layerName = blobName(record2(layer).digest);
        if (layerName === null) throw new ImageArchiveError(`${label}: layer ${j} of manifest ${String(descriptor.digest)} has no valid digest.`);
        return layerName;
      });
      refs.push({ names: ownNames, config, layers });
    }
  };
  const index = await members.text("index.json");
  if (index !== void 0) await visit(index, "index.json", 0, []);
  return refs;
}
function canonicalName(name) {
  let n = name.trim();
  const lastSlash = n.lastIndexOf("/");
  if (!n.includes("@") && !n.slice(lastSlash + 1).includes(":")) n = `${n}:latest`;
  return n.replace(/^(?:docker\.io\/library\/|docker\.io\/|index\.docker\.io\/library\/|localhost\/)/, "");
}
function matches2(ref, configDigest, wanted) {
  const w = wanted.trim();
  if (ref.names.some((name) => name === w || canonicalName(name) === canonicalName(w))) return true;
  const hex = w.replace(/^sha256:/, "");
  return /^[0-9a-f]{12,64}$/.test(hex) && configDigest.replace(/^sha256:/, "").startsWith(hex);
}
function configDigestOf(config) {
  const blob = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/.exec(config);
  if (blob) return `${blob[1]}:${blob[2]}`;
  const file = /([0-9a-f]{64})(?:\.json)?$/.exec(config);
  return file ? `sha256:${file[1]}` : config;
}
async function assemble(members, label, options, warnings) {
  const manifest = await members.text("manifest.json");
  let refs;
  if (manifest !== void 0) refs = dockerRefs(parseJson2(manifest, `${label}: manifest.json`), label);
  else if (await members.text("index.json") !== void 0) refs = await ociRefs(members, label, warnings);
  else throw new ImageArchiveError(`${label} holds no manifest.json or index.json: it is not a docker save or OCI image archive.`);
  if (refs.length === 0) throw new ImageArchiveError(`${label} lists no image.`);
  if (options.image !== void 0) {
    const wanted = options.image;
    const chosen = refs.filter((ref) => matches2(ref, configDigestOf(ref.config), wanted));
    if (chosen.length === 0) {
      const names = refs.map((ref) => ref.names[0] ?? configDigestOf(ref.config).slice(0, 19));
      throw new ImageArchiveError(`--image ${wanted} matches no image of ${label} (it holds: ${names.join(", ")}).`);
    }
    refs = chosen;
  }
  const images = [];
  for (const ref of refs) {
    const digest = configDigestOf(ref.config);
    const name = ref.names[0] ?? digest.slice(0, 19);
    const text = await members.text(ref.config);
    if (text === void 0) throw new ImageArchiveError(`${label}: the config of image ${name} (${ref.config}) is not in the archive.`);
    const config = parseJson2(text, `${label}: the config of image ${name}`);
    const layers = [];
    for (const layer of ref.layers) {
      const summary2 = await members.layer(layer);
      layers.push(summary2 ?? { digest: layer, entries: 0, secrets: [], omittedSecrets: 0, whiteouts: [], omittedWhiteouts: 0, skipped: [], error: `${layer} is missing from the archive` });
    }
    images.push({ name, config, layers });
  }
  return images;
}
function isDirectory2(path) {
  try {
    return (0, import_node_fs6.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
async function readImageArchive(input, options = {}, label = typeof input === "string" ? input : "<stdin>") {
  const warnings = [];
  if (typeof input === "string") {
    try {
      (0, import_node_fs6.lstatSync)(input);
    } catch {
      throw new ImageArchiveError(`${label}: no such file or directory.`);
    }
    if (isDirectory2(input)) {
      const members = directoryMembers(input, options);
      const format3 = statSafe((0, import_node_path9.join)(input, "index.json")) && !statSafe((0, import_node_path9.join)(input, "manifest.json")) ? "oci-layout" : "docker-directory";
      return { format: format3, images: await assemble(members, label, options, warnings), warnings };
    }
    const stream = (0, import_node_fs6.createReadStream)(input);
    try {
      return await fromTar(stream, label, options, warnings);
    } finally {
      stream.destroy();
    }
  }
  return fromTar(input, label, options, warnings);
}
function statSafe(path) {
  try {
    return (0, import_node_fs6.statSync)(path).isFile();
  } catch {
    return false;
  }
}
async function fromTar(source, label, options, warnings) {
  let failure;
  const members = await readTarMembers(source, label, options, warnings).catch((error) => {
    failure = error;
    return null;
  });
  if (members === null) {
    if (failure instanceof ImageArchiveError) throw failure;
    throw new ImageArchiveError(`${label} cannot be read: ${failure?.message ?? String(failure)}.`);
  }
  const format3 = await members.text("manifest.json") !== void 0 ? "docker-archive" : "oci-archive";
  return { format: format3, images: await assemble(members, label, options, warnings), warnings };
}
var import_node_fs6, import_node_path9, import_promises3, import_tar_stream2, ImageArchiveError, DEFAULT_MAX_JSON, MAX_JSON_TOTAL, MAX_INDEX_DEPTH, MAX_IMAGES, MAX_ALIAS_HOPS, DIGEST, INDEX_TYPES;
var init_archive = __esm({
  "packages/node/src/image/archive.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path9 = require("node:path");
    import_promises3 = require("node:stream/promises");
    init_src();
    import_tar_stream2 = __toESM(require_tar_stream(), 1);
    init_layer();
    init_streams();
    ImageArchiveError = class extends Error {
      constructor(message) {
        super(escapeControlCharacters(redactText(message, [])));
        this.name = "ImageArchiveError";
      }
    };
    DEFAULT_MAX_JSON = 16 * 1024 * 1024;
    MAX_JSON_TOTAL = 64 * 1024 * 1024;
    MAX_INDEX_DEPTH = 4;
    MAX_IMAGES = 1e3;
    MAX_ALIAS_HOPS = 16;
    DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{1,256}$/;
    INDEX_TYPES = /* @__PURE__ */ new Set([
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.list.v2+json"
    ]);
  }
});

// packages/node/src/build-config-files.ts
var init_build_config_files = __esm({
  "packages/node/src/build-config-files.ts"() {
    "use strict";
    init_discover();
  }
});

// packages/node/src/index.ts
var init_src2 = __esm({
  "packages/node/src/index.ts"() {
    "use strict";
    init_dockerignore();
    init_context();
    init_config_file();
    init_discover();
    init_context_contents();
    init_text2();
    init_host();
    init_archive();
    init_layer();
    init_build_config_files();
  }
});

// packages/cli/src/rule-overrides.ts
function parseRuleOverride(spec) {
  const colon = spec.lastIndexOf(":");
  if (colon === -1) throw new UsageError(`--rule "${spec}" must be ID:SEVERITY, e.g. no-secret-in-arg:warn.`);
  const id = spec.slice(0, colon).trim();
  const level = spec.slice(colon + 1).trim();
  if (getRule(id) === void 0 && !isImageRuleId(id)) {
    const suggestion = closestName(id, [...rules.keys(), ...buildConfigRules.keys(), ...imageRules.keys()]);
    throw new UsageError(
      `--rule "${spec}": "${id}" is not a layerlint rule (${suggestion === void 0 ? "see layerlint --list-rules" : `did you mean "${suggestion}"?`}).`
    );
  }
  try {
    return [id, parseSeverity(level, "--rule", id)];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(`--rule "${spec}": "${level}" is not a severity (use off, warn or error).`);
  }
}
function parseRuleOverrides(specs) {
  const overrides = {};
  for (const spec of specs) {
    const [id, severity] = parseRuleOverride(spec);
    overrides[id] = severity;
  }
  return overrides;
}
var init_rule_overrides = __esm({
  "packages/cli/src/rule-overrides.ts"() {
    "use strict";
    init_src();
    init_options();
  }
});

// packages/cli/src/source.ts
function decodeDockerfile2(bytes) {
  try {
    return decodeDockerfile(bytes);
  } catch (error) {
    if (error instanceof TextProblem) throw new FileProblem(error.message);
    throw error;
  }
}
function osReason(error) {
  const { errno, code, message } = error;
  const text = errno === void 0 ? void 0 : (0, import_node_util2.getSystemErrorMap)().get(errno)?.[1];
  if (text !== void 0 && code !== void 0) return `${text} (${code})`;
  return code ?? message;
}
async function readDockerfile(path) {
  let bytes;
  try {
    const info = await (0, import_promises4.stat)(path);
    if (!info.isFile()) throw new FileProblem("Cannot lint it: it is not a regular file.");
    if (info.size > MAX_DOCKERFILE_BYTES) throw new FileProblem(tooLargeMessage(info.size));
    bytes = await (0, import_promises4.readFile)(path);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(`Cannot read the file: ${osReason(error)}.`);
  }
  return decodeDockerfile2(bytes);
}
async function readStdin(stdin) {
  const chunks = [];
  let size2 = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      size2 += bytes.length;
      if (size2 <= MAX_DOCKERFILE_BYTES) chunks.push(bytes);
    }
  } catch (error) {
    throw new FileProblem(`Cannot read standard input: ${osReason(error)}.`);
  }
  if (size2 > MAX_DOCKERFILE_BYTES) throw new FileProblem(tooLargeMessage(size2));
  return decodeDockerfile2(Buffer.concat(chunks));
}
var import_promises4, import_node_util2;
var init_source = __esm({
  "packages/cli/src/source.ts"() {
    "use strict";
    import_promises4 = require("node:fs/promises");
    import_node_util2 = require("node:util");
    init_src2();
    init_problem();
  }
});

// packages/cli/src/write-report.ts
function isDirectory3(path) {
  try {
    return (0, import_node_fs7.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function checkOutputPath(given, cwd) {
  const path = (0, import_node_path10.resolve)(cwd, given);
  if (!isDirectory3((0, import_node_path10.dirname)(path))) throw new FileProblem(`--output-file ${given}: the directory ${(0, import_node_path10.dirname)(path)} does not exist.`);
  if (isDirectory3(path)) throw new FileProblem(`--output-file ${given} is a directory.`);
  const rel = (0, import_node_path10.relative)(cwd, (0, import_node_path10.dirname)(path));
  if (rel !== "" && !rel.startsWith("..") && !(0, import_node_path10.isAbsolute)(rel)) {
    let walked = cwd;
    for (const part of rel.split(import_node_path10.sep)) {
      walked = (0, import_node_path10.join)(walked, part);
      if ((0, import_node_fs7.lstatSync)(walked).isSymbolicLink()) {
        throw new FileProblem(`--output-file ${given}: ${displayPath(walked, cwd)} is a symbolic link, which layerlint does not write through.`);
      }
    }
  }
  return path;
}
async function writeReport(path, text) {
  try {
    const handle = await (0, import_promises5.open)(path, import_node_fs7.constants.O_WRONLY | import_node_fs7.constants.O_CREAT | import_node_fs7.constants.O_TRUNC | import_node_fs7.constants.O_NOFOLLOW, 438);
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    return null;
  } catch (error) {
    const code = error.code;
    return code === "ELOOP" ? "it is a symbolic link, which layerlint does not write through" : code ?? String(error);
  }
}
var import_node_fs7, import_promises5, import_node_path10;
var init_write_report = __esm({
  "packages/cli/src/write-report.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_promises5 = require("node:fs/promises");
    import_node_path10 = require("node:path");
    init_problem();
    init_result();
  }
});

// packages/cli/src/image/help.ts
function imageHelpText() {
  return `Usage: layerlint image [options] ARCHIVE

Read a built image and report the secrets anyone who pulls it can recover: from its config
(docker inspect), its history (docker history --no-trunc) and every file of every layer
(docker save + tar x), including files a later layer deleted. Nothing is extracted.

ARCHIVE is a docker save or podman save tar (gzip or zstd compressed, or not), a tar that
buildah push docker-archive: or oci-archive: wrote, an OCI image layout directory, or - to
read a tar from standard input (docker save IMAGE | layerlint image -).

Dockerfile:
      --dockerfile PATH        The Dockerfile the image was built from: each finding points at
                               the instruction that put the secret there and says which
                               Dockerfile rule predicted it, or that none did (a gap)
      --target STAGE           The stage the image was built as (default: the last stage)
      --context DIR            The Dockerfile's build context (default: config "contexts",
                               else the Dockerfile's directory)
      --image NAME             Only this image of a multi-image archive (a tag, a name, or a
                               config digest); default: every image

${outputHelp()}
Configuration:
  -c, --config FILE            Use FILE (.json, .yaml or .yml) as the configuration
      --no-config-lookup       Do not look for .layerlintrc.{json,yaml,yml} files (looked up
                               from the Dockerfile's directory, else the working directory)
      --rule ID:SEVERITY       Set a rule's severity (off, warn or error); repeatable

  -h, --help                   Print this help

Exit status: 0 no problems (warnings allowed up to --max-warnings), 1 secrets found or too
many warnings, 2 a usage, configuration or read error (a layer that could not be read to its
end makes the check incomplete: what was read is still reported).
`;
}
var init_help2 = __esm({
  "packages/cli/src/image/help.ts"() {
    "use strict";
    init_help();
  }
});

// packages/cli/src/image/options.ts
function parseImageOptions(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util3.parseArgs)({ args: joinNegativeValues(argv), options: IMAGE_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw parseError(error);
  }
  const { values, positionals, tokens } = parsed;
  const help = values.help ?? false;
  if (help) return { archive: "", format: "stylish", configLookup: true, rules: [], quiet: false, help };
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? "layerlint image needs the image archive to read (a docker save tar, an OCI layout directory, or - for standard input)." : `layerlint image reads one archive; got ${positionals.length} (${positionals.join(" ")}).`
    );
  }
  const format3 = values.format ?? "stylish";
  if (!isFormatterName(format3)) {
    const choices = `${formatterNames.slice(0, -1).join(", ")} or ${formatterNames.at(-1)}`;
    throw new UsageError(`--format "${format3}" is not a format (use ${choices}).`);
  }
  if (values.target !== void 0 && values.dockerfile === void 0) {
    throw new UsageError("--target names a stage of the Dockerfile: give it with --dockerfile.");
  }
  if (values.context !== void 0 && values.dockerfile === void 0) {
    throw new UsageError("--context is the Dockerfile's build context: give the Dockerfile with --dockerfile.");
  }
  const colorToken = tokens.findLast((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color"));
  const color = colorToken?.kind === "option" ? colorToken.name === "color" : void 0;
  return {
    archive: positionals[0],
    ...values.dockerfile === void 0 ? {} : { dockerfile: values.dockerfile },
    ...values.target === void 0 ? {} : { target: values.target },
    ...values.context === void 0 ? {} : { context: values.context },
    ...values.image === void 0 ? {} : { image: values.image },
    format: format3,
    ...values["output-file"] === void 0 ? {} : { outputFile: values["output-file"] },
    ...values.config === void 0 ? {} : { config: values.config },
    configLookup: !values["no-config-lookup"],
    rules: values.rule ?? [],
    ...(() => {
      const max = values["max-warnings"] === void 0 ? void 0 : parseMaxWarnings(values["max-warnings"]);
      return max === void 0 ? {} : { maxWarnings: max };
    })(),
    quiet: values.quiet ?? false,
    ...color === void 0 ? {} : { color },
    help
  };
}
var import_node_util3, IMAGE_OPTIONS;
var init_options2 = __esm({
  "packages/cli/src/image/options.ts"() {
    "use strict";
    import_node_util3 = require("node:util");
    init_formatters();
    init_options();
    IMAGE_OPTIONS = {
      dockerfile: { type: "string" },
      target: { type: "string" },
      context: { type: "string" },
      image: { type: "string" },
      format: { type: "string", short: "f" },
      "output-file": { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "no-config-lookup": { type: "boolean" },
      rule: { type: "string", multiple: true },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
  }
});

// packages/cli/src/image/run.ts
var run_exports = {};
__export(run_exports, {
  imageMain: () => imageMain,
  isGap: () => isGap
});
function isGap(finding) {
  const attribution = finding.attribution;
  return attribution !== void 0 && attribution.line !== null && !attribution.fromBaseImage && attribution.predictedBy.length === 0;
}
async function configAndDockerfile(host, options, cwd, warn) {
  try {
    if (options.dockerfile === void 0) return { config: host.configForDirectory(cwd).config };
    const path = (0, import_node_path11.resolve)(cwd, options.dockerfile);
    let text;
    try {
      text = await readDockerfile(path);
    } catch (error) {
      if (error instanceof FileProblem) throw new FileProblem(`${displayPath(path, cwd)}: ${error.message}`);
      throw error;
    }
    let linted;
    try {
      linted = host.lintFile({ path, source: text, ...options.target === void 0 ? {} : { target: options.target } });
    } catch (error) {
      if (error instanceof LintProblem) throw new FileProblem(`${displayPath(path, cwd)}: ${error.message}`);
      throw error;
    }
    for (const warning of linted.warnings) warn(warning);
    const context = linted.context?.context;
    return {
      config: linted.config,
      dockerfile: { text, fileName: (0, import_node_path11.basename)(path), ...context === void 0 ? {} : { context }, ...options.target === void 0 ? {} : { target: options.target } }
    };
  } catch (error) {
    if (error instanceof LintProblem) throw new FileProblem(error.message);
    throw error;
  }
}
async function imageMain(argv, io) {
  const options = parseImageOptions(argv);
  if (options.help) {
    io.stdout.write(imageHelpText());
    return 0;
  }
  const cwd = (0, import_node_path11.resolve)(io.cwd);
  const stderr = (line) => io.stderr.write(`${escapeControlCharacters(redactText(line, []))}
`);
  const warned = /* @__PURE__ */ new Set();
  const warn = (message) => {
    if (warned.has(message)) return;
    warned.add(message);
    stderr(`layerlint: warning: ${message}`);
  };
  let failed = false;
  const ruleOverrides = parseRuleOverrides(options.rules);
  const host = createLinterHost({
    cwd,
    ...options.config === void 0 ? {} : { configFile: options.config },
    configLookup: options.configLookup,
    ...Object.keys(ruleOverrides).length > 0 ? { overrides: { rules: ruleOverrides } } : {},
    ...options.context === void 0 ? {} : { contextDir: options.context }
  });
  const { config, dockerfile } = await configAndDockerfile(host, options, cwd, warn);
  const outputPath = options.outputFile === void 0 ? void 0 : checkOutputPath(options.outputFile, cwd);
  const archive = options.archive === "-" ? import_node_stream.Readable.from(io.stdin) : (0, import_node_path11.resolve)(cwd, options.archive);
  const label = options.archive === "-" ? "<stdin>" : displayPath(archive, cwd);
  let fatal;
  let images = [];
  try {
    const read = await readImageArchive(archive, options.image === void 0 ? {} : { image: options.image }, label);
    for (const warning of read.warnings) warn(warning);
    images = read.images;
  } catch (error) {
    if (!(error instanceof ImageArchiveError)) throw error;
    fatal = error.message;
    failed = true;
    stderr(`layerlint: ${error.message}`);
  }
  const findings = [];
  for (const image of images) {
    const result = checkImage(image, { config, ...dockerfile === void 0 ? {} : { dockerfile } });
    for (const warning of result.warnings) warn(warning);
    for (const note of result.notes) stderr(`layerlint: note: ${note}`);
    for (const problem of result.incomplete) {
      failed = true;
      stderr(`layerlint: ${label}: ${problem}`);
    }
    findings.push(...result.findings);
  }
  const filePath = dockerfile === void 0 ? options.archive === "-" ? "<stdin>" : archive : (0, import_node_path11.resolve)(cwd, options.dockerfile);
  const results = [{ filePath, findings, unusedDirectives: [], ...fatal === void 0 ? {} : { fatal } }];
  const formatter = await loadFormatter(options.format);
  const color = outputPath === void 0 ? shouldColor(options.color, io.env, io.isTTY) : options.color === true;
  const output = formatter(options.quiet ? results.map(errorsOnly) : results, {
    cwd,
    color,
    rulesMeta: new Map([...imageRules].map(([id, rule]) => [id, rule.meta])),
    version: await cliVersion()
  });
  const text = output === "" || output.endsWith("\n") ? output : `${output}
`;
  if (outputPath === void 0) {
    if (text !== "") io.stdout.write(text);
  } else {
    const problem = await writeReport(outputPath, text);
    if (problem !== null) {
      failed = true;
      stderr(`layerlint: Cannot write ${displayPath(outputPath, cwd)}: ${problem}.`);
    }
  }
  const gaps = findings.filter(isGap).length;
  if (gaps > 0) {
    stderr(
      `layerlint: ${gaps === 1 ? "1 secret" : `${gaps} secrets`} in the image ${gaps === 1 ? "comes" : "come"} from an instruction no Dockerfile rule flagged: a gap in layerlint's rules. Please report ${gaps === 1 ? "it" : "them"} at ${ISSUES_URL}.`
    );
  }
  const { errorCount, warningCount } = sumProblems(results);
  const tooManyWarnings = options.maxWarnings !== void 0 && warningCount > options.maxWarnings;
  if (errorCount === 0 && tooManyWarnings) stderr(`layerlint found too many warnings (maximum: ${options.maxWarnings}).`);
  if (failed) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
var import_node_path11, import_node_stream, ISSUES_URL;
var init_run = __esm({
  "packages/cli/src/image/run.ts"() {
    "use strict";
    import_node_path11 = require("node:path");
    import_node_stream = require("node:stream");
    init_src();
    init_src2();
    init_ansi();
    init_formatters();
    init_problem();
    init_result();
    init_rule_overrides();
    init_source();
    init_version();
    init_write_report();
    init_help2();
    init_options2();
    ISSUES_URL = "https://github.com/layerlint/layerlint/issues";
  }
});

// packages/cli/src/list-rules.ts
var list_rules_exports = {};
__export(list_rules_exports, {
  listRulesText: () => listRulesText
});
function defaultSeverity(rule) {
  if (!rule.meta.docs.recommended) return "off";
  const severity = rule.meta.severity === "error" ? "error" : "stage";
  return rule.meta.severityNote === void 0 ? severity : `${severity} (${rule.meta.severityNote})`;
}
function listRulesText(rules2) {
  const rows = [...rules2].map((rule) => [rule.id, defaultSeverity(rule), rule.meta.docs.description]);
  const header = ["RULE", "DEFAULT", "DESCRIPTION"];
  const idWidth = Math.max(header[0].length, ...rows.map(([id]) => id.length));
  const severityWidth = Math.max(header[1].length, ...rows.map(([, severity]) => severity.length));
  const lines = [header, ...rows].map(
    ([id, severity, description]) => `${id.padEnd(idWidth)}  ${severity.padEnd(severityWidth)}  ${description}`
  );
  return `${lines.join("\n")}

stage: error in a shipped stage (the target and the stages it is built FROM),
warning in a stage that is not shipped. --rule ID:SEVERITY or the config's "rules" override it.
`;
}
var init_list_rules = __esm({
  "packages/cli/src/list-rules.ts"() {
    "use strict";
  }
});

// packages/cli/src/diff.ts
function linesOf(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function range(start, count) {
  return `${count === 0 ? start : start + 1},${count}`;
}
function hunkLine(prefix, line) {
  const ending = /\r?\n$/.exec(line)?.[0] ?? "";
  const body = escapeControlCharacters(redactText(line.slice(0, line.length - ending.length), []));
  return ending !== "" ? `${prefix}${body}${ending}` : `${prefix}${body}
\\ No newline at end of file
`;
}
function unifiedDiff(path, before, after) {
  if (before === after) return "";
  const old = linesOf(before ?? "");
  const next = linesOf(after);
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < next.length - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) {
    suffix += 1;
  }
  const start = Math.max(0, prefix - CONTEXT_LINES);
  const oldEnd = Math.min(old.length, old.length - suffix + CONTEXT_LINES);
  const newEnd = next.length - (old.length - oldEnd);
  const [a, b] = /^(\/|[A-Za-z]:)/.test(path) ? [path, path] : [`a/${path}`, `b/${path}`];
  let output = `--- ${before === null ? "/dev/null" : a}
+++ ${b}
`;
  output += `@@ -${range(start, oldEnd - start)} +${range(start, newEnd - start)} @@
`;
  for (const line of old.slice(start, prefix)) output += hunkLine(" ", line);
  for (const line of old.slice(prefix, old.length - suffix)) output += hunkLine("-", line);
  for (const line of next.slice(prefix, next.length - suffix)) output += hunkLine("+", line);
  for (const line of old.slice(old.length - suffix, oldEnd)) output += hunkLine(" ", line);
  return output;
}
var CONTEXT_LINES;
var init_diff = __esm({
  "packages/cli/src/diff.ts"() {
    "use strict";
    init_src();
    CONTEXT_LINES = 3;
  }
});

// packages/cli/src/fix.ts
function isInside2(root, path) {
  const rel = (0, import_node_path12.relative)(root, path);
  return rel !== "" && rel.split(import_node_path12.sep)[0] !== ".." && !(0, import_node_path12.isAbsolute)(rel);
}
function lstatOrNull(path) {
  try {
    return (0, import_node_fs8.lstatSync)(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
function realpathOrNull(path) {
  try {
    return (0, import_node_fs8.realpathSync)(path);
  } catch {
    return null;
  }
}
async function writeIgnoreFileEdits(edits) {
  const failures = /* @__PURE__ */ new Map();
  for (const { path, before, after } of edits) {
    try {
      if (before === null) {
        await (0, import_promises6.writeFile)(path, after, { flag: "wx" });
        continue;
      }
      const stats = (0, import_node_fs8.lstatSync)(path);
      if (!stats.isFile() || (0, import_node_fs8.readFileSync)(path, "utf8") !== before) {
        failures.set(path, "it no longer holds what layerlint read (it changed meanwhile); run layerlint --fix again.");
        continue;
      }
      await (0, import_promises6.writeFile)(path, after);
    } catch (error) {
      const code = error.code;
      failures.set(path, code === "EEXIST" ? "it was created while layerlint ran; run layerlint --fix again." : `${code ?? String(error)}.`);
    }
  }
  return failures;
}
var import_node_fs8, import_promises6, import_node_path12, IgnoreFileFixes;
var init_fix = __esm({
  "packages/cli/src/fix.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_promises6 = require("node:fs/promises");
    import_node_path12 = require("node:path");
    init_src();
    IgnoreFileFixes = class {
      /** By absolute path, in the order first changed. */
      #edits = /* @__PURE__ */ new Map();
      /** Fixes already applied for a Dockerfile (`rule\0description`): proposed again, they failed. */
      #applied = /* @__PURE__ */ new Map();
      get edits() {
        return [...this.#edits].map(([path, { before, after }]) => ({ path, before, after }));
      }
      /** Each ignore file as the pending edits leave it (absolute path → text): the host lints the context as fixed. */
      pendingTexts() {
        return new Map([...this.#edits].map(([path, { after }]) => [path, after]));
      }
      /**
       * Applies in memory the fixes of `findings`, which were linted against `context` (the build
       * context at `contextDir`, pending edits included). Returns whether an ignore file changed and
       * why fixes were refused.
       */
      apply(dockerfile, findings, context, contextDir) {
        const refused = [];
        const applied = this.#applied.get(dockerfile) ?? /* @__PURE__ */ new Set();
        this.#applied.set(dockerfile, applied);
        const proposals = /* @__PURE__ */ new Map();
        for (const finding of findings) {
          const fix = finding.fix;
          if (fix === void 0) continue;
          const key = `${finding.ruleId}\0${fix.description}`;
          if (applied.has(key)) {
            refused.push(`${fix.description}: applying it did not resolve the ${finding.ruleId} finding.`);
            continue;
          }
          const targets = fix.changes.map((change) => ({ change, target: this.#target(change, context, contextDir) }));
          const refusal = targets.find((entry) => "refused" in entry.target);
          if (refusal !== void 0 && "refused" in refusal.target) {
            refused.push(`${fix.description}: ${refusal.target.refused}`);
            continue;
          }
          for (const { change, target } of targets) {
            if ("refused" in target) continue;
            const proposal = proposals.get(target.path) ?? { base: target.base, before: target.before, results: [], keys: [] };
            proposal.results.push(applyEdits(target.base, change.edits));
            proposal.keys.push(key);
            proposals.set(target.path, proposal);
          }
        }
        let changed = false;
        for (const [path, { base, before, results, keys }] of proposals) {
          const { text: after, used } = mergeAppends(base, results);
          for (const key of keys.slice(0, used)) applied.add(key);
          if (after === base) continue;
          changed = true;
          const pending = this.#edits.get(path);
          this.#edits.set(path, { before: pending !== void 0 ? pending.before : before, after });
        }
        return { changed, refused };
      }
      #target(change, context, contextDir) {
        if (change.file !== "dockerignore") return { refused: "it would edit the Dockerfile, which --fix never does." };
        const path = (0, import_node_path12.resolve)(contextDir, change.path);
        if (!(0, import_node_path12.basename)(path).endsWith(".dockerignore")) return { refused: `${change.path} is not an ignore file.` };
        const root = realpathOrNull(contextDir);
        const parent = realpathOrNull((0, import_node_path12.dirname)(path));
        if (root === null || parent === null || !isInside2(root, (0, import_node_path12.join)(parent, (0, import_node_path12.basename)(path)))) {
          return { refused: `${change.path} is outside the build context ${contextDir}.` };
        }
        const stats = lstatOrNull(path);
        if (stats !== null && !stats.isFile()) return { refused: `${change.path} is not a regular file.` };
        const pending = this.#edits.get(path);
        if (change.create) {
          if (pending !== void 0 || stats !== null) return { refused: `${change.path} already exists.` };
          return { path, base: "", before: null };
        }
        const ignore = context.ignoreFile;
        if (ignore === null || (0, import_node_path12.resolve)(contextDir, ignore.path) !== path) {
          return { refused: `${change.path} is not the ignore file the finding was linted with.` };
        }
        return { path, base: ignore.text, before: pending !== void 0 ? pending.before : ignore.text };
      }
    };
  }
});

// packages/cli/src/session.ts
var session_exports = {};
__export(session_exports, {
  Session: () => Session
});
function isDirectory4(path) {
  try {
    return (0, import_node_fs9.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
var import_node_fs9, import_node_path13, MAX_FIX_PASSES, Session;
var init_session = __esm({
  "packages/cli/src/session.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path13 = require("node:path");
    init_src();
    init_src2();
    init_diff();
    init_fix();
    init_ansi();
    init_formatters();
    init_problem();
    init_result();
    init_rule_overrides();
    init_source();
    init_version();
    init_write_report();
    MAX_FIX_PASSES = 10;
    Session = class {
      constructor(options, io) {
        this.options = options;
        this.io = { ...io, stderr: { write: (chunk) => io.stderr.write(redactText(chunk, [])) } };
        this.cwd = (0, import_node_path13.resolve)(io.cwd);
        const ruleOverrides = parseRuleOverrides(options.rules);
        if (options.context !== void 0 && !isDirectory4((0, import_node_path13.resolve)(this.cwd, options.context))) {
          throw new FileProblem(`--context ${options.context}: no such directory.`);
        }
        this.host = createLinterHost({
          cwd: this.cwd,
          ...options.config === void 0 ? {} : { configFile: options.config },
          configLookup: options.configLookup,
          ...Object.keys(ruleOverrides).length > 0 ? { overrides: { rules: ruleOverrides } } : {},
          ...options.context === void 0 ? {} : { contextDir: options.context }
        });
        this.fixes = options.fix || options.fixDryRun ? new IgnoreFileFixes() : void 0;
      }
      options;
      cwd;
      /** Config discovery, build contexts and core, shared with the editor and ESLint (@layerlint/node). */
      host;
      /** With --fix or --fix-dry-run: the ignore-file edits of this run. */
      fixes;
      /** Set by any usage, config or read error: the run exits 2. */
      failed = false;
      #warnings = /* @__PURE__ */ new Set();
      io;
      /** The config that governs `dir`; a broken one is a FileProblem. */
      configFor(dir) {
        try {
          return this.host.configForDirectory(dir);
        } catch (error) {
          if (error instanceof LintProblem) throw new FileProblem(error.message);
          throw error;
        }
      }
      /** A problem that stops one file (or path argument) from being linted. */
      fileError(path, message) {
        this.failed = true;
        this.io.stderr.write(`layerlint: ${displayPath(path, this.cwd)}: ${message}
`);
      }
      /** Something the user should know that changes nothing (an unreadable context directory). */
      warn(message) {
        if (this.#warnings.has(message)) return;
        this.#warnings.add(message);
        this.io.stderr.write(`layerlint: warning: ${message}
`);
      }
      /** `ignorePatterns` of the config governing a path argument, for directory expansion. */
      ignoreSettingsFor(argument) {
        const absolute = (0, import_node_path13.resolve)(this.cwd, argument);
        try {
          const { config, path } = this.configFor(isDirectory4(absolute) ? absolute : (0, import_node_path13.dirname)(absolute));
          return config.ignorePatterns === void 0 || path === void 0 ? {} : { ignorePatterns: config.ignorePatterns, ignoreBase: (0, import_node_path13.dirname)(path) };
        } catch (error) {
          if (!(error instanceof FileProblem)) throw error;
          return {};
        }
      }
      targets() {
        const { options, io, cwd } = this;
        if (options.stdin) {
          const read = () => readStdin(io.stdin);
          if (options.stdinFilename === void 0) return [{ filePath: "<stdin>", read }];
          const filePath = (0, import_node_path13.resolve)(cwd, options.stdinFilename);
          return [{ filePath, dockerfilePath: filePath, read }];
        }
        const files = /* @__PURE__ */ new Set();
        for (const argument of options.paths) {
          const { files: found, errors } = expandPaths([argument], { cwd, ...this.ignoreSettingsFor(argument) });
          for (const error of errors) {
            if (error.kind === "unmatched") {
              if (this.options.errorOnUnmatchedPattern) {
                this.fileError(error.path, "No Dockerfiles found (--no-error-on-unmatched-pattern allows that).");
              }
              continue;
            }
            this.fileError(error.path, /[.!?]$/.test(error.message) ? error.message : `${error.message}.`);
          }
          for (const file of found) files.add(file);
        }
        return [...files].map((file) => ({ filePath: file, dockerfilePath: file, read: () => readDockerfile(file) }));
      }
      /** One lint through the host, its warnings printed; a problem of the user's files is a FileProblem. */
      lintOnce(target, text, pending) {
        try {
          const linted = this.host.lintFile({
            ...target.dockerfilePath === void 0 ? {} : { path: target.dockerfilePath },
            source: text,
            ...this.options.target === void 0 ? {} : { target: this.options.target },
            reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
            ...pending === void 0 ? {} : { pendingIgnoreFiles: pending }
          });
          for (const warning of linted.warnings) this.warn(warning);
          return linted;
        } catch (error) {
          if (error instanceof LintProblem) throw new FileProblem(error.message);
          throw error;
        }
      }
      async lintTarget(target) {
        try {
          const text = await target.read();
          const { fixes } = this;
          let linted = this.lintOnce(target, text, fixes?.pendingTexts());
          if (fixes === void 0 || linted.context === void 0) return this.fileResult(target, linted);
          for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
            const context = linted.context;
            if (context === void 0) break;
            const { changed, refused } = fixes.apply(target.filePath, linted.result.findings, context.context, context.dir);
            for (const reason of refused) this.warn(`${displayPath(target.filePath, this.cwd)}: not fixed: ${reason}`);
            if (!changed) break;
            linted = this.lintOnce(target, text, fixes.pendingTexts());
          }
          return this.fileResult(target, linted);
        } catch (error) {
          const message = error instanceof FileProblem ? error.message : `Internal error: ${redactText(error instanceof Error ? error.message : String(error), [])}`;
          this.fileError(target.filePath, message);
          return { filePath: target.filePath, findings: [], unusedDirectives: [], fatal: message };
        }
      }
      /** The result of a file's last lint; a rule that crashed is reported (exit 2). */
      fileResult(target, { result, context }) {
        for (const notice of result.notices) {
          this.warn(`${displayPath(target.filePath, this.cwd)}:${notice.span.line}:${notice.span.column}: ${notice.message}`);
        }
        for (const ruleError of result.ruleErrors) {
          this.fileError(target.filePath, `Internal error in rule ${ruleError.ruleId}: ${redactText(ruleError.message, [])}`);
        }
        return {
          filePath: target.filePath,
          findings: result.findings,
          unusedDirectives: result.unusedDirectives,
          ...context === void 0 ? {} : { contextDir: context.dir }
        };
      }
      /**
       * `--print-config FILE`: the configuration that applies to FILE, as JSON — the file it came from
       * (null: none), and every setting resolved, each rule included (`"default"` where nothing sets
       * it). Lints nothing; a `--target` that is not a stage of FILE is an error, as in a lint.
       */
      async printConfig(file) {
        const absolute = (0, import_node_path13.resolve)(this.cwd, file);
        try {
          const { config, path } = this.configFor((0, import_node_path13.dirname)(absolute));
          const target = this.options.target ?? config.target;
          if (target !== void 0 && target !== "") checkTarget(parseDockerfile(await readDockerfile(absolute)), target);
          const effective = this.options.target === void 0 ? config : mergeConfigs(config, { target: this.options.target });
          const ruleSettings = Object.fromEntries([...rules.keys()].map((id) => [id, effective.rules?.[id] ?? "default"]));
          const printed = { configFile: path ?? null, config: { ...effective, rules: ruleSettings } };
          this.io.stdout.write(`${JSON.stringify(printed, null, 2)}
`);
          return 0;
        } catch (error) {
          if (!(error instanceof FileProblem) && !(error instanceof UnknownTargetError)) throw error;
          this.fileError(absolute, error.message);
          return 2;
        }
      }
      /** Checked before linting, so a typo does not cost a whole run. */
      outputPath() {
        const given = this.options.outputFile;
        return given === void 0 ? void 0 : checkOutputPath(given, this.cwd);
      }
      /**
       * `--fix-dry-run` prints the edits as unified diffs, `--fix` writes them and names each file.
       * Both go beside a human-readable report, or to stderr when stdout carries a machine-readable one.
       */
      async finishFixes(fixes, outputPath) {
        const notes = outputPath === void 0 && this.options.format !== "stylish" ? this.io.stderr : this.io.stdout;
        const { edits } = fixes;
        if (this.options.fixDryRun) {
          for (const edit of edits) notes.write(unifiedDiff(portablePath(edit.path, this.cwd), edit.before, edit.after));
          return;
        }
        const failures = await writeIgnoreFileEdits(edits);
        for (const edit of edits) {
          const failure = failures.get(edit.path);
          if (failure !== void 0) {
            this.fileError(edit.path, `Cannot write the fix: ${failure}`);
          } else {
            notes.write(`layerlint --fix: ${edit.before === null ? "created" : "updated"} ${displayPath(edit.path, this.cwd)}
`);
          }
        }
      }
      async run() {
        const { options, io } = this;
        if (options.config !== void 0) {
          this.configFor(this.cwd);
        }
        if (options.printConfig !== void 0) return await this.printConfig(options.printConfig);
        const outputPath = this.outputPath();
        const results = [];
        for (const target of this.targets()) results.push(await this.lintTarget(target));
        if (this.fixes !== void 0) await this.finishFixes(this.fixes, outputPath);
        const formatter = await loadFormatter(options.format);
        const color = outputPath === void 0 ? shouldColor(options.color, io.env, io.isTTY) : options.color === true;
        const output = formatter(options.quiet ? results.map(errorsOnly) : results, {
          cwd: this.cwd,
          color,
          rulesMeta: new Map([...rules].map(([id, rule]) => [id, rule.meta])),
          verbose: options.verbose,
          version: await cliVersion()
        });
        const text = output === "" || output.endsWith("\n") ? output : `${output}
`;
        if (outputPath !== void 0) {
          const reason = await writeReport(outputPath, text);
          if (reason !== null) {
            this.failed = true;
            io.stderr.write(`layerlint: Cannot write ${printable(options.outputFile ?? "")}: ${reason}.
`);
          }
        } else if (text !== "") {
          io.stdout.write(text);
        }
        const { errorCount, warningCount } = sumProblems(results);
        const tooManyWarnings = options.maxWarnings !== void 0 && warningCount > options.maxWarnings;
        if (errorCount === 0 && tooManyWarnings) {
          io.stderr.write(`layerlint found too many warnings (maximum: ${options.maxWarnings}).
`);
        }
        if (this.failed) return 2;
        return errorCount > 0 || tooManyWarnings ? 1 : 0;
      }
    };
  }
});

// packages/cli/src/main.ts
init_help();
init_options();
init_problem();
init_version();
async function main(argv, io) {
  try {
    if (argv[0] === "image") return await (await Promise.resolve().then(() => (init_run(), run_exports))).imageMain(argv.slice(1), io);
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(helpText());
      return 0;
    }
    if (options.version) {
      io.stdout.write(`layerlint ${await cliVersion()}
`);
      return 0;
    }
    if (options.listRules) {
      const [{ rules: rules2 }, { listRulesText: listRulesText2 }] = await Promise.all([Promise.resolve().then(() => (init_src(), src_exports)), Promise.resolve().then(() => (init_list_rules(), list_rules_exports))]);
      io.stdout.write(listRulesText2(rules2.values()));
      return 0;
    }
    const { Session: Session2 } = await Promise.resolve().then(() => (init_session(), session_exports));
    return await new Session2(options, io).run();
  } catch (error) {
    const { escapeControlCharacters: escapeControlCharacters2, redactText: redactText2 } = await Promise.resolve().then(() => (init_src(), src_exports));
    const report = (text) => io.stderr.write(redactText2(escapeControlCharacters2(text), []));
    if (error instanceof UsageError) {
      report(`layerlint: ${error.message}`);
      io.stderr.write(`
Run layerlint${argv[0] === "image" ? " image" : ""} --help for usage.
`);
      return 2;
    }
    if (error instanceof FileProblem) {
      report(`layerlint: ${error.message}`);
      io.stderr.write("\n");
      return 2;
    }
    io.stderr.write(redactText2(`layerlint: Internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`, []));
    return 2;
  }
}

// packages/cli/bin/layerlint.js
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true
}).then((code) => {
  process.exitCode = code;
});
