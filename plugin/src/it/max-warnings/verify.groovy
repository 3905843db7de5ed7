// Two warnings, at most one allowed: BUILD FAILURE though no finding reaches failOn=error.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/openapi/orders.yaml:1:1 [core/business-goal-missing]')
assert log.contains('[WARNING] src/main/openapi/users.yaml:1:1 [core/business-goal-missing]')
assert log.contains('Goalpost: 0 errors, 2 warnings in 2 specs fail the build (2 warnings exceed maxWarnings=1). Reports: target/goalpost/goalpost.json, target/goalpost/goalpost.junit.xml')
assert new File(basedir, 'target/goalpost/goalpost.junit.xml').isFile()
assert !new File(basedir, 'target/goalpost/goalpost.sarif').exists()
true
