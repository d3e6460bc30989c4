#!/usr/bin/env python3
"""Offline checks of the deployment descriptors (no cluster, no Docker needed).

    python3 deploy/k8s/validate.py

1. every YAML file under deploy/ parses;
2. every kustomization's resources/patches exist (resolved recursively from the overlays);
3. infra/keycloak/realm-import.yaml is in sync with deploy/keycloak/mot-cua-realm.json;
4. both overlays build with `kubectl kustomize` (or `kustomize build`), if either tool is installed; the
   rendered output is then checked against the code and the rules of deploy/README.md:
   probes, resources, security context, no inline secrets, a Service/HPA/PDB per Deployment, ConfigMaps and
   CloudNativePG Secrets that exist, topics = the topics the code names, gateway routes = the routes the
   gateway defines, database URLs = the databases the clusters bootstrap, and a production realm with no demo
   users, no demo secrets and TLS required; the console: the gateway Ingress publishes the console's and the
   API's paths and nothing under /q, the gateway reads the console secrets the code names from one Secret (dev:
   generated, its client secret = the realm's; prod: not in the build, created by ops, and the realm import
   takes the console client's secret from the same key), the realm's console client is confidential, code flow
   with PKCE S256 only and redirects to the gateway's public host, and the gateway may reach Keycloak; the
   rating ticket key: dossier-service (issues tickets) and evaluation-service (checks them) read
   MOTCUA_RATING_TICKET_KEY from the same key of one non-optional Secret, no other service reads it (dev:
   generated with the launcher's demo value; prod: not in the build);
5. docker-compose.yml: services, build arguments and mounted files exist; the console's client secret is the
   demo realm's; both rating-ticket services have the same key default, the launcher's.

It does NOT check the custom resources against the operators' CRD schemas (they are not available offline),
and nothing here proves the manifests run: see "What is not verified" in deploy/README.md.
Exit status 0 when everything passes. Needs PyYAML (Debian: python3-yaml).
"""
import base64
import json
import pathlib
import re
import shutil
import subprocess
import sys

import yaml

K8S = pathlib.Path(__file__).resolve().parent
DEPLOY = K8S.parent
REPO = DEPLOY.parent
SERVICES = ["gateway", "catalog-service", "dossier-service", "evaluation-service", "reporting-service"]
OVERLAYS = ["dev", "prod"]
# the rating ticket (platform/security RatingTicket): issued by dossier-service's public lookup, checked by
# evaluation-service's rating, so both must hold the same key
RATING_TICKET_VAR = "MOTCUA_RATING_TICKET_KEY"
RATING_TICKET_SERVICES = ["dossier-service", "evaluation-service"]

failures: list[str] = []
notes: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)


def check(cond: bool, msg: str) -> None:
    if not cond:
        fail(msg)


# --- 1. every YAML parses ---------------------------------------------------------------------------------
def parse_all_yaml() -> int:
    count = 0
    for path in sorted(DEPLOY.rglob("*.y*ml")):
        try:
            list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
            count += 1
        except yaml.YAMLError as e:
            fail(f"{path.relative_to(REPO)} does not parse: {e}")
    return count


# --- 2. kustomization references ----------------------------------------------------------------------------
def check_kustomization(directory: pathlib.Path, seen: set) -> None:
    if directory in seen:
        return
    seen.add(directory)
    kfile = directory / "kustomization.yaml"
    if not kfile.exists():
        fail(f"{directory.relative_to(REPO)}: no kustomization.yaml")
        return
    k = yaml.safe_load(kfile.read_text(encoding="utf-8"))
    for res in k.get("resources", []):
        target = (directory / res).resolve()
        if target.is_dir():
            check_kustomization(target, seen)
        else:
            check(target.is_file(), f"{kfile.relative_to(REPO)}: resource {res} does not exist")
    for patch in k.get("patches", []):
        if "path" in patch:
            check((directory / patch["path"]).is_file(),
                  f"{kfile.relative_to(REPO)}: patch {patch['path']} does not exist")


# --- 3. generated realm import ------------------------------------------------------------------------------
def check_realm_import() -> None:
    gen = K8S / "infra" / "keycloak" / "generate-realm-import.py"
    result = subprocess.run([sys.executable, str(gen), "--check"], capture_output=True, text=True)
    check(result.returncode == 0, (result.stderr or result.stdout).strip())


# --- 4. rendered overlays -------------------------------------------------------------------------------------
def kustomize_command() -> list[str] | None:
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    return None


def render(overlay: str, cmd: list[str]) -> list[dict] | None:
    result = subprocess.run(cmd + [str(K8S / "overlays" / overlay)], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"overlays/{overlay} does not build: {result.stderr.strip()}")
        return None
    return [d for d in yaml.safe_load_all(result.stdout) if d]


def by_kind(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def code_topics() -> set[str]:
    """Topic names the code uses: Topics.java constants, `topic=` and dead-letter topics in the services.

    A service that consumes (an `mp.messaging.incoming.*.topic`) parks poison records in the dead-letter topic of
    platform/commons' connector defaults, `dlq.${quarkus.application.name}`, unless a channel names its own."""
    topics = set(re.findall(r'"([a-z]+\.[a-z.]+\.v\d+)"',
                            (REPO / "platform/events/src/main/java/vn/motcua/events/Topics.java").read_text()))
    defaults = (REPO / "platform/commons/src/main/resources/META-INF/microprofile-config.properties").read_text()
    default_dlq = re.search(r"^mp\.messaging\.connector\.smallrye-kafka\.dead-letter-queue\.topic=(\S+)$",
                            defaults, re.M)
    for svc in SERVICES:
        props = (REPO / svc / "src/main/resources/application.properties").read_text(encoding="utf-8")
        for line in props.splitlines():
            m = re.match(r"mp\.messaging\.\w+\.[\w-]+\.(topic|dead-letter-queue\.topic)=(\S+)", line)
            if m:
                topics.add(m.group(2))
        if default_dlq and re.search(r"^mp\.messaging\.incoming\.[\w-]+\.topic=", props, re.M):
            app = re.search(r"^quarkus\.application\.name=(\S+)$", props, re.M).group(1)
            topics.add(default_dlq.group(1).replace("${quarkus.application.name}", app))
    return topics


def gateway_props() -> str:
    return (REPO / "gateway/src/main/resources/application.properties").read_text(encoding="utf-8")


def gateway_routes() -> set[str]:
    return set(re.findall(r"^motcua\.gateway\.routes\.(\w+)\.url=", gateway_props(), re.M))


def console_secret_vars() -> dict[str, str]:
    """The environment variables the console tenant takes its secrets from, with their (demo) defaults."""
    return dict(re.findall(r"^quarkus\.oidc\.console\.[\w.-]+=\$\{(MOTCUA_CONSOLE_\w*SECRET):([^}]*)}",
                           gateway_props(), re.M))


def console_client_id() -> str:
    return re.search(r"^quarkus\.oidc\.console\.client-id=(\S+)$", gateway_props(), re.M).group(1)


def permission_paths(*names: str) -> list[str]:
    """Paths of the gateway's named HTTP permissions, a trailing /* as one sample path below it."""
    paths = []
    for name in names:
        m = re.search(rf"^quarkus\.http\.auth\.permission\.{name}\.paths=(\S+)$", gateway_props(), re.M)
        check(m is not None, f"gateway: no HTTP permission {name} in application.properties")
        if m:
            paths += [p.removesuffix("*") + "x" if p.endswith("/*") else p for p in m.group(1).split(",")]
    return paths


def ingress_matches(rule_paths: list[dict], path: str) -> bool:
    for p in rule_paths:
        prefix = p["path"]
        if p["pathType"] == "Exact" and path == prefix:
            return True
        if p["pathType"] in ("Prefix", "ImplementationSpecific") and (
                prefix == "/" or path == prefix.rstrip("/") or path.startswith(prefix.rstrip("/") + "/")):
            return True
    return False


def selects(selector: dict, labels: dict) -> bool:
    """Whether a label selector selects a pod with these labels."""
    if any(labels.get(k) != v for k, v in selector.get("matchLabels", {}).items()):
        return False
    for e in selector.get("matchExpressions", []):
        has, value = e["key"] in labels, labels.get(e["key"])
        ok = {"In": has and value in e.get("values", []), "NotIn": not has or value not in e.get("values", []),
              "Exists": has, "DoesNotExist": not has}[e["operator"]]
        if not ok:
            return False
    return True


def check_rendered(overlay: str, docs: list[dict]) -> None:
    where = f"overlays/{overlay}"
    deployments = by_kind(docs, "Deployment")
    configmaps = by_kind(docs, "ConfigMap")
    clusters = by_kind(docs, "Cluster")
    check(set(deployments) == set(SERVICES), f"{where}: Deployments {sorted(deployments)} != {SERVICES}")
    for kind in ["Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"]:
        have = by_kind(docs, kind)
        for name in SERVICES:
            check(name in have, f"{where}: {kind} {name} missing")
    check(all(d["metadata"].get("namespace") == "mot-cua" for d in docs if d["kind"] != "Namespace"),
          f"{where}: a resource is outside namespace mot-cua")

    app_secret_names = {f"{name}-app" for name in clusters}
    for name, dep in deployments.items():
        pod = dep["spec"]["template"]["spec"]
        c = pod["containers"][0]
        check("replicas" not in dep["spec"], f"{where}: {name} sets replicas (the HPA owns them)")
        check(c["startupProbe"]["httpGet"]["path"] == "/q/health/live", f"{where}: {name} startup probe path")
        check(c["livenessProbe"]["httpGet"]["path"] == "/q/health/live", f"{where}: {name} liveness probe path")
        check(c["readinessProbe"]["httpGet"]["path"] == "/q/health/ready", f"{where}: {name} readiness probe path")
        for part in ["requests", "limits"]:
            for res in ["cpu", "memory"]:
                check(res in c["resources"].get(part, {}), f"{where}: {name} has no {part}.{res}")
        check(pod["securityContext"].get("runAsNonRoot") is True, f"{where}: {name} not runAsNonRoot")
        check(c["securityContext"].get("readOnlyRootFilesystem") is True, f"{where}: {name} root fs writable")
        check(c["securityContext"].get("allowPrivilegeEscalation") is False, f"{where}: {name} privilege escalation")
        check(any(m["mountPath"] == "/tmp" for m in c.get("volumeMounts", [])), f"{where}: {name} has no /tmp")
        env = {}
        for ref in c.get("envFrom", []):
            check("configMapRef" in ref, f"{where}: {name} takes a whole Secret as environment (envFrom)")
            cm_name = ref.get("configMapRef", {}).get("name")
            check(cm_name in configmaps, f"{where}: {name} refers to missing ConfigMap {cm_name}")
            for key in configmaps.get(cm_name, {}).get("data", {}):
                check(not re.search(r"PASSWORD|SECRET", key), f"{where}: ConfigMap {cm_name} holds {key}")
            env.update(configmaps.get(cm_name, {}).get("data", {}))
        for e in c.get("env", []):
            if "value" in e and re.search(r"PASSWORD|SECRET", e["name"]):
                fail(f"{where}: {name} has an inline {e['name']}")
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if ref and not (name == "gateway" and e["name"] in console_secret_vars()) \
                    and not (name in RATING_TICKET_SERVICES and e["name"] == RATING_TICKET_VAR):
                check(ref["name"] in app_secret_names,
                      f"{where}: {name} reads Secret {ref['name']}, which no CloudNativePG Cluster here creates")
            env[e["name"]] = e.get("value", "<secret>")
        check(re.search(r"MaxRAMPercentage=\d+", env.get("JDK_JAVA_OPTIONS", "")) is not None,
              f"{where}: {name} has no -XX:MaxRAMPercentage")
        check(env.get("QUARKUS_HTTP_PORT") == "8080", f"{where}: {name} QUARKUS_HTTP_PORT is not 8080")
        for key in ["MOTCUA_KAFKA", "MOTCUA_OIDC_URL"]:
            check(key in env, f"{where}: {name} lacks {key}")
        if name == "gateway":
            for route in gateway_routes():
                check(f"MOTCUA_GATEWAY_ROUTES_{route.upper()}_URL" in env, f"{where}: gateway route {route} unset")
            check("MOTCUA_DB_URL" not in env, f"{where}: gateway has a database URL")
            check(env.get("QUARKUS_OIDC_CONSOLE_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME") == "true",
                  f"{where}: gateway behind the TLS ingress without "
                  "QUARKUS_OIDC_CONSOLE_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME=true")
        else:
            url = env.get("MOTCUA_DB_URL", "")
            m = re.match(r"jdbc:postgresql://([\w-]+)-rw:5432/(\w+)", url)
            check(m is not None, f"{where}: {name} MOTCUA_DB_URL {url!r} is not a CloudNativePG -rw URL")
            if m:
                cluster, db = m.groups()
                check(cluster in clusters, f"{where}: {name} uses cluster {cluster}, not in the build")
                if cluster in clusters:
                    initdb = clusters[cluster]["spec"]["bootstrap"]["initdb"]
                    check(initdb["database"] == db, f"{where}: {name} database {db} != {initdb['database']}")
                    secret = next(e["valueFrom"]["secretKeyRef"]["name"] for e in c["env"]
                                  if e["name"] == "MOTCUA_DB_USER")
                    check(secret == f"{cluster}-app", f"{where}: {name} credentials from {secret}, not {cluster}-app")
            # the local service defaults name the same database
            props = (REPO / name / "src/main/resources/application.properties").read_text(encoding="utf-8")
            default_db = re.search(r"MOTCUA_DB_URL:jdbc:postgresql://[^/]+/(\w+)", props)
            if m and default_db:
                check(default_db.group(1) == m.group(2), f"{where}: {name} database differs from its default")

    topics = {d["spec"]["topicName"]: d for d in docs if d["kind"] == "KafkaTopic"}
    check(set(topics) == code_topics(), f"{where}: KafkaTopics {sorted(topics)} != code {sorted(code_topics())}")
    for t, d in topics.items():
        check(d["spec"]["replicas"] == 3 and str(d["spec"]["config"].get("min.insync.replicas")) == "2",
              f"{where}: topic {t} not replicas 3 / min.insync.replicas 2")
        check(d["metadata"]["labels"].get("strimzi.io/cluster") in by_kind(docs, "Kafka"),
              f"{where}: topic {t} points to no Kafka in the build")
    kafka = next(iter(by_kind(docs, "Kafka").values()))
    pools = [d for d in docs if d["kind"] == "KafkaNodePool"]
    check(sum(p["spec"]["replicas"] for p in pools if "broker" in p["spec"]["roles"]) >= 3,
          f"{where}: fewer than 3 brokers for replication factor 3")
    bootstrap = f"{kafka['metadata']['name']}-kafka-bootstrap:9092"
    common = next((cm for n, cm in configmaps.items() if n.startswith("mot-cua-common")), {})
    check(common.get("data", {}).get("MOTCUA_KAFKA") == bootstrap, f"{where}: MOTCUA_KAFKA is not {bootstrap}")

    keycloak = next(iter(by_kind(docs, "Keycloak").values()))
    kc_host = keycloak["spec"]["hostname"]["hostname"]
    ingress_hosts = {r["host"] for ing in by_kind(docs, "Ingress").values() for r in ing["spec"]["rules"]}
    check(re.sub(r"^https://", "", kc_host) in ingress_hosts,
          f"{where}: Keycloak hostname {kc_host} has no Ingress rule ({sorted(ingress_hosts)})")
    check(keycloak["spec"]["db"]["host"].removesuffix("-rw") in clusters, f"{where}: Keycloak database not in the build")
    realm_import = next(iter(by_kind(docs, "KeycloakRealmImport").values()))
    check(realm_import["spec"]["keycloakCRName"] == keycloak["metadata"]["name"], f"{where}: realm import target")
    check(common.get("data", {}).get("MOTCUA_OIDC_URL")
          == f"http://{keycloak['metadata']['name']}-service:8080/realms/{realm_import['spec']['realm']['realm']}",
          f"{where}: MOTCUA_OIDC_URL does not point at the Keycloak Service and realm")
    check("default-deny-ingress" in by_kind(docs, "NetworkPolicy"), f"{where}: no default-deny-ingress policy")

    check_console(where, docs, realm_import, keycloak)
    check_rating_ticket(where, docs)

    if overlay == "prod":
        check_production_realm(realm_import)
        check(not any(d["spec"]["instances"] < 3 for d in clusters.values()), "prod: a PostgreSQL cluster < 3 instances")


def check_console(where: str, docs: list[dict], realm_import: dict, keycloak: dict) -> None:
    """The console: published by the gateway Ingress, its secrets from a Secret, its client in the realm."""
    prod = where.endswith("prod")
    gateway = by_kind(docs, "Deployment")["gateway"]
    pod = gateway["spec"]["template"]
    container = pod["spec"]["containers"][0]

    # the gateway Ingress: the console's and the API's paths, all to the gateway, nothing under /q
    ingress = by_kind(docs, "Ingress").get("gateway")
    check(ingress is not None, f"{where}: no Ingress gateway")
    if ingress is None:
        return
    rules = ingress["spec"]["rules"]
    check(len(rules) == 1, f"{where}: Ingress gateway has {len(rules)} rules, expected one host")
    host, paths = rules[0]["host"], rules[0]["http"]["paths"]
    check(any(host in t.get("hosts", []) for t in ingress["spec"].get("tls", [])),
          f"{where}: Ingress gateway has no TLS for {host} (the console's cookies and redirects assume https)")
    for p in paths:
        backend = p["backend"].get("service", {})
        check(backend.get("name") == "gateway" and backend.get("port") in ({"name": "http"}, {"number": 8080}),
              f"{where}: Ingress gateway path {p['path']} does not lead to the gateway's http port")
    for path in permission_paths("api", "console", "console-sign-in", "console-session"):
        check(ingress_matches(paths, path), f"{where}: Ingress gateway does not publish {path}")
    for path in permission_paths("probes") + ["/q", "/q/dev-ui"]:
        check(not ingress_matches(paths, path), f"{where}: Ingress gateway publishes internal {path}")
    # the overlays replace the base rule whole (to set the host), so its paths must stay the base's
    base = yaml.safe_load((K8S / "base" / "ingress.yaml").read_text(encoding="utf-8"))
    check(paths == base["spec"]["rules"][0]["http"]["paths"],
          f"{where}: Ingress gateway paths differ from base/ingress.yaml (overlays/*/hosts.yaml repeat them)")

    # the three secrets, each from a key of one Secret (no fallback to the demo defaults of application.properties)
    refs = {e["name"]: e.get("valueFrom", {}).get("secretKeyRef") for e in container.get("env", [])}
    wanted = console_secret_vars()
    check(len(wanted) == 3, f"gateway application.properties: console secrets {sorted(wanted)}, expected three")
    for var in wanted:
        ref = refs.get(var)
        check(ref is not None and not ref.get("optional", False),
              f"{where}: gateway does not read {var} from a (non-optional) Secret key")
    secret_names = {refs[v]["name"] for v in wanted if refs.get(v)}
    check(len(secret_names) == 1,
          f"{where}: gateway console secrets from {sorted(secret_names)}, expected one Secret")
    secret_name = next(iter(secret_names), None)
    secret = by_kind(docs, "Secret").get(secret_name)

    # the console client in the realm
    realm = realm_import["spec"]["realm"]
    client = next((cl for cl in realm.get("clients", []) if cl["clientId"] == console_client_id()), None)
    check(client is not None, f"{where}: the realm has no client {console_client_id()}")
    if client is None:
        return
    name = f"{where} realm: client {client['clientId']}"
    check(client.get("publicClient") is False, f"{name} is not confidential")
    check(client.get("standardFlowEnabled") is True, f"{name} has no authorization-code flow")
    for flow in ["implicitFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled"]:
        check(not client.get(flow, False), f"{name} has {flow}")
    attributes = client.get("attributes", {})
    check(attributes.get("pkce.code.challenge.method") == "S256", f"{name} does not require PKCE S256")
    public = f"https://{host}/*"
    redirects = client.get("redirectUris", [])
    post_logout = [u for u in attributes.get("post.logout.redirect.uris", "").split("##") if u]
    check(public in redirects, f"{name}: redirect URIs {redirects} lack the console's {public}")
    check(public in post_logout, f"{name}: post-logout URIs {post_logout} lack the console's {public}")

    if prod:
        check(redirects == [public] and post_logout == [public],
              f"{name}: redirect/post-logout URIs {redirects} / {post_logout} are not exactly {public}")
        check(secret is None,
              f"{where}: Secret {secret_name} is in the build (it must be created by ops, not shipped)")
        m = re.fullmatch(r"\$\{(\w+)}", client.get("secret", ""))
        check(m is not None, f"{name}: secret is not a placeholder")
        if m:
            source = realm_import["spec"].get("placeholders", {}).get(m.group(1), {}).get("secret", {})
            gateway_ref = refs.get("MOTCUA_CONSOLE_CLIENT_SECRET") or {}
            check(source == {"name": gateway_ref.get("name"), "key": gateway_ref.get("key")},
                  f"{name}: secret from {source}, the gateway's from {gateway_ref} (they must be the same key)")
    else:
        check(secret is not None, f"{where}: Secret {secret_name} the gateway reads is not in the build")
        if secret is not None:
            data = {k: base64.b64decode(v).decode() for k, v in secret.get("data", {}).items()}
            data.update(secret.get("stringData", {}))
            for var in wanted:
                key = refs[var]["key"] if refs.get(var) else None
                if key is None:
                    continue  # reported above
                check(key in data, f"{where}: Secret {secret_name} has no key {key} for {var}")
                check(len(data.get(key, "")) >= 32, f"{where}: Secret {secret_name} {key} is under 32 characters")
            client_key = (refs.get("MOTCUA_CONSOLE_CLIENT_SECRET") or {}).get("key")
            check(data.get(client_key) == client.get("secret"),
                  f"{where}: Secret {secret_name} {client_key} differs from the realm's {client['clientId']} secret")

    # the gateway reaches Keycloak (discovery, keys, and the console's code exchange and refresh) and is let in
    labels = pod["metadata"]["labels"]
    kc_name = keycloak["metadata"]["name"]
    egress = False
    for np in by_kind(docs, "NetworkPolicy").values():
        spec = np["spec"]
        if "Egress" not in spec.get("policyTypes", []) or not selects(spec["podSelector"], labels):
            continue
        for rule in spec.get("egress", []):
            to_kc = any("namespaceSelector" not in peer and peer.get("podSelector", {}).get("matchLabels", {})
                        .get("app.kubernetes.io/instance") == kc_name for peer in rule.get("to", []))
            if to_kc and any(port.get("port") == 8080 for port in rule.get("ports", [])):
                egress = True
    check(egress, f"{where}: no NetworkPolicy lets the gateway reach Keycloak on 8080")
    check(any("podSelector" in peer and "namespaceSelector" not in peer and selects(peer["podSelector"], labels)
              for peer in keycloak["spec"].get("networkPolicy", {}).get("http", [])),
          f"{where}: Keycloak's networkPolicy.http does not admit the gateway")


def launcher_rating_ticket_key() -> str:
    """The demo key the launcher hands to both services (platform/launcher ServiceCommand)."""
    source = (REPO / "platform/launcher/src/main/java/vn/motcua/launcher/ServiceCommand.java").read_text()
    m = re.search(r'DEMO_RATING_TICKET_KEY = "([^"]+)"', source)
    check(m is not None, "launcher: no DEMO_RATING_TICKET_KEY in ServiceCommand.java")
    return m.group(1) if m else ""


def check_rating_ticket(where: str, docs: list[dict]) -> None:
    """Both services of the rating ticket read one key of one Secret, and nobody else reads it."""
    check(RATING_TICKET_VAR in (REPO / "platform/security/src/main/java/vn/motcua/platform/security/RatingTicket.java")
          .read_text(), f"RatingTicket.java no longer names {RATING_TICKET_VAR}")
    refs = {}
    for name, dep in by_kind(docs, "Deployment").items():
        env = dep["spec"]["template"]["spec"]["containers"][0].get("env", [])
        entry = next((e for e in env if e["name"] == RATING_TICKET_VAR), None)
        if name not in RATING_TICKET_SERVICES:
            check(entry is None, f"{where}: {name} reads {RATING_TICKET_VAR}, only {RATING_TICKET_SERVICES} may")
            continue
        ref = (entry or {}).get("valueFrom", {}).get("secretKeyRef")
        check(ref is not None and not ref.get("optional", False),
              f"{where}: {name} does not read {RATING_TICKET_VAR} from a (non-optional) Secret key")
        if ref:
            refs[name] = (ref["name"], ref["key"])
    check(len(set(refs.values())) <= 1, f"{where}: the rating ticket services read different keys {refs}")
    if not refs:
        return
    secret_name, key = next(iter(refs.values()))
    secret = by_kind(docs, "Secret").get(secret_name)
    if where.endswith("prod"):
        check(secret is None, f"{where}: Secret {secret_name} is in the build (it must be created by ops)")
    else:
        check(secret is not None, f"{where}: Secret {secret_name} the rating ticket services read is not in the build")
        if secret is not None:
            data = {k: base64.b64decode(v).decode() for k, v in secret.get("data", {}).items()}
            data.update(secret.get("stringData", {}))
            check(len(data.get(key, "")) >= 32, f"{where}: Secret {secret_name} {key} is under 32 bytes")
            check(data.get(key) == launcher_rating_ticket_key(),
                  f"{where}: Secret {secret_name} {key} differs from the launcher's demo key")


def check_production_realm(realm_import: dict) -> None:
    realm = realm_import["spec"]["realm"]
    check(realm.get("sslRequired") in ("external", "all"), "prod realm: sslRequired is not external/all")
    for user in realm.get("users", []):
        check("serviceAccountClientId" in user, f"prod realm: human user {user.get('username')} present")
        check(not user.get("credentials"), f"prod realm: user {user.get('username')} has credentials")
    placeholders = set(realm_import["spec"].get("placeholders", {}))
    for client in realm.get("clients", []):
        secret = client.get("secret")
        if secret is not None:
            m = re.fullmatch(r"\$\{(\w+)}", secret)
            check(m is not None, f"prod realm: client {client['clientId']} has a literal secret")
            if m:
                check(m.group(1) in placeholders, f"prod realm: placeholder {m.group(1)} not defined")
        for uri in client.get("redirectUris", []):
            check("localhost" not in uri, f"prod realm: client {client['clientId']} redirects to {uri}")
    dev_realm = json.loads((DEPLOY / "keycloak/mot-cua-realm.json").read_text(encoding="utf-8"))
    dev_accounts = {u["username"]: u for u in dev_realm["users"] if "serviceAccountClientId" in u}
    prod_accounts = {u["username"]: u for u in realm.get("users", [])}
    check(dev_accounts == prod_accounts,
          "prod realm: service accounts differ from the realm file (update overlays/prod/realm-production.yaml)")
    check("demo" not in json.dumps(realm, ensure_ascii=False).lower(), "prod realm: still mentions 'demo'")


# --- 5. docker compose ----------------------------------------------------------------------------------------
def check_compose() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    for svc in SERVICES:
        check(svc in services, f"docker-compose.yml: service {svc} missing")
        build = services.get(svc, {}).get("build", {})
        check(build.get("args", {}).get("MODULE") == svc, f"docker-compose.yml: {svc} MODULE arg")
        check((DEPLOY / build.get("context", "") / build.get("dockerfile", "")).resolve().is_file(),
              f"docker-compose.yml: {svc} Dockerfile not found")
        check((REPO / svc / "pom.xml").is_file(), f"docker-compose.yml: module {svc} does not exist")
    for name, svc in services.items():
        for vol in svc.get("volumes", []):
            src = vol.split(":")[0]
            if src.startswith("."):
                check((DEPLOY / src).exists(), f"docker-compose.yml: {name} mounts missing {src}")
        for dep in svc.get("depends_on", {}):
            check(dep in services, f"docker-compose.yml: {name} depends on unknown {dep}")
    script = services["kafka-topics"]["command"][0]
    created = set(re.findall(r"^create ([\w.-]+) \d+$", script, re.M))
    check(created == code_topics(), f"docker-compose.yml: topics {sorted(created)} != code {sorted(code_topics())}")
    realm = json.loads((DEPLOY / "keycloak/mot-cua-realm.json").read_text(encoding="utf-8"))
    client = next((c for c in realm["clients"] if c["clientId"] == console_client_id()), {})
    gw_env = services["gateway"].get("environment", {})
    for var in console_secret_vars():
        value = str(gw_env.get(var, ""))
        m = re.fullmatch(rf"\$\{{{var}:-([^}}]+)}}", value)
        check(m is not None and len(m.group(1)) >= 32,
              f"docker-compose.yml: gateway {var} is not ${{{var}:-<32+ characters>}}")
        if m and var == "MOTCUA_CONSOLE_CLIENT_SECRET":
            check(m.group(1) == client.get("secret"), "docker-compose.yml: console client secret is not the realm's")
    for svc in SERVICES:
        value = str(services.get(svc, {}).get("environment", {}).get(RATING_TICKET_VAR, ""))
        if svc not in RATING_TICKET_SERVICES:
            check(value == "", f"docker-compose.yml: {svc} has {RATING_TICKET_VAR}")
            continue
        m = re.fullmatch(rf"\$\{{{RATING_TICKET_VAR}:-([^}}]+)}}", value)
        check(m is not None and m.group(1) == launcher_rating_ticket_key(),
              f"docker-compose.yml: {svc} {RATING_TICKET_VAR} is not ${{{RATING_TICKET_VAR}:-<the launcher's demo key>}}")
    for svc in SERVICES[1:]:
        url = services[svc]["environment"]["MOTCUA_DB_URL"]
        db = url.rsplit("/", 1)[1]
        check(f"CREATE DATABASE {db};" in (DEPLOY / "docker/postgres-init.sql").read_text(),
              f"docker-compose.yml: database {db} of {svc} is not created by postgres-init.sql")


def main() -> int:
    n = parse_all_yaml()
    notes.append(f"{n} YAML files parse")
    seen: set = set()
    for overlay in OVERLAYS:
        check_kustomization(K8S / "overlays" / overlay, seen)
    notes.append(f"{len(seen)} kustomizations resolve")
    check_realm_import()
    cmd = kustomize_command()
    if cmd is None:
        notes.append("SKIPPED: neither kubectl nor kustomize is installed, overlays not built")
    else:
        for overlay in OVERLAYS:
            docs = render(overlay, cmd)
            if docs is not None:
                check_rendered(overlay, docs)
                notes.append(f"overlays/{overlay} builds with `{' '.join(cmd)}`: {len(docs)} resources checked")
    check_compose()
    notes.append("docker-compose.yml checked")
    for note in notes:
        print(note)
    for f in failures:
        print(f"FAIL: {f}", file=sys.stderr)
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
