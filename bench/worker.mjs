// Child process of bench/run.mjs, so each figure below comes from a fresh process:
//   node bench/worker.mjs rss <tool|none> <dir>   run a tool once over every file of <dir>; print peak RSS
//   node bench/worker.mjs cold <file>             time the first lint() of <file> (cold JIT)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadTools } from "./tools.mjs";

const [mode, ...rest] = process.argv.slice(2);
if (mode === "rss") {
  const [toolName, dir] = rest;
  const texts = readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), "utf8"));
  const tools = await loadTools({ peers: false, stock: false });
  const tool = toolName === "none" ? null : tools.find((t) => t.id === toolName);
  if (toolName !== "none" && !tool) throw new Error(`unknown tool ${toolName}`);
  if (tool) for (const text of texts) tool.run(text);
  process.stdout.write(JSON.stringify({ tool: toolName, files: texts.length, maxRssKiB: process.resourceUsage().maxRSS }));
} else if (mode === "cold") {
  const text = readFileSync(rest[0], "utf8");
  const { lint } = await import("@layerlint/core");
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  lint(text);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: wall }));
} else {
  throw new Error(`usage: node bench/worker.mjs rss <tool> <dir> | cold <file>`);
}
