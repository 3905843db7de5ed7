// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected 3 Maven runs, found ${runs.size()}"
def slurper = new groovy.xml.XmlSlurper()

// 1. A passing build has no failed test: the warning is skipped, saying why and where.
assert runs[0].contains('BUILD SUCCESS')
def passing = slurper.parse(new File(basedir, 'target/goalpost/goalpost.junit.xml'))
assert passing.@failures == '0'
def warning = passing.testsuite.testcase.find { it.@name.text().startsWith('core/business-goal-missing') }
assert warning.@name == 'core/business-goal-missing at the document'
assert warning.skipped.@message.text().startsWith('warning below failOn=error | src/main/openapi/openapi.yaml:1:1 ')

// 2. The lines moved: the test's name is the same (rule and pointer, never the line); the message moved.
def shifted = slurper.parse(new File(basedir, 'target/shifted/goalpost.junit.xml'))
def moved = shifted.testsuite.testcase.find { it.@name.text().startsWith('core/business-goal-missing') }
assert moved.@name == warning.@name
assert moved.skipped.@message.text().contains('shifted/openapi.yaml:4:1 ')

// 3. failOn=warning: the build fails, and so does the test.
assert runs[2].contains('BUILD FAILURE')
def failing = slurper.parse(new File(basedir, 'target/strict/goalpost.junit.xml'))
assert failing.@failures == '1'
def failed = failing.testsuite.testcase.find { it.@name == 'core/business-goal-missing at the document' }
assert failed.failure.@type == 'warning'
assert failed.failure.@message.text().startsWith('src/main/openapi/openapi.yaml:1:1 no business goal is declared')
true
