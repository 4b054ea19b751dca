// node k8s/tools/release.mjs OVERLAY > release.yaml: the overlay as it is released, every image
// pinned by digest, so that what was tested and scanned is what runs, and a re-pushed tag changes
// nothing. The services' images get the digest Jib reported for this pipeline's build
// (services/<name>/target/jib-image.digest, pushed to $CI_REGISTRY_IMAGE/<name>); every other image
// (Keycloak, PostgreSQL, the backup jobs') is resolved from its tag once, with `crane digest`.
// Fails, writing nothing, if any image is left without a digest.
//
// Offline (make k8s-validate), OFFLINE_DIGESTS=1 stands in for the registries with the hash of each
// image's name: the overlay is pinned and validated as the pipeline would, without a network.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVICES = ["gateway", "authority-profiles", "needs-offers", "matching", "notifications"];
const PINNED = /@sha256:[0-9a-f]{64}$/;

/** Every place an object names an image, as [holder, key] pairs that can be rewritten. */
export function imageFields(object) {
  const fields = [];
  const pod = object.kind === "CronJob" ? object.spec?.jobTemplate?.spec?.template?.spec : object.spec?.template?.spec;
  for (const container of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) fields.push([container, "image"]);
  if (object.kind === "Keycloak") fields.push([object.spec, "image"]);
  if (object.kind === "Cluster" && object.apiVersion.startsWith("postgresql.cnpg.io")) fields.push([object.spec, "imageName"]);
  return fields;
}

const offline = process.env.OFFLINE_DIGESTS === "1";

function registryDigest(image) {
  if (offline) return `sha256:${createHash("sha256").update(image).digest("hex")}`;
  return execFileSync("crane", ["digest", image], { encoding: "utf8" }).trim();
}

function serviceImage(image) {
  const name = SERVICES.find((service) => image.split("@")[0].split(":")[0].endsWith(`/${service}`));
  if (!name || offline) return null;
  const digestFile = `${ROOT}/services/${name}/target/jib-image.digest`;
  if (!existsSync(digestFile)) throw new Error(`${digestFile} is missing: build and push the images first`);
  const registry = process.env.CI_REGISTRY_IMAGE ?? image.split(":")[0].replace(new RegExp(`/${name}$`), "");
  return `${registry}/${name}@${readFileSync(digestFile, "utf8").trim()}`;
}

export function pin(objects) {
  const unpinned = [];
  for (const object of objects) {
    for (const [holder, key] of imageFields(object)) {
      const image = holder[key];
      if (!image) {
        unpinned.push(`${object.kind}/${object.metadata.name}: no ${key} (the operator's default image is not pinned)`);
        continue;
      }
      if (PINNED.test(image)) continue;
      holder[key] = serviceImage(image) ?? `${image}@${registryDigest(image)}`;
    }
  }
  for (const object of objects) {
    for (const [holder, key] of imageFields(object)) {
      if (holder[key] && !PINNED.test(holder[key])) unpinned.push(`${object.kind}/${object.metadata.name}: ${holder[key]}`);
    }
  }
  if (unpinned.length) throw new Error(`images without a digest:\n${unpinned.join("\n")}`);
  return objects;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const overlay = process.argv[2] ?? "prod";
  const rendered = process.env.RENDERED
    ? readFileSync(`${process.env.RENDERED}/${overlay}.yaml`, "utf8")
    : execFileSync("kubectl", ["kustomize", `${ROOT}/k8s/overlays/${overlay}`], { encoding: "utf8", maxBuffer: 64 << 20 });
  try {
    const objects = pin(yaml.loadAll(rendered).filter(Boolean));
    process.stdout.write(objects.map((object) => yaml.dump(object, { lineWidth: -1 })).join("---\n"));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
