// Linting a spec in a folder without a pom: findings relative to that folder, reports under target/goalpost.
assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] api.yaml:15:20 [core/operation-id-unique]')
assert log.contains('[INFO] Goalpost: 2 errors, 0 warnings in 1 spec')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.specs*.file == ['api.yaml']
true
