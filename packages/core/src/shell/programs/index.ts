/**
 * The programs layerlint knows, one module each, behind one registry: "what do we know about
 * `docker login`?" is answered in programs/docker.ts. The shell model asks it what a command
 * prints and which files it writes and deletes; the layer model which programs pass a mounted
 * secret through to the file they write; the value detectors which options carry a credential.
 */
import { aws } from "./aws.js";
import { cp, install, mv, rm, shred, touch, unlink } from "./coreutils.js";
import { curl } from "./curl.js";
import { docker, registryClients } from "./docker.js";
import { git } from "./git.js";
import type { Program } from "./kit.js";
import { mysql } from "./mysql.js";
import { npm } from "./npm.js";
import { sshpass } from "./sshpass.js";
import { cat, echo, filters, printf, tee, transforms } from "./text.js";
import { wget } from "./wget.js";
import { yarn } from "./yarn.js";

export type { CommandWord, CredentialSink, Flow, Program, ProgramCall, Write } from "./kit.js";

const ALL: readonly Program[] = [echo, printf, cat, tee, transforms, filters, cp, mv, install, touch, rm, shred, unlink, curl, wget, npm, yarn, docker, registryClients, aws, git, mysql, sshpass];

/** Program name → what layerlint knows of it. */
export const PROGRAMS: ReadonlyMap<string, Program> = new Map(ALL.flatMap((program) => program.names.map((name) => [name, program] as const)));

/** True for programs whose output is (a transform of) their input or arguments. */
export function passesThrough(name: string): boolean {
  return PROGRAMS.get(name)?.passesThrough === true;
}

/** The programs with credential options, by name (the value detectors look for these words). */
export const CREDENTIAL_PROGRAMS: readonly string[] = [...PROGRAMS].filter(([, program]) => program.credentials !== undefined).map(([name]) => name);
