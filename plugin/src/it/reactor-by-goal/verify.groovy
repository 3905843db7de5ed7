// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected 3 Maven runs, found ${runs.size()}"

// 1. goalpost:lint at the root lints every module, each with its own findings, and fails on billing-api's errors.
def first = runs[0]
assert first.contains('[INFO] Goalpost: 0 errors, 0 warnings in 1 spec (reach)')
assert first.contains('[ERROR] billing-api/src/main/openapi/openapi.yaml:2:18 [core/business-goal-unknown]')
assert first.contains('[ERROR] billing-api/src/main/openapi/openapi.yaml:15:20 [core/operation-id-unique]')
assert first.contains('[INFO] Goalpost: 2 errors, 0 warnings in 1 spec')
assert first.contains('[WARNING] users-api/src/main/openapi/openapi.yaml:1:1 [core/business-goal-missing]')
assert first.contains('[INFO] Goalpost: 0 errors, 1 warning in 1 spec')
assert first.contains('BUILD FAILURE')
['orders-api', 'billing-api', 'users-api'].each { module ->
    assert new File(basedir, "$module/target/goalpost/goalpost.json").isFile() : "$module was not linted"
}

// 2. goalpost:baseline at the root writes each module's baseline, in that module.
def second = runs[1]
assert second.contains('[INFO] Goalpost: wrote 2 findings of 1 spec to billing-api/goalpost-baseline.json')
assert second.contains('[INFO] Goalpost: wrote 1 finding of 1 spec to users-api/goalpost-baseline.json')
assert second.contains('[INFO] Goalpost: wrote 0 findings of 1 spec to orders-api/goalpost-baseline.json')
assert second.contains('BUILD SUCCESS')
assert new File(basedir, 'billing-api/goalpost-baseline.json').text.contains('"rule" : "core/operation-id-unique"')

// 3. With the baselines, goalpost:lint passes in every module.
def third = runs[2]
assert third.contains('[INFO] Goalpost: 0 new errors, 0 new warnings in 1 spec; baseline billing-api/goalpost-baseline.json: 2 accepted (2 errors), 0 fixed')
assert third.contains('BUILD SUCCESS')
true
