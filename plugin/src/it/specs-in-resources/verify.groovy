// A spec in src/main/resources (where openapi-generator projects keep it) is found and linted; the other YAML
// and JSON files there are not specs and are left alone.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/api.yaml:2:18 [core/business-goal-unknown] `revenu` is not a business goal')
assert log.contains('[INFO] Goalpost: 1 error, 0 warnings in 1 spec')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.specs*.file == ['src/main/resources/api.yaml']
true
