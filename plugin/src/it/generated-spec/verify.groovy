// A generated, minified spec (one line): each finding names its JSON pointer beside line 1 and the column, the
// SARIF result carries the pointer as a logical location, and the HTML report shows the node pretty-printed.
def log = new File(basedir, 'build.log').text
def duplicate = log.readLines().find { it.contains('[core/operation-id-unique]') }
assert duplicate != null
assert duplicate ==~ /\[ERROR\] target\/openapi\.json:1:\d{3,} \(at \/paths\/~1orders~1\{id\}\/get\/operationId\) \[core\/operation-id-unique\] operationId `listOrders3` is already used by GET \/orders3 .*/
// http://localhost is fine for reach/https-only; the server is named by its pointer too
assert log.contains('BUILD FAILURE')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/goalpost/goalpost.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'core/operation-id-unique' }
assert result.locations[0].physicalLocation.region.startLine == 1
assert result.locations[0].logicalLocations[0].fullyQualifiedName == '/paths/~1orders~1{id}/get/operationId'

def html = new File(basedir, 'target/goalpost/goalpost.html').text
assert html.contains('<pre class="node">&quot;listOrders3&quot;</pre>') || html.contains('<pre class="node">"listOrders3"</pre>')
assert !html.contains('{"openapi":"3.0.1"')
true
