/** The files a COPY/ADD puts in its layer: from the build context, from a heredoc, or from another stage. */
import { copiedFileKind, secretFileKind } from "../detect/secret-files.js";
import { findSecretsInText } from "../detect/secret-values.js";
import { sentFrom } from "./copy-spec.js";
import type { AddedVia, CopySpec, ImageFile, LayerInput, StageFiles } from "./layer-types.js";
import { basename, isUnder, matchGlob, normalizePath, relativeTo } from "./paths.js";
import { findVariableUses } from "./substitution.js";

/** Files a COPY/ADD from the build context (or a heredoc) puts in its layer. */
export function copyAdds(spec: CopySpec, input: LayerInput): ImageFile[] {
  const { instruction, dest } = spec;
  if (dest === null) return [];
  const via: AddedVia = instruction.keyword === "ADD" ? "add" : "copy";
  const out: ImageFile[] = [];
  const target = (relative: string, sourcePath: string) => {
    if (spec.parents) return normalizePath(`${dest}/${relative}`);
    if (relative === sourcePath || sourcePath === "") {
      return spec.destIsDir || sourcePath === "" ? normalizePath(`${dest}/${relative}`) : dest;
    }
    return normalizePath(`${dest}/${relativeTo(relative, sourcePath)}`);
  };
  for (const source of spec.sources) {
    if (source.path === null) continue;
    if (source.glob) {
      const kind = secretFileKind(source.path, input.files);
      out.push({ path: normalizePath(`${dest}/${basename(source.path)}`), pattern: true, secretKind: kind, addedBy: instruction, via, contextPath: source.path });
    } else {
      if (!source.wholeContext) {
        const path = target(source.path, source.path);
        out.push({ path, pattern: false, secretKind: copiedFileKind(source.path, path, input.files), addedBy: instruction, via, contextPath: source.path });
      }
    }
    // Secret files of the real context that this source brings along.
    for (const file of input.context?.secretFiles ?? []) {
      if (file.type !== "file") continue;
      const root = sentFrom(spec, source, file.path);
      // The source itself is the explicit copy above.
      if (root === null || (!source.glob && !source.wholeContext && root === file.path)) continue;
      let path: string;
      if (!source.glob) path = target(file.path, source.wholeContext ? "" : source.path);
      else if (spec.parents) path = normalizePath(`${dest}/${file.path}`);
      // A glob that matches a directory sends the directory's content, like a directory source.
      else path = normalizePath(`${dest}/${root === file.path ? basename(file.path) : relativeTo(file.path, root)}`);
      out.push({ path, pattern: false, secretKind: secretFileKind(file.path, input.files) ?? "secret file", addedBy: instruction, via, contextPath: file.path });
    }
  }
  if (spec.heredocs && instruction.keyword === "COPY") {
    const scope = input.variables.scopeBefore(instruction);
    for (const heredoc of instruction.heredocs) {
      const path = spec.destIsDir || instruction.heredocs.length > 1 ? normalizePath(`${dest}/${heredoc.name}`) : dest;
      let kind = secretFileKind(path, input.files);
      if (!kind && findSecretsInText(heredoc.content).length > 0) kind = "file with a hardcoded secret";
      if (!kind) {
        const secretVar = findVariableUses(heredoc.content, input.escape).map((u) => scope.get(u.name)).find((v) => v?.secret);
        if (secretVar) kind = `file written with $${secretVar.name}`;
      }
      out.push({ path, pattern: false, secretKind: kind, addedBy: instruction, via: "heredoc" });
    }
  }
  return out;
}

/** Files `COPY --from=<stage>` carries out of the source stage's final filesystem. */
export function stageCopyAdds(spec: CopySpec, stageFiles: readonly StageFiles[]): ImageFile[] {
  if (spec.fromStage === null || spec.dest === null) return [];
  const source = stageFiles[spec.fromStage];
  if (!source) return [];
  const out: ImageFile[] = [];
  for (const src of spec.sources) {
    if (src.path === null) continue;
    const matcher = src.glob ? matchGlob(src.path) : null;
    for (const file of source.end.values()) {
      let path: string | null = null;
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
}
