import { it } from "vitest";
import { parseShell, fileEffects, findVariableRefs } from "../../src/shell/index.js";
const ctx = { workdir: "/app", home: "/root", resolveVar: () => undefined };
it("bench", () => {
  for (const unit of ["a && ", "echo $T | tee f | ", "x=$(cat /f) ", "2>&1 >f ", "apt-get install -y --no-install-recommends foo bar baz \\\n  "]) {
    const script = unit.repeat(Math.ceil(1_000_000 / unit.length));
    for (let r = 0; r < 3; r++) {
      let t = performance.now();
      const p = parseShell(script);
      const tp = performance.now() - t; t = performance.now();
      fileEffects(p, ctx);
      const te = performance.now() - t; t = performance.now();
      findVariableRefs(script);
      const tf = performance.now() - t;
      console.log(JSON.stringify(unit), p.commands.length, tp.toFixed(0), te.toFixed(0), tf.toFixed(0));
    }
  }
});
