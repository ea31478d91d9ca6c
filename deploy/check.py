#!/usr/bin/env python3
"""Syntax and shape check of the example deployment (run by .ci/run; needs python3-yaml).

compose.yaml: valid YAML, every service has an image, the portal nodes have a readiness health check.
kubernetes/*.yaml: valid YAML documents, each with apiVersion, kind and metadata.name; every
Deployment's containers have startup, liveness and readiness probes on a named port they declare.
"""

import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def check_compose(path):
    with open(path, encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    services = compose.get("services") or {}
    if not services:
        problems.append(f"{path}: no services")
    for name, service in services.items():
        if not isinstance(service, dict) or not service.get("image"):
            problems.append(f"{path}: service {name} has no image")
        elif name.startswith("portal") and "readiness" not in str(service.get("healthcheck", {}).get("test")):
            problems.append(f"{path}: service {name} has no readiness health check")


def check_kubernetes(path):
    with open(path, encoding="utf-8") as f:
        documents = [d for d in yaml.safe_load_all(f) if d is not None]
    if not documents:
        problems.append(f"{path}: no documents")
    for doc in documents:
        where = f"{path}: {doc.get('kind')} {doc.get('metadata', {}).get('name')}"
        for field in ("apiVersion", "kind"):
            if not doc.get(field):
                problems.append(f"{where}: no {field}")
        if not doc.get("metadata", {}).get("name"):
            problems.append(f"{where}: no metadata.name")
        if doc.get("kind") == "Deployment":
            for container in doc["spec"]["template"]["spec"]["containers"]:
                ports = {p.get("name") for p in container.get("ports", [])}
                for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                    port = container.get(probe, {}).get("httpGet", {}).get("port")
                    if port is None:
                        problems.append(f"{where}: container {container['name']} has no {probe}")
                    elif isinstance(port, str) and port not in ports:
                        problems.append(f"{where}: {probe} uses undeclared port {port}")


def main():
    check_compose(os.path.join(HERE, "compose.yaml"))
    manifests = sorted(glob.glob(os.path.join(HERE, "kubernetes", "*.yaml")))
    if not manifests:
        problems.append("no Kubernetes manifests")
    for path in manifests:
        check_kubernetes(path)
    for problem in problems:
        print("deploy check: " + problem, file=sys.stderr)
    print(f"deploy check: {len(manifests)} manifest file(s) and compose.yaml, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except yaml.YAMLError as e:
        print(f"deploy check: invalid YAML: {e}", file=sys.stderr)
        sys.exit(1)
