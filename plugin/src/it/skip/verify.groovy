// goalpost.skip: the violating spec is not linted and nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Goalpost: skipped (goalpost.skip)')
assert !log.contains('[core/')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/goalpost').exists()
true
