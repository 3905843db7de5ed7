// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4 : "expected 4 Maven runs, found ${runs.size()}"
def spec = 'src/main/openapi/openapi.yaml'

// 1. The baseline: both current findings, keyed by file, rule, pointer and fingerprint, no line numbers.
assert runs[0].contains('[INFO] Goalpost: wrote 2 findings of 1 spec to goalpost-baseline.json')
assert runs[0].contains('BUILD SUCCESS')

// 2. Lines moved by four: the same findings, accepted; the build passes, and says so without one [ERROR] line:
//    accepted findings print at INFO, and the summary counts new findings apart from accepted ones.
assert runs[1].contains("[INFO] ${spec}:12:5 [reach/list-paginated] GET /orders returns a list")
assert runs[1].contains('query parameters (in the baseline) (error)')
assert !runs[1].contains('[ERROR]')
assert runs[1].contains('[INFO] Goalpost: 0 new errors, 0 new warnings in 1 spec (reach); baseline goalpost-baseline.json: 2 accepted (2 errors), 0 fixed')
assert runs[1].contains('BUILD SUCCESS')

// 3. A new violation fails the build, and it alone counts.
assert runs[2].contains("[ERROR] ${spec}:20:5 [reach/list-paginated] GET /invoices returns a list but takes neither a page-size nor a position parameter; add `limit` (integer, with a `maximum`) and `cursor` query parameters\n")
assert runs[2].contains('(1 new finding is at or above failOn=error)')
assert runs[2].contains('BUILD FAILURE')

// 4. One fixed: listed as fixed, then pruned from the baseline; the reports say the same.
assert runs[3].contains("[INFO] ${spec}: fixed reach/list-paginated at /paths/~1customers/get (in the baseline, no longer found; prune the baseline to drop it)")
assert runs[3].contains('[INFO] Goalpost: removed 1 fixed entry from goalpost-baseline.json')
assert runs[3].contains('BUILD SUCCESS')
def baseline = new File(basedir, 'goalpost-baseline.json').text
assert baseline == '''{
  "tool" : "goalpost",
  "format" : 1,
  "findings" : [
    { "file" : "src/main/openapi/openapi.yaml", "rule" : "reach/list-paginated", "pointer" : "/paths/~1orders/get", "fingerprint" : "239ed61f2d21" }
  ]
}
'''
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.json'))
assert json.baseline.fixed*.pointer == ['/paths/~1customers/get']
assert json.specs[0].findings*.baseline == ['unchanged']
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.sarif'))
assert sarif.runs[0].results*.baselineState == ['unchanged']
true
