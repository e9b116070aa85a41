#!/usr/bin/env python3
"""Checks a SARIF log against a JSON schema and storport-race-check's own
promises (rule metadata, one code-flow step per note plus the warning,
fingerprints, %SRCROOT%). Prints `FILE: error: ...` per problem, or
`FILE: ok, N results`; exits 1 on any problem.

Usage: check-sarif.py SCHEMA FILE
"""
import json
import sys

import jsonschema

schema_path, path = sys.argv[1:3]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(path, encoding="utf-8") as f:
    log = json.load(f)

problems = []
validator = jsonschema.validators.validator_for(schema)
validator.check_schema(schema)
for e in sorted(validator(schema).iter_errors(log),
                key=lambda e: [str(p) for p in e.absolute_path]):
    where = "/".join(str(p) for p in e.absolute_path)
    problems.append(f"schema: {where}: {e.message}")


def need(cond, what):
    if not cond:
        problems.append(what)


if not problems:
    need(log.get("$schema") == "https://json.schemastore.org/sarif-2.1.0.json",
         "$schema")
    need(len(log["runs"]) == 1, "one run")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    need(driver["name"] == "storport-race-check", "driver name")
    rules = driver.get("rules", [])
    need(len(rules) == 1 and rules[0]["id"] == "storport.CallbackRace",
         "one rule, storport.CallbackRace")
    for key in ("shortDescription", "fullDescription", "help"):
        need(rules and rules[0].get(key, {}).get("text"), f"rule {key}")
    need(rules and rules[0]["help"].get("markdown"), "rule help markdown")
    need(run["invocations"][0]["executionSuccessful"] is True, "invocation")
    base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri", "")
    need(base.startswith("file:///") and base.endswith("/"), "%SRCROOT%")
    for i, res in enumerate(run["results"]):
        need(res["ruleId"] == "storport.CallbackRace" and res["ruleIndex"] == 0,
             f"result {i}: rule")
        related = res.get("relatedLocations", [])
        need([r["id"] for r in related] == list(range(len(related))),
             f"result {i}: related ids")
        steps = res["codeFlows"][0]["threadFlows"][0]["locations"]
        need([s["location"]["message"]["text"] for s in steps] ==
             [r["message"]["text"] for r in related] + [res["message"]["text"]],
             f"result {i}: code flow = notes, then the warning")
        fp = res.get("partialFingerprints", {})
        need(fp.get("storportRaceFingerprint/v1", "").startswith(
            "storport.CallbackRace|"), f"result {i}: fingerprint")

for p in problems:
    print(f"{path}: error: {p}")
if not problems:
    print(f"{path}: ok, {len(log['runs'][0]['results'])} results")
sys.exit(1 if problems else 0)
