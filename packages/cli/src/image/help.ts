import { outputHelp } from "../help.js";

/** `layerlint image --help`. Every option of IMAGE_OPTIONS appears here (a test checks). */
export function imageHelpText(): string {
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
