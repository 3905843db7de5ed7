// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected 3 Maven runs, found ${runs.size()}"

assert runs[0].contains('[INFO] Goalpost: no OpenAPI specs in src/main/openapi, openapi.yaml, openapi.yml, openapi.json or src/main/resources under ')
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('BUILD FAILURE')
assert runs[1].contains('Goalpost: no OpenAPI specs in src/main/openapi, openapi.yaml, openapi.yml, openapi.json or src/main/resources under ')
assert runs[1].contains('set <specs> to where the specs are, or <failIfNoSpecs>false</failIfNoSpecs> when this module has none')

assert runs[2].contains('BUILD FAILURE')
assert runs[2].contains('<specs>: no OpenAPI documents found under ')
true
