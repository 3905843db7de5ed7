// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4 : "expected 4 Maven runs, found ${runs.size()}"
def skipLine = '[INFO] Goalpost: 1 spec, the files they reference, the configuration and the plugin are unchanged since the last successful run; skipping (-Dgoalpost.force=true lints anyway)'

assert runs[0].contains('[INFO] Goalpost: 0 errors, 0 warnings in 1 spec')
assert !runs[0].contains(skipLine)

assert runs[1].contains(skipLine)
// skipped: it does not lint, but repeats the last run's summary so outstanding findings stay visible
assert runs[1].contains('[INFO] Goalpost: 0 errors, 0 warnings in 1 spec (last run)')
assert !runs[1].contains('[INFO] Goalpost: 0 errors, 0 warnings in 1 spec\n')
assert runs[1].contains('BUILD SUCCESS')

assert !runs[2].contains(skipLine)
assert runs[2].contains('[ERROR] src/main/openapi/schemas/pet.yaml:7:7 [core/ref-unresolved]')
assert runs[2].contains('BUILD FAILURE')

assert !runs[3].contains(skipLine)
assert runs[3].contains('[ERROR] src/main/openapi/schemas/pet.yaml:7:7 [core/ref-unresolved]')
assert runs[3].contains('BUILD SUCCESS')
true
