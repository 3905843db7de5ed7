// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected 3 Maven runs, found ${runs.size()}"
def summary = 'Goalpost: 0 errors, 1 warning in 1 spec'

assert runs[0].contains("[INFO] ${summary}")
assert !runs[0].contains('deleted')

assert runs[1].contains('[INFO] Goalpost: deleted goalpost.sarif, a report of a format no longer in <formats>')
assert !new File(basedir, 'target/goalpost/goalpost.sarif').exists()
assert new File(basedir, 'target/goalpost/goalpost.json').isFile()

assert runs[2].contains('are unchanged since the last successful run; skipping')
assert runs[2].contains("[INFO] ${summary} (last run)")
true
