// The example rule project was built and its fixtures passed through Goalpost's harness...
def log = new File(basedir, 'build.log').text
assert log.contains('Building ACME Goalpost rules 1.0.0')
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/
assert new File(basedir, '../../examples/custom-rule/target/acme-goalpost-rules-1.0.0.jar').isFile()

// ...and the plugin ran its rule, from the jar given as a plugin dependency, in a custom goal from goalpost.yaml.
assert log.contains('[ERROR] api/src/main/openapi/openapi.yaml:13:5 [acme/write-audited] DELETE /customers/{id} changes data but names no audit category; add `x-acme-audit: <category>`')
assert log.contains('[INFO] Goalpost: 1 error, 0 warnings in 1 spec (acme)')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'api/target/goalpost/goalpost.json'))
assert json.specs[0].goals == ['acme']
assert json.specs[0].findings*.rule == ['acme/write-audited']
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'api/target/goalpost/goalpost.sarif'))
def rule = sarif.runs[0].tool.driver.rules.find { it.id == 'acme/write-audited' }
assert rule.helpUri == 'https://github.com/goalpost-dev/goalpost/blob/main/examples/custom-rule/docs/rules/acme/write-audited.md'
assert rule.properties.tags == ['acme']
true
