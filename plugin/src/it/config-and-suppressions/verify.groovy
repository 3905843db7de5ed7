// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : "expected 2 Maven runs, found ${runs.size()}"

// 1. The configuration file: custom goal partner-api (reach + two integration rules), severities, an override
//    that turns a rule off for legacy specs, and default goals for specs that declare none.
def first = runs[0]
assert first.contains('BUILD SUCCESS')
// the configuration used is named at INFO
assert first.contains('[INFO] Goalpost: configuration goalpost.yaml')
// document, operation and schema suppressions silence their findings, which are counted, not logged
assert first.contains('[INFO] Goalpost: 0 errors, 1 warning, 1 info in 2 specs (partner-api, reach); 3 suppressed')
assert !first.contains('[reach/https-only]') && !first.contains('[integration/idempotency-key]')
assert !first.contains('[integration/personal-data-classified]')
// the path-level suppression has expired: its finding is back, at the configured severity, saying so
assert first.contains('[WARNING] src/main/openapi/orders.yaml:14:5 [reach/list-paginated] GET /orders returns a list')
assert first.contains('(its `x-goalpost-ignore` at src/main/openapi/orders.yaml:13:7, "pagination ships with v2", expired on 2020-01-01;')
// an entry that silences nothing is reported, so it gets removed
assert first.contains('[INFO] src/main/openapi/orders.yaml:16:9 [core/suppression-unused] `x-goalpost-ignore` silences reach/next-page-link here')
// the override: the legacy spec's unpaginated list is not reported
assert !first.contains('legacy/old-orders.yaml:6:5')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.summary.suppressed == 3
def suppressed = json.specs.collectMany { it.findings }.findAll { it.suppression }
assert suppressed*.rule.sort() == ['integration/idempotency-key', 'integration/personal-data-classified', 'reach/https-only']
assert suppressed.find { it.rule == 'reach/https-only' }.suppression.reason == 'the sandbox answers on plain http, and only there'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.sarif'))
def justifications = sarif.runs[0].results.findAll { it.suppressions }.collect { it.suppressions[0] }
assert justifications*.kind.unique() == ['inSource']
assert justifications*.justification.contains('partners send a client order number that the backend deduplicates')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/goalpost/goalpost.junit.xml'))
// under failOn=error neither the warning nor the info is a failed test: a green build is not UNSTABLE in Jenkins
def orders = junit.testsuite.find { it.@name == 'src/main/openapi/orders.yaml' }
assert orders.@failures == '0'
assert orders.@skipped == '5'

// 2. A broken configuration file: the build error lists each problem with file, line and column, once.
def second = runs[1]
assert second.contains('Goalpost configuration: 3 problems:')
assert second.contains('broken.yaml:2:3: unknown rule `reach/list-pagination` (did you mean `reach/list-paginated`?)')
assert second.contains('broken.yaml:3:26: `sometimes` is not a severity for reach/conditional-get; write one of off, info, warning, error')
assert second.contains('broken.yaml:5:3: `reach` is a built-in goal; give the custom goal another name')
assert second.count('broken.yaml:2:3: unknown rule') == 1 : 'each problem is printed once'
assert second.contains('BUILD FAILURE')
assert !second.contains('\tat ')
true
