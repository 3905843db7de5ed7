// <failOn>warning</failOn>: a warning fails the build; it is logged at warning level.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/openapi/openapi.yaml:1:1 [core/business-goal-missing] no business goal is declared')
assert log.contains('Goalpost: 0 errors, 1 warning in 1 spec fail the build (1 finding is at or above failOn=warning)')
assert log.contains('BUILD FAILURE')
true
