// Two modules linted in parallel (-T 2): each gets exactly its own findings, named from the reactor root,
// in its own reports; the parent, which has no specs, passes with one line.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe')
assert log.contains('[INFO] Goalpost: no OpenAPI specs in src/main/openapi, openapi.yaml, openapi.yml, openapi.json or src/main/resources under ')
assert log.contains('[INFO] Goalpost: 0 errors, 1 warning in 1 spec')
assert log.contains('[INFO] Goalpost: 2 errors, 1 warning in 2 specs')
assert log.contains('BUILD SUCCESS')
// the plugin tells a Maven user how to set default goals the Maven way, not with the CLI's option
assert log.contains('or lint it against goals with `<defaultGoals>` (or `-Dgoalpost.defaultGoals=GOAL`)')
assert !log.contains('--default-goal')

def slurper = new groovy.json.JsonSlurper()
def findings = { module ->
    def json = slurper.parse(new File(basedir, "$module/target/goalpost/goalpost.json"))
    json.specs.collectMany { spec -> spec.findings.collect { "${it.file}:${it.line}:${it.column} ${it.rule}" } }
}
assert findings('orders-api') == ['orders-api/src/main/openapi/openapi.yaml:1:1 core/business-goal-missing']
assert findings('users-api') == [
        'users-api/src/main/openapi/accounts.yaml:1:1 core/business-goal-missing',
        'users-api/src/main/openapi/users.yaml:2:18 core/business-goal-unknown',
        'users-api/src/main/openapi/users.yaml:15:20 core/operation-id-unique']
true
