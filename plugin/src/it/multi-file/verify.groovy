// openapi.yaml at the project root is linted by default; the broken $ref two files down is reported
// where it is written, not where the root refers to it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] schemas/owner.yaml:5:7 [core/ref-unresolved] `#/Address` points to nothing')
assert log.contains('[INFO] Goalpost: 1 error, 0 warnings in 1 spec')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.specs*.file == ['openapi.yaml']
assert json.specs[0].findings*.file == ['schemas/owner.yaml']
true
