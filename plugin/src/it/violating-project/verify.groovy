// Two core errors fail the build: each finding on its own line (path:line:column [rule] message),
// the summary, a failure message naming counts and reports, every requested report, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/openapi/openapi.yaml:2:18 [core/business-goal-unknown] `revenu` is not a business goal (did you mean `revenue`?)')
assert log.contains('[ERROR] src/main/openapi/openapi.yaml:15:20 [core/operation-id-unique] operationId `listOrders` is already used by GET /orders (8:5)')
assert log.contains('[INFO] Goalpost: 2 errors, 0 warnings in 1 spec')
assert log.contains('BUILD FAILURE')
assert log.contains('Goalpost: 2 errors, 0 warnings in 1 spec fail the build (2 findings are at or above failOn=error). Reports: target/goalpost/goalpost.json, target/goalpost/goalpost.sarif, target/goalpost/goalpost.junit.xml, target/goalpost/goalpost.checkstyle.xml, target/goalpost/goalpost.html, target/goalpost/goalpost.github.txt')
assert !log.contains('\tat ')
// GitHub workflow commands go to standard output, at the start of a line, where Actions reads them.
assert log =~ /(?m)^::error file=src\/main\/openapi\/openapi.yaml,line=15,col=20,title=core\/operation-id-unique::operationId `listOrders`/
['json', 'sarif', 'junit.xml', 'checkstyle.xml', 'html', 'github.txt'].each {
    def report = new File(basedir, "target/goalpost/goalpost.$it")
    assert report.isFile() && report.length() > 0 : "missing $report"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.sarif'))
def location = sarif.runs[0].results.find { it.ruleId == 'core/operation-id-unique' }.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/openapi/openapi.yaml'
assert location.region.startLine == 15 && location.region.startColumn == 20
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/goalpost/goalpost.junit.xml'))
assert junit.@failures == '2'
true
