// make k8s-validate: renders every overlay with `kubectl kustomize` and checks every object
// offline — against the Kubernetes schemas (kubernetes-models) and the Strimzi and CloudNativePG
// CRD schemas (and the prometheus-operator's), wrong types and missing required fields failing; built-in kinds also against the
// fields the API defines (the type maps of @kubernetes/client-node), and Strimzi and CloudNativePG
// objects against the fields their models declare (the CRD schema as TypeScript declarations),
// an unknown field failing at any depth; the two operators without a published model (Keycloak, MongoDB Community) against the fields
// their CRDs allow at the top of spec. Then the platform's own rules: every container non-root, read-only, without
// capabilities, with limits and the three probes; and the realm import equal to its generator's.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as k8s from "@kubernetes/client-node";
import yaml from "js-yaml";
import ts from "typescript";
import { realmImport } from "./realm.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MODELS = {
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator/monitoring.coreos.com",
};
/** Top-level spec fields of the CRDs without a model (Keycloak Operator 26, MongoDB Community Operator 0.13). */
const SPEC_FIELDS = {
  "k8s.keycloak.org/Keycloak": ["instances", "image", "imagePullSecrets", "db", "http", "hostname", "proxy",
    "features", "transaction", "ingress", "networkPolicy", "unsupported", "resources", "startOptimized",
    "additionalOptions", "truststores", "cache", "httpManagement", "scheduling", "bootstrapAdmin", "tracing"],
  "k8s.keycloak.org/KeycloakRealmImport": ["keycloakCRName", "realm", "placeholders", "resources"],
  "mongodbcommunity.mongodb.com/MongoDBCommunity": ["members", "type", "version", "arbiters", "featureCompatibilityVersion",
    "replicaSetHorizons", "security", "users", "statefulSet", "agent", "additionalMongodConfig",
    "automationConfig", "prometheus", "additionalConnectionStringConfig", "memberConfig"],
};

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

async function model(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const base = MODELS[group] ?? (group ? `kubernetes-models/${group}` : "kubernetes-models");
  try {
    const module = await import(`${base}/${version}/${kind}`);
    return module[kind];
  } catch {
    return null;
  }
}

/** Fields of {@code value} that type {@code type} of the Kubernetes API does not have, recursively. */
function unknownFields(value, type, path, found) {
  if (value === null || value === undefined || typeof value !== "object") return;
  const array = type.match(/^Array<(.+)>$/);
  if (array) {
    value.forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, found));
    return;
  }
  const map = type.match(/^\{ \[key: string\]: (.+); \}$/);
  if (map) {
    for (const [key, item] of Object.entries(value)) unknownFields(item, map[1], `${path}.${key}`, found);
    return;
  }
  const model = k8s[type];
  if (typeof model?.getAttributeTypeMap !== "function") return;
  const fields = new Map(model.getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!fields.has(key)) found.push(`${path}.${key}`);
    else unknownFields(item, fields.get(key), `${path}.${key}`, found);
  }
}

/**
 * Fields of a custom resource that its model's declarations do not have, at any depth: the
 * interface I<Kind> of <kind>.d.ts and the interfaces it refers to, read with the TypeScript
 * compiler. Free-form parts (an index signature, `{}`, `unknown`, a type from another package)
 * are not looked into.
 */
function undeclaredFields(object, found) {
  const [group, version] = object.apiVersion.split("/");
  const file = fileURLToPath(new URL(`node_modules/${MODELS[group]}/${version}/${object.kind}.d.ts`, import.meta.url));
  const declared = declaration(file, `I${object.kind}`);
  if (!declared) {
    found.push(` (no declaration of ${object.kind} in ${file})`);
    return;
  }
  const { apiVersion, kind, ...rest } = object;
  checkMembers(rest, declared, "", found);
}

const sources = new Map();

/** The interface {@code name} of a declaration file, with the file it is in (for the names it imports). */
function declaration(file, name) {
  if (!sources.has(file)) {
    sources.set(file, ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest));
  }
  const source = sources.get(file);
  const found = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (found) {
    // `interface IBarmanObjectStoreConfiguration extends I…BarmanCredentials`: its fields are the base's too.
    const bases = (found.heritageClauses ?? []).flatMap((clause) => clause.types)
      .map((base) => referenced(file, base.expression.text)).filter(Boolean);
    return { file, members: found.members, bases };
  }
  // `export type { IClusterSpec as IComGithub…ClusterSpec }`: the long name other files import.
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause?.elements) continue;
    const alias = statement.exportClause.elements.find((e) => e.name.text === name && e.propertyName);
    if (alias) return declaration(file, alias.propertyName.text);
  }
  return null;
}

/** The interface a type reference names, where it is declared in this package (a relative import). */
function referenced(file, name) {
  const local = declaration(file, name);
  if (local) return local;
  for (const statement of sources.get(file).statements) {
    if (!ts.isImportDeclaration(statement) || !statement.moduleSpecifier.text.startsWith(".")) continue;
    const names = statement.importClause?.namedBindings?.elements ?? [];
    if (names.some((n) => n.name.text === name)) {
      return declaration(fileURLToPath(new URL(`${statement.moduleSpecifier.text.replace(/\.js$/, "")}.d.ts`, `file://${file}`)), name);
    }
  }
  return null;
}

/** The property signatures of a declared interface and of the interfaces it extends, each with its file. */
function fieldsOf(declared, fields = new Map()) {
  for (const m of declared.members.filter(ts.isPropertySignature)) fields.set(m.name.text, { type: m.type, file: declared.file });
  for (const base of declared.bases ?? []) fieldsOf(base, fields);
  return fields;
}

function checkMembers(value, declared, path, found) {
  const { members } = declared;
  // `{}` is how the models write a part the CRD leaves open (x-kubernetes-preserve-unknown-fields).
  if ((members.length === 0 && !declared.bases?.length) || members.some(ts.isIndexSignatureDeclaration)) return;
  const fields = fieldsOf(declared);
  for (const [key, item] of Object.entries(value)) {
    if (!fields.has(key)) found.push(`${path}.${key}`);
    else checkDeclared(item, fields.get(key).type, fields.get(key).file, `${path}.${key}`, found);
  }
}

function checkDeclared(value, type, file, path, found) {
  if (value === null || typeof value !== "object" || !type) return;
  if (ts.isParenthesizedTypeNode(type)) return checkDeclared(value, type.type, file, path, found);
  if (Array.isArray(value)) {
    const element = ts.isArrayTypeNode(type) ? type.elementType
      : ts.isTypeReferenceNode(type) && type.typeName.escapedText === "Array" ? type.typeArguments[0] : null;
    value.forEach((item, i) => checkDeclared(item, element, file, `${path}[${i}]`, found));
  } else if (ts.isTypeLiteralNode(type)) {
    checkMembers(value, { file, members: type.members }, path, found);
  } else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
    const declared = referenced(file, type.typeName.escapedText);
    if (declared) checkMembers(value, declared, path, found);
  }
}

/** The client model of a built-in kind: V1Deployment for apps/v1 Deployment, V2HorizontalPodAutoscaler… */
function builtInType(apiVersion, kind) {
  const version = apiVersion.split("/").pop();
  const name = version.charAt(0).toUpperCase() + version.slice(1) + kind;
  return typeof k8s[name]?.getAttributeTypeMap === "function" ? name : null;
}

/** The hardening every pod gets; a long-running one (probes) also the three probes. */
function checkContainers(where, spec, probes = true) {
  const pod = spec.template.spec;
  if (pod.securityContext?.runAsNonRoot !== true) fail(where, "the pod must set runAsNonRoot");
  for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
    const at = `${where} container ${c.name}`;
    if (c.securityContext?.readOnlyRootFilesystem !== true) fail(at, "needs readOnlyRootFilesystem");
    if (c.securityContext?.allowPrivilegeEscalation !== false) fail(at, "must not allow privilege escalation");
    if (!c.securityContext?.capabilities?.drop?.includes("ALL")) fail(at, "must drop ALL capabilities");
    if (!c.resources?.requests || !c.resources?.limits?.memory) fail(at, "needs requests and a memory limit");
    for (const probe of probes ? ["startupProbe", "livenessProbe", "readinessProbe"] : []) {
      if (!c[probe]) fail(at, `needs a ${probe}`);
      // A service's health is on its management interface, never on the port its Service routes.
      const port = c[probe]?.httpGet?.port;
      if (c.ports?.some((p) => p.name === "management") && port !== "management") {
        fail(at, `${probe} must ask the management port, not ${port}`);
      }
    }
  }
}

/** The overlay rendered by kubectl, or read from $RENDERED/<overlay>.yaml where a CI job without kubectl validates. */
function render(overlay) {
  if (process.env.RENDERED) {
    return readFileSync(`${process.env.RENDERED}/${overlay}.yaml`, "utf8");
  }
  return execFileSync("kubectl", ["kustomize", `${ROOT}/k8s/overlays/${overlay}`], { encoding: "utf8" });
}

async function validate(overlay) {
  const rendered = render(overlay);
  const objects = yaml.loadAll(rendered).filter(Boolean);
  for (const object of objects) {
    const where = `${overlay} ${object.kind}/${object.metadata?.name}`;
    const Model = await model(object.apiVersion, object.kind);
    const custom = SPEC_FIELDS[`${object.apiVersion.split("/")[0]}/${object.kind}`];
    if (Model) {
      try {
        new Model(object).validate();
      } catch (e) {
        fail(where, e.message);
      }
      const unknown = [];
      if (MODELS[object.apiVersion.split("/")[0]]) {
        undeclaredFields(object, unknown);
      } else if (builtInType(object.apiVersion, object.kind)) {
        unknownFields(object, builtInType(object.apiVersion, object.kind), "", unknown);
      }
      unknown.forEach((field) => fail(where, `${field.slice(1)} is not a field of ${object.kind}`));
    } else if (custom) {
      if (!object.metadata?.name || typeof object.spec !== "object") fail(where, "needs metadata.name and a spec");
      for (const key of Object.keys(object.spec ?? {})) {
        if (!custom.includes(key)) fail(where, `spec.${key} is not a field of ${object.kind}`);
      }
    } else {
      fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
    }
    if (object.kind === "Deployment") checkContainers(where, object.spec);
    if (object.kind === "CronJob") checkContainers(where, object.spec.jobTemplate.spec, false);
  }
  console.log(`${overlay}: ${objects.length} objects checked`);
}

for (const overlay of readdirSync(`${ROOT}/k8s/overlays`)) {
  await validate(overlay);
}
const committed = readFileSync(`${ROOT}/k8s/base/infrastructure/keycloak-realm-import.yaml`, "utf8");
if (committed !== realmImport()) {
  fail("keycloak-realm-import.yaml", "differs from its generator: run `node k8s/tools/realm.mjs > k8s/base/infrastructure/keycloak-realm-import.yaml`");
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("k8s: every object valid");
