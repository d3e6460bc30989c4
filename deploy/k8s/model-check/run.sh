#!/usr/bin/env bash
# Field-name check of the rendered overlays against real API models, offline:
#   - Kafka, KafkaNodePool, KafkaTopic against Strimzi's model classes (io.strimzi:api 0.49.1, first release with
#     the v1 API; fields removed from v1 later are not detected);
#   - Deployment, Service, ConfigMap, Secret, Namespace, HPA (autoscaling/v2), PDB (policy/v1), NetworkPolicy,
#     Ingress against the fabric8 Kubernetes model.
# A misspelt or misplaced field is reported as UNKNOWN FIELD. CloudNativePG and Keycloak resources are not
# covered (no model artifact in Maven Central). Needs kubectl (or kustomize), a JDK 21+ and the Maven wrapper.
#   deploy/k8s/model-check/run.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if command -v kubectl > /dev/null; then build=(kubectl kustomize); else build=(kustomize build); fi
for overlay in dev prod; do
  "${build[@]}" "$HERE/../overlays/$overlay" > "$WORK/$overlay.yaml"
done
"$ROOT/mvnw" -q -B -f "$HERE/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$WORK/classpath" > /dev/null
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -cp "$(cat "$WORK/classpath")" "$HERE/ModelCheck.java" "$WORK/dev.yaml" "$WORK/prod.yaml" 2>&1 \
  | grep -v '^SLF4J' | sed "s#$WORK/##"
