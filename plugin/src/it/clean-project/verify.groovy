// A spec that carries what its goal (reach) needs passes: one summary line, the default reports written, no
// findings in them.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Goalpost: 0 errors, 0 warnings in 1 spec (reach)')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.specs*.file == ['src/main/openapi/openapi.yaml']
assert json.specs[0].findings == []
assert new File(basedir, 'target/goalpost/goalpost.sarif').isFile()
assert !new File(basedir, 'target/goalpost/goalpost.html').exists()
true
