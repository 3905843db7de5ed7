def log = new File(basedir, 'build.log').text
// 1. quiet: no [INFO] lines, but the listing
assert log.contains('reach/list-paginated')
assert log.contains('core/business-goal-missing')
assert !log.split(/\n/).find { it.startsWith('[INFO] reach/') }
// 2. the generated help goal
assert log.contains('goalpost:lint')
assert log.contains('failIfNoSpecs')
assert log.contains('User property: goalpost.failOn')
true
